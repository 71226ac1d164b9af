/**
 * QA class (1366×768, teacher-led): the dashboard's « Budget restant » card and the header's « Budget disponible » showed two
 * figures, and a student could not tell which to trust. The header's is the card's plus the payment made at the start of the
 * next period (AppHeader); the card says so in the same words, and the header's detail names « budget restant ».
 */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import type { GameSession } from '../../../src/app/session.svelte.ts';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

afterEach(() => setLocale('fr'));

const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const state = createSimulation(bakery, { seed: 1907 });
const kpis: TickKpis[] = [];
for (let t = 0; t < 3; t++) kpis.push(stepSimulation(state, bakery, []).kpis);
const spaces = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const euros = (text: string) => Number(text.replace(/[^\d]/g, ''));

describe('the budget card and the header’s « Budget disponible »', () => {
  it('says on the card how the header’s figure follows from it, and the header’s detail says « budget restant »', () => {
    const left = kpis[2].budgetLeft;
    const income = bakery.budget.perTick;
    expect(income).toBeGreaterThan(0);
    const session = { scenario: bakery, tick: 3, budgetLeft: left } as unknown as GameSession;
    render(AppHeader, { session, onhelp: () => {} });
    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });

    const header = screen.getByText(/^Budget disponible/, { selector: '.budget' });
    const headerFigure = euros(spaces(header.textContent).split(':')[1]);
    expect(headerFigure).toBe(Math.round(left + income));
    // the header's detail in the card's words
    expect(spaces(header.getAttribute('title'))).toMatch(/\(budget restant [\d ]+ € \+ [\d ]+ € versés au début de la semaine\)$/);

    const card = screen.getByRole('region', { name: /^Budget restant/ });
    const line = within(card).getByTestId('budget-available');
    const said = spaces(line.textContent);
    expect(said).toMatch(/^Budget disponible \(en haut de l’écran\) : [\d ]+ € = ce budget restant \+ [\d ]+ € versés au début de la semaine 4, ce que cette semaine pourra dépenser, programmes en cours compris\.$/);
    // the same figure as the header's, and the card's own plus the payment
    const [available, payment] = [...said.matchAll(/([\d ]+) €/g)].map((m) => euros(m[1]));
    expect(available).toBe(headerFigure);
    expect(payment).toBe(Math.round(income));
  });

  it('says it in English too', async () => {
    await setLocale('en');
    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    const card = screen.getByRole('region', { name: /^Budget left/ });
    expect(spaces(within(card).getByTestId('budget-available').textContent)).toMatch(
      /^Budget available \(top of the screen\): .+ = this budget left \+ .+ paid at the start of week 4, what that week can spend, running programmes included\.$/,
    );
  });

  it('says nothing of it once the game is over: the header shows « Budget restant » too', () => {
    const over = { ...bakery, durationTicks: 3 };
    render(DashboardScreen, { scenario: over, kpis, reports: [] });
    expect(screen.getByRole('region', { name: /^Budget restant/ })).toBeInTheDocument();
    expect(screen.queryByTestId('budget-available')).toBeNull();
  });
});
