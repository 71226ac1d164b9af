/**
 * Objective metrics whose value only grows over a run: sums of amounts never negative in any period
 * (src/engine/objectives.ts, valueAtLast): cumulativeTurnover sums the turnover, cumulativeMargin the
 * gross margin (the turnover times a margin rate between 0 and 1), acquisitions the customers acquired.
 * cumulativeNetMargin is not one: a period's net margin is negative when the costs exceed the margin.
 * With `everyTick` (the worst value over the periods counts), such a metric's worst value is the first
 * period's for « au moins » (">="), the checkpoint's for « au plus » ("<="): « à chaque période » then
 * checks only the first period, or changes nothing. The editor warns (src/ui/editor/reachCheck.ts).
 */
import type { Objective } from './schema.ts';

export const CUMULATIVE_METRICS: readonly Objective['metric'][] = ['cumulativeTurnover', 'cumulativeMargin', 'acquisitions'];

/** The objectives (their index) checked « à chaque période » on a metric that only grows, with their comparator. */
export function everyTickOnCumulative(objectives: readonly Pick<Objective, 'metric' | 'comparator' | 'everyTick'>[]): { index: number; comparator: Objective['comparator'] }[] {
  return objectives.flatMap((o, index) => (o.everyTick === true && CUMULATIVE_METRICS.includes(o.metric) ? [{ index, comparator: o.comparator }] : []));
}
