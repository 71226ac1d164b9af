/** The dashboard's glass boxes open from the keyboard and show the formula whose result is the card's figure. */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { engineRun } from '../../fixtures/engineRun.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

afterEach(() => setLocale('fr'));

describe('glass box on the dashboard', () => {
  it('opens the turnover formula with the keyboard; its product is the turnover shown', async () => {
    const user = userEvent.setup();
    const run = engineRun(8);
    render(DashboardScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports });
    const card = screen.getByRole('region', { name: /Chiffre d’affaires/ });
    const shown = norm(card.querySelector('.value')!.textContent);
    const button = within(card).getByRole('button', { name: frenchText`Comment est-ce calculé ? (Chiffre d’affaires)` });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toBeVisible();
    // its texts and figures' code come when it first opens (a learner part of their own)
    expect(await within(panel).findByText(/le résultat, calculé avec les valeurs non arrondies, est bien le chiffre affiché/)).toBeInTheDocument();
    const period = norm(panel.querySelector('[data-line^="turnoverPeriod"]')!.textContent);
    expect(period).toMatch(/^CA de la semaine = .* clients actifs × fréquence .* × panier moyen .* (=|≈) /);
    // « = » only where the factors as written multiply out; else « ≈ … (facteurs arrondis) » (QA teacher qa25 F2)
    expect(period.endsWith(`= ${shown}.`) || period.endsWith(`≈ ${shown} (facteurs arrondis).`)).toBe(true);
    expect(within(panel).getByText(/BG\/NBD, Fader, Hardie et Lee 2005/)).toBeInTheDocument();
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it('shows the RFM quintile limits as a table, the margin of error of the survey, and speaks English', async () => {
    const user = userEvent.setup();
    const run = engineRun(8);
    render(DashboardScreen, { scenario: run.scenario, kpis: run.kpis, reports: run.reports });
    await user.click(screen.getByRole('button', { name: /Comment est-ce calculé\u202f\? \(Clients actifs\)/ }));
    const table = await screen.findByRole('table', { name: /Limites des quintiles RFM/ });
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: /Comment est-ce calculé\u202f\? \(Satisfaction mesurée \(note moyenne\)\)/ }));
    const n = run.kpis[run.kpis.length - 1].satisfactionMeasured!.sampleSize;
    expect(screen.getByText(new RegExp(`Marge d’erreur \\(95 %\\) = 1,96 × écart type .* ÷ √${n}`))).toBeInTheDocument();
    await setLocale('en');
    await user.click(await screen.findByRole('button', { name: /How is this computed\? \(Churn rate\)/ }));
    expect(await screen.findByText(/^Churn rate = \d+ customers lost ÷ \d+ customers \(active or dormant\) at the start/)).toBeInTheDocument();
  });
});
