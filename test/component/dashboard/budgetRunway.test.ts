/** The dashboard's budget card says how long the budget pays the programmes, from the engine's reserves. */
import { render, screen, within } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, nextTickReserves, stepSimulation } from '../../../src/engine/index.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

// the dashboard's view of the periods played is fetched apart (dashboardResultsCode.ts): here it is there before the first render
beforeAll(async () => {
  await loadDashboardResults();
});

describe('the budget card', () => {
  // the tester's game (report A1): Boulangerie, seed 1907, the club on the whole base from week 1, 7 weeks played (6 before 5a0258a)
  // (90 % of the base enrolled, the rest its control group: it lasts until week 11 — week 10 before 5a0258a, when a
  // complaint cost the bakery 12 € flat, now 5,73 € under « standard »: the budget pays one week more)
  const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
  const club: Action = { type: 'lienSocial', instrument: 'club', target: {} };
  const state = createSimulation(bakery, { seed: 1907 });
  const kpis: TickKpis[] = [];
  for (let t = 0; t < 7; t++) kpis.push(stepSimulation(state, bakery, t === 0 ? [club] : []).kpis);
  const reserves = nextTickReserves(state, bakery);

  it('warns of the week the club will be stopped for lack of budget (the engine stops it at week 11)', () => {
    render(DashboardScreen, { scenario: bakery, kpis, reports: [], reserves });
    const card = screen.getByRole('region', { name: /^Budget restant/ });
    const line = card.querySelector('[data-testid="budget-runway"]')!;
    // at Semaine 8: paid weeks 8, 9 and 10, stopped at week 11 (once it said one period too many); three periods
    // or fewer is a warning
    expect(line).toHaveTextContent('le budget paiera « Lien social — Club clients (lancé la semaine 1) » encore 3 semaines. Dès la semaine 11, il ne le pourra plus');
    expect(line).toHaveClass('warning');
  });

  it('says nothing without the reserves', () => {
    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    expect(screen.queryByTestId('budget-runway')).toBeNull();
  });

  it('says « arrêté faute de budget » in the programme table and the feed once the engine has stopped it', () => {
    const later = createSimulation(bakery, { seed: 1907 });
    const played: TickKpis[] = [];
    const reports = [];
    for (let t = 0; t < 11; t++) {
      const report = stepSimulation(later, bakery, t === 0 ? [club] : []);
      played.push(report.kpis);
      reports.push(report);
    }
    render(DashboardScreen, { scenario: bakery, kpis: played, reports, reserves: nextTickReserves(later, bakery) });
    const table = screen.getByRole('table', { name: /^Programmes de fidélisation\s: coût et rentabilité$/ });
    expect(within(table).getByRole('row', { name: /Lien social — Club clients/ })).toHaveTextContent('Arrêté faute de budget (Semaine 11)');
    expect(screen.getByRole('region', { name: 'Ce qui s’est passé' })).toHaveTextContent(/Programme arrêté faute de budget : Lien social — Club clients \(\d[\d\s]* clients prévenus\)/);
    expect(screen.queryByText(/suspendu/)).toBeNull();
  });
});
