/**
 * « Aller jusqu’à la fin »'s question with its code held back (endQuestionSlowFetch*.test.ts): a test file mocks
 * EndConfirm.svelte with `heldEndConfirm`, and the code comes once it calls `releaseEndConfirm()`. Each test file has
 * its own copy of this module, so its own hold (endConfirmCode.ts keeps the code once fetched).
 */
import { screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { loadEndConfirm } from '../../../src/ui/decisions/endConfirmCode.ts';

let release = () => {};
const held = new Promise<void>((resolve) => (release = resolve));

/** vi.mock's factory for EndConfirm.svelte: the real module, once released */
export async function heldEndConfirm<T>(importOriginal: () => Promise<T>): Promise<T> {
  await held;
  return importOriginal();
}

export function releaseEndConfirm(): void {
  release();
}

/** the question's code there and the page updated */
export const fetched = async () => (await loadEndConfirm(), await tick());
export const question = () => screen.queryByRole('button', { name: 'Annuler' });
