/**
 * After « Avancer d’une semaine » the focus stays on the button, in sight, while the period is computed and saved
 * (about a second): the buttons say they cannot act (aria-disabled) instead of dropping the focus on the time bar's
 * heading, visually hidden where room is short, from which it came back to the button a second later (QA: a screen
 * reader said the heading, then the button, around the period's outcome). The outcome line says the period once.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { heldSession } from './heldSession.ts';

describe('« Avancer d’une semaine »: the focus lands once', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('stays on the button while the period is computed and saved, and the outcome line says the period', async () => {
    const { session, held, control } = await heldSession(20);
    const user = userEvent.setup();
    render(AdvanceControls, { session, compact: true });
    const region = screen.getByRole('region', { name: 'Avancer dans le temps' });
    const one = within(region).getByRole('button', { name: 'Avancer d’une semaine' });
    // every element the focus goes to from the click on
    const visited: Element[] = [];
    const note = (e: FocusEvent) => visited.push(e.target as Element);
    document.addEventListener('focusin', note);
    control.hold = true;
    await user.click(one);
    await waitFor(() => expect(held).toHaveLength(1));
    // the period is being saved: the button cannot act, says so, and keeps the focus
    expect(session.busy).toBe(true);
    expect(one).toHaveAttribute('aria-disabled', 'true');
    expect(one).toHaveFocus();
    // a second press meanwhile plays nothing more
    await user.keyboard('{Enter}');
    held.shift()!();
    await waitFor(() => expect(session.busy).toBe(false));
    expect(session.tick).toBe(1);
    expect(held).toHaveLength(0);
    expect(one).not.toHaveAttribute('aria-disabled');
    expect(one).not.toBeDisabled();
    expect(one).toHaveFocus();
    // the focus never went to the bar's heading (hidden where room is short) nor anywhere else
    document.removeEventListener('focusin', note);
    expect(visited.filter((e) => e !== one)).toEqual([]);
    expect(within(region).getByTestId('advance-outcome')).toHaveTextContent(/^Semaine 1 :/);
  });
});
