/**
 * QA self-learner #1: a decision button that disables itself once its decision is queued (« Appliquer
 * à la cible », « Appliquer cette politique », « Commander l’enquête ») left the keyboard focus on the
 * page body. The focus goes to the new decision in « Décisions de la période ».
 */
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import DecisionsScreen from '../../../src/ui/decisions/DecisionsScreen.svelte';
import { scenario, started } from './session.ts';

const lastDecision = () => within(screen.getByRole('region', { name: 'Décisions de la semaine' })).getAllByRole('listitem').at(-1)!;

describe('focus after a decision button', () => {
  it('goes to the decision it queued, for the strategy, the complaint policy and the survey', async () => {
    const user = userEvent.setup();
    const { session, notices } = await started({ ...scenario, durationTicks: 20 });
    render(DecisionsScreen, { session, notices });
    await waitFor(() => expect(screen.getByTestId('target-count').textContent).toMatch(/\d+ clients correspondent/));

    const apply = screen.getByRole('button', { name: /^Appliquer à la cible/ });
    await waitFor(() => expect(apply).toBeEnabled());
    apply.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(session.pending).toHaveLength(1));
    expect(apply).toBeDisabled();
    await waitFor(() => expect(lastDecision()).toHaveFocus());

    const complaints = screen.getByRole('form', { name: /Politique de réclamations/ });
    const radios = within(complaints).getAllByRole('radio');
    await user.click(radios.find((r) => !(r as HTMLInputElement).checked)!);
    const policy = within(complaints).getByRole('button', { name: 'Appliquer cette politique' });
    policy.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(session.pending).toHaveLength(2));
    expect(policy).toBeDisabled();
    await waitFor(() => expect(lastDecision()).toHaveFocus());
    expect(lastDecision()).toHaveTextContent(/réclamations/i);

    const order = screen.getByRole('button', { name: 'Commander l’enquête' });
    order.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(session.pending).toHaveLength(3));
    expect(order).toBeDisabled();
    await waitFor(() => expect(lastDecision()).toHaveFocus());
    expect(lastDecision()).toHaveTextContent(/enquête|questionnaire/i);
  });
});
