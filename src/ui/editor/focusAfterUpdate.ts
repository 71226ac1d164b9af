import { tick } from 'svelte';

/** Moves the focus to the element `id` once the DOM shows the change just made (it may only appear then). */
export async function focusAfterUpdate(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}
