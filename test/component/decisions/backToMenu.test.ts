/**
 * QA qa13 K1: from « Avancer d’une semaine » back to the navigation (to read the period's results) took 82
 * Shift+Tab; the skip links only went down. After the time bar's buttons, « Revenir au menu » moves the
 * focus to the current screen's link of the main navigation; the next Tab goes on to the next screen's link.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import NavBar from '../../../src/ui/shell/NavBar.svelte';
import { started } from './session.ts';

async function screenWithNav() {
  const { session, notices } = await started();
  render(NavBar, { current: 'decisions' });
  render(DecisionsScreen, { session, notices });
  return session;
}

describe('decisions screen: back up from the time bar (QA qa13 K1)', () => {
  afterEach(() => setLocale('fr'));

  it('the Tab after the time bar’s last button is « Revenir au menu », which focuses the nav’s current link', async () => {
    const user = userEvent.setup();
    await screenWithNav();
    const bar = document.getElementById('time-bar')!;
    const buttons = within(bar).getAllByRole('button');
    expect(buttons.at(-1)).toHaveAccessibleName('Lecture');
    buttons.at(-1)!.focus();
    await user.tab();
    const back = within(bar).getByRole('link', { name: 'Revenir au menu' });
    expect(back).toHaveFocus();
    await user.keyboard('{Enter}');
    const nav = screen.getByRole('navigation', { name: 'Écrans du jeu' });
    expect(within(nav).getByRole('link', { name: 'Décisions' })).toHaveFocus();
    // the route (the address's hash) did not change
    expect(location.hash).not.toContain('main-nav');
    // the next Tab is the next screen's link, where the results are
    await user.tab();
    expect(document.activeElement?.closest('nav')).toBe(nav);
    expect(document.activeElement).not.toHaveAccessibleName('Décisions');
  });

  it('in English: Tabs from « Advance one week » go through the bar’s buttons to « Back to the menu »; a click works too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    await screenWithNav();
    const bar = document.getElementById('time-bar')!;
    within(bar).getByRole('button', { name: 'Advance one week' }).focus();
    let stops = 0;
    while (!document.activeElement?.matches('a') && stops++ < 10) await user.tab();
    const back = within(bar).getByRole('link', { name: 'Back to the menu' });
    expect(back).toHaveFocus();
    await user.click(back);
    expect(within(screen.getByRole('navigation', { name: 'Game screens' })).getByRole('link', { name: 'Decisions' })).toHaveFocus();
  });
});
