/**
 * How a run is played, chosen by the teacher when the run is created (issue 7):
 *   sandbox    the learner may go back to any past period and play it again (a new timeline);
 *   committed  decisions are final: no going back, no undo once a period is simulated, and the
 *              result file says so. What-if branches only once the run is over (debrief).
 * The same values as the result file's `mode` (src/results/resultMode.ts): one list.
 * Set it at creation: `session.start(scenario, seed, name, { mode: 'committed' })`.
 */
import { RESULT_MODES, type ResultMode } from '../results/resultMode.ts';

export type RunMode = ResultMode;
export const RUN_MODES: readonly RunMode[] = RESULT_MODES;

/** A run made before modes existed (stored 'libre') or with no mode is a sandbox run. */
export const DEFAULT_RUN_MODE: RunMode = 'sandbox';

/** The mode recorded for a run; anything unknown (older records) reads as the default. */
export function runModeOf(stored: unknown): RunMode {
  return RUN_MODES.find((mode) => mode === stored) ?? DEFAULT_RUN_MODE;
}

/** May the learner go back to an earlier period and play again? */
export function canRollBack(mode: RunMode): boolean {
  return mode === 'sandbox';
}

/**
 * May the learner open a what-if branch now? In committed mode only once the run is over: while
 * it is being played, a branch with the same seed would show the future before deciding.
 */
export function canBranch(mode: RunMode, finished: boolean): boolean {
  return mode === 'sandbox' || finished;
}
