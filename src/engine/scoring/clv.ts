/**
 * A simple customer lifetime value over a finite horizon: expected purchases in each step of the
 * horizon (BG/NBD, conditional on the customer's history) x expected value of a purchase (Gamma-Gamma)
 * x gross margin rate, each step discounted at the end of the step. Deliberately simple and explainable
 * in class: no acquisition cost, no retention spending.
 */
import { pow } from '../detMath.ts';
import { expectedPurchasesCurve, type BgnbdParams } from './bgnbd.ts';

export interface ClvOptions {
  /** Horizon in model time units (52: one year in weeks). */
  horizon: number;
  /** Length of one discounting step, in model time units (4: about a month). */
  step: number;
  /** Gross margin rate on sales, 0..1. */
  margin: number;
  /** Yearly discount rate (0.1 = 10 %). */
  yearlyDiscountRate: number;
  /** Model time units per year (52.1775 for weeks). */
  unitsPerYear: number;
}

export const DEFAULT_CLV_OPTIONS: ClvOptions = { horizon: 52, step: 4, margin: 0.3, yearlyDiscountRate: 0.1, unitsPerYear: 365.25 / 7 };

export function customerLifetimeValue(
  bg: BgnbdParams,
  expectedSpend: number,
  x: number,
  tx: number,
  T: number,
  options: ClvOptions = DEFAULT_CLV_OPTIONS,
): number {
  const { horizon, step, margin, yearlyDiscountRate, unitsPerYear } = options;
  const steps = Math.max(1, Math.ceil(horizon / step - 1e-9));
  if (times.length !== steps || timesHorizon !== horizon || timesStep !== step) {
    times = new Float64Array(steps);
    for (let k = 0; k < steps; k++) times[k] = k === steps - 1 ? horizon : (k + 1) * step;
    cumulative = new Float64Array(steps);
    timesHorizon = horizon;
    timesStep = step;
  }
  expectedPurchasesCurve(bg, times, x, tx, T, cumulative);
  let previous = 0;
  let total = 0;
  for (let k = 0; k < steps; k++) {
    total += ((cumulative[k] - previous) * expectedSpend * margin) / pow(1 + yearlyDiscountRate, times[k] / unitsPerYear);
    previous = cumulative[k];
  }
  return total;
}

// The step times, reused from one customer to the next.
let times = new Float64Array(0);
let cumulative = new Float64Array(0);
let timesHorizon = -1;
let timesStep = -1;
