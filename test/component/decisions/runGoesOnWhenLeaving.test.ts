/**
 * QA qa28big M1: « Aller jusqu’à la fin » started in the time bar, then another screen opened (to watch the dashboard
 * meanwhile): leaving paused the session, which stopped the run 2 to 5 periods later with nothing said, the header still at
 * « Semaine 22 / 104, à jouer ». The run now goes on to the end (only « Lecture » pauses on leaving, pauseOnLeave.test.ts),
 * the header says it is playing (« en cours… », m4) on any screen, back on the decisions screen the outcome line sums the
 * whole run, and a run stopped before its end is said in the header.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { heldSession } from './heldSession.ts';

describe('a run to the end started in the time bar, then the screen left', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('goes on to the end, the header saying it is playing, not « à jouer »', async () => {
    const { session, held, control } = await heldSession(6);
    const user = userEvent.setup();
    render(AppHeader, { session, onhelp: () => {} });
    const bar = render(AdvanceControls, { session, compact: true });
    control.hold = true;
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: 'Jouer les 6 semaines' }));
    await waitFor(() => expect(held).toHaveLength(1));
    const label = screen.getByTestId('tick-label');
    expect(label).toHaveTextContent('Semaine 1 / 6, en cours…');
    // the live copy keeps the status from before the run: not one announcement per period
    const live = screen.getByTestId('status-live');
    expect(live).toHaveTextContent('Semaine 1 / 6, à jouer');

    // the student opens another screen while period 1 is being saved
    bar.unmount();
    held[0]();
    await waitFor(() => expect(held).toHaveLength(2));
    expect(session.advancing).toBe(true);
    await waitFor(() => expect(label).toHaveTextContent('Semaine 2 / 6, en cours…'));
    expect(live).toHaveTextContent('Semaine 1 / 6, à jouer');

    // back on the decisions screen while it plays: the progress, then the outcome of the whole run, not of its last period
    render(AdvanceControls, { session, compact: true });
    expect(screen.getByRole('progressbar', { name: 'Semaine 2 sur 6…' })).toBeInTheDocument();
    control.hold = false;
    held[1]();
    await waitFor(() => expect(session.finished).toBe(true));
    expect(session.savedTick).toBe(6);
    await waitFor(() => expect(screen.getByTestId('advance-outcome')).toHaveTextContent(/^Semaines 1 à 6\s?: /));
    await waitFor(() => expect(label).toHaveTextContent('Partie terminée (6 semaines)'));
    await waitFor(() => expect(live).toHaveTextContent('Partie terminée (6 semaines)'));
  });

  it('a run stopped before its end is said in the header until the game moves on (English)', async () => {
    await setLocale('en');
    const { session, held, control } = await heldSession(6);
    const user = userEvent.setup();
    render(AppHeader, { session, onhelp: () => {} });
    render(AdvanceControls, { session, compact: true });
    control.hold = true;
    await user.click(screen.getByRole('button', { name: 'Go to the end' }));
    await user.click(await screen.findByRole('button', { name: 'Play the 6 weeks' }));
    await waitFor(() => expect(held).toHaveLength(1));
    expect(screen.getByTestId('tick-label')).toHaveTextContent('Week 1 / 6, playing…');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    held[0]();
    await waitFor(() => expect(session.advancing).toBe(false));
    expect(session.tick).toBe(1);
    const label = screen.getByTestId('tick-label');
    expect(label).toHaveTextContent('Week 2 / 6, to play, stopped after week 1 of 6');
    expect(screen.getByTestId('status-live')).toHaveTextContent('Week 2 / 6, to play, stopped after week 1 of 6');

    control.hold = false;
    await user.click(screen.getByRole('button', { name: 'Advance one week' }));
    await waitFor(() => expect(session.tick).toBe(2));
    await waitFor(() => expect(label).toHaveTextContent(/^Week 3 \/ 6, to play$/));
  });
});
