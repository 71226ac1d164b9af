/**
 * Objective metrics whose value only grows over a run: sums of amounts never negative in any period
 * (src/engine/objectives.ts, valueAtLast): cumulativeTurnover sums the turnover, acquisitions the customers
 * acquired. cumulativeMargin is not one: a period's gross margin is the amount paid times the margin rate
 * minus the discounts' cost (engine/unitCosts.ts), negative when a coupon's rate is above the margin rate
 * (a 50 % coupon in a shop at 40 % margin: review3 #7); nor is cumulativeNetMargin (costs above the margin).
 * With `everyTick` (the worst value over the periods counts), such a metric's worst value is the first
 * period's for « au moins » (">="), the checkpoint's for « au plus » ("<="): « à chaque période » then
 * checks only the first period, or changes nothing. The editor warns (src/ui/editor/reachCheck.ts).
 */
import type { Objective } from './schema.ts';

export const CUMULATIVE_METRICS: readonly Objective['metric'][] = ['cumulativeTurnover', 'acquisitions'];

/** The objectives (their index) checked « à chaque période » on a metric that only grows, with their comparator. */
export function everyTickOnCumulative(objectives: readonly Pick<Objective, 'metric' | 'comparator' | 'everyTick'>[]): { index: number; comparator: Objective['comparator'] }[] {
  return objectives.flatMap((o, index) => (o.everyTick === true && CUMULATIVE_METRICS.includes(o.metric) ? [{ index, comparator: o.comparator }] : []));
}
