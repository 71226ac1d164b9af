/**
 * What a screen reader hears on the decisions screen (QA qa32keyboard): the period budget's « Calcul… » was a live
 * region put back after every period (« Calcul… » 11 times for « Jouer les 12 semaines », M1); the budget runway's
 * warning (« … arrêt faute de budget, pour de bon ») was never said (M2); and after « Appliquer » the unchanged
 * target count and strategy cost were said again (n4).
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import AppHeader from '../../../src/ui/shell/AppHeader.svelte';
import { scenario, started } from './session.ts';
import { liveLog } from '../liveLog.ts';

/** A budget that pays the club on the whole (small) base a few periods, with no refill. */
const tight = { ...scenario, durationTicks: 20, budget: { initial: 300, perTick: 0 } };
const settled = async (session: { busy: boolean; advanceProgress: unknown }) => {
  await waitFor(() => expect(session.busy || session.advanceProgress !== null).toBe(false));
  await waitFor(() => expect(screen.getByTestId('period-budget')).not.toHaveTextContent('Calcul…'));
};

describe('the decisions screen’s live regions', () => {
  it('say no « Calcul… » per period played, only the outcome once (M1)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 20 });
    render(DecisionsScreen, { session, notices });
    await settled(session);
    const log = liveLog();
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    await waitFor(() => expect(session.tick).toBe(4));
    await settled(session);
    await waitFor(() => expect(screen.getByTestId('advance-outcome')).toHaveTextContent(/^Semaines 1 à 4/));
    expect(log.said.filter((s) => s === 'Calcul…')).toEqual([]);
    expect(log.said.filter((s) => /^Semaines 1 à 4/.test(s))).toHaveLength(1);
  });

  it('say the runway’s warning once when it changes, not again while it stays the same (M2, n4)', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started(tight);
    render(DecisionsScreen, { session, notices });
    await settled(session);
    await waitFor(() => expect(screen.getByTestId('target-count')).toHaveTextContent(/\d+ clients correspondent/));
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    const count = screen.getByTestId('target-count').textContent!.replace(/\s+/g, ' ').trim();
    const log = liveLog();
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    await settled(session);
    const runway = () => screen.getByTestId('budget-runway').textContent!.replace(/\s+/g, ' ').trim();
    await waitFor(() => expect(runway()).toMatch(/arrêt faute de budget/));
    // the warning is said, once; the target's size, unchanged, is not said again
    expect(log.said.filter((s) => s.includes(runway()))).toHaveLength(1);
    expect(log.said).not.toContain(count);
    // nor is the strategy's cost, the same once applied (its « Payé environ … » line was taken out while the queue was counted)
    expect(log.said.filter((s) => s.startsWith('Coût estimé'))).toEqual([]);
    expect(log.said.filter((s) => s === 'Calcul…')).toEqual([]);

    // one period later the warning says one period less: said once more
    const first = runway();
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await settled(session);
    await waitFor(() => expect(runway()).not.toBe(first));
    expect(log.said.filter((s) => s.includes(runway()))).toHaveLength(1);
    expect(log.said.filter((s) => s.includes(first))).toHaveLength(1);
  });
});

describe('one period played from the time bar (keyboard33)', () => {
  it('says one message, the period’s outcome: not « Simulation en cours… », the pending line nor the header’s status', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 20 });
    render(AppHeader, { session, onhelp: () => {} });
    render(DecisionsScreen, { session, notices });
    await settled(session);
    await user.click(screen.getByRole('radio', { name: 'Lien social' }));
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    await settled(session);
    await waitFor(() => expect(screen.getByTestId('advance-pending')).toHaveTextContent(/^1 décision en attente/));
    // the pending line turns polite again a moment after the time stops: wait for it, as a learner would not apply faster
    await new Promise((resolve) => setTimeout(resolve, 600));
    const log = liveLog();
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await settled(session);
    await waitFor(() => expect(screen.getByTestId('advance-outcome')).toHaveTextContent(/^Semaine 1/));
    await waitFor(() => expect(session.saving).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const outcome = screen.getByTestId('advance-outcome').textContent!.replace(/\s+/g, ' ').trim();
    expect(log.said).toEqual([outcome]);
    // the pending line still speaks for a decision made afterwards
    await user.click(screen.getByRole('radio', { name: 'Avantage financier' }));
    await user.click(screen.getByRole('button', { name: /Appliquer à la cible/ }));
    await settled(session);
    await waitFor(() => expect(log.said.filter((s) => /^1 décision en attente/.test(s))).toHaveLength(1));
    log.stop();
  });
});

describe('the last period played from the time bar (review23 M1)', () => {
  it('lets the header say « Partie terminée », and ends the quiet afterwards', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 2 });
    render(AppHeader, { session, onhelp: () => {} });
    render(DecisionsScreen, { session, notices });
    await settled(session);
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await settled(session);
    await waitFor(() => expect(session.saving).toBe(false));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const log = liveLog();
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.finished).toBe(true));
    await waitFor(() => expect(session.busy).toBe(false));
    await waitFor(() => expect(session.saving).toBe(false));
    await waitFor(() => expect(log.said.filter((s) => s.includes('Partie terminée (2 semaines)'))).toHaveLength(1));
    // the quiet ends: the time bar no longer silences the header
    await waitFor(() => expect(document.querySelector('[data-hush]')).toBeNull());
    log.stop();
  });
});
