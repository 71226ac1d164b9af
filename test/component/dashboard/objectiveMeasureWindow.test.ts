/**
 * QA qa10 F1: at the optician's month 2 the satisfaction card read « 74 % ± 2,7 pt » (the month-1 questionnaire) while the
 * objective just below said « Valeur actuelle : pas encore mesurée »: a contradiction to a learner alone. Only a questionnaire
 * run in the objective's last periods counts (engine/objectives.ts measurementWindow): the value now names them.
 */
import { cleanup, render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

// 12 periods: the last quarter, at least 4, counts (periods 9 to 12); the fixture's questionnaire is at period 4
const scenario = fixtureScenario({
  objectives: [
    { id: 'satisfaction', label: { fr: 'Mesurer une satisfaction d’au moins 60 %', en: 'Measure a satisfaction of at least 60%' }, metric: 'measuredSatisfaction', comparator: '>=', target: 0.6 },
    { id: 'actifs', label: { fr: 'Garder au moins 150 clients actifs', en: 'Keep at least 150 active customers' }, metric: 'activeCustomers', comparator: '>=', target: 150 },
  ],
});
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const numbers = (id: string) => plain(document.querySelector(`[data-objective="${id}"] .numbers`)!.textContent);

describe('dashboard objectives: a satisfaction not measured yet says which questionnaire counts (QA qa10 F1)', () => {
  afterEach(() => setLocale('fr'));

  it('names the periods of the window, in French and English', async () => {
    const statuses = evaluateObjectives(scenario, makeKpiSeries(6));
    expect(statuses[0].value).toBeNull();
    render(ObjectivesPanel, { statuses, tickUnit: 'month' });
    expect(numbers('satisfaction')).toContain('Valeur actuelle : pas encore mesurée : seul compte un questionnaire fait du mois 9 au mois 12');
    cleanup();
    render(ObjectivesPanel, { statuses, tickUnit: 'week' });
    expect(numbers('satisfaction')).toContain('fait de la semaine 9 à la semaine 12');
    cleanup();
    await setLocale('en');
    render(ObjectivesPanel, { statuses, tickUnit: 'month' });
    expect(numbers('satisfaction')).toContain('Current value: not measured yet: only a questionnaire run from month 9 to month 12 counts');
  });

  it('a questionnaire in the window gives its value; past the checkpoint the text is unchanged', () => {
    const measured = makeKpiSeries(10, (k) => (k.tick === 9 ? { ...k, satisfactionMeasured: { method: 'questionnaire', sampleSize: 200, mean: 0.7, marginOfError: 0.05, tick: 9 } } : k));
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, measured), tickUnit: 'month' });
    expect(numbers('satisfaction')).toContain('Valeur actuelle : 70 %');
    cleanup();
    render(ObjectivesPanel, { statuses: evaluateObjectives(scenario, makeKpiSeries(12)), tickUnit: 'month' });
    expect(numbers('satisfaction')).toContain('Valeur à l’échéance : pas encore mesurée ·');
  });
});
