/**
 * Whether a frozen prediction's result can be judged yet: with a handful of departures (or of
 * customers who stayed), the hit rate and the lift are mostly chance (« 0 partants sur 50 »,
 * « Lift × 0 » after two periods). Below MIN_OBSERVED of either, the result panel says so and asks
 * the learner to play more periods. A base that can be judged can still hold a target too small for
 * its own rate to mean much (MIN_EXPECTED_HITS, QA qa15 F3). Pure.
 */
import type { ScoreEvaluation } from '../../app/scoringLab/evaluateScore.ts';

/** Departures, and customers who stayed, needed before the rates mean something (about 20). */
export const MIN_OBSERVED = 20;

/**
 * Departures a random target of the same size would catch on average, below which the target's hit
 * rate and lift are mostly chance. A count expected around m varies by about √m (Poisson): at 0,9
 * expected (10 targeted, 9 % leaving) a random target catches 0 about 4 times in 10, so « 0 % » and
 * « × 0 » say nothing of the score. 5 is the usual floor for an expected count (the chi-square
 * test's rule of thumb); even there chance moves the count by about 2 either way.
 */
export const MIN_EXPECTED_HITS = 5;

export type Reliability = 'ok' | 'fewLeavers' | 'fewStayers' | 'smallTarget';

export function resultReliability(e: Pick<ScoreEvaluation, 'leavers' | 'scored' | 'randomHits'>): Reliability {
  if (e.leavers < MIN_OBSERVED) return 'fewLeavers';
  if (e.scored - e.leavers < MIN_OBSERVED) return 'fewStayers';
  if (e.randomHits < MIN_EXPECTED_HITS) return 'smallTarget';
  return 'ok';
}
