/** After a period is played, the time controls say in one polite line what it did (not at each tick while playing). */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { scenario, started } from './session.ts';
import { setLocale } from '../../../src/i18n/locale.svelte.ts';

const norm = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the period’s outcome line', () => {
  it('is empty before any period, then says the period played, the customers lost and won', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 20 });
    render(AdvanceControls, { session });
    const line = screen.getByTestId('advance-outcome');
    expect(line).toHaveAttribute('role', 'status');
    expect(line.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    const last = session.kpis.at(-1)!;
    const lost = last.lost <= 1 ? `${last.lost} client perdu` : `${last.lost} clients perdus`;
    const won = last.acquired <= 1 ? `${last.acquired} nouveau client` : `${last.acquired} nouveaux clients`;
    await waitFor(() => expect(norm(line.textContent)).toBe(`Semaine 1 : ${lost}, ${won}.`));
    await user.click(screen.getByRole('button', { name: 'Avancer de 4 semaines' }));
    await waitFor(() => expect(session.tick).toBe(5));
    // the four periods, summed: not the last one alone, which a listener would take for the four
    const four = session.kpis.slice(1);
    const lost4 = four.reduce((n, k) => n + k.lost, 0);
    const won4 = four.reduce((n, k) => n + k.acquired, 0);
    expect(lost4).toBeGreaterThan(session.kpis[4].lost);
    await waitFor(() => expect(norm(line.textContent)).toBe(`Semaines 2 à 5 : ${lost4} clients perdus, ${won4} nouveaux clients.`));
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(6));
    await waitFor(() => expect(norm(line.textContent)).toMatch(/^Semaine 6 : /));
  });

  it('stays quiet while the game plays, and speaks once paused', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 20 });
    render(AdvanceControls, { session });
    const line = screen.getByTestId('advance-outcome');
    await user.click(screen.getByRole('button', { name: 'Lecture' }));
    await waitFor(() => expect(session.tick).toBeGreaterThanOrEqual(1));
    expect(line.textContent).toBe('');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(session.busy).toBe(false));
    // the periods played since « Lecture », summed
    const lost = session.kpis.reduce((n, k) => n + k.lost, 0);
    await waitFor(() =>
      expect(norm(line.textContent)).toMatch(session.tick === 1 ? /^Semaine 1 : / : new RegExp(`^Semaines 1 à ${session.tick} : ${lost} clients? perdus?, `)),
    );
  });

  it('keeps the pending line quiet while the game plays, live again once paused (QA a11y F3)', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 20 });
    render(AdvanceControls, { session });
    const pending = screen.getByTestId('advance-pending');
    expect(pending).toHaveAttribute('aria-live', 'polite');
    await user.click(screen.getByRole('button', { name: 'Lecture' }));
    await waitFor(() => expect(session.tick).toBeGreaterThanOrEqual(1));
    // « Simulation en cours… » then « 0 décision en attente » at each period: on screen, not said
    expect(pending).toHaveAttribute('aria-live', 'off');
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(session.busy).toBe(false));
    // a moment after the time stops, not with the line's change (keyboard33: it said « 0 décision en attente » after the outcome)
    await waitFor(() => expect(pending).toHaveAttribute('aria-live', 'polite'));
  });

  it('sums the weeks played until a pause (English)', async () => {
    await setLocale('en');
    try {
      const user = userEvent.setup();
      const { session } = await started({ ...scenario, durationTicks: 20 });
      render(AdvanceControls, { session });
      await user.click(screen.getByRole('button', { name: 'Advance 4 weeks' }));
      await waitFor(() => expect(session.tick).toBe(4));
      await waitFor(() => expect(screen.getByTestId('advance-outcome').textContent).toMatch(/^Weeks 1 to 4: \d+ customers? lost, \d+ new customers?\.$/));
    } finally {
      await setLocale('fr');
    }
  });

  it('still says the last periods’ sum when « Avancer jusqu’à la fin » ends the game, next to « partie terminée »', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await user.click(await screen.findByRole('button', { name: /^Jouer (les \d+ (semaines|mois)|la dernière semaine|le dernier mois)$/ }));
    await waitFor(() => expect(session.finished).toBe(true));
    const rest = session.kpis.slice(1);
    const lost = rest.reduce((n, k) => n + k.lost, 0);
    const won = rest.reduce((n, k) => n + k.acquired, 0);
    const plural = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
    await waitFor(() =>
      expect(norm(screen.getByTestId('advance-outcome').textContent)).toBe(
        `Semaines 2 à 6 : ${plural(lost, 'client perdu', 'clients perdus')}, ${plural(won, 'nouveau client', 'nouveaux clients')}.`,
      ),
    );
    expect(screen.getAllByRole('status').map((s) => norm(s.textContent))).toContainEqual(expect.stringMatching(/terminée/));
  });
});

