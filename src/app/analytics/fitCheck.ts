/**
 * A BG/NBD fit that cannot be read (QA robustness #12): on a file with no departures (purchases
 * drawn at random over the whole period) the fit ran to r ≈ 8·10¹¹ and a ≈ 0, and the screen showed
 * everyone « 100 % » active as a normal result. Says why the model cannot be estimated on these data,
 * for the score panel (analyticsSession.ts) and `npm run score` (src/cli/score.ts) alike.
 */
import type { BgnbdParams } from '../../engine/scoring/bgnbd.ts';

/**
 * noRepeat: nobody bought again before the end of the calibration period (nothing to estimate the rate
 * or the departures from); noDropout: the probability of leaving after a purchase is estimated at zero;
 * sameRate: r and alpha so large that every customer has the same purchase rate; extreme: another
 * parameter at a limit of the search.
 */
export type FitProblem = 'noRepeat' | 'noDropout' | 'sameRate' | 'extreme';

/** r or alpha above this: the gamma spread of purchase rates has vanished (real files: r below 100). */
const HUGE = 1e4;
/** a parameter at the edge of the logarithmic search (started at 1) */
const LIMIT_HIGH = 1e6;
const LIMIT_LOW = 1e-6;
/** mean probability of leaving after a purchase, a / (a + b), below which no departure was found */
const NO_DROPOUT = 1e-4;

/** Customers who bought again in the calibration period (x > 0): none, and nothing can be estimated (noRepeat). */
export function repeatCustomers(x: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < x.length; i++) if (x[i] > 0) count++;
  return count;
}

export function bgnbdProblems(fit: BgnbdParams, repeatCustomers: number): FitProblem[] {
  const problems: FitProblem[] = [];
  if (repeatCustomers === 0) problems.push('noRepeat');
  const { r, alpha, a, b } = fit;
  const dropout = a / (a + b);
  if (!(dropout >= NO_DROPOUT) || a < LIMIT_LOW) problems.push('noDropout');
  if (r > HUGE || alpha > HUGE) problems.push('sameRate');
  const atLimit = (v: number) => !Number.isFinite(v) || v > LIMIT_HIGH || v < LIMIT_LOW;
  // r, alpha already said by sameRate, a, b by noDropout
  const unexplained = (!problems.includes('sameRate') && (atLimit(r) || atLimit(alpha))) || (!problems.includes('noDropout') && (atLimit(a) || atLimit(b)));
  if (unexplained) problems.push('extreme');
  return problems;
}
