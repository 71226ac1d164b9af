/**
 * Issue #4: the decisions screen's time bar played several periods (« Avancer de 4 semaines », « Aller jusqu’à la fin »)
 * with nothing shown but disabled buttons and no way to stop. It now shows the Bilan's progress line (AdvanceProgress)
 * in place of its buttons: the period being played, a labelled bar, « Arrêter » (focused) which stops after that period at
 * a saved period; one polite message at the start and one at the stop, not one per period; the focus back on the button
 * pressed. Each period's save waits for the test to let it through: the bar is seen between two periods, whatever the
 * machine's speed.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';
import { heldSession } from './heldSession.ts';

describe('the time bar’s advances of several periods: progress and « Arrêter »', () => {
  afterEach(async () => {
    await setLocale('fr');
  });

  it('« Avancer de 4 semaines » shows the period out of the game’s, stops after the period being played, and gives the focus back', async () => {
    const { session, held, control } = await heldSession(20);
    await session.advance(1);
    const user = userEvent.setup();
    render(AdvanceControls, { session, compact: true });
    const region = screen.getByRole('region', { name: 'Avancer dans le temps' });
    const pending = within(region).getByText(/décisions? en attente|Aucune décision/);
    control.hold = true;
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));

    // period 2 is being played: the bar, named by the period and where this advance ends, in place of the buttons
    await waitFor(() => expect(held).toHaveLength(1));
    const bar = await screen.findByRole('progressbar', { name: 'Semaine 2 sur 20 (jusqu’à la 5)…' });
    expect(bar).toHaveAttribute('max', '20');
    expect(bar).toHaveValue(1);
    expect(within(region).queryByRole('button', { name: 'Avancer d’une semaine' })).toBeNull();
    const stop = within(region).getByRole('button', { name: 'Arrêter' });
    await waitFor(() => expect(stop).toHaveFocus());
    // one polite message for the start; the pending line keeps quiet
    const said = within(region).getByTestId('advance-said');
    expect(said).toHaveAttribute('aria-live', 'polite');
    expect(said).toHaveTextContent(/^Les 4 semaines se jouent semaine par semaine, avec un enregistrement à chaque fois\s?: « Arrêter » s’arrête après la semaine en cours\.$/);
    expect(pending).toHaveTextContent('');

    held[0]();
    await waitFor(() => expect(held).toHaveLength(2));
    expect(await screen.findByRole('progressbar', { name: 'Semaine 3 sur 20 (jusqu’à la 5)…' })).toHaveValue(2);
    // nothing said for the new period: the same message, the pending and outcome lines still empty
    expect(said).toHaveTextContent(/^Les 4 semaines se jouent semaine par semaine/);
    expect(pending).toHaveTextContent('');
    expect(screen.getByTestId('advance-outcome')).toHaveTextContent('');

    // « Arrêter » while period 3 is played: it ends and is saved, no period after it
    await user.click(stop);
    expect(stop).toHaveTextContent('Arrêt après la semaine en cours…');
    held[1]();
    // the stop is shown, not said: the header's live status says it on every screen (QA qa29access m5: both spoke)
    const stopped = await within(region).findByTestId('advance-stopped');
    expect(stopped).toHaveTextContent(/^Arrêté après la semaine 3 sur 20\s?: la partie est enregistrée, rien n’est perdu/);
    expect(stopped.closest('[aria-live], [role="status"]')).toBeNull();
    expect(said).toHaveTextContent('');
    expect(held).toHaveLength(2);
    expect(session.tick).toBe(3);
    expect(session.savedTick).toBe(3);
    expect(screen.queryByRole('progressbar')).toBeNull();
    // the buttons are back, the focus on the one pressed; the outcome line sums the periods played
    await waitFor(() => expect(screen.getByRole('button', { name: 'Avancer de 4 semaines' })).toHaveFocus());
    await waitFor(() => expect(screen.getByTestId('advance-outcome')).toHaveTextContent(/^Semaines 2 à 3\s?: /));

    // the game moves on: « Arrêté après la période 3 » is no longer said
    control.hold = false;
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(4));
    expect(said).toHaveTextContent('');
    expect(within(region).queryByTestId('advance-stopped')).toBeNull();
  });

  it('« Aller jusqu’à la fin », confirmed, shows the remaining periods’ progress to the end (English)', async () => {
    await setLocale('en');
    const { session, held, control } = await heldSession(6);
    await session.advance(1);
    const user = userEvent.setup();
    render(AdvanceControls, { session, compact: true });
    control.hold = true;
    await user.click(screen.getByRole('button', { name: 'Go to the end' }));
    await user.click(await screen.findByRole('button', { name: 'Play the 5 weeks' }));
    await waitFor(() => expect(held).toHaveLength(1));
    const bar = await screen.findByRole('progressbar', { name: 'Week 2 of 6…' });
    expect(bar).toHaveAttribute('max', '6');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stop' })).toHaveFocus());
    expect(screen.getByTestId('advance-said')).toHaveTextContent(/^The remaining weeks are played one by one, each one saved/);

    control.hold = false;
    held[0]();
    await waitFor(() => expect(session.finished).toBe(true));
    expect(screen.queryByRole('progressbar')).toBeNull();
    // played to the end as asked: no stop to tell, the bar says the game is over instead of its controls
    expect(screen.queryByTestId('advance-said')).toBeNull();
    expect(screen.getByText(/^The game is over:/)).toBeInTheDocument();
    expect(session.tick).toBe(6);
  });
});
