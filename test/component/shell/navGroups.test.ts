/**
 * The main navigation says who each screen is for (QA tablet #15): the game's screens first, the
 * activities on real data as a named group, the teacher’s tools in « Espace enseignant », a
 * disclosure folded at a first visit on any screen (QA class #18: four teacher links in clear in the
 * students’ nav) and for a class link’s student, then as last chosen; the current screen’s link is
 * always in view. French and English.
 */
import { configure, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../../src/ui/App.svelte';
import NavBar from '../../../src/ui/shell/NavBar.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { freshAppPage } from '../../fixtures/appPage.ts';
import { testServices } from '../../unit/app/testServices.ts';

configure({ asyncUtilTimeout: 10_000 });

const navLinks = (nav: HTMLElement) => within(nav).queryAllByRole('link').map((a) => a.textContent);

describe('the main navigation’s groups', () => {
  freshAppPage();
  afterEach(() => vi.unstubAllGlobals());

  it('game screens first, then the real-data activities, then the teacher’s tools, folded at a first visit (QA class #18)', async () => {
    const user = userEvent.setup();
    render(NavBar, { current: 'home' });
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    expect(navLinks(nav).slice(0, 3)).toEqual(['Accueil', 'Missions', 'Tableau de bord']);
    const practice = within(nav).getByRole('group', { name: 'Sur données réelles' });
    expect(navLinks(practice)).toEqual(['Données réelles', 'Labo de scoring']);
    const teacher = within(nav).getByRole('group', { name: 'Espace enseignant' });
    const toggle = within(teacher).getByRole('button', { name: 'Espace enseignant' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', 'nav-group-teacher-links');
    expect(navLinks(teacher)).toEqual([]);
    expect(within(nav).getByRole('link', { name: 'Accueil' })).toHaveAttribute('aria-current', 'page');
    // reachable: the button opens it
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(navLinks(teacher)).toEqual(['Préparer la séance', 'Éditeur de scénarios', 'Vue classe']);
    expect(within(teacher).getByRole('link', { name: 'Préparer la séance' })).toHaveAttribute('href', '#/missions/enseignant');
    // the teacher's tools are not among the game's screens
    const game = navLinks(nav).slice(0, navLinks(nav).indexOf('Données réelles'));
    expect(game).not.toContain('Vue classe');
    expect(game).not.toContain('Éditeur de scénarios');
  });

  it('the keyboard opens the teacher’s group and the choice is remembered on this browser', async () => {
    const user = userEvent.setup();
    const first = render(NavBar, { current: 'dashboard' });
    const toggle = screen.getByRole('button', { name: 'Espace enseignant' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Vue classe' })).not.toBeInTheDocument();
    // the learner activities stay in view
    expect(screen.getByRole('link', { name: 'Labo de scoring' })).toBeInTheDocument();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Vue classe' })).toBeInTheDocument();
    expect(localStorage.getItem('fidelis.nav.teacherOpen')).toBe('1');
    first.unmount();
    // remembered on this browser
    render(NavBar, { current: 'dashboard' });
    expect(screen.getByRole('button', { name: 'Espace enseignant' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Espace enseignant' }));
    expect(screen.queryByRole('link', { name: 'Éditeur de scénarios' })).not.toBeInTheDocument();
    expect(localStorage.getItem('fidelis.nav.teacherOpen')).toBe('0');
  });

  it('a folded choice is remembered on a wide screen too', () => {
    localStorage.setItem('fidelis.nav.teacherOpen', '0');
    render(NavBar, { current: 'home' });
    expect(screen.getByRole('button', { name: 'Espace enseignant' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows the group open when the current screen is one of the teacher’s tools, even folded', () => {
    localStorage.setItem('fidelis.nav.teacherOpen', '0');
    render(NavBar, { current: 'class' });
    const teacher = screen.getByRole('group', { name: 'Espace enseignant' });
    expect(within(teacher).getByRole('link', { name: 'Vue classe' })).toHaveAttribute('aria-current', 'page');
    expect(within(teacher).getByRole('link', { name: 'Éditeur de scénarios' })).toBeInTheDocument();
  });

  it('leaves the teacher’s tools out for a class link’s student, on a wide screen (QA qa28class55 F8)', async () => {
    history.replaceState(null, '', '/?shop=sport-et-cimes');
    render(App, { services: testServices() });
    await screen.findByText('Commerce choisi par votre enseignant');
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Données réelles' })).toBeInTheDocument());
    expect(within(nav).queryByRole('button', { name: 'Espace enseignant' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('group', { name: 'Espace enseignant' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Vue classe' })).not.toBeInTheDocument();
  });

  it('shows them on a class link once the screen is a teacher’s (a teacher trying their link, at #/classe)', () => {
    render(NavBar, { current: 'class', classLink: true });
    const teacher = screen.getByRole('group', { name: 'Espace enseignant' });
    expect(within(teacher).getByRole('link', { name: 'Vue classe' })).toHaveAttribute('aria-current', 'page');
  });

  it('speaks English', async () => {
    await setLocale('en');
    render(NavBar, { current: 'home' });
    const nav = screen.getByRole('navigation', { name: 'Game screens' });
    expect(navLinks(within(nav).getByRole('group', { name: 'On real data' }))).toEqual(['Real data', 'Scoring lab']);
    const teacher = within(nav).getByRole('group', { name: 'Teacher area' });
    const toggle = within(teacher).getByRole('button', { name: 'Teacher area' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(navLinks(teacher)).toEqual(['Prepare the lesson', 'Scenario editor', 'Class view']);
  });
});
