/**
 * The dashboard's view of the periods played could not be downloaded once (a Wi-Fi drop): the next dashboard asks for it
 * again and shows it (dashboardResultsCode.ts forgets a failed fetch), not the alert for good (review11 #10).
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DashboardScreen from '../../../src/ui/dashboard/DashboardScreen.svelte';
import { createSimulation, stepSimulation } from '../../../src/engine/index.ts';
import type { TickKpis } from '../../../src/engine/types.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const fetches = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/ui/dashboard/DashboardResults.svelte', async (importOriginal) => {
  fetches.count++;
  if (fetches.count === 1) throw new Error('Failed to fetch dynamically imported module');
  return importOriginal();
});

const bakery = shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!;
const state = createSimulation(bakery, { seed: 1907 });
const kpis: TickKpis[] = [stepSimulation(state, bakery, []).kpis];

describe('the dashboard’s view of the periods played, not downloaded once', () => {
  it('is asked for again by the next dashboard, which shows it', async () => {
    const first = render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Écran indisponible pour le moment');
    first.unmount();

    render(DashboardScreen, { scenario: bakery, kpis, reports: [] });
    expect(await screen.findByRole('region', { name: /^Budget restant/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fetches.count).toBe(2);
  });
});
