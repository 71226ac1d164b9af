/**
 * review6 #1: while the question « Aller jusqu’à la fin » asks is fetched (its first press, a slow network), the game
 * can move on: « Avancer d’une semaine » still works, another tab plays a period. The question, asked about a period
 * that has been played since, must not open later on its own and take the focus (endQuestion.svelte.ts askEnd): here
 * in the time bar (AdvanceControls; the Bilan in endQuestionSlowFetchBilan.test.ts). With no period played meanwhile it opens
 * as before.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import AdvanceControls from '../../../src/ui/decisions/AdvanceControls.svelte';
import { scenario, started } from './session.ts';
import { fetched, question, releaseEndConfirm } from './heldEndQuestion.ts';

vi.mock('../../../src/ui/decisions/EndConfirm.svelte', async (importOriginal) => (await import('./heldEndQuestion.ts')).heldEndConfirm(importOriginal));

describe('« Aller jusqu’à la fin » pressed, then a period played while its question is fetched', () => {
  it('in the time bar: the question does not open once it is there, and the focus stays where it is', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(AdvanceControls, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    const one = screen.getByRole('button', { name: 'Avancer d’une semaine' });
    await user.click(one);
    await waitFor(() => expect(session.tick === 1 && !session.busy).toBe(true));
    releaseEndConfirm();
    await fetched();
    expect(question()).toBeNull();
    expect(document.activeElement).toBe(one);
    // pressed again, with no period played meanwhile, it asks
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByRole('button', { name: 'Annuler' })).toHaveFocus();
  });
});
