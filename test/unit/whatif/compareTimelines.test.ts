import { describe, expect, it } from 'vitest';
import { compareTimelines, decisionChanges, decisionMeaning, lineage, metricModel, writtenGap } from '../../../src/ui/whatif/compareTimelines.ts';
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
      { tick: 2, a: [club], b: [], onlyA: [club], onlyB: [], kept: [], reordered: false, unplayedIn: null },
      { tick: 3, a: [], b: [survey], onlyA: [], onlyB: [survey], kept: [], reordered: false, unplayedIn: null },
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

  it('marks a period only one timeline played, whose decisions the other has not taken yet (QA qa28whatif m3)', () => {
    const a = { decisions: [{ tick: 3, actions: [survey] }] as DecisionsLog, kpis: series(5) };
    const b = { decisions: [] as DecisionsLog, kpis: series(3) };
    expect(compareTimelines(a, b).decisions).toEqual([{ tick: 3, a: [survey], b: [], onlyA: [survey], onlyB: [], kept: [], reordered: false, unplayedIn: 'b' }]);
    expect(compareTimelines(b, a).decisions[0].unplayedIn).toBe('a');
  });

  it('flags a value « différent » only when it is written differently: a rate to 0,1 %, euros whole (QA qa28whatif m4)', () => {
    const a = { decisions: [], kpis: series(3, (k) => ({ ...k, retentionRate: 0.9961, turnover: 1000.2 })) };
    const b = { decisions: [], kpis: series(3, (k) => ({ ...k, retentionRate: k.tick === 2 ? 0.9931 : 0.9958, turnover: k.tick === 2 ? 1001 : 1000.4 })) };
    const c = compareTimelines(a, b);
    expect(c.metrics.find((m) => m.id === 'retentionRate')!.differs).toEqual([false, false, true]);
    expect(c.metrics.find((m) => m.id === 'turnover')!.differs).toEqual([false, false, true]);
    expect(c.firstKpiDifference).toBe(2);
  });

  it('gives the gap between the written values, not zero exactly where a value is « différent » (review18 m1)', () => {
    const a = { decisions: [], kpis: series(2, (k) => ({ ...k, retentionRate: 0.99644, turnover: 10.4 })) };
    const b = { decisions: [], kpis: series(2, (k) => (k.tick === 1 ? { ...k, retentionRate: 0.99656, turnover: 10.6 } : { ...k, retentionRate: 0.99646, turnover: 10.3 })) };
    const c = compareTimelines(a, b);
    for (const [id, gaps] of [
      ['retentionRate', [0, 0.001]],
      ['turnover', [0, 1]],
    ] as const) {
      const m = c.metrics.find((x) => x.id === id)!;
      const gap = m.a.map((x, i) => writtenGap(m.kind, x, m.b[i]));
      expect(gap).toEqual(gaps);
      expect(m.differs).toEqual(gap.map((d) => d !== 0));
    }
    expect(writtenGap('percent', null, 0.5)).toBeNull();
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

const coupon: Action = { type: 'financier', instrument: 'coupon', target: {}, discountRate: 0.1 };
const policy: Action = { type: 'politiqueReclamations', level: 'rapide' };

describe('the decisions that differ, decision by decision (issue #4)', () => {
  it('names the one decision removed from a period that had several, not the period’s whole lists', () => {
    const a = { decisions: [{ tick: 2, actions: [coupon, club, survey] }] as DecisionsLog, kpis: series(4) };
    const b = { decisions: [{ tick: 2, actions: [club, survey] }] as DecisionsLog, kpis: series(4) };
    const [week3] = compareTimelines(a, b).decisions;
    expect(week3).toMatchObject({ tick: 2, onlyA: [coupon], onlyB: [], kept: [club, survey], reordered: false });
  });

  it('names what B added beside what it kept, and counts a decision taken twice as two', () => {
    const changes = decisionChanges([survey, policy], [survey, survey, coupon], canonicalJson, canonicalJson);
    expect(changes).toEqual({ onlyA: [policy], onlyB: [survey, coupon], kept: [survey], reordered: false });
  });

  it('says when the same decisions come in another order, and a period with the same ones is no difference', () => {
    expect(decisionChanges([club, survey], [survey, clubReordered], canonicalJson, canonicalJson)).toEqual({ onlyA: [], onlyB: [], kept: [club, survey], reordered: true });
    const a = { decisions: [{ tick: 1, actions: [club, survey] }] as DecisionsLog, kpis: series(3) };
    const b = { decisions: [{ tick: 1, actions: [survey, club] }] as DecisionsLog, kpis: series(3) };
    expect(compareTimelines(a, b).decisions).toMatchObject([{ tick: 1, onlyA: [], onlyB: [], reordered: true }]);
    expect(compareTimelines(a, a).decisions).toEqual([]);
  });

  it('matches a stop by the programme it stops: the club stopped in week 6 is the same stop under its new id once the coupon before it is removed', () => {
    const a = {
      decisions: [
        { tick: 2, actions: [coupon, club] },
        { tick: 5, actions: [{ type: 'arreterProgramme', programmeId: '2:1' }] },
      ] as DecisionsLog,
      kpis: series(7),
    };
    const b = {
      decisions: [
        { tick: 2, actions: [club] },
        { tick: 5, actions: [{ type: 'arreterProgramme', programmeId: '2:0' }] },
      ] as DecisionsLog,
      kpis: series(7),
    };
    expect(decisionMeaning(a.decisions[1].actions[0], a.decisions)).toBe(decisionMeaning(b.decisions[1].actions[0], b.decisions));
    const c = compareTimelines(a, b);
    expect(c.decisions).toMatchObject([{ tick: 2, onlyA: [coupon], kept: [club] }]);
    // the same id in both names another programme: a difference
    const other = { ...b, decisions: [b.decisions[0], { tick: 5, actions: [{ type: 'arreterProgramme', programmeId: '2:1' }] }] as DecisionsLog };
    expect(compareTimelines(a, other).decisions.map((d) => d.tick)).toEqual([2, 5]);
  });

  it('tells how B stands to A: branched from it, its ancestor, or apart', () => {
    const family = [
      { id: 'o', parentRunId: null },
      { id: 'x', parentRunId: 'o' },
      { id: 'y', parentRunId: 'x' },
      { id: 'z', parentRunId: 'o' },
    ];
    expect(lineage(family, 'o', 'y')).toBe('bFromA');
    expect(lineage(family, 'y', 'x')).toBe('aFromB');
    expect(lineage(family, 'y', 'z')).toBe('apart');
  });
});
