/**
 * The dashboard's figures agree as displayed (QA, week 11): a churn change that rounds to « 0 pt »
 * read « ▼ En baisse (favorable) »; « Fréquence d’achat 0,075 » had no unit; « 3 894 × 0,075 ×
 * 62,66 € = 18 360 € » multiplied out to 18 300. The frequency has three significant digits (QA self
 * 18: « 0,174033 ») and a lever's two trends are read apart (QA self 22).
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const kpis = makeKpiSeries(2, (k) =>
  k.tick === 0
    ? { ...k, churnRate: 0.0032 }
    : { ...k, churnRate: 0.003, activeCustomers: 3894, purchases: 293, frequency: 293 / 3894, turnover: 18360, averageBasket: 18360 / 293, relationshipLength: 179.4 },
);

describe('dashboard figures as displayed', () => {
  it('calls a change that rounds to 0 pt « Stable », with the flat arrow and no judgement', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const churn = screen.getByRole('region', { name: /Taux d’attrition/ });
    const trend = norm(churn.querySelector('.trend')!.textContent).trim();
    expect(trend).toBe('▬ Stable : 0 pt par rapport à la semaine précédente');
    expect(churn.querySelector('.trend.neutral')).not.toBeNull();
    expect(norm(within(churn).getByText(/%$/).textContent)).toBe('0,3 %');
  });

  it('gives the frequency its unit and products that multiply out or say they are rounded', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const frequency = document.querySelector('[data-lever="frequency"] .value')!;
    expect(norm(frequency.textContent)).toBe('0,0752 achat par client actif et par semaine');
    expect(norm(screen.getByTestId('this-period').textContent)).toBe(
      'CA de cette semaine = clients actifs × fréquence × panier moyen = 3 894 × 0,0752 × 62,66 € ≈ 18 360 € (facteurs arrondis)',
    );
    // the lifetime: frequency per customer, active or dormant (293 ÷ (3 894 + 255 dormants) = 0,0706), not per active customer (QA teacher F7)
    expect(norm(screen.getByTestId('customer-value').textContent)).toMatch(/≈ 0,0706 × 62,66 € × 179,4 semaines = 794 €, avec la fréquence par client, actif ou dormant \(293 achats ÷ 4 149 clients\)/);
  });

  it('reads each lever’s two trends apart: « …the previous period; since the start… » (QA self 22)', () => {
    render(DashboardScreen, { scenario: fixtureScenario(), kpis, reports: [] });
    const lever = document.querySelector('[data-lever="frequency"]')!;
    expect(norm(lever.textContent)).toMatch(/par rapport à la semaine précédente\s*;\s*depuis le début/);
  });
});
