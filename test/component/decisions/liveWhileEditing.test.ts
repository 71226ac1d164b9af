/**
 * After « Avancer d’une semaine » a screen reader hears the period's result, not the target's size and
 * the whole cost estimate again: those two are live regions only while the learner edits the target
 * or the strategy form.
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { scenario, started } from './session.ts';

const cost = () => screen.getByTestId('strategy-cost').closest('[aria-live]')!;
const count = () => screen.getByTestId('target-count');

describe('estimates live only while editing', () => {
  it('are quiet after an advance, and speak again once the learner edits the target or the strategy', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 20 });
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(count().textContent).toMatch(/\d+ clients correspondent/));

    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(1));
    await waitFor(() => expect(screen.getByTestId('advance-outcome').textContent).toMatch(/^Semaine 1/));
    expect(count()).toHaveAttribute('aria-live', 'off');
    expect(count()).not.toHaveAttribute('role');
    expect(cost()).toHaveAttribute('aria-live', 'off');

    const segments = screen.getByRole('group', { name: /Segments RFM/ });
    await user.click(within(segments).getByRole('checkbox', { name: 'Très bon client' }));
    expect(count()).toHaveAttribute('aria-live', 'polite');
    // live by aria-live alone: no role appearing with it, which some readers would only follow from its next change (review19 n7)
    expect(count()).not.toHaveAttribute('role');
    expect(cost()).toHaveAttribute('aria-live', 'polite');

    await user.click(screen.getByRole('button', { name: 'Avancer d’une semaine' }));
    await waitFor(() => expect(session.tick).toBe(2));
    expect(count()).toHaveAttribute('aria-live', 'off');
    expect(count()).not.toHaveAttribute('role');
    expect(cost()).toHaveAttribute('aria-live', 'off');

    const strategy = screen.getByRole('region', { name: /Stratégie de fidélisation/ });
    const radio = within(strategy).getAllByRole('radio').find((r) => !(r as HTMLInputElement).disabled)!;
    radio.focus();
    expect(radio).toHaveFocus();
    await waitFor(() => expect(cost()).toHaveAttribute('aria-live', 'polite'));
    expect(count()).toHaveAttribute('aria-live', 'polite');
  });
});
