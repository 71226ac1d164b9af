/**
 * The retention and churn cards say what period their rate covers and give, as prominently, the same
 * rate over a year (QA tablet: « Taux de fidélisation 99,1 % » a week looked perfect; the yearly
 * figure was in the small grey text). The engine's figures are unchanged. French and English.
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
// 99,5 % a week, compounded over 52 weeks: 0,995^52 ≈ 77 % kept, 23 % lost
const kpis = makeKpiSeries(6).map((k) => ({ ...k, retentionRate: 0.995, churnRate: 0.005 }));

afterEach(() => setLocale('fr'));

describe('the retention card’s period', () => {
  it('reads the weekly rate as weekly and gives the yearly share as a headline', () => {
    render(DashboardScreen, { scenario: { ...fixtureScenario(), tickUnit: 'week' }, kpis, reports: [] });
    const retention = screen.getByRole('region', { name: /Taux de fidélisation/ });
    const lines = [...retention.querySelectorAll('p')].map((p) => norm(p.textContent));
    // the figure, then at once its period and the year's figure
    expect(lines.slice(0, 3)).toEqual(['99,5 %', 'd’une semaine à l’autre', 'au rythme moyen des 6 dernières semaines : 77 % des clients gardés sur un an']);
    const churn = screen.getByRole('region', { name: /Taux d’attrition/ });
    expect(norm(within(churn).getByTestId('kpi-period').textContent)).toBe('d’une semaine à l’autre');
    expect(norm(within(churn).getByTestId('kpi-sub').textContent)).toBe('au rythme moyen des 6 dernières semaines : 23 % des clients perdus sur un an');
    // other cards have no period line
    expect(within(screen.getByRole('region', { name: /Chiffre d’affaires/ })).queryByTestId('kpi-period')).not.toBeInTheDocument();
  });

  it('says « d’un mois à l’autre » for a monthly shop, and speaks English', async () => {
    const monthly = { ...fixtureScenario(), tickUnit: 'month' as const };
    const first = render(DashboardScreen, { scenario: monthly, kpis, reports: [] });
    expect(norm(within(screen.getByRole('region', { name: /Taux de fidélisation/ })).getByTestId('kpi-period').textContent)).toBe('d’un mois à l’autre');
    first.unmount();
    await loadLocale('en');
    await setLocale('en');
    render(DashboardScreen, { scenario: { ...fixtureScenario(), tickUnit: 'week' }, kpis, reports: [] });
    const retention = screen.getByRole('region', { name: /Retention rate/ });
    expect(norm(within(retention).getByTestId('kpi-period').textContent)).toBe('from one week to the next');
    expect(norm(within(retention).getByTestId('kpi-sub').textContent)).toBe('at the average pace of the last 6 weeks: 77% of customers kept over a year');
  });
});
