/**
 * The dashboard's view of the periods played (DashboardResults.svelte) is fetched when the dashboard first has a period to
 * show, not with the game screens every learner downloads at the first visit (bench app-learner-js): meanwhile the
 * dashboard says it is loading, as a screen being fetched does; once fetched, the next dashboards show it at once.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { loadedDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const state = createSimulation(bakery, { seed: 1907 });
const kpis: TickKpis[] = [stepSimulation(state, bakery, []).kpis];

describe('the dashboard’s view of the periods played', () => {
  it('is not fetched before the first period', () => {
    const { unmount } = render(DashboardScreen, { scenario: bakery, kpis: [], reports: [] });
    expect(screen.getByText(/^Aucune semaine simulée pour l’instant/)).toBeTruthy();
    expect(screen.queryByText('Chargement de l’écran…')).toBeNull();
    expect(loadedDashboardResults()).toBeNull();
    unmount();
  });

  it('is fetched with the first period: « Chargement de l’écran… » until it is there, then at once the next time', async () => {
    const first = render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    expect(screen.getByText('Chargement de l’écran…').getAttribute('aria-busy')).toBe('true');
    expect(screen.queryByText(/^Situation/)).toBeNull();
    expect(await screen.findByRole('region', { name: /^Budget restant/ })).toBeTruthy();
    expect(screen.queryByText('Chargement de l’écran…')).toBeNull();
    first.unmount();

    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    expect(screen.getByRole('region', { name: /^Budget restant/ })).toBeTruthy();
    expect(screen.queryByText('Chargement de l’écran…')).toBeNull();
  });
});
