/**
 * review1 #3 / review2 #2: an objective checked at every period (`everyTick`, mission 2 of every shop) is graded on the
 * lowest budget so far. The dashboard printed it as « Valeur actuelle » beside a higher budget card, and the Bilan's table
 * as « Valeur obtenue »: they now say it is the lowest (the highest under « au plus »).
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ObjectivesPanel from '../../../src/ui/dashboard/ObjectivesPanel.svelte';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { evaluateObjectives } from '../../../src/engine/objectives.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const budget = (everyTick: boolean) =>
  fixtureScenario({
    objectives: [
      { id: 'reserve', label: { fr: 'Garder au moins 1 000 € de budget', en: 'Keep at least €1,000 of budget' }, metric: 'budgetLeft', comparator: '>=', target: 1000, everyTick },
      { id: 'plafond', label: { fr: 'Garder au plus 2 000 € de budget', en: 'Keep at most €2,000 of budget' }, metric: 'budgetLeft', comparator: '<=', target: 2000, everyTick },
    ],
  });
// the budget dips to 900 € at period 2, then rises to 1 700 €
const dipped = makeKpiSeries(5, (k) => ({ ...k, budgetLeft: [3000, 900, 1300, 1600, 1700][k.tick] }));
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
const numbers = (id: string) => plain(document.querySelector(`[data-objective="${id}"] .numbers`)!.textContent);

describe('an objective checked at every period shows its worst value as such', () => {
  afterEach(() => setLocale('fr'));

  it('dashboard: « Valeur la plus basse jusqu’ici » (« la plus haute » at most), in French and English', async () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(budget(true), dipped), tickUnit: 'week' });
    expect(numbers('reserve')).toContain('Valeur la plus basse jusqu’ici : 900 €');
    expect(numbers('reserve')).not.toContain('Valeur actuelle');
    expect(numbers('plafond')).toContain('Valeur la plus haute jusqu’ici : 3 000 €');
    cleanup();
    await setLocale('en');
    render(ObjectivesPanel, { statuses: evaluateObjectives(budget(true), dipped), tickUnit: 'week' });
    expect(numbers('reserve')).toContain('Lowest value so far: €900');
    expect(numbers('plafond')).toContain('Highest value so far: €3,000');
  });

  it('dashboard: without everyTick the current value is unchanged', () => {
    render(ObjectivesPanel, { statuses: evaluateObjectives(budget(false), dipped), tickUnit: 'week' });
    expect(numbers('reserve')).toContain('Valeur actuelle : 1 700 €');
  });

  it('Bilan: the value cell says « (la plus basse) »', async () => {
    render(DebriefObjectives, { objectives: gradeObjectives(budget(true), dipped), format: debriefFormat('fr', 'week') });
    expect(plain(screen.getByRole('row', { name: /Garder au moins 1 000/ }).textContent)).toContain('900 € (la plus basse)');
    expect(plain(screen.getByRole('row', { name: /Garder au plus 2 000/ }).textContent)).toContain('3 000 € (la plus haute)');
    cleanup();
    await setLocale('en');
    render(DebriefObjectives, { objectives: gradeObjectives(budget(true), dipped), format: debriefFormat('en', 'week') });
    expect(plain(screen.getByRole('row', { name: /Keep at least/ }).textContent)).toContain('€900 (lowest)');
  });
});
