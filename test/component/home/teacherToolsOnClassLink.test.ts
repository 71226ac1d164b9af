/**
 * The home's « Vous êtes enseignant ? » on a student's class link (QA): not offered, as the missions
 * screen's teacher part is not (same notion of a class link: it names a shop or a mission); without a
 * link, or with a link that names neither (only display or locks), it is shown as before.
 */
import { configure, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the home’s teacher tools on a class link', () => {
  freshAppPage();

  it('are not shown to a student whose link names a shop', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&seed=4242');
    render(App, { services: testServices() });
    // the link is read: its shop is the chosen card, the others folded
    await screen.findByTestId('other-shops');
    expect(screen.getByRole('heading', { level: 2, name: 'Accueil' })).toBeInTheDocument();
    expect(screen.queryByTestId('teacher-tools')).toBeNull();
    expect(screen.queryByText(/Vous êtes enseignant/)).toBeNull();
  });

  it('nor in English, on a mission link', async () => {
    history.replaceState(null, '', '/?shop=sport-et-cimes&mission=1&lang=en#/');
    await setLocale('en');
    render(App, { services: testServices() });
    await screen.findByTestId('other-shops');
    expect(screen.getByRole('heading', { level: 2, name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByTestId('teacher-tools')).toBeNull();
    expect(screen.queryByText(/Are you a teacher\?/)).toBeNull();
  });

  it('are shown without a class link', async () => {
    render(App, { services: testServices() });
    expect(await screen.findByText('Vous êtes enseignant ? Vos outils pour la classe')).toBeInTheDocument();
  });

  it('are shown in English with a link that names no shop (the interface’s language only)', async () => {
    history.replaceState(null, '', '/?lang=en&lock=enquete');
    await setLocale('en');
    render(App, { services: testServices() });
    await screen.findAllByText(/Tools locked by your teacher/);
    expect(await screen.findByText('Are you a teacher? Your tools for the class')).toBeInTheDocument();
  });
});
