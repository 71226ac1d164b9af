/**
 * A teacher's first visit straight to a teacher's page (#/missions/enseignant, the README's address for
 * teachers; the class view; the editor): the learner's guided tour does not open over the link builder
 * (QA qa24 m2). It is not marked seen: it opens when the visit reaches a learner's screen, and on a later
 * visit to one, as for any first-time learner.
 */
import { cleanup, configure, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { firstVisit, freshAppPage } from '../../fixtures/appPage.ts';

configure({ asyncUtilTimeout: 10_000 });

const WELCOME = { name: 'Bienvenue dans Fidélis' };

describe('the guided tour on a teacher’s page', () => {
  freshAppPage();

  it('does not open on #/missions/enseignant, #/class nor #/editor, and opens on the first learner’s screen of the visit', async () => {
    for (const address of ['/#/missions/enseignant', '/#/class', '/#/editor']) {
      history.replaceState(null, '', address);
      firstVisit();
      await screen.findByRole('button', { name: 'Visite guidée' });
      // the screen's own chunk has come: the tour would have opened by now
      await screen.findByRole('heading', { level: 2 });
      expect(screen.queryByRole('dialog', WELCOME), address).toBeNull();
      expect(localStorage.getItem('fidelis.tourSeen'), address).toBeNull();
      cleanup();
    }
    // the teacher goes from the lesson plan to the home page, as a student would come: the tour is there
    history.replaceState(null, '', '/#/missions/enseignant');
    firstVisit();
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByRole('dialog', WELCOME)).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Accueil' }));
    expect(await screen.findByRole('dialog', WELCOME)).toBeInTheDocument();
  });

  it('opens on a later visit to a learner’s screen, the teacher’s visit having left it unseen', async () => {
    history.replaceState(null, '', '/#/class');
    firstVisit();
    await screen.findByRole('heading', { level: 2 });
    expect(screen.queryByRole('dialog', WELCOME)).toBeNull();
    cleanup();
    history.replaceState(null, '', '/#/missions');
    firstVisit();
    expect(await screen.findByRole('dialog', WELCOME)).toBeInTheDocument();
  });
});
