/**
 * A shop received through a share link (`?scenario=…`) stays on the home page after a reload, once
 * the address no longer carries it (the app cleans it at once, and starting a game navigates), and a
 * saved run of that shop resumes after the reload. The app is rendered twice on the same storage and
 * localStorage to stand for a reload.
 */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { memoryRunStore, type RunStore } from '../../../src/app/runStore.ts';
import type { RunLibrary } from '../../../src/app/runLibrary.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { clickWhenEnabled } from '../../fixtures/clickWhenEnabled.ts';
import { shippedScenarioList, smallScenario, testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 15_000 });

/** A run store and a library listing what it created (the app resumes the last run only if the library lists it). */
function keptRuns(): { store: RunStore; library: RunLibrary } {
  const store = memoryRunStore();
  const ids: string[] = [];
  return {
    store: { ...store, createRun: async (run) => (ids.push(await store.createRun(run)), ids.at(-1)!) },
    library: {
      list: async () => ids.map((id) => ({ id, name: id, scenarioId: 'boulangerie-de-la-classe', scenarioName: { fr: 'Boulangerie de la classe' }, seed: 1, tick: 0, durationTicks: 52, tickUnit: 'week', updatedAt: '2027-01-02T10:00:00.000Z' })),
      rename: async () => {},
      remove: async () => {},
    },
  };
}

describe('a shop received by link, after a reload', () => {
  freshAppPage();

  it('keeps its card first on the home page, and its saved run resumes', async () => {
    const user = userEvent.setup();
    const { encodeScenario } = await import('../../../src/scenario/link.ts');
    const shared = { ...smallScenario(shippedScenarioList()[0]), id: 'boulangerie-de-la-classe', name: { fr: 'Boulangerie de la classe' } };
    const runs = keptRuns();
    const services = testServices({ transport: inProcessEngineTransport(), ...runs });
    history.replaceState(null, '', `/?scenario=${await encodeScenario(shared)}#/home`);
    const first = render(App, { services });
    await screen.findByText(/Scénario reçu par lien/);
    await clickWhenEnabled(user, () => screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie de la classe\u00a0»/ }));
    await screen.findByRole('heading', { level: 2, name: 'Décisions' });
    expect(window.location.search).toBe('');
    first.unmount();

    // the reload: same address without the link
    history.replaceState(null, '', '/#/home');
    render(App, { services });
    expect(await screen.findByRole('button', { name: /Commencer «\u00a0Boulangerie de la classe\u00a0»/ })).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveAccessibleName('Boulangerie de la classe');
    // no second « reçu par lien »: the shop was received before
    expect(screen.queryByText(/Scénario reçu par lien/)).not.toBeInTheDocument();
    // the run played before the reload comes back with its shop
    window.location.hash = '#/decisions';
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 1 / 52'));
  });
});

describe('a kept link this version cannot read', () => {
  freshAppPage();

  it('is said once in French, then forgotten', async () => {
    localStorage.setItem('fidelis.linkedShop', 'pas-un-vrai-code');
    render(App, { services: testServices() });
    expect(await screen.findByText(/Le lien de scénario ne peut pas être ouvert/)).toBeInTheDocument();
    expect(localStorage.getItem('fidelis.linkedShop')).toBeNull();
  });
});
