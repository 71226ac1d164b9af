/**
 * The Bilan's « seuil franchi pour la première fois » column (QA B13): an objective missed at its
 * checkpoint whose threshold was crossed earlier says it went back, it never reads as achieved. A level
 * to keep (« garder au moins 2 660 clients actifs ») met from the first period was not crossed: it was
 * already met at the start (QA shops F13: « Semaine 1 » read as an early success).
 */
import { describe, expect, it } from 'vitest';
import { firstMetCell, gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
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
});
