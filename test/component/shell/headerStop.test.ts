/**
 * QA qa29access m4: away from Décisions, the header said « Semaine 13 / 52, en cours… » but no screen could stop the run
 * (only the time bar and the Bilan have « Arrêter »). The header's status now has « Arrêter » on the other screens, a
 * named button described by the period being played; it stops after that period, as the bar's does, the header then saying
 * where. Each period's save waits for the test (heldSession): the run is seen between two periods, whatever the machine.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import { heldSession } from '../decisions/heldSession.ts';

describe('the header’s « Arrêter » while several periods play', () => {
  it('stops the run after the period being played, from a screen without a time bar', async () => {
    const { session, held, control } = await heldSession(20);
    render(AppHeader, { session, onhelp: () => {}, stopHere: true });
    expect(screen.queryByRole('button', { name: 'Arrêter' })).toBeNull();
    control.hold = true;
    const run = session.advance(6);
    await waitFor(() => expect(held).toHaveLength(1));
    const stop = await screen.findByRole('button', { name: 'Arrêter' });
    expect(stop).toHaveAccessibleDescription('Semaine 1 / 20, en cours…');
    const user = userEvent.setup();
    stop.focus();
    await user.keyboard('{Enter}');
    expect(stop).toHaveTextContent('Arrêt après la semaine en cours…');
    held[0]();
    await run;
    expect(held).toHaveLength(1);
    expect(session.tick).toBe(1);
    expect(screen.queryByRole('button', { name: /Arrêter|Arrêt après/ })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Semaine 2 / 20, à jouer, arrêté après la semaine 1 sur 20'));
  });

  // review19 n10: « Mois 2 / 20, à jouer, arrêté après la période 1 sur 20 », the header naming the shop's unit everywhere else
  it('says where it stopped in the shop’s unit: a month', async () => {
    const { session, held, control } = await heldSession(20, 'month');
    render(AppHeader, { session, onhelp: () => {}, stopHere: true });
    control.hold = true;
    const run = session.advance(6);
    await waitFor(() => expect(held).toHaveLength(1));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Arrêter' }));
    held[0]();
    await run;
    await waitFor(() => expect(screen.getByTestId('tick-label')).toHaveTextContent('Mois 2 / 20, à jouer, arrêté après le mois 1 sur 20'));
  });

  it('has none where the screen has its own (Décisions, the Bilan)', async () => {
    const { session, held, control } = await heldSession(20);
    render(AppHeader, { session, onhelp: () => {}, stopHere: false });
    control.hold = true;
    const run = session.advance(3);
    await waitFor(() => expect(held).toHaveLength(1));
    expect(screen.getByTestId('tick-label')).toHaveTextContent('en cours…');
    expect(screen.queryByRole('button', { name: 'Arrêter' })).toBeNull();
    control.hold = false;
    held[0]();
    await run;
  });
});
