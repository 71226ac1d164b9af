/**
 * The Bilan's « seuil franchi pour la première fois » column (QA B13): an objective missed at its
 * checkpoint whose threshold was crossed earlier says it went back, it never reads as achieved. A level
 * to keep (« garder au moins 2 660 clients actifs ») met from the first period was not crossed: it was
 * already met at the start (QA shops F13: « Semaine 1 » read as an early success).
 */
import { describe, expect, it } from 'vitest';
import { firstMetCell, gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { objectiveMet, objectiveValue } from '../../../src/engine/objectives.ts';
import { objectiveMetric, type Objective } from '../../../src/scenario/schema.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();
const actifs = (kpis: ReturnType<typeof makeKpiSeries>, s = scenario) => gradeObjectives(s, kpis).grades.find((g) => g.status.id === 'actifs')!;

describe('firstMetCell', () => {
  it('a level to keep, met from the first period: already met at the start, then lost if it went back', () => {
    const lost = actifs(makeKpiSeries(12, (k) => ({ ...k, activeCustomers: k.tick < 3 ? 1000 : 100 })));
    expect(lost.status.state).toBe('manque');
    expect(firstMetCell(lost)).toEqual({ kind: 'atStartThenLost', tick: 0 });
    expect(firstMetCell(actifs(makeKpiSeries(12)))).toEqual({ kind: 'atStart', tick: 0 });
  });

  it('crossed: the period a level was first crossed, or a sum first reached (even at period 1); never when it was not', () => {
    expect(firstMetCell(actifs(makeKpiSeries(12, (k) => ({ ...k, activeCustomers: k.tick < 3 ? 100 : 1000 }))))).toEqual({ kind: 'crossed', tick: 3 });
    const recruits = fixtureScenario({
      objectives: [{ id: 'actifs', label: { fr: 'Recruter', en: 'Recruit' }, metric: 'acquisitions', comparator: '>=', target: 5, points: 1 }],
    });
    expect(firstMetCell(actifs(makeKpiSeries(12), recruits))).toEqual({ kind: 'crossed', tick: 0 });
    expect(firstMetCell(actifs(makeKpiSeries(12, (k) => ({ ...k, activeCustomers: 100 }))))).toEqual({ kind: 'never' });
  });

  it('names the column for what it measures, in both languages', () => {
    expect(translate('fr', 'debrief.objectives.firstMet')).toBe('Seuil franchi pour la première fois');
    // the real deadline, not « repassé de l’autre côté avant l’échéance » (QA class 15)
    expect(translate('fr', 'debrief.objectives.metThenLost', { period: 'Semaine 1', deadline: 'la semaine 52' })).toBe('Semaine 1, puis perdu avant la fin de la semaine 52');
    expect(translate('fr', 'debrief.objectives.atStartThenLost', { deadline: 'la semaine 52' })).toBe('Déjà atteint au départ, puis perdu avant la fin de la semaine 52');
    expect(translate('en', 'debrief.objectives.atStartThenLost', { deadline: 'week 52' })).toBe('Already met at the start, then lost before the end of week 52');
    expect(translate('en', 'debrief.objectives.firstMet')).toBe('Threshold first crossed');
    expect(translate('en', 'debrief.objectives.atStart')).toBe('Already met at the start');
  });

  it('finds the first period met as valuing each period on a copy of the KPIs did, for every metric, with and without everyTick', () => {
    // a series that goes up and down, with a questionnaire at periods 4 and 10
    const wobble = (t: number) => 1 + (((t * 7) % 5) - 2) / 20;
    const kpis = makeKpiSeries(12, (k) => ({
      ...k,
      turnover: k.turnover * wobble(k.tick),
      grossMargin: k.grossMargin * wobble(k.tick + 1),
      netMargin: k.netMargin * wobble(k.tick + 2) - 6000,
      activeCustomers: Math.round(k.activeCustomers * wobble(k.tick + 3)),
      budgetLeft: k.budgetLeft * wobble(k.tick + 4),
      retentionRate: k.retentionRate * wobble(k.tick) ** 0.01,
      churnRate: k.churnRate * wobble(k.tick + 1),
      acquired: k.acquired * wobble(k.tick + 2),
      segments: { ...k.segments, tresBon: Math.round(k.segments.tresBon * wobble(k.tick + 3)) },
      satisfactionMeasured: k.tick >= 9 ? { method: 'questionnaire', sampleSize: 100, mean: 0.6 + 0.01 * k.tick, marginOfError: 0.1, tick: 9 } : k.satisfactionMeasured,
    }));
    const objectives: Objective[] = [];
    for (const metric of objectiveMetric.options)
      for (const everyTick of [false, true])
        for (const comparator of ['>=', '<='] as const)
          for (const byTick of [undefined, 8]) {
            const base: Objective = { id: `${metric}-${everyTick}-${comparator}-${byTick}`, label: { fr: metric }, metric, comparator, target: 0, points: 1, segment: 'tresBon', everyTick, ...(byTick ? { byTick } : {}) };
            // a target some periods reach and others do not: the value after the sixth period
            objectives.push({ ...base, target: objectiveValue(base, kpis.slice(0, 6), byTick ?? kpis.length) ?? 0.5 });
          }
    const shop = fixtureScenario({ durationTicks: 12, objectives });
    const sliced = (o: Objective, checkTick: number) => {
      for (let n = 1; n <= Math.min(kpis.length, checkTick); n++) if (objectiveMet(objectiveValue(o, kpis.slice(0, n), checkTick), o)) return n;
      return null;
    };
    const { grades } = gradeObjectives(shop, kpis);
    expect(grades.map((g) => [g.status.id, g.firstMetAfter])).toEqual(shop.objectives.map((o) => [o.id, sliced(o, o.byTick ?? 12)]));
    // periods met after the first, the first, and never: the comparison sees each case
    const firsts = new Set(grades.map((g) => g.firstMetAfter));
    expect(firsts.has(null) && firsts.has(1) && [...firsts].some((n) => n !== null && n > 1)).toBe(true);
  });
});
