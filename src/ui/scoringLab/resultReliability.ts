/**
 * Whether a frozen prediction's result can be judged yet: with a handful of departures (or of
 * customers who stayed), the hit rate and the lift are mostly chance (« 0 partants sur 50 »,
 * « Lift × 0 » after two periods). Below MIN_OBSERVED of either, the result panel says so and asks
 * the learner to play more periods. Pure.
 */
import type { ScoreEvaluation } from '../../app/scoringLab/evaluateScore.ts';

/** Departures, and customers who stayed, needed before the rates mean something (about 20). */
export const MIN_OBSERVED = 20;

export type Reliability = 'ok' | 'fewLeavers' | 'fewStayers';

export function resultReliability(e: Pick<ScoreEvaluation, 'leavers' | 'scored'>): Reliability {
  if (e.leavers < MIN_OBSERVED) return 'fewLeavers';
  if (e.scored - e.leavers < MIN_OBSERVED) return 'fewStayers';
  return 'ok';
}
