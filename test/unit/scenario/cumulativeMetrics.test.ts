/**
 * The metrics that only grow over a run (src/scenario/cumulativeMetrics.ts): with `everyTick`, their worst
 * value is the first period's (« au moins ») or the checkpoint's (« au plus »), as the engine computes it;
 * the cumulative gross and net margins are not (a period's margin may be negative).
 */
import { describe, expect, it } from 'vitest';
import { CUMULATIVE_METRICS, everyTickOnCumulative } from '../../../src/scenario/cumulativeMetrics.ts';
import { objectiveMetric, type Objective } from '../../../src/scenario/schema.ts';
import { objectiveValue } from '../../../src/engine/objectives.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { shippedScenarios } from '../../../src/scenario/shipped.ts';

const objective = (o: Partial<Objective>): Objective => ({ id: 'x', label: { fr: 'x' }, metric: 'turnover', comparator: '>=', target: 1, points: 1, ...o });

describe('cumulative metrics', () => {
  it('are the sums of amounts never negative: with everyTick, « au moins » reads the first period, « au plus » the last', () => {
    // a shop losing money in some periods: its net margin goes down, and with discounts above the margin rate its gross
    // margin too (review3 #7: a 50 % coupon at 40 % margin); its turnover and recruits still add up
    const kpis = makeKpiSeries(6, (k) => (k.tick % 2 ? { ...k, netMargin: -2000, grossMargin: -200 } : k));
    for (const metric of objectiveMetric.options) {
      const o = objective({ metric, segment: 'tresBon' });
      const values = kpis.map((_, n) => objectiveValue(o, kpis.slice(0, n + 1)));
      const grows = values.every((v, n) => n === 0 || (v !== null && values[n - 1] !== null && v >= values[n - 1]!));
      if (CUMULATIVE_METRICS.includes(metric)) {
        expect(grows, metric).toBe(true);
        expect(objectiveValue({ ...o, everyTick: true }, kpis), metric).toBe(values[0]);
        expect(objectiveValue({ ...o, comparator: '<=', everyTick: true }, kpis), metric).toBe(values.at(-1));
      }
    }
    expect(CUMULATIVE_METRICS).toEqual(['cumulativeTurnover', 'acquisitions']);
    for (const metric of ['cumulativeNetMargin', 'cumulativeMargin'] as const) {
      const sums = kpis.map((_, n) => objectiveValue(objective({ metric }), kpis.slice(0, n + 1))!);
      expect(sums.some((v, n) => n > 0 && v < sums[n - 1]), metric).toBe(true);
    }
  });

  it('finds the objectives checked at every period on such a metric, with their comparator', () => {
    const objectives = [
      objective({ metric: 'cumulativeTurnover', everyTick: true }),
      objective({ metric: 'budgetLeft', everyTick: true }),
      objective({ metric: 'acquisitions', comparator: '<=', everyTick: true }),
      objective({ metric: 'cumulativeMargin' }),
      objective({ metric: 'cumulativeNetMargin', everyTick: true }),
    ];
    expect(everyTickOnCumulative(objectives)).toEqual([
      { index: 0, comparator: '>=' },
      { index: 2, comparator: '<=' },
    ]);
    for (const { scenario } of shippedScenarios().scenarios) expect(everyTickOnCumulative(scenario.objectives), scenario.id).toEqual([]);
  });
});
