/**
 * The dashboard's view of the periods played could not be downloaded (offline, a new version on the server): the dashboard
 * says so as a screen that could not be (shell.screenUnavailable, LazyScreen.svelte), with « Recharger ».
 */
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

vi.mock('../../../src/ui/dashboard/DashboardResults.svelte', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const state = createSimulation(bakery, { seed: 1907 });
const kpis: TickKpis[] = [stepSimulation(state, bakery, []).kpis];

describe('the dashboard’s view of the periods played, not downloaded', () => {
  it('says the screen is unavailable, with « Recharger »', async () => {
    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Écran indisponible pour le moment');
    expect(within(alert).getByRole('button', { name: 'Recharger' })).toBeTruthy();
    expect(screen.queryByText('Chargement de l’écran…')).toBeNull();
    // the dashboard's title is still there
    expect(screen.getByRole('heading', { level: 2, name: 'Tableau de bord' })).toBeTruthy();
  });
});
