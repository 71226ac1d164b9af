/**
 * QA qa24 m1, the Bilan's side: the dashboard says why a satisfaction objective was missed for want of a questionnaire in its
 * window (« non mesurée : aucun questionnaire dans le délai demandé, … ; le dernier date de la semaine 4 »), while the Bilan's
 * objectives table said « non mesuré » alone. It now says the same, from the same function (dashboard/surveyWindowText.ts).
 */
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

// 12 periods: only a questionnaire run in periods 9 to 12 counts; the fixture's questionnaire is at period 4
const scenario = fixtureScenario({
  objectives: [
    { id: 'satisfaction', label: { fr: 'Mesurer une satisfaction d’au moins 60 %', en: 'Measure a satisfaction of at least 60%' }, metric: 'measuredSatisfaction', comparator: '>=', target: 0.6 },
    { id: 'actifs', label: { fr: 'Garder au moins 150 clients actifs', en: 'Keep at least 150 active customers' }, metric: 'activeCustomers', comparator: '>=', target: 150, byTick: 8 },
  ],
});
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const row = (name: RegExp) => plain(screen.getByRole('row', { name }).textContent);

describe('Bilan objectives: a satisfaction missed for want of a questionnaire in its window says why', () => {
  afterEach(() => setLocale('fr'));

  it('in the Bilan screen, as the dashboard says it', () => {
    const kpis = makeKpiSeries(12);
    render(DebriefScreen, { scenario, kpis, reports: [], decisions: [] });
    const section = screen.getByRole('region', { name: 'Objectifs du scénario' });
    const text = plain(within(section).getByRole('row', { name: /satisfaction/ }).textContent);
    expect(text).toContain('non mesurée : aucun questionnaire dans le délai demandé, de la semaine 9 à la semaine 12 ; le dernier date de la semaine 4');
    expect(text).toContain('Non atteint');
  });

  it('in French and English', async () => {
    const kpis = makeKpiSeries(12);
    const objectives = gradeObjectives(scenario, kpis);
    render(DebriefObjectives, { objectives, format: debriefFormat('fr', 'month'), kpis });
    expect(row(/satisfaction/)).toContain('non mesurée : aucun questionnaire dans le délai demandé, du mois 9 au mois 12 ; le dernier date du mois 4');
    cleanup();
    await loadLocale('en', 'learner');
    await setLocale('en');
    render(DebriefObjectives, { objectives, format: debriefFormat('en', 'week'), kpis });
    expect(row(/satisfaction/)).toContain('not measured: no questionnaire in the window it asks for, from week 9 to week 12; the last one was run in week 4');
  });

  it('without any questionnaire, names the window only', () => {
    const kpis = makeKpiSeries(12, (k) => ({ ...k, satisfactionMeasured: null }));
    render(DebriefObjectives, { objectives: gradeObjectives(scenario, kpis), format: debriefFormat('fr', 'week'), kpis });
    const text = row(/satisfaction/);
    expect(text).toContain('non mesurée : aucun questionnaire dans le délai demandé, de la semaine 9 à la semaine 12');
    expect(text).not.toContain('le dernier');
  });
});
