import { describe, expect, it } from 'vitest';
import { compareTimelines, metricModel } from '../../../src/ui/whatif/compareTimelines.ts';
import { canonicalJson } from '../../../src/results/fingerprint.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import type { Action, DecisionsLog } from '../../../src/engine/decisions.ts';

const club: Action = { type: 'lienSocial', instrument: 'club', target: { segments: ['bon'] } };
const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 };
const clubReordered: Action = { target: { segments: ['bon'] }, instrument: 'club', type: 'lienSocial' };

function series(n: number, change: (k: TickKpis) => TickKpis = (k) => k): TickKpis[] {
  return Array.from({ length: n }, (_, i) => change(makeKpi(i)));
}

describe('compareTimelines', () => {
  it('finds the first tick where KPIs differ, marks each differing value, and lists the decisions that differ', () => {
    const main = {
      decisions: [
        { tick: 0, actions: [survey] },
        { tick: 2, actions: [club] },
      ] as DecisionsLog,
      kpis: series(5),
    };
    const branch = {
      decisions: [
        { tick: 0, actions: [survey] },
        { tick: 3, actions: [survey] },
      ] as DecisionsLog,
      kpis: series(5, (k) => (k.tick >= 2 ? { ...k, turnover: k.turnover + 100 } : k)),
    };
    const c = compareTimelines(main, branch);
    expect(c.ticks).toBe(5);
    expect(c.firstKpiDifference).toBe(2);
    expect(c.firstDecisionDifference).toBe(2);
    const turnover = c.metrics.find((m) => m.id === 'turnover')!;
    expect(turnover.differs).toEqual([false, false, true, true, true]);
    expect(c.metrics.find((m) => m.id === 'activeCustomers')!.differs.every((d) => !d)).toBe(true);
    expect(c.decisions).toEqual([
      { tick: 2, a: [club], b: [] },
      { tick: 3, a: [], b: [survey] },
    ]);
  });

  it('treats identical timelines as identical, and a shorter timeline as missing values rather than differences', () => {
    const a = { decisions: [{ tick: 1, actions: [club] }] as DecisionsLog, kpis: series(4) };
    const b = { decisions: [{ tick: 1, actions: [clubReordered] }] as DecisionsLog, kpis: series(2) };
    const c = compareTimelines(a, b);
    expect(c.ticks).toBe(4);
    expect(c.firstKpiDifference).toBeNull();
    expect(c.firstDecisionDifference).toBeNull();
    expect(c.decisions).toEqual([]);
    expect(c.metrics[0].b).toEqual([expect.any(Number), expect.any(Number), null, null]);
    expect(c.metrics[0].differs).toEqual([false, false, false, false]);
  });

  it('compares NaN rates as equal (no retention without customers) and builds a two-series model', () => {
    const a = { decisions: [], kpis: series(2, (k) => ({ ...k, retentionRate: Number.NaN })) };
    const c = compareTimelines(a, a);
    expect(c.metrics.find((m) => m.id === 'retentionRate')!.differs).toEqual([false, false]);
    const model = metricModel(c.metrics[0], ['S1', 'S2', 'S3'], { a: 'Principale', b: 'Branche' });
    expect(model.labels).toEqual(['S1', 'S2']);
    expect(model.series.map((s) => s.label)).toEqual(['Principale', 'Branche']);
    expect(model.kind).toBe('money');
  });

  it('writes objects with sorted keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });
});
