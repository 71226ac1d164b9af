/**
 * The what-if screen's texts that said « période » in a weekly or monthly shop (« Aucune décision prévue : vous décidez de nouveau
 * à chaque période », « prévues période par période », « quand la partie atteint sa période », « Indicateurs de la période »):
 * they say the shop's unit (decisions.tickWords), in French and English.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BranchDialog from '../../../src/ui/whatif/BranchDialog.svelte';
import PlannedTicks from '../../../src/ui/whatif/PlannedTicks.svelte';
import TickReport from '../../../src/ui/whatif/TickReport.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpi } from '../../fixtures/kpis.ts';

const norm = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

const CASES = [
  {
    lang: 'fr',
    unit: 'week',
    empty: 'vous décidez de nouveau chaque semaine.',
    original: 'sont prévues semaine par semaine :',
    planned: ['quand la partie atteint la semaine où elle est prévue', 'quand la partie y arrive.'],
    kpis: 'Indicateurs de la semaine',
  },
  {
    lang: 'fr',
    unit: 'month',
    empty: 'vous décidez de nouveau chaque mois.',
    original: 'sont prévues mois par mois :',
    planned: ['quand la partie atteint le mois où elle est prévue', 'quand la partie y arrive.'],
    kpis: 'Indicateurs du mois',
  },
  {
    lang: 'en',
    unit: 'week',
    empty: 'you decide again every week.',
    original: 'are planned week by week:',
    planned: ['when the game reaches the week it is planned for', 'when the game gets there.'],
    kpis: 'Indicators of the week',
  },
  {
    lang: 'en',
    unit: 'month',
    empty: 'you decide again every month.',
    original: 'are planned month by month:',
    planned: ['when the game reaches the month it is planned for', 'when the game gets there.'],
    kpis: 'Indicators of the month',
  },
] as const;

describe('what-if texts in the shop’s unit', () => {
  afterEach(() => setLocale('fr'));

  it.each(CASES)('$lang, $unit', async (c) => {
    await setLocale(c.lang);
    const dialog = render(BranchDialog, { from: 'x', unit: c.unit, laterDecisions: true, onconfirm: () => {}, oncancel: () => {} });
    expect(norm(document.getElementById('branch-start-empty')?.textContent)).toContain(c.empty);
    expect(norm(document.getElementById('branch-start-original')?.textContent)).toContain(c.original);
    expect(norm(document.body.textContent)).not.toMatch(/période|period/i);
    dialog.unmount();

    const planned = render(PlannedTicks, { unit: c.unit, current: 1, pending: [], planned: [], decisions: [], busy: false, onremove: () => null });
    for (const said of c.planned) expect(norm(document.body.textContent)).toContain(said);
    expect(norm(document.body.textContent)).not.toMatch(/période|period/i);
    planned.unmount();

    render(TickReport, { id: 'r', title: 'R', kpis: makeKpi(0), actions: [], rejected: [], onclose: () => {}, unit: c.unit });
    expect(screen.getByRole('heading', { name: c.kpis })).toBeInTheDocument();
  });
});
