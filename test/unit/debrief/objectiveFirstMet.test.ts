/**
 * The Bilan's « seuil franchi pour la première fois » column (QA B13): an objective missed at its
 * checkpoint whose threshold was crossed earlier says it went back, it never reads as achieved.
 */
import { describe, expect, it } from 'vitest';
import { firstMetCell, gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const scenario = fixtureScenario();

describe('firstMetCell', () => {
  it('crossed then lost: a missed objective whose threshold held only at the start', () => {
    const kpis = makeKpiSeries(12, (k) => ({ ...k, activeCustomers: k.tick < 3 ? 1000 : 100 }));
    const actifs = gradeObjectives(scenario, kpis).grades.find((g) => g.status.id === 'actifs')!;
    expect(actifs.status.state).toBe('manque');
    expect(firstMetCell(actifs)).toEqual({ kind: 'crossedThenLost', tick: 0 });
  });

  it('crossed: a met objective gives the period it was first crossed; never when it was not', () => {
    const met = gradeObjectives(scenario, makeKpiSeries(12)).grades.find((g) => g.status.id === 'actifs')!;
    expect(firstMetCell(met)).toEqual({ kind: 'crossed', tick: 0 });
    const never = gradeObjectives(scenario, makeKpiSeries(12, (k) => ({ ...k, activeCustomers: 100 }))).grades.find((g) => g.status.id === 'actifs')!;
    expect(firstMetCell(never)).toEqual({ kind: 'never' });
  });

  it('names the column for what it measures, in both languages', () => {
    expect(translate('fr', 'debrief.objectives.firstMet')).toBe('Seuil franchi pour la première fois');
    expect(translate('fr', 'debrief.objectives.metThenLost', { period: 'Semaine 1' })).toBe('Semaine 1, puis repassé de l’autre côté avant l’échéance');
    expect(translate('en', 'debrief.objectives.firstMet')).toBe('Threshold first crossed');
  });
});
