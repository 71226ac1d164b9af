/**
 * A class link carrying a shop made in the editor (?shop=<its id>&seed=…&lock=…&scenario=…, QA qa30editor M1): the student
 * lands on the home page with that shop's card first and the link's settings, as for a shipped shop; not the editor, nor
 * its « reçu par lien … s'ouvre dans l'éditeur » notice, nor « paramètre ignoré » for its shop. And a link bringing a
 * changed version of the shop whose game is in progress says so (QA qa30editor m7), a link with the same version does not.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { shippedScenarioList, smallScenario, testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { recordingRunStore } from '../../fixtures/recordingRunStore.ts';
import { encodeScenario } from '../../../src/scenario/link.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import type { BranchName } from '../../../src/app/runName.ts';
import type { Scenario } from '../../../src/scenario/schema.ts';

configure({ asyncUtilTimeout: 10_000 });

const bakery = smallScenario(shippedScenarioList().find((s) => s.id === 'boulangerie-du-marche')!);
const cave: Scenario = { ...bakery, id: 'cave-des-canuts', name: { fr: 'La Cave des Canuts' } };

describe('a class link carrying a shop made in the editor', () => {
  freshAppPage();

  it('opens the students’ home with that shop first and the link’s settings, and starts it with them', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', `/?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete&scenario=${await encodeScenario(cave)}`);
    const store = recordingRunStore();
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
    const chosen = await screen.findByText('Commerce choisi par votre enseignant');
    const cards = document.querySelectorAll<HTMLElement>('article[data-scenario]');
    expect(cards[0].dataset.scenario).toBe('cave-des-canuts');
    expect(chosen.closest('article')).toBe(cards[0]);
    const note = within(cards[0]).getByTestId('class-note');
    expect(note.textContent).toContain(frenchText`Graine fixée par le lien de classe : 42`);
    expect(note.textContent).toContain('Enquête de satisfaction');
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    // the shop's code leaves the address, the settings stay; no editor's notice, no ignored parameter
    await waitFor(() => expect(window.location.search).toBe('?shop=cave-des-canuts&seed=42&mode=committed&lock=enquete'));
    expect(screen.queryByText(/Scénario reçu par lien/)).toBeNull();
    expect(screen.queryByText(/paramètres? ignorés?/)).toBeNull();
    await clickWhenEnabled(user, () => within(cards[0]).getByRole('button', { name: /^Commencer/ }));
    await waitFor(() => expect(store.created).toEqual([{ seed: 42, mode: 'committed', scenarioId: 'cave-des-canuts' }]));
  });
});

describe('a link bringing a shop whose game is in progress', () => {
  freshAppPage();

  /**
   * The app opened on a link bringing `brought` while a game of `played` is saved, reopened at startup (the last run) unless
   * `reopened` is false; `name` and `branchName`: the game's, as stored.
   */
  async function reopenedOn(played: Scenario, brought: Scenario, options: { name?: string; branchName?: BranchName; reopened?: boolean } = {}) {
    const { name = 'La Cave des Canuts (1907)', branchName, reopened = true } = options;
    const memory = memoryRunStore();
    const id = await memory.createRun({ name, scenario: played, seed: 1907, base: async () => ({ customers: [], stateHash: null }) });
    const store = { ...memory, loadRun: async (runId: string) => ({ ...(await memory.loadRun(runId)), ...(branchName ? { branchName } : {}) }) };
    const library: RunLibrary = {
      list: async () => [
        { id, name, ...(branchName ? { branchName } : {}), scenarioId: played.id, scenarioName: played.name, seed: 1907, tick: 0, durationTicks: played.durationTicks, tickUnit: played.tickUnit, updatedAt: '2027-01-05T10:00:00.000Z' },
      ],
      rename: async () => {},
      remove: async () => {},
    };
    if (reopened) localStorage.setItem('fidelis.lastRun', id);
    history.replaceState(null, '', `/?shop=cave-des-canuts&seed=1907&scenario=${await encodeScenario(brought)}`);
    render(App, { services: testServices({ transport: inProcessEngineTransport(), store, library }) });
    // the link is read (its shop first on the home page)
    await waitFor(() => expect(document.querySelector<HTMLElement>('article[data-scenario]')?.dataset.scenario).toBe('cave-des-canuts'));
    // the game is back (the header shows its week)
    if (reopened) await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Semaine 1 / 52'));
  }

  it('says the game in progress plays the previous version', async () => {
    const changed = { ...cave, customers: { ...cave.customers, initial: cave.customers.initial + 100 } };
    await reopenedOn(cave, changed);
    const notice = await screen.findByText(/joue la version précédente/);
    expect(notice).toHaveTextContent('Votre partie en cours « La Cave des Canuts (1907) » joue la version précédente de « La Cave des Canuts »');
    expect(notice).toHaveTextContent('commencez une nouvelle partie depuis l’accueil');
  });

  it('names the game as the saved games do: a branch’s name composed, a name the app gave in the reader’s language (review m5)', async () => {
    const named = { ...cave, name: { fr: 'La Cave des Canuts', en: 'The Canuts Cellar' } };
    const changed = { ...named, customers: { ...named.customers, initial: named.customers.initial + 100 } };
    // started in English, then branched at week 3: stored as the English name, its branch parts kept
    await reopenedOn(named, changed, { name: 'The Canuts Cellar (1907) — what if… (from week 3)', branchName: { base: 'The Canuts Cellar (1907)', ticks: [2] } });
    const notice = await screen.findByText(/joue la version précédente/);
    expect(notice).toHaveTextContent('Votre partie en cours « La Cave des Canuts (1907) — et si… (à partir de la semaine 3) » joue la version précédente');
  });

  it('says it too for the game opened from the saved games, not only one reopened at startup', async () => {
    const user = userEvent.setup();
    const changed = { ...cave, customers: { ...cave.customers, initial: cave.customers.initial + 100 } };
    await reopenedOn(cave, changed, { reopened: false });
    await clickWhenEnabled(user, () => screen.getByRole('button', { name: /^Reprendre/ }));
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent('Semaine 1 / 52'));
    expect(await screen.findByText(/joue la version précédente/)).toHaveTextContent('Votre partie en cours « La Cave des Canuts (1907) » joue la version précédente de « La Cave des Canuts »');
    // one notice
    expect(screen.getAllByText(/joue la version précédente/)).toHaveLength(1);
  });

  it('says nothing when the link brings the same version', async () => {
    await reopenedOn(cave, cave);
    // the notice would come right after the run is back and the link read
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(/version précédente/)).toBeNull();
  });
});
