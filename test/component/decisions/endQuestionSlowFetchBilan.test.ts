/**
 * review6 #1 in the Bilan (DebriefRoute): « Aller jusqu’à la fin » pressed, then a period played while its question is
 * fetched (the time bar, another tab): the question, asked about a period played since, does not open later on its
 * own and take the focus (endQuestion.svelte.ts askEnd; the time bar's case in endQuestionSlowFetch.test.ts).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { scenario, started } from './session.ts';
import { fetched, question, releaseEndConfirm } from './heldEndQuestion.ts';

vi.mock('../../../src/ui/decisions/EndConfirm.svelte', async (importOriginal) => (await import('./heldEndQuestion.ts')).heldEndConfirm(importOriginal));

describe('« Aller jusqu’à la fin » in the Bilan, then a period played while its question is fetched', () => {
  it('keeps the question closed once it is there; pressed again, it asks', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(DebriefRoute, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await session.advance(1);
    expect(session.tick).toBe(1);
    releaseEndConfirm();
    await fetched();
    expect(question()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByRole('button', { name: 'Annuler' })).toHaveFocus();
  });
});
