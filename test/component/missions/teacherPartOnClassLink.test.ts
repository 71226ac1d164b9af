/**
 * The missions screen's teacher part (« Pour l’enseignant »: lesson plan, class link builder,
 * referential) on a student's class link (QA): it is not offered to the student on the screen; the
 * teacher's address (#/missions/enseignant; the navigation's « Espace enseignant » is left out on a
 * class link, QA qa28class55 F8) still opens it, and without a link the screen shows it as before.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

const teacherHeading = () => screen.queryByRole('heading', { level: 3, name: 'Pour l’enseignant' });

async function missionsScreen(address: string) {
  history.replaceState(null, '', address);
  render(App, { services: testServices() });
  await screen.findByRole('combobox', { name: 'Commerce du parcours de missions' });
}

describe('the teacher part of the missions screen', () => {
  freshAppPage();

  it('is not shown to a student on a mission link, nor its shortcut', async () => {
    await missionsScreen('/?shop=optique-lumiere&mission=1&seed=4242#/missions');
    await screen.findByTestId('class-note');
    expect(teacherHeading()).toBeNull();
    expect(screen.queryByText('Pour l’enseignant : lien de classe')).toBeNull();
    expect(screen.queryByText(/Pour l’enseignant : une séance/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Vous êtes enseignant/ })).toBeNull();
    // the learner's own part is all there
    expect(screen.getByRole('button', { name: /^Voir la mission 1/ })).toBeInTheDocument();
  });

  it('a link naming only the shop is a student’s too', async () => {
    await missionsScreen('/?shop=sport-et-cimes#/missions');
    await screen.findByTestId('class-note');
    expect(teacherHeading()).toBeNull();
  });

  it('stays reachable by its address on a class link (a teacher trying the link): unfolded, the builder works', async () => {
    await missionsScreen('/?shop=optique-lumiere&mission=1#/missions/enseignant');
    expect(teacherHeading()).toBeInTheDocument();
    const builder = screen.getByText('Pour l’enseignant : lien de classe').closest('details')!;
    expect(builder).toHaveAttribute('open');
    expect(within(builder).getByRole('combobox', { name: 'Commerce du lien de classe' })).toBeInTheDocument();
  });

  it('without a class link: shown, with its shortcut', async () => {
    await missionsScreen('/#/missions');
    expect(teacherHeading()).toBeInTheDocument();
    expect(screen.getByText('Pour l’enseignant : lien de classe')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Vous êtes enseignant.*Plan de séance et lien de classe$/ })).toBeInTheDocument();
  });
});
