/**
 * The dashboard's view of the periods played (DashboardResults.svelte) comes with the dashboard once the game has a period
 * (review11 #1): the dashboard opened from Décisions after an advance shows it at once, not « Chargement de l'écran… » under
 * its title; a saved game with periods that comes back after a reload fetches it in the background, whatever the screen, so it
 * is there offline before the service worker is installed. Not on Décisions after a new game's advance (bench app-learner-js).
 */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { loadDashboardResults } from '../../../src/ui/dashboard/dashboardResultsCode.ts';

configure({ asyncUtilTimeout: 30_000 });

vi.mock('../../../src/ui/dashboard/dashboardResultsCode.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/ui/dashboard/dashboardResultsCode.ts')>();
  return { ...actual, loadDashboardResults: vi.fn(actual.loadDashboardResults) };
});

describe('the dashboard’s view of the periods played, fetched once a period is played', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });

  it('with the dashboard after an advance, not on Décisions; in the background for a resumed game that has one', async () => {
    const user = userEvent.setup();
    const store = memoryRunStore();
    const transport = inProcessEngineTransport();
    const first = render(App, { services: testServices({ transport, store }) });
    await user.click(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ }));
    await screen.findByRole('heading', { level: 2, name: 'Décisions' }, { timeout: 30_000 });
    expect(loadDashboardResults).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 2 / 52, à jouer'));
    // not on Décisions: a first visit that plays does not download it (bench app-learner-js)
    await waitFor(() => expect(screen.queryByText(/Enregistrement/)).not.toBeInTheDocument());
    expect(loadDashboardResults).not.toHaveBeenCalled();
    // the dashboard comes with it: its title and the view together
    await user.click(screen.getByRole('link', { name: 'Tableau de bord' }));
    await screen.findByRole('heading', { level: 2, name: 'Tableau de bord' });
    expect(screen.getByRole('region', { name: /^Budget restant/ })).toBeInTheDocument();
    expect(screen.queryByText('Chargement de l’écran…')).not.toBeInTheDocument();
    first.unmount();

    // a reload: the last game comes back on another screen, with its period
    vi.mocked(loadDashboardResults).mockClear();
    window.location.hash = '#/glossary';
    const runId = localStorage.getItem('fidelis.lastRun')!;
    const library: RunLibrary = {
      list: async () => [
        { id: runId, name: 'Ma partie', scenarioId: 'boulangerie-du-marche', scenarioName: { fr: 'Boulangerie du Marché' }, seed: 7, tick: 1, durationTicks: 52, tickUnit: 'week', updatedAt: '2027-01-02T10:00:00.000Z' },
      ],
      rename: async () => {},
      remove: async () => {},
    };
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store, library }) });
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 2 / 52, à jouer'));
    await waitFor(() => expect(loadDashboardResults).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { level: 2, name: 'Tableau de bord' })).not.toBeInTheDocument();
  });
});
