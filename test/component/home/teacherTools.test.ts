/**
 * « Vous êtes enseignant ? » (QA B6): the home page lists the teacher tools as links, keyboard-reachable,
 * in French and English; « Préparer la séance » lands on the missions screen with the lesson plan and
 * the class link builder unfolded and the focus on them.
 */
import { configure, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../../src/ui/App.svelte';
import TeacherTools from '../../../src/ui/home/TeacherTools.svelte';
import GuidedTour from '../../../src/ui/tour/GuidedTour.svelte';
import { Tour } from '../../../src/app/tour.svelte.ts';
import { loadLocale, setLocale } from '../../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

configure({ asyncUtilTimeout: 10_000 });

describe('the teacher entry of the home page', () => {
  freshAppPage();

  it('is folded under « Vous êtes enseignant ? » and opens from the keyboard on every tool', async () => {
    const user = userEvent.setup();
    render(App, { services: testServices() });
    const tools = await screen.findByTestId('teacher-tools');
    expect(tools).not.toHaveAttribute('open');
    const summary = within(tools).getByText('Vous êtes enseignant ? Vos outils pour la classe');
    // a <summary> is in the tab order (a browser opens it with Enter; jsdom only with a click)
    summary.focus();
    expect(summary).toHaveFocus();
    await user.click(summary);
    expect(tools).toHaveAttribute('open');
    const links = within(tools).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Préparer la séance', '#/missions/enseignant'],
      ['Vue classe', '#/class'],
      ['Éditeur de scénarios', '#/editor'],
      ['Données réelles', '#/analytics'],
      ['Labo de scoring', '#/scoring'],
      [frenchText`Et si… ?`, '#/whatif'],
    ]);
    // what each tool is for comes with the teacher strings, once the list is opened
    expect(await within(tools).findByText('plan d’une séance de 55 minutes et lien de classe avec code QR')).toBeInTheDocument();
  });

  it('the guided tour’s first step points a teacher to it', () => {
    const tour = new Tour();
    tour.show();
    render(GuidedTour, { tour });
    expect(screen.getByRole('dialog', { name: 'Bienvenue dans Fidélis' })).toHaveTextContent('Enseignant ? Vos outils sont listés sur l’accueil, sous « Vous êtes enseignant ? ».');
  });

  it('speaks English', async () => {
    const user = userEvent.setup();
    await setLocale('en');
    await loadLocale('en');
    render(TeacherTools);
    const tools = screen.getByTestId('teacher-tools');
    await user.click(within(tools).getByText('Are you a teacher? Your tools for the class'));
    expect(within(tools).getByRole('link', { name: 'Prepare the lesson' })).toHaveAttribute('href', '#/missions/enseignant');
    expect(await within(tools).findByText('import and check the students’ result files')).toBeInTheDocument();
  });

  it('« Préparer la séance » unfolds the lesson plan and the class link builder on the missions screen, focused', async () => {
    history.replaceState(null, '', '/#/missions/enseignant');
    render(App, { services: testServices() });
    const heading = await screen.findByRole('heading', { level: 3, name: 'Pour l’enseignant' });
    await expect.poll(() => document.activeElement).toBe(heading);
    const plan = screen.getByText('Pour l’enseignant : une séance de 55 minutes').closest('details')!;
    const builder = screen.getByText('Pour l’enseignant : lien de classe').closest('details')!;
    expect(plan).toHaveAttribute('open');
    // the debrief sorts by the difference from doing nothing, not by points (QA teacher 8)
    expect(plan).toHaveTextContent(/triez le tableau par «\sÉcart avec «\ssans action\s»\s»/);
    expect(builder).toHaveAttribute('open');
    expect(screen.getByTestId('class-link')).toBeVisible();
    // the plan follows the link being built: a free game's steps while it has no mission, the missions' with one (QA qa31lesson m2)
    expect(within(plan).getByTestId('lesson-free')).toHaveTextContent(/Déroulé d’une partie libre/);
    expect(within(plan).getByRole('list')).not.toHaveTextContent(/Mission 1/);
    const user = userEvent.setup();
    await user.selectOptions(within(builder).getByLabelText('Commerce du lien de classe'), 'boulangerie-du-marche');
    await user.selectOptions(within(builder).getByLabelText('Mission'), '1');
    expect(within(plan).queryByTestId('lesson-free')).toBeNull();
    expect(within(plan).getByRole('list')).toHaveTextContent(/Mission 1 «\sLire la base clients\s»/);
  });

  it('the missions screen offers the same shortcut, folded by default', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/#/missions');
    render(App, { services: testServices() });
    const shortcut = await screen.findByRole('button', { name: frenchText`Vous êtes enseignant ? Plan de séance et lien de classe` });
    const builder = screen.getByText('Pour l’enseignant : lien de classe').closest('details')!;
    expect(builder).not.toHaveAttribute('open');
    await user.click(shortcut);
    expect(builder).toHaveAttribute('open');
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Pour l’enseignant' }));
  });
});
