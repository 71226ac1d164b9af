/**
 * « Et si… ? » makes the effect of a decision visible (QA class 6): the gap B − A on the cumulative net
 * margin, as a curve around a marked zero whose last point is the totals' « B est devant … de 4 120 € »;
 * money and counts on axes fitted to their values; short legends (« A : original », « B : et si… (à partir de la semaine 1) »).
 */
import { describe, expect, it } from 'vitest';
import { aheadOnMargin, cumulativeMargin, gapModel, legendNames, timelineTotals } from '../../../src/ui/whatif/compareTimelines.ts';
import { compareChartConfig, gapChartConfig, ZERO_LINE } from '../../../src/ui/whatif/compareChartConfig.ts';
import { translate, type MessageKey, type Params } from '../../../src/i18n/translate.ts';
import { shippedScenarioList } from '../app/testServices.ts';
import type { TickKpis } from '../../../src/engine/types.ts';

const tFr = (key: MessageKey, params?: Params) => translate('fr', key, params);
const tEn = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('the gap B − A on the cumulative net margin', () => {
  it('sums each timeline, rounds each sum to the euro, and ends on the totals’ gap', () => {
    const a = [1000.4, 900.4, 800.4];
    const b = [1000.4, 1200.3, 1100.6];
    const sums = cumulativeMargin({ a, b });
    expect(sums.a).toEqual([1000, 1901, 2701]);
    expect(sums.b).toEqual([1000, 2201, 3301]);
    expect(sums.gap).toEqual([0, 300, 600]);
    const kpis = (m: number[]) => m.map((netMargin) => ({ netMargin, activeCustomers: 1 }) as TickKpis);
    const scenario = shippedScenarioList()[0];
    const ta = timelineTotals(kpis(a), scenario);
    const tb = timelineTotals(kpis(b), scenario);
    expect(aheadOnMargin(ta, tb)).toBe('b');
    expect(sums.gap.at(-1)).toBe(Math.round(tb.netMargin) - Math.round(ta.netMargin));
  });

  it('has no gap where one timeline has not played the period', () => {
    const sums = cumulativeMargin({ a: [100, -50, null], b: [100, 20, 30] });
    expect(sums).toEqual({ a: [100, 50, null], b: [100, 120, 150], gap: [0, 70, null] });
    expect(gapModel(sums.gap, ['S1', 'S2', 'S3', 'S4'], 'Écart B − A')).toEqual({
      labels: ['S1', 'S2', 'S3'],
      kind: 'money',
      series: [{ id: 'gap', label: 'Écart B − A', values: [0, 70, null] }],
    });
  });

  it('is drawn on an axis holding zero, its zero line marked', () => {
    const config = gapChartConfig(gapModel([0, 300, 601], ['S1', 'S2', 'S3'], 'Écart'), 'fr');
    const y = config.options!.scales!.y as { beginAtZero: boolean; grid: { color: (c: unknown) => string; lineWidth: (c: unknown) => number } };
    expect(y.beginAtZero).toBe(true);
    expect(y.grid.color({ tick: { value: 0 } })).toBe(ZERO_LINE.colour);
    expect(y.grid.lineWidth({ tick: { value: 0 } })).toBe(ZERO_LINE.width);
    expect(y.grid.color({ tick: { value: 200 } })).not.toBe(ZERO_LINE.colour);
    expect(y.grid.lineWidth({ tick: { value: -200 } })).toBe(1);
  });
});

describe('the compared KPIs’ axes', () => {
  it('fit money and counts to their values instead of starting at zero', () => {
    const model = (kind: 'money' | 'number') => ({
      labels: ['S1', 'S2'],
      kind,
      series: [
        { id: 'a', label: 'A', values: [12000, 12100] },
        { id: 'b', label: 'B', values: [12000, 12400] },
      ],
    });
    for (const kind of ['money', 'number'] as const) {
      const y = compareChartConfig(model(kind), [false, true], 'fr').options!.scales!.y as { beginAtZero: boolean };
      expect(y.beginAtZero).toBe(false);
    }
  });
});

describe('the legends’ short names', () => {
  const original = { name: 'Boulangerie du Marché (1907)', parentRunId: null };
  const branch = (ticks: number[]) => ({ name: 'x', parentRunId: 'o', branchName: { base: 'Boulangerie du Marché (1907)', ticks } });
  const full = { a: 'Boulangerie du Marché (1907)', b: 'Boulangerie du Marché (1907) — et si… (la semaine 1)' };

  it('say « original » and the week of the branching, in French and English', () => {
    expect(legendNames(tFr, 'week', { a: original, b: branch([0]) }, full)).toEqual({ a: 'A\u00a0: original', b: 'B\u00a0: et si… (à partir de la semaine 1)' });
    expect(legendNames(tEn, 'week', { a: original, b: branch([0]) }, full)).toEqual({ a: 'A: original', b: 'B: what if… (from week 1)' });
    expect(legendNames(tFr, 'month', { a: branch([1, 4]), b: original }, full)).toEqual({ a: 'A\u00a0: et si… (à partir du mois 2, puis du mois 5)', b: 'B\u00a0: original' });
  });

  it('keep a renamed branch’s name, and fall back to the full names when the short ones are the same', () => {
    expect(legendNames(tFr, 'week', { a: original, b: { name: 'Sans coupon', parentRunId: 'o' } }, full).b).toBe('B\u00a0: Sans coupon');
    const twins = legendNames(tFr, 'week', { a: branch([2]), b: branch([2]) }, { a: 'P — et si… (la semaine 3)', b: 'P — et si… (la semaine 3) 2' });
    expect(twins).toEqual({ a: 'A\u00a0: P — et si… (la semaine 3)', b: 'B\u00a0: P — et si… (la semaine 3) 2' });
  });
});
