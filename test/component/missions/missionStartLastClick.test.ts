/**
 * QA qa31robust: « Commencer la mission 1 » clicked, then « Glossaire » (or « Accueil ») while the mission was still
 * starting: once started, the mission took the learner to its screen, away from where they had gone. The learner's last
 * click wins: the mission starts, the screen they went to stays. Nor is a destroyed screen's derived read then (Svelte's
 * derived_inert warning in the console during mission 1).
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';
import { memoryRunStore } from '../../../src/app/runStore.ts';

configure({ asyncUtilTimeout: 15_000 });

describe('a menu click while a mission starts', () => {
  freshAppPage();
  afterEach(() => vi.restoreAllMocks());

  for (const [link, hash] of [
    ['Glossaire', '#/glossary'],
    ['Accueil', '#/home'],
  ] as const) {
    it(`« ${link} » clicked while it starts stays where the learner went`, async () => {
      const warn = vi.spyOn(console, 'warn');
      const user = userEvent.setup();
      history.replaceState(null, '', '/?shop=boulangerie-du-marche&mission=1');
      const store = memoryRunStore();
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      const create = store.createRun.bind(store);
      let asked = false;
      store.createRun = async (run) => {
        asked = true;
        await gate;
        return create(run);
      };
      render(App, { services: testServices({ transport: inProcessEngineTransport(), store }) });
      await user.click(await screen.findByRole('button', { name: 'Commencer la mission 1' }));
      await waitFor(() => expect(asked).toBe(true));
      await user.click(within(screen.getByRole('navigation', { name: 'Écrans du jeu' })).getByRole('link', { name: link }));
      await waitFor(() => expect(window.location.hash).toBe(hash));
      open();
      // the mission is started (its banner), the learner still where they went
      await screen.findByTestId('mission-banner');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(window.location.hash).toBe(hash);
      expect(warn.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('derived_inert'))).toEqual([]);
    });
  }
});
