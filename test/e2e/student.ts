/** What the e2e tests do as a student in the built app: wait for the engine, read the period, start the bakery. */
import { expect } from 'vitest';

export { applyToSegment, nav, openWhatIf, savedRun, startBakery, tickLabel, unfoldTimeBar } from './studentSteps.ts';

/** The machine is shared and the engine runs for real: give each step time. */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 30_000 });
}
