/**
 * « Membres / groupe témoin » (src/ui/charts/programmeComparisonConfig.ts): cumulative margins per
 * customer of members and control group, their gap, which programme shows first, and when the
 * comparison is not measurable; against a real run, the gap per member times the members is the
 * programme's incremental margin (one programme: no shared members).
 */
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../src/engine/index.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../../src/engine/types.ts';
import { comparisonConfig, comparisonModel, comparisonStatus, defaultComparedProgramme } from '../../../src/ui/charts/programmeComparisonConfig.ts';
import { OKABE_ITO } from '../../../src/ui/charts/palette.ts';
import { testScenario } from '../engine/fixtures.ts';

const labels = { members: 'M', control: 'T', gap: 'E', memberShare: 'MS', controlShare: 'TS' };
const period = (tick: number) => `S${tick + 1}`;

function kpisWith(points: (ProgrammeKpi['comparison'] | undefined)[]): TickKpis[] {
  return points.map((comparison, tick) => ({ tick, programmes: [{ id: '0:0', controlGroup: 40, ...(comparison ? { comparison } : {}) }] }) as unknown as TickKpis);
}

describe('members vs control group chart', () => {
  it('adds up each group’s margin per customer period after period, skips the periods without comparison, gives the gap and shares', () => {
    const kpis = kpisWith([
      { memberMargin: 10, controlMargin: 8, memberShare: 1, controlShare: 0.98 },
      undefined,
      { memberMargin: 12, controlMargin: 9, memberShare: 0.99, controlShare: 0.95 },
    ]);
    const model = comparisonModel(kpis, '0:0', period, labels);
    expect(model.labels).toEqual(['S1', 'S3']);
    const byId = Object.fromEntries(model.series.map((s) => [s.id, s.values]));
    expect(byId.members).toEqual([10, 22]);
    expect(byId.control).toEqual([8, 17]);
    expect(byId.gap).toEqual([2, 5]);
    expect(byId.memberShare).toEqual([1, 0.99]);
    expect(byId.controlShare).toEqual([0.98, 0.95]);
    expect(model.series.find((s) => s.id === 'memberShare')!.kind).toBe('percent');
    expect(comparisonModel(kpis, 'autre', period, labels).labels).toEqual([]);
  });

  it('writes each share still customers with its 95 % margin of error once the groups’ sizes are given (QA today 11)', () => {
    const kpis = kpisWith([{ memberMargin: 10, controlMargin: 8, memberShare: 0.912, controlShare: 1 }]);
    const texts = (m: ReturnType<typeof comparisonModel>, id: string) => m.series.find((s) => s.id === id)!.texts?.map((t) => t?.replace(/[\u00a0\u202f]/g, ' '));
    const model = comparisonModel(kpis, '0:0', period, labels, { locale: 'fr', members: 405, control: 45 });
    expect(texts(model, 'memberShare')).toEqual(['91,2 % ± 2,8 pt']);
    // 45 controls all still there: not ± 0, nor « ± » past 100 % (QA qa24 m4), the interval itself
    expect(texts(model, 'controlShare')).toEqual(['100 % (entre 90,6 % et 100 %)']);
    // the values stay the shares (the chart and a sort read them)
    expect(model.series.find((s) => s.id === 'controlShare')!.values).toEqual([1]);
    expect(texts(comparisonModel(kpis, '0:0', period, labels), 'controlShare')).toBeUndefined();
  });

  it('draws only members and control group, in two colour-blind-safe colours, dashes and point shapes, euros on the axis', () => {
    const model = comparisonModel(kpisWith([{ memberMargin: 10, controlMargin: 8, memberShare: 1, controlShare: 1 }]), '0:0', period, labels);
    const config = comparisonConfig(model, 'fr-FR');
    const sets = config.data.datasets;
    expect(sets.map((d) => d.label)).toEqual(['M', 'T']);
    expect(sets.map((d) => d.borderColor)).toEqual([OKABE_ITO.blue, OKABE_ITO.vermillion]);
    expect(sets[0].pointStyle).not.toBe(sets[1].pointStyle);
    expect(sets[0].borderDash).not.toEqual(sets[1].borderDash);
    expect(config.options!.scales!.y!.ticks).toMatchObject({ format: { style: 'currency', currency: 'EUR' } });
  });

  it('shows first the latest programme with a control group, and says when there is nothing to compare', () => {
    expect(defaultComparedProgramme([])).toBeNull();
    expect(defaultComparedProgramme([{ id: 'a', controlGroup: 40 }, { id: 'b', controlGroup: 35 }, { id: 'c', controlGroup: 0 }])).toBe('b');
    expect(defaultComparedProgramme([{ id: 'a', controlGroup: 0 }, { id: 'b', controlGroup: 0 }])).toBe('b');
    expect(comparisonStatus({ controlGroup: 0 }, 0)).toBe('noControlGroup');
    expect(comparisonStatus({ controlGroup: 30 }, 0)).toBe('notYet');
    expect(comparisonStatus({ controlGroup: 30 }, 3)).toBe('measured');
  });

  it('on a real run, the last gap per member times the members is the programme’s incremental margin', () => {
    const decisions = decisionsLogSchema.parse([{ tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }]);
    const { reports } = runSimulation(testScenario(), { seed: 4, ticks: 8, decisions });
    const kpis = reports.map((r) => r.kpis);
    const model = comparisonModel(kpis, '1:0', period, labels);
    expect(model.labels).toHaveLength(7);
    const p = kpis.at(-1)!.programmes[0];
    const gap = model.series.find((s) => s.id === 'gap')!.values.at(-1)!;
    expect(gap * p.targeted).toBeCloseTo(p.incrementalMarginToDate!, 6);
  });
});
