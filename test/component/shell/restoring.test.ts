/**
 * After a reload the last run takes seconds to come back (QA learner 3): the header and a game screen
 * say « Reprise de votre partie… », not « Aucune partie en cours » / « Choisissez ou reprenez… »; and a
 * « Reprendre » pressed on the home screen does not pull the learner back to the dashboard once they
 * went to another screen while the run was being replayed.
 */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList, smallScenario, testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import type { AppStorage } from '../../../src/app/services.ts';
import { sessionCustomerSource } from '../../../src/app/sessionCustomerSource.ts';

configure({ asyncUtilTimeout: 10_000 });

/** The home's « Reprendre » pressed on a saved game whose replay waits for `gate.resolve()`. */
async function resumePressedWithReplayHeld() {
  const user = userEvent.setup();
  const inner = memoryRunStore();
  const scenario = smallScenario(shippedScenarioList()[0]);
  const id = await inner.createRun({ name: 'Ma partie', scenario, seed: 7, base: async () => ({ customers: [], stateHash: null }) });
  const gate = deferred<void>();
  const store: RunStore = { ...inner, loadRun: async (runId) => (await gate.promise, inner.loadRun(runId)) };
  window.location.hash = '#/home';
  render(App, { services: testServices({ transport: inProcessEngineTransport(), store, library: libraryOf(id) }) });
  await user.click(await screen.findByRole('button', { name: /^Reprendre «/ }));
  return gate;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((ok) => (resolve = ok));
  return { promise, resolve };
}

function libraryOf(id: string): RunLibrary {
  return {
    list: async () => [
      {
        id,
        name: 'Ma partie',
        scenarioId: 'boulangerie-du-marche',
        scenarioName: { fr: 'Boulangerie du Marché' },
        seed: 7,
        tick: 0,
        durationTicks: 52,
        tickUnit: 'week',
        updatedAt: '2027-01-02T10:00:00.000Z',
      },
    ],
    rename: async () => {},
    remove: async () => {},
  };
}

describe('restoring the last run', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    await setLocale('fr');
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('says the game is being restored, not that there is none, until it is back or found gone (fr, en)', async () => {
    localStorage.setItem('fidelis.lastRun', 'r1');
    window.location.hash = '#/charts';
    const db = deferred<AppStorage>();
    render(App, { services: testServices({ storage: db.promise }) });
    const header = screen.getByRole('banner');
    expect(header).toHaveTextContent('Reprise de votre partie…');
    expect(header).not.toHaveTextContent('Aucune partie en cours');
    expect(await screen.findByRole('status')).toHaveTextContent('Reprise de votre partie…');
    expect(screen.queryByText(/Choisissez ou reprenez d’abord une partie/)).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'English' }));
    expect(header).toHaveTextContent('Restoring your game…');
    // the run is no longer saved: now there is no game, and the screen says where to start one
    db.resolve({ store: memoryRunStore(), library: { ...libraryOf('autre'), list: async () => [] }, customers: sessionCustomerSource });
    expect(await screen.findByText(/First choose or resume a game/)).toBeInTheDocument();
    expect(header).toHaveTextContent('No game in progress');
  });

  it('a « Reprendre » pressed before going to another screen leaves the learner there', async () => {
    const gate = await resumePressedWithReplayHeld();
    window.location.hash = '#/glossary';
    await screen.findByRole('heading', { level: 2, name: 'Glossaire' });
    gate.resolve();
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 1 / 52, à jouer'));
    await new Promise((r) => setTimeout(r, 50));
    expect(window.location.hash).toBe('#/glossary');
    expect(screen.getByRole('heading', { level: 2, name: 'Glossaire' })).toBeInTheDocument();
  });

  it('a replay that ends after a link to another screen was followed, before the page heard of it, leaves the learner there', async () => {
    // following a link changes the address at once, its hashchange is a later task: under load the replay's end came in
    // between, and the learner (mission.e2e.ts, « Missions » pressed) was taken to the dashboard
    const gate = await resumePressedWithReplayHeld();
    // the glossary's hashchange held back until the replay has ended
    const held = (event: Event) => event.stopImmediatePropagation();
    window.addEventListener('hashchange', held, { capture: true, once: true });
    window.location.hash = '#/glossary';
    gate.resolve();
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Semaine 1 / 52'));
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('hashchange', held, { capture: true });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await screen.findByRole('heading', { level: 2, name: 'Glossaire' });
    await new Promise((r) => setTimeout(r, 50));
    expect(window.location.hash).toBe('#/glossary');
    expect(screen.getByRole('heading', { level: 2, name: 'Glossaire' })).toBeInTheDocument();
  });
});
