/**
 * Glossary round trip (QA learner 13): a « ? » of the dashboard → « Ouvrir la fiche complète » → the
 * card's « ← Retour à l’écran … » link or the browser's Back: the learner is back at that « ? » (it has
 * the focus), not at the top of the screen with the focus on its heading.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { inProcessEngineTransport } from '../../unit/app/engineTransport.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('back from a glossary card to the « ? » it was opened from', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    window.location.hash = '';
    await setLocale('fr');
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it.each(['link', 'back'] as const)(
    'gives the focus back to that « ? » (%s)',
    async (way) => {
      const user = userEvent.setup();
      render(App, { services: testServices({ transport: inProcessEngineTransport() }) });
      await user.click(screen.getByRole('button', { name: /Commencer «\u00a0Boulangerie du Marché\u00a0»/ }));
      await screen.findByRole('heading', { level: 2, name: 'Décisions' }, { timeout: 30_000 });
      await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
      await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 2 / 52, à jouer'), { timeout: 30_000 });
      window.location.hash = '#/dashboard';
      const heading = await screen.findByRole('heading', { level: 2, name: 'Tableau de bord' }, { timeout: 30_000 });
      // a « ? » well down the screen, not its first one
      await waitFor(() => expect(document.querySelectorAll('main button[data-concept]').length).toBeGreaterThan(2));
      const helps = [...document.querySelectorAll<HTMLButtonElement>('main button[data-concept]')];
      expect(helps.length).toBeGreaterThan(2);
      const help = helps[helps.length - 1];
      const concept = help.dataset.concept!;
      const index = [...document.querySelectorAll(`main [data-concept="${concept}"]`)].indexOf(help);
      await user.click(help);
      const popup = await screen.findByRole('dialog');
      await user.click(within(popup).getByRole('link', { name: 'Ouvrir la fiche complète' }));
      await waitFor(() => expect(window.location.hash).toBe(`#/glossary/${concept}`));
      const back = await screen.findByRole('link', { name: /← Retour à l’écran «.Tableau de bord.»/ }, { timeout: 30_000 });
      if (way === 'link') await user.click(back);
      else history.back();
      await screen.findByRole('heading', { level: 2, name: 'Tableau de bord' }, { timeout: 30_000 });
      await waitFor(() => {
        const again = document.querySelectorAll(`main [data-concept="${concept}"]`)[index];
        expect(again).toHaveFocus();
      });
      expect(heading).not.toHaveFocus();
    },
    60_000,
  );
});
