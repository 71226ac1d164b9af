/**
 * « Et si… ? »'s past periods say which decisions the engine refused, in the table and in the period's report, as
 * the Bilan does (« (refusée : budget insuffisant) »). QA hqa F3 (bakery, 1366x768): week 6's data collection and
 * week 20's survey, both refused for lack of budget, were listed in the table like the decisions applied; the report
 * said it, glued to the decision (« cible : Bon client— Refusée »): Svelte drops the space at the start of <strong>.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import PastTicks from '../../../src/ui/whatif/PastTicks.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import type { DecisionsLog } from '../../../src/engine/decisions.ts';
import type { PeriodRefusals } from '../../../src/engine/types.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
const kpis = makeKpiSeries(2);
// week 2: a survey refused, then a complaint policy applied
const decisions = [
  {
    tick: 1,
    actions: [
      { type: 'enquete', instrument: 'questionnaire', sampleSize: 100 },
      { type: 'politiqueReclamations', level: 'rapide' },
    ],
  },
] as unknown as DecisionsLog;
const rejections: PeriodRefusals[] = [{ tick: 1, rejected: [{ actionIndex: 0, reason: 'budgetInsuffisant' }] }];

describe('refused decisions in the past periods', () => {
  it('marks the refused one in the table, not the one applied', () => {
    render(PastTicks, { unit: 'week', kpis, decisions, rejections, canBranch: () => false, busy: false, onbranch: () => {} });
    const row = document.querySelector('tr[data-tick="1"]') as HTMLElement;
    const items = within(row).getAllByRole('listitem').map((li) => norm(li.textContent));
    expect(items[0]).toMatch(/^Enquête de satisfaction : .+ — Refusée : budget insuffisant$/);
    expect(items[1]).not.toMatch(/Refusée/);
  });

  it('keeps a space before the dash in the period report', async () => {
    const user = userEvent.setup();
    render(PastTicks, { unit: 'week', kpis, decisions, rejections, canBranch: () => false, busy: false, onbranch: () => {} });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Choisir une semaine' }), 'Semaine 2');
    await user.click(screen.getByRole('button', { name: 'Rapport de la semaine 2' }));
    const report = screen.getByRole('region', { name: /^Rapport/ });
    expect(norm(within(report).getAllByRole('listitem')[0].textContent)).toMatch(/demandées — Refusée : budget insuffisant$/);
  });
});
