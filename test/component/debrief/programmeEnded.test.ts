/**
 * The Bilan's programmes table, its « Fin » column: a stop applies at the start of its period (nothing spent then),
 * so the coupons stopped at week 7 acted weeks 1 to 6. The cell read « Semaine 7 » (« ran through week 7 », QA today
 * 12) under the note « programme actif semaines 1 à 6, arrêté au début de la semaine 7 »; it now says it as the note does.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DebriefProgrammes from '../../../src/ui/debrief/sections/DebriefProgrammes.svelte';
import { debriefFormat } from '../../../src/ui/debrief/debriefFormat.ts';
import { debriefReport } from '../../../src/ui/debrief/debriefReport.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** the coupons launched week 1 (tick 0), stopped at the start of week 7 (tick 6); a club stopped by the budget at week 5 (tick 4) */
const kpis = makeKpiSeries(8, (k) => ({
  ...k,
  programmes: [
    { ...k.programmes[0], endTick: 6 },
    { ...k.programmes[0], id: '1:0', type: 'lienSocial', strategy: 'lienSocial', instrument: 'club', startTick: 1, endTick: 4, suspendedMembers: 80 } satisfies ProgrammeKpi,
  ],
}));
const span = { through: 7, unit: 'week' as const };

/** each programme's « Fin » cell (the third column) by its row's name */
function endCells(): Record<string, string> {
  const table = screen.getByRole('table');
  const ended = within(table).getAllByRole('columnheader')[2];
  const column = [...ended.parentElement!.children].indexOf(ended);
  const out: Record<string, string> = {};
  for (const row of table.querySelectorAll('tbody tr:not(.note-row)')) out[norm(row.querySelector('th')!.textContent)] = norm(row.children[column].textContent);
  return out;
}

describe('Bilan: when a stopped programme ended', () => {
  afterEach(() => setLocale('fr'));

  it('says it stopped at the start of its period, as the note under it does', () => {
    render(DebriefProgrammes, { programmes: debriefReport(fixtureScenario(), kpis, [], []).programmes, format: debriefFormat('fr', 'week'), span });
    expect(norm(screen.getAllByRole('columnheader')[2].textContent)).toBe('Fin');
    expect(endCells()).toEqual({
      'Bons de réduction': 'arrêté au début de la semaine 7',
      'Club clients': 'arrêté faute de budget au début de la semaine 5',
    });
    // the note row says the same stop, and the weeks it acted
    expect(norm(screen.getAllByTestId('programme-note')[0].textContent)).toContain('programme actif semaines 1 à 6, arrêté au début de la semaine 7');
  });

  it('in months and in English too', async () => {
    render(DebriefProgrammes, { programmes: debriefReport(fixtureScenario(), kpis, [], []).programmes, format: debriefFormat('fr', 'month') });
    expect(endCells()['Bons de réduction']).toBe('arrêté au début du mois 7');
    document.body.innerHTML = '';
    await setLocale('en');
    render(DebriefProgrammes, { programmes: debriefReport(fixtureScenario(), kpis, [], []).programmes, format: debriefFormat('en', 'week') });
    expect(endCells()).toEqual({
      Coupons: 'stopped at the start of week 7',
      'Customer club': 'stopped for lack of budget at the start of week 5',
    });
  });
});
