/**
 * QA shops F13: the Bilan's objectives table said « Seuil franchi pour la première fois : Semaine 1 » for
 * « Garder au moins 2 660 clients actifs », already met at the start: it now says « Déjà atteint au départ ».
 */
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { gradeObjectives } from '../../../src/ui/debrief/objectiveGrades.ts';
import DebriefObjectives from '../../../src/ui/debrief/sections/DebriefObjectives.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

describe('Bilan objectives: a level already met at the start', () => {
  afterEach(() => setLocale('fr'));

  it('says « Déjà atteint au départ », not « Semaine 1 », in both languages', async () => {
    const objectives = gradeObjectives(fixtureScenario(), makeKpiSeries(12));
    render(DebriefObjectives, { objectives, format: debriefFormat('fr', 'week') });
    const row = screen.getByRole('row', { name: /Au moins 150 clients actifs/ });
    expect(row.textContent).toContain('Déjà atteint au départ');
    expect(row.textContent).not.toContain('Semaine 1');
    cleanup();
    await setLocale('en');
    render(DebriefObjectives, { objectives, format: debriefFormat('en', 'week') });
    expect(screen.getByRole('row', { name: /At least 150 active customers/ }).textContent).toContain('Already met at the start');
  });

  it('names the deadline when the level was lost before it, not « repassé de l’autre côté avant l’échéance » (QA class 15)', async () => {
    const objectives = gradeObjectives(fixtureScenario(), makeKpiSeries(12, (k) => ({ ...k, activeCustomers: k.tick < 3 ? 1000 : 100 })));
    render(DebriefObjectives, { objectives, format: debriefFormat('fr', 'week') });
    const row = screen.getByRole('row', { name: /Au moins 150 clients actifs/ });
    expect(row.textContent!.replace(/\s+/g, ' ')).toContain('Déjà atteint au départ, puis perdu avant la fin de la semaine 8');
    cleanup();
    await setLocale('en');
    render(DebriefObjectives, { objectives, format: debriefFormat('en', 'week') });
    expect(screen.getByRole('row', { name: /At least 150 active customers/ }).textContent).toContain('Already met at the start, then lost before the end of week 8');
  });
});
