/**
 * One satisfaction survey a period: the engine pays every survey ordered in a period but the
 * dashboard keeps only the last one's measure (KPIs: the last measurement of the period), so a second
 * survey in the same period would be paid for answers the learner never sees. The form says so and
 * refuses it until the first is taken back or the period is played.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import SurveyForm from '../../../src/ui/decisions/SurveyForm.svelte';
import { started } from './session.ts';

describe('survey form, one survey a period', () => {
  it('refuses a second survey in the same period with a French reason, until the first is removed or the period played', async () => {
    const user = userEvent.setup();
    const { session } = await started();
    // the decisions screen's count of the customers still there before the first period (PeriodEstimate.startAlive)
    render(SurveyForm, { session, startAlive: (await session.selectTarget({}, 0)).spend.active });
    const order = screen.getByRole('button', { name: 'Commander l’enquête' });
    const reason = /Une enquête est déjà commandée pour cette semaine/;
    expect(screen.queryByText(reason)).toBeNull();

    await user.click(order);
    expect(session.pending.filter((a) => a.type === 'enquete')).toHaveLength(1);
    expect(order).toBeDisabled();
    expect(order).toHaveAccessibleDescription(/Une enquête est déjà commandée pour cette semaine/);
    // a mystery shopper is a survey too: its measure would replace the questionnaire's
    await user.click(screen.getByRole('radio', { name: 'Client mystère' }));
    expect(order).toBeDisabled();
    await user.click(order);
    expect(session.pending.filter((a) => a.type === 'enquete')).toHaveLength(1);

    session.remove(0);
    await waitFor(() => expect(order).toBeEnabled());
    expect(screen.queryByText(reason)).toBeNull();

    await user.click(order);
    expect(order).toBeDisabled();
    await session.advance(1);
    // the next period may have its own survey
    await waitFor(() => expect(order).toBeEnabled());
    expect(screen.queryByText(reason)).toBeNull();
  });
});
