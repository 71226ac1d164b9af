import { tick } from 'svelte';
import { focusInPlace } from '../shell/keepFocus.ts';
import { loadEndConfirm, type EndConfirmComponent } from './endConfirmCode.ts';

/**
 * « Aller jusqu’à la fin »'s question behind one button (the time bar's, the Bilan's), its code fetched on the first
 * press (endConfirmCode.ts). `failed`: the fetch failed, said next to the button (role="alert").
 */
export function endQuestion() {
  const question = $state({ code: null as EndConfirmComponent | null, failed: false, asking: false });
  return question;
}

/**
 * Asks `q` if `free()` still holds once its code is there and the game's period `at()` has not changed meanwhile: a
 * period played while the code comes (« Avancer », another tab) keeps the question closed, rather than have it open
 * later on its own and take the focus (review6 #1). A failure is cleared at each press and the page updated before it
 * is set again, so that its alert is inserted again and said again (review6 #2).
 */
export async function askEnd(q: ReturnType<typeof endQuestion>, free: () => boolean, at: () => number): Promise<void> {
  if (!free()) return;
  const pressedAt = at();
  q.failed = false;
  q.code ??= await loadEndConfirm();
  if (!q.code) {
    await tick();
    q.failed = true;
  } else if (free() && at() === pressedAt) q.asking = true;
}

/** « Annuler » (or Escape): closes `q`'s question and, the page updated, puts the focus back on its button, `button()`. */
export async function cancelEnd(q: ReturnType<typeof endQuestion>, button: () => HTMLElement | undefined): Promise<void> {
  q.asking = false;
  await tick();
  const pressed = button();
  if (pressed) focusInPlace(pressed);
}
