/**
 * QA qa20 F2: an invalid « Graine du hasard » disabled « Commencer » without a word (it left the Tab order, and the field
 * was neither aria-invalid nor described by what a seed is). Now the field says the range, « Commencer » keeps its Tab
 * stop (aria-disabled) and sends the focus back to the field; the game still cannot start on an invalid seed.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import HomeScreen from '../../../src/ui/home/HomeScreen.svelte';
import { Notices } from '../../../src/app/notices.svelte.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { shippedScenarioList } from '../../unit/app/testServices.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

describe('an invalid seed on a scenario card', () => {
  afterEach(() => setLocale('fr'));
  const scenarios = shippedScenarioList();

  it('is said at the field, and « Commencer » stays reachable but starts nothing', async () => {
    const user = userEvent.setup();
    const onstart = vi.fn();
    render(HomeScreen, { scenarios, library: null, notices: new Notices(), busy: false, onstart, onresume: () => {} });
    const card = screen.getByRole('article', { name: 'Boulangerie du Marché' });
    const seed = within(card).getByLabelText('Graine du hasard');
    expect(seed).toHaveAttribute('aria-invalid', 'false');
    await user.clear(seed);
    await user.type(seed, '-3.5');
    expect(seed).toHaveAttribute('aria-invalid', 'true');
    expect(norm(seed.getAttribute('aria-describedby')).split(' ')).toHaveLength(2);
    const said = norm(document.getElementById(seed.getAttribute('aria-describedby')!.split(' ')[1])?.textContent ?? '');
    expect(said).toBe('La graine est un nombre entier de 0 à 2 147 483 647.');

    await user.tab();
    const start = within(card).getByRole('button', { name: /^Commencer/ });
    expect(start).toHaveFocus();
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription(/^La graine est un nombre entier/);
    await user.keyboard('{Enter}');
    expect(onstart).not.toHaveBeenCalled();
    expect(seed).toHaveFocus();

    await user.clear(seed);
    await user.type(seed, '7');
    expect(seed).toHaveAttribute('aria-invalid', 'false');
    expect(start).not.toHaveAttribute('aria-disabled');
    await user.click(start);
    expect(onstart).toHaveBeenCalledWith(scenarios[0], 7);
  });

  it('says it in English too', async () => {
    await setLocale('en');
    const user = userEvent.setup();
    render(HomeScreen, { scenarios, library: null, notices: new Notices(), busy: false, onstart: () => {}, onresume: () => {} });
    const seed = screen.getAllByLabelText('Random seed')[0];
    await user.clear(seed);
    expect(seed).toHaveAccessibleDescription(/The seed is a whole number from 0 to 2,147,483,647\.$/);
  });
});
