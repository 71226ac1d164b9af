/**
 * review6 #1 in the Bilan (DebriefRoute): « Aller jusqu’à la fin » pressed, then a period played while its question is
 * fetched (the time bar, another tab): the question, asked about a period played since, does not open later on its
 * own and take the focus (endQuestion.svelte.ts askEnd; the time bar's case in endQuestionSlowFetch.test.ts).
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import DebriefRoute from '../../../src/ui/shell/DebriefRoute.svelte';
import { loadEndConfirm } from '../../../src/ui/decisions/endConfirmCode.ts';
import { scenario, started } from './session.ts';

/** the question's code held back until the test lets it come (fetched once a file: endConfirmCode.ts keeps it) */
const fetch = vi.hoisted(() => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  return { release: () => release(), held };
});
vi.mock('../../../src/ui/decisions/EndConfirm.svelte', async (importOriginal) => {
  await fetch.held;
  return importOriginal();
});

/** the question's code there and the page updated */
const fetched = async () => (await loadEndConfirm(), await tick());
const question = () => screen.queryByRole('button', { name: 'Annuler' });

describe('« Aller jusqu’à la fin » in the Bilan, then a period played while its question is fetched', () => {
  it('keeps the question closed once it is there; pressed again, it asks', async () => {
    const user = userEvent.setup();
    const { session } = await started({ ...scenario, durationTicks: 6 });
    render(DebriefRoute, { session });
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    await session.advance(1);
    expect(session.tick).toBe(1);
    fetch.release();
    await fetched();
    expect(question()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Aller jusqu’à la fin' }));
    expect(await screen.findByRole('button', { name: 'Annuler' })).toHaveFocus();
  });
});
