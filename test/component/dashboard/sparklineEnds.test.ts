/**
 * A printed dashboard's sparklines carry their numbers (QA qa29print m5: on paper the line alone said
 * nothing): under each, a print-only line gives the first and the last value with their periods. It is
 * hidden on screen and from screen readers, which already hear the card's value and change.
 */
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { formatMoney } from '../../../src/app/format.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

beforeAll(async () => {
  await loadDashboardResults();
});
afterEach(() => setLocale('fr'));

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
// 14 periods: the sparkline keeps the last 12, weeks 3 to 14
const kpis = makeKpiSeries(14);

describe('sparkline ends on paper', () => {
  it('gives the first and last values of the line with their weeks, print-only and hidden from screen readers', () => {
    render(DashboardScreen, { scenario: { ...fixtureScenario(), tickUnit: 'week' }, kpis, reports: [] });
    const card = screen.getByRole('region', { name: /Chiffre d’affaires/ });
    const ends = within(card).getByTestId('kpi-series-ends');
    expect(norm(ends.textContent)).toBe(norm(`Courbe : de ${formatMoney('fr', kpis[2].turnover)} (Semaine 3) à ${formatMoney('fr', kpis[13].turnover)} (Semaine 14)`));
    expect(ends).toHaveClass('print-only');
    expect(ends).toHaveAttribute('aria-hidden', 'true');
    // every KPI card with a line has its ends
    expect(screen.getAllByTestId('kpi-series-ends').length).toBeGreaterThanOrEqual(8);
  });

  it('speaks English', async () => {
    await loadLocale('en');
    await setLocale('en');
    render(DashboardScreen, { scenario: { ...fixtureScenario(), tickUnit: 'week' }, kpis, reports: [] });
    const ends = within(screen.getByRole('region', { name: /Active customers/ })).getByTestId('kpi-series-ends');
    expect(norm(ends.textContent)).toBe(`Trend line: from ${kpis[2].activeCustomers.toLocaleString('en')} (Week 3) to ${kpis[13].activeCustomers.toLocaleString('en')} (Week 14)`);
  });
});
