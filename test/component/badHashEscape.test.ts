import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/ui/App.svelte';
import { setLocale } from '../../src/i18n/locale.svelte.ts';
import { testServices } from '../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

// QA robust #1: `#/glossary/100%` threw a URIError and the screen stayed on « Accueil » whatever link was clicked.
describe('an address with a % that is no valid escape', () => {
  beforeEach(async () => {
    localStorage.clear();
    localStorage.setItem('fidelis.tourSeen', '1');
    await setLocale('fr');
  });

  it('opens the screen with its not-found notice, and navigation keeps working', async () => {
    window.location.hash = '#/glossary/100%';
    const user = userEvent.setup();
    render(App, { services: testServices() });
    expect(await screen.findByRole('heading', { level: 2, name: 'Glossaire' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Cette notion n’existe pas dans le glossaire.');
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    await user.click(within(nav).getByRole('link', { name: 'Accueil' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument());
    window.location.hash = '#/glossary/%E0%A4%A';
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Glossaire' })).toBeInTheDocument());
  });
});
