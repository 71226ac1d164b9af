/**
 * « Et si… ? » comparison (QA class 6): the totals said « B est devant … de 4 120 € » while the A and B
 * curves overlapped. A chart of the gap B − A on the cumulative net margin comes first, with its table
 * (A's and B's cumulative margins, the gap: the totals' gap at the end); the legends and tables name the
 * timelines shortly, « A : original », « B : et si… (à partir de la semaine 2) ».
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../../src/ui/whatif/ComparePanel.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { compareTimelines } from '../../../src/ui/whatif/compareTimelines.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import type { TickKpis } from '../../../src/engine/types.ts';

const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

function kpis(margins: number[]): TickKpis[] {
  return margins.map((netMargin) => ({ netMargin, activeCustomers: 2400, turnover: 12000, retentionRate: 0.996, budgetLeft: 5000 }) as TickKpis);
}

function controller() {
  const a = { decisions: [], kpis: kpis([1000, 900, 950]) };
  const b = { decisions: [{ tick: 1, actions: [{ type: 'lienSocial', instrument: 'club', target: {} }] }], kpis: kpis([1000, 1300, 1450]) };
  return {
    family: [
      { id: 'a', name: 'Boulangerie du Marché (1907)', parentRunId: null, depth: 0 },
      { id: 'b', name: 'Boulangerie du Marché (1907) — et si… (la semaine 2)', parentRunId: 'a', branchName: { base: 'Boulangerie du Marché (1907)', ticks: [1] }, depth: 1 },
    ],
    a: 'a',
    b: 'b',
    timelines: { a, b },
    comparison: compareTimelines(a as never, b as never),
    select: () => Promise.resolve(),
  } as never;
}

const scenario = shippedScenarioList()[0];

describe('what-if comparison: the gap B − A', () => {
  afterEach(() => setLocale('fr'));

  it('draws the cumulative net margin’s gap first, with a table that ends on the totals’ gap', () => {
    render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    expect(nbsp(screen.getByTestId('whatif-totals').textContent)).toContain('B est devant sur la marge nette cumulée, de 900 €.');
    const figures = document.querySelectorAll('figure[data-chart]');
    expect(figures[0].getAttribute('data-chart')).toBe('whatif-cumulativeGap');
    const table = screen.getByRole('table', { name: 'Écart de marge nette cumulée (B − A)' });
    expect(within(table).getAllByRole('columnheader').map((th) => nbsp(th.textContent))).toEqual([
      'Semaine',
      'A : original, cumulée',
      'B : et si… (à partir de la semaine 2), cumulée',
      'Écart (B − A)',
    ]);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => nbsp(c.textContent)));
    expect(rows).toEqual([
      ['Semaine 1', '1 000 €', '1 000 €', '0 €'],
      ['Semaine 2', '1 900 €', '2 300 €', '+400 €'],
      ['Semaine 3', '2 850 €', '3 750 €', '+900 €'],
    ]);
  });

  it('names the timelines shortly in every chart’s table, in English too', async () => {
    const view = render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    const turnover = screen.getByRole('table', { name: 'Chiffre d’affaires' });
    expect(within(turnover).getAllByRole('columnheader').map((th) => nbsp(th.textContent))).toEqual(['Semaine', 'A : original', 'B : et si… (à partir de la semaine 2)', 'Écart (B − A)']);
    view.unmount();
    await setLocale('en');
    render(ComparePanel, { controller: controller(), unit: 'week', scenario });
    const table = screen.getByRole('table', { name: 'Gap in cumulative net margin (B − A)' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent?.trim())).toEqual([
      'Week',
      'A: original, cumulative',
      'B: what if… (from week 2), cumulative',
      'Gap (B − A)',
    ]);
  });

  // « Période » beside « Mois 2 »: the tables' first column in the shop's unit
  it.each([
    ['fr', 'week', 'Semaine'],
    ['fr', 'month', 'Mois'],
    ['en', 'week', 'Week'],
    ['en', 'month', 'Month'],
  ] as const)('heads the tables with the shop’s unit (%s, %s)', async (lang, unit, column) => {
    await setLocale(lang);
    render(ComparePanel, { controller: controller(), unit, scenario });
    const tables = screen.getAllByRole('table').filter((table) => table.closest('figure'));
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(within(table).getAllByRole('columnheader')[0].textContent?.trim()).toBe(column);
  });
});
