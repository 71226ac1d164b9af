/**
 * Programme ids, kept apart from decisions.ts so the engine's run-time code does not pull
 * zod (the schemas) into the Web Worker bundle: the engine only needs the types of decisions.
 */

/** Programme ids are stable: `${tick}:${indexInTheTicksActions}`. */
export function programmeId(tick: number, actionIndex: number): string {
  return `${tick}:${actionIndex}`;
}
