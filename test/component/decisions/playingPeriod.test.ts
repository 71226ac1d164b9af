/**
 * « Lecture » on a phone (QA phone F6): the header, with the period, is scrolled away, and the time bar said only
 * « Pause » and the pending line. While it plays, the bar shows the period, in the header's words; paused, it goes.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { scenario, started } from './session.ts';

describe('the time bar while « Lecture » plays', () => {
  it('shows the period being played, and not once paused', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 50 });
    render(DecisionsScreen, { session, notices });
    expect(screen.queryByTestId('advance-playing')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lecture' }));
    expect(screen.getByTestId('advance-playing').textContent).toMatch(/^(Semaine|Mois) \d+ \/ 50, à jouer$/);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.queryByTestId('advance-playing')).not.toBeInTheDocument();
  });
});
