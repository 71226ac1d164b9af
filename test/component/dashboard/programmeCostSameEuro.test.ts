/**
 * QA qa31lesson n6: a programme's cost to date read 1 159 € in the dashboard's « Coût cumulé » (rounded alone) and 1 158 € in
 * the Bilan's programmes table (whole euros adding up to its type's row, debrief/costAmounts.ts). A teacher comparing the
 * projected Bilan with a student's dashboard saw two figures; both screens now show the Bilan's, from one computation.
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import DebriefScreen from '../../../src/ui/debrief/DebriefScreen.svelte';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('a programme’s cost to date, dashboard and Bilan (QA qa31lesson n6)', () => {
  const scenario = fixtureScenario();
  // two coupons, 100,60 € and 200,60 € to date: rounded alone 101 € + 201 €, under a « Avantage financier » row of 301 €
  const kpis = makeKpiSeries(12, (k) => {
    const [base] = k.programmes;
    const share = (k.tick + 1) / 12;
    const programme = (id: string, total: number, startTick: number): ProgrammeKpi => ({ ...base, id, startTick, costThisTick: total / 12, costToDate: total * share });
    return { ...k, costs: 301.2 / 12, costsByType: { financier: 301.2 / 12 }, programmes: [programme('0:0', 100.6, 0), programme('0:1', 200.6, 0)] };
  });
  /** the « Coût cumulé » (dashboard) or « Coût » (Bilan) of each programme row of `table`, in order */
  function costs(table: HTMLElement, header: RegExp): string[] {
    const headers = within(table).getAllByRole('columnheader').map((h) => norm(h.textContent));
    const column = headers.findIndex((h) => header.test(h));
    expect(column).toBeGreaterThanOrEqual(0);
    return within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => norm(row.querySelectorAll('th, td')[column]?.textContent ?? '').trim())
      .filter((text) => /€$/.test(text));
  }

  it('is the same whole-euro figure on both screens, adding up to the type’s row', () => {
    const dashboard = render(DashboardScreen, { scenario, kpis, reports: [] });
    const shown = costs(screen.getByRole('table', { name: /^Programmes de fidélisation/ }), /^Coût cumulé/);
    dashboard.unmount();
    render(DebriefScreen, { scenario, kpis, reports: [], decisions: [] });
    const bilan = costs(document.querySelector<HTMLElement>('table[aria-labelledby="db-programmes"]')!, /^Coût/);
    expect(bilan).toEqual(['101 €', '200 €']);
    expect(shown).toEqual(bilan);
  });
});
