/** The whole app opened from a class link: settings applied, bad parameters named in one notice, never a crash. */
import { configure, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('opening a class link', () => {
  freshAppPage(() => {
    delete document.documentElement.dataset.display;
    delete document.documentElement.dataset.motion;
  });

  it('goes to the shop’s mission path with the preset mission, display and motion', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&mission=2&display=contrast&motion=reduced');
    render(App, { services: testServices() });
    await waitFor(() => expect(window.location.hash).toBe('#/missions/optique-lumiere'));
    expect(await screen.findByRole('heading', { level: 3, name: 'Mission 2 — Un avantage financier ciblé' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Commencer la mission 2' })).toBeInTheDocument();
    expect(document.documentElement.dataset.display).toBe('contrast');
    expect(document.documentElement.dataset.motion).toBe('reduced');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('applies the language of the link', async () => {
    history.replaceState(null, '', '/?lang=en');
    render(App, { services: testServices() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Home' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
  });

  it('ignores hostile and invalid values with one visible French notice', async () => {
    const hostile = [
      `shop=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
      'mission=99999999999999999999',
      'seed=1e999',
      `lang=${'x'.repeat(500)}`,
      'mode=libre',
      'hide=acquisition,rayonLaser',
      '%3Cscript%3E=1',
      'lock=enquete',
    ].join('&');
    history.replaceState(null, '', `/?${hostile}`);
    render(App, { services: testServices() });
    const notice = await screen.findByText(/^Lien de classe : paramètres ignorés/);
    expect(notice.textContent).toBe(
      frenchText`Lien de classe : paramètres ignorés : « shop » (valeur invalide), « seed=1e999 » (valeur invalide), « lang » (trop long), « mode=libre » (valeur invalide), « hide=rayonLaser » (valeur invalide), « script » (inconnu), « mission » (indiquez aussi le commerce). Signalez-le à votre enseignant.`,
    );
    expect(document.querySelector('img[src="x"]')).toBeNull();
    // the valid part stays: the app still shows the home screen, in French
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
  });
});
