/**
 * Amounts far above the bulk of a file: a typo (an extra zero or two) or a decimal-separator mistake
 * (« 4590 » typed for 45,90, or « 45.900 » read with a decimal comma, where the dot groups thousands:
 * 100 or 1 000 times too much). Not refused at import: a real file may hold a rare large order. They
 * stay in the log, and the import summary names their lines so the learner can check them in the
 * spreadsheet; one of them is enough to make its customer the shop's « best » customer in monetary
 * value and in CLV.
 *
 * The rule: an amount above OUTLIER_FACTOR times the median of the file's positive amounts (the
 * median basket). The median, not the mean: the outliers themselves do not move it. 100 times is
 * beyond a real shop's baskets (the CDNOW sample's largest purchase, 506,97 $, is 19.4 times its
 * median, 26,13 $: test/unit/analytics/amountOutliers.test.ts) and is what a decimal mistake gives
 * at least. Amounts far below the median are not flagged: a 0,10 € bag beside 30 € baskets is real.
 */

/** Below this many positive amounts the median says little: no rule. */
export const MIN_ROWS_FOR_OUTLIERS = 20;
export const OUTLIER_FACTOR = 100;
/** Line numbers kept to name in the summary; the count is always exact. */
export const MAX_OUTLIER_LINES = 20;

export interface AmountOutliers {
  /** purchases whose amount is above `limit` */
  count: number;
  /** median of the positive amounts (0: no rule, too few of them) */
  median: number;
  /** OUTLIER_FACTOR x median */
  limit: number;
  /** file line numbers (1-based) of the first MAX_OUTLIER_LINES of them, in file order */
  lines: number[];
}

export const NO_OUTLIERS: AmountOutliers = { count: 0, median: 0, limit: 0, lines: [] };

/** `amount[k]` read on file line `line[k]`, for k < count. */
export function amountOutliers(amount: Float64Array, line: Int32Array, count: number): AmountOutliers {
  let positives = 0;
  for (let k = 0; k < count; k++) if (amount[k] > 0) positives++;
  if (positives < MIN_ROWS_FOR_OUTLIERS) return NO_OUTLIERS;
  const sorted = new Float64Array(positives);
  let p = 0;
  for (let k = 0; k < count; k++) if (amount[k] > 0) sorted[p++] = amount[k];
  sorted.sort();
  const mid = positives >> 1;
  const median = positives % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const limit = OUTLIER_FACTOR * median;
  const lines: number[] = [];
  let found = 0;
  for (let k = 0; k < count; k++) {
    if (!(amount[k] > limit)) continue;
    found++;
    if (lines.length < MAX_OUTLIER_LINES) lines.push(line[k]);
  }
  return { count: found, median, limit, lines };
}
