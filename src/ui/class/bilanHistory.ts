/**
 * A student's Bilan opened from the class view is a step of the browser's history: opening it adds an
 * entry (same address, the file's id in its state), so the browser's Back (a mouse's back button)
 * closes it to the class table instead of leaving the class view, whose files would then be replayed
 * again on return (QA qa13 T1). Forward reopens it while the class is in memory.
 */
const KEY = 'classBilan';

/** The file whose Bilan a history entry's state shows, if any. */
export function bilanInState(state: unknown): number | undefined {
  const id = state && typeof state === 'object' ? (state as Record<string, unknown>)[KEY] : undefined;
  return typeof id === 'number' ? id : undefined;
}

/** The entry of a file's Bilan: a new one from the class table; the same one when it already shows a Bilan (Forward). */
export function pushBilan(id: number): void {
  const state = { ...(history.state ?? {}), [KEY]: id };
  if (bilanInState(history.state) === undefined) history.pushState(state, '');
  else history.replaceState(state, '');
}

/** Leaving the Bilan by its own « Retour »: its entry is taken back, so Back after it leaves the class view and Forward reopens the Bilan. */
export function popBilan(): void {
  if (bilanInState(history.state) !== undefined) history.back();
}
