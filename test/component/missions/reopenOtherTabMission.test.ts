/**
 * A mission game another tab started after this page opened, reopened here from the saved games: it plays its mission
 * (banner, locked tools, outcome recorded here) once its shop's path is loaded, whether this page had no mission code at all
 * or only another shop's path. Before, the page loaded the stored missions' paths at startup only: the game played as a
 * free one, nothing recorded (review3 #8). The whole app, the other tab standing for a write to localStorage (and its event).
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { loadShippedMissionPaths } from '../../../src/missions/shipped.ts';
import { missionScenario } from '../../../src/missions/missionScenario.ts';
import { parseProgress, progressText, startedRun } from '../../../src/missions/progress.ts';
import { PROGRESS_KEY } from '../../../src/missions/storedMission.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { shippedScenarioList, smallScenario, testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 15_000 });

const SHOP = 'boulangerie-du-marche';

/** Another tab of the same browser writes the mission progress: this tab hears it (the `storage` event). */
function otherTabStarts(runId: string, scenarioId: string, missionId: string) {
  const text = progressText(startedRun(parseProgress(localStorage.getItem(PROGRESS_KEY)), runId, scenarioId, missionId));
  localStorage.setItem(PROGRESS_KEY, text);
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: text }));
}

/** The bakery's mission 2 (an objective checked at its last period) saved as a game, and a library that lists it. */
async function savedMissionGame(): Promise<{ store: RunStore; library: RunLibrary; id: string }> {
  const store = memoryRunStore();
  const [path] = await loadShippedMissionPaths([SHOP]);
  const base = smallScenario(shippedScenarioList().find((s) => s.id === SHOP)!);
  const id = await store.createRun({ name: 'Mission 2', scenario: missionScenario(base, path.missions[1], 1), seed: base.defaultSeed, base: async () => ({ customers: [], stateHash: null }) });
  const library: RunLibrary = {
    list: async () => [{ id, name: 'Mission 2', scenarioId: `${SHOP}-mission-2`, scenarioName: { fr: 'Boulangerie du Marché' }, seed: base.defaultSeed, tick: 0, durationTicks: 4, tickUnit: 'week', updatedAt: '2027-01-02T10:00:00.000Z' }],
    rename: async () => {},
    remove: async () => {},
  };
  return { store, library, id };
}

describe('a mission game another tab started, reopened here', () => {
  freshAppPage(() => (window.location.hash = ''));

  it.each([
    ['no mission code loaded at startup', false],
    ['only another shop’s path loaded at startup', true],
  ])('plays its mission: banner, locked tools, outcome recorded (%s)', async (_, otherShop) => {
    const user = userEvent.setup();
    // a mission of another shop played before, in another run: its path (only) loads at startup
    if (otherShop) localStorage.setItem(PROGRESS_KEY, progressText(startedRun(parseProgress(null), 'ailleurs', 'optique-lumiere', 'lire-la-base')));
    const { store, library, id } = await savedMissionGame();
    history.replaceState(null, '', '/#/home');
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store, library }) });
    const reopen = await screen.findByRole('button', { name: /^Reprendre «/ });

    // the other tab started the bakery's mission 2 as that game, after this page opened
    otherTabStarts(id, SHOP, 'avantage-financier');
    await user.click(reopen);
    const banner = await screen.findByTestId('mission-banner');
    expect(within(banner).getByText('Mission 2 : Un avantage financier ciblé')).toBeInTheDocument();

    // its tools are locked, the one it unlocks is not
    window.location.hash = '#/decisions';
    expect(await screen.findByRole('radio', { name: 'Lien social' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Avantage financier' })).toBeEnabled();

    // played to its end here, its outcome is recorded here
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    await waitFor(() => expect(parseProgress(localStorage.getItem(PROGRESS_KEY)).done[SHOP]?.['avantage-financier']?.attempts).toBe(1));
    expect(parseProgress(localStorage.getItem(PROGRESS_KEY)).runs[id].recorded).toBe(true);
  });
});
