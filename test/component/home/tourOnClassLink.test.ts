/**
 * The guided tour on a student's class link: it does not open by itself (the teacher shows the way in
 * class: five steps to close × 30 students, QA), the header's « Visite guidée » opens it; its first step
 * does not send them to the home's « Vous êtes enseignant ? », which is left out for them (fc0699fc),
 * neither while the link is read nor once it is; without a link, or with one that names no shop nor
 * mission, it still points a teacher there.
 */
import { cleanup, configure, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import GuidedTour from '../../../src/ui/tour/GuidedTour.svelte';
import { Tour } from '../../../src/app/tour.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { firstVisit, freshAppPage } from '../../fixtures/appPage.ts';

configure({ asyncUtilTimeout: 10_000 });

const FR_TEACHER = 'Enseignant ? Vos outils sont listés sur l’accueil, sous « Vous êtes enseignant ? ».';
const FR_COMMON = 'Rien n’est envoyé sur Internet : tout reste dans ce navigateur.';
const EN_TEACHER = 'A teacher? Your tools are listed on the home page, under “Are you a teacher?”.';
const EN_COMMON = 'Nothing is sent over the Internet: everything stays in this browser.';

describe('the guided tour’s first step on a class link', () => {
  freshAppPage();

  it('does not open by itself on a class link, nor on the plain address once a class link is kept; the header opens it', async () => {
    for (const link of ['/?shop=optique-lumiere', '/?lock=enquete', '/?mode=committed&lang=fr']) {
      history.replaceState(null, '', link);
      firstVisit();
      await screen.findByRole('button', { name: 'Visite guidée' });
      expect(screen.queryByRole('dialog', { name: 'Bienvenue dans Fidélis' }), link).toBeNull();
      cleanup();
      // no kept link for the next one: each address on its own
      localStorage.clear();
    }
    // the student comes back the next lesson by the plain address: the link kept by the browser is a class's too
    history.replaceState(null, '', '/?shop=optique-lumiere&seed=4242');
    firstVisit();
    await screen.findByTestId('other-shops');
    cleanup();
    history.replaceState(null, '', '/');
    firstVisit();
    await screen.findAllByText(/Boulangerie du Marché/);
    expect(screen.queryByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Visite guidée' }));
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toBeInTheDocument();
  });

  it('does not mention « Vous êtes enseignant ? » to a student whose link names a shop', async () => {
    history.replaceState(null, '', '/?shop=optique-lumiere&seed=4242');
    firstVisit();
    await userEvent.click(screen.getByRole('button', { name: 'Visite guidée' }));
    const welcome = screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' });
    // the link being read: no teacher panel on the home yet, and none named
    expect(screen.queryByTestId('teacher-tools')).toBeNull();
    expect(welcome).not.toHaveTextContent(/Enseignant|enseignant/);
    // the link is read: its shop is the chosen card, and the home has no teacher panel
    await screen.findByTestId('other-shops');
    expect(screen.queryByTestId('teacher-tools')).toBeNull();
    expect(welcome).toHaveTextContent(FR_COMMON);
    expect(welcome).not.toHaveTextContent(/Enseignant|enseignant/);
  });

  it('nor while the link is still being read (the home leaves the panel out meanwhile)', () => {
    const tour = new Tour();
    tour.show();
    render(GuidedTour, { tour, linkReading: true });
    const welcome = screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' });
    expect(welcome).toHaveTextContent(FR_COMMON);
    expect(welcome).not.toHaveTextContent(/Enseignant/);
  });

  it('points a teacher to it without a class link', async () => {
    firstVisit();
    await screen.findByText('Vous êtes enseignant ? Vos outils pour la classe');
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toHaveTextContent(`${FR_COMMON} ${FR_TEACHER}`);
  });

  it('and in English with a link that names no shop (the interface’s language only)', async () => {
    history.replaceState(null, '', '/?lang=en&lock=enquete');
    await setLocale('en');
    firstVisit();
    await screen.findAllByText(/Tools locked by your teacher/);
    await screen.findByText('Are you a teacher? Your tools for the class');
    await userEvent.click(screen.getByRole('button', { name: 'Guided tour' }));
    expect(screen.getByRole('dialog', { name: 'Welcome to Fidélis' })).toHaveTextContent(`${EN_COMMON} ${EN_TEACHER}`);
  });
});
