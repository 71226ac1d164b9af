/**
 * Turns a transaction log into the per-customer summary the buy-till-you-die models need, the way
 * the `lifetimes` package does it: purchases on the same day count as one purchase (amounts summed);
 * x = repeat purchases = distinct purchase days in the calibration period minus one; t_x = time of the
 * last purchase and T = time up to the calibration end, both measured from the customer's first
 * purchase, in model time units (weeks by default); monetary = mean value of the repeat purchase days
 * (the first purchase excluded). Purchases after the calibration end form the hold-out period.
 */
import type { TransactionLog } from './transactionLog.ts';

export interface BtydSummary {
  n: number;
  /** External id per summarised customer. */
  ids: string[];
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Mean value of repeat purchase days (0 when x = 0); null when unknown (summary file). */
  monetary: Float64Array | null;
  /** Distinct purchase days after the calibration end, up to the hold-out end; null without hold-out. */
  holdout: Float64Array | null;
  /** Length of the hold-out period in model time units (0 without hold-out). */
  holdoutLength: number;
  /** Days per model time unit (7: weeks). */
  unitDays: number;
}

export interface SummaryOptions {
  /** Last day (day number, inclusive) of the calibration period. */
  calibrationEnd: number;
  unitDays?: number;
  /** Last day of the hold-out period (default: the last day in the log). */
  holdoutEnd?: number;
}

/** Orders transaction indexes by (customer, day) with two stable counting sorts: O(rows + days + customers). */
export function orderByCustomerDay(log: TransactionLog): Int32Array {
  const n = log.count;
  let minDay = 2147483647;
  let maxDay = -2147483648;
  for (let t = 0; t < n; t++) {
    const d = log.day[t];
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
  }
  const byDay = new Int32Array(n);
  if (n === 0) return byDay;
  const dayStart = new Int32Array(maxDay - minDay + 2);
  for (let t = 0; t < n; t++) dayStart[log.day[t] - minDay + 1]++;
  for (let k = 1; k < dayStart.length; k++) dayStart[k] += dayStart[k - 1];
  for (let t = 0; t < n; t++) byDay[dayStart[log.day[t] - minDay]++] = t;
  const nCustomers = log.customerIds.length;
  const customerStart = new Int32Array(nCustomers + 1);
  for (let t = 0; t < n; t++) customerStart[log.customer[t] + 1]++;
  for (let k = 1; k <= nCustomers; k++) customerStart[k] += customerStart[k - 1];
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const t = byDay[k];
    order[customerStart[log.customer[t]]++] = t;
  }
  return order;
}

export function summarizeTransactions(log: TransactionLog, options: SummaryOptions): BtydSummary {
  const unitDays = options.unitDays ?? 7;
  const calEnd = options.calibrationEnd;
  let lastDay = -2147483648;
  for (let t = 0; t < log.count; t++) if (log.day[t] > lastDay) lastDay = log.day[t];
  const holdoutEnd = options.holdoutEnd ?? lastDay;
  const hasHoldout = holdoutEnd > calEnd;
  const order = orderByCustomerDay(log);
  const nCustomers = log.customerIds.length;
  const x = new Float64Array(nCustomers);
  const tx = new Float64Array(nCustomers);
  const T = new Float64Array(nCustomers);
  const monetary = new Float64Array(nCustomers);
  const holdout = hasHoldout ? new Float64Array(nCustomers) : null;
  const ids: string[] = [];
  let n = 0;
  let k = 0;
  while (k < log.count) {
    const c = log.customer[order[k]];
    let first = -1;
    let repeatDays = 0;
    let repeatSum = 0;
    let lastInCal = 0;
    let later = 0;
    while (k < log.count && log.customer[order[k]] === c) {
      const day = log.day[order[k]];
      let daySum = 0;
      while (k < log.count && log.customer[order[k]] === c && log.day[order[k]] === day) {
        daySum += log.amount[order[k]];
        k++;
      }
      if (day <= calEnd) {
        if (first < 0) first = day;
        else {
          repeatDays++;
          repeatSum += daySum;
        }
        lastInCal = day;
      } else if (day <= holdoutEnd) later++;
    }
    if (first < 0) continue; // first purchase after the calibration end: not in the model
    ids.push(log.customerIds[c]);
    x[n] = repeatDays;
    tx[n] = (lastInCal - first) / unitDays;
    T[n] = (calEnd - first) / unitDays;
    monetary[n] = repeatDays > 0 ? repeatSum / repeatDays : 0;
    if (holdout) holdout[n] = later;
    n++;
  }
  return {
    n,
    ids,
    x: x.subarray(0, n),
    tx: tx.subarray(0, n),
    T: T.subarray(0, n),
    monetary: monetary.subarray(0, n),
    holdout: holdout ? holdout.subarray(0, n) : null,
    holdoutLength: hasHoldout ? (holdoutEnd - calEnd) / unitDays : 0,
    unitDays,
  };
}
