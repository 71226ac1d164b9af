/**
 * QA qa20 F3: starting a mission put the focus on the new screen's h2 (« Base clients »), past the mission banner that
 * sits before <main> with the objective and the answer form: a screen-reader user heard the screen, not the task.
 * The focus goes to the banner's title; a plain navigation still focuses the screen's h2.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 15_000 });

describe('starting a mission', () => {
  freshAppPage();

  it('gives the focus to the mission banner’s title, then navigation to the screen’s h2', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/?shop=boulangerie-du-marche&mission=1');
    render(App, { services: testServices({ transport: inProcessEngineTransport() }) });
    await user.click(await screen.findByRole('button', { name: 'Commencer la mission 1' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers'));
    const banner = await screen.findByTestId('mission-banner');
    await waitFor(() => expect(within(banner).getByText('Mission 1 : Lire la base clients')).toHaveFocus());

    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    await user.click(within(nav).getByRole('link', { name: 'Décisions' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Décisions' })).toHaveFocus());
  });
});
