/**
 * « Aller jusqu’à la fin » started in the time bar, the student opens another screen to watch, then comes back to Décisions
 * from the menu while the run goes on (QA qa28big M1, fixRun28). The focus was left on the menu's link, then the screen's
 * heading, and once the run stopped it went to « Avancer d’une période », the component having forgotten which button
 * started the run. Now « Arrêter » takes the focus on the way back, described by the period being played, and after a stop
 * the focus goes back to « Aller jusqu’à la fin », as when the student never left.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { heldSession } from './heldSession.ts';

describe('back on the decisions screen while a run to the end plays', () => {
  it('« Arrêter » takes the focus from the menu, and after the stop it goes to « Aller jusqu’à la fin »', async () => {
    const { session, held, control } = await heldSession(6);
    const user = userEvent.setup();
    const bar = render(AdvanceControls, { session, compact: true });
    control.hold = true;
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 6 semaines' }));
    await waitFor(() => expect(held).toHaveLength(1));

    // another screen, opened from the menu: the menu's link keeps the focus
    bar.unmount();
    const menu = document.createElement('a');
    menu.href = '#/decisions';
    menu.textContent = 'Décisions';
    document.body.append(menu);
    menu.focus();
    held[0]();
    await waitFor(() => expect(held).toHaveLength(2));

    // back from the menu, mid-run
    render(AdvanceControls, { session, compact: true });
    const stop = screen.getByRole('button', { name: 'Arrêter' });
    await waitFor(() => expect(stop).toHaveFocus());
    expect(stop).toHaveAccessibleDescription('Semaine 2 sur 6…');

    await user.keyboard('{Enter}');
    held[1]();
    await waitFor(() => expect(session.advancing).toBe(false));
    expect(session.tick).toBe(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Aller jusqu’à la fin' })).toHaveFocus());
    menu.remove();
  });

  it('a screen opened with no run playing leaves the focus where it is', async () => {
    const { session } = await heldSession(6);
    const menu = document.createElement('a');
    menu.href = '#/decisions';
    menu.textContent = 'Décisions';
    document.body.append(menu);
    menu.focus();
    render(AdvanceControls, { session, compact: true });
    await Promise.resolve();
    expect(menu).toHaveFocus();
    menu.remove();
  });
});
