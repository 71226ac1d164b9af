/**
 * Purchases dated far after the bulk of a file: a typo (1997 typed 2019) that is not in the future,
 * so not refused at import, but that would become the default analysis date and make every other
 * customer look inactive. They stay in the log; the analysis date proposed ignores them (a purchase
 * after the analysis date is not counted) and the import summary says how many there are.
 *
 * The rule: sort the days; the day below which 99.9 % of the purchases fall is the end of the bulk;
 * a purchase more than half the file's span (and at least a month) after it is late.
 */

/** Below this many purchases, no rule: a small file's last purchase may well stand apart. */
export const MIN_ROWS_FOR_LATE_DATES = 100;
const BULK_SHARE = 0.999;
const MIN_GAP_DAYS = 31;

export interface DateSpread {
  firstDay: number;
  lastDay: number;
  /** the last day that is not late (= lastDay when nothing is late) */
  bulkLastDay: number;
  /** purchases dated after bulkLastDay */
  lateCount: number;
}

export function dateSpread(day: Int32Array, count: number): DateSpread {
  if (count === 0) return { firstDay: 0, lastDay: 0, bulkLastDay: 0, lateCount: 0 };
  const sorted = day.slice(0, count).sort();
  const firstDay = sorted[0];
  const lastDay = sorted[count - 1];
  if (count < MIN_ROWS_FOR_LATE_DATES) return { firstDay, lastDay, bulkLastDay: lastDay, lateCount: 0 };
  const bulkEnd = sorted[Math.floor(BULK_SHARE * (count - 1))];
  const limit = bulkEnd + Math.max(MIN_GAP_DAYS, Math.ceil((bulkEnd - firstDay) / 2));
  let k = count - 1;
  while (k > 0 && sorted[k] > limit) k--;
  return { firstDay, lastDay, bulkLastDay: sorted[k], lateCount: count - 1 - k };
}
