/** partShown read in an effect, as a template reads it; imported after vi.resetModules, so with the same Svelte as the fresh locale module. */
import { partShown } from '../../../src/i18n/locale.svelte.ts';
import type { Part } from '../../../src/i18n/areas.ts';

export function watchPart(part: Part, seen: boolean[]): () => void {
  return watchValue(() => partShown(part), seen);
}

/** Any reading of the page's state, in an effect as a template reads it: `seen` gets each value it takes. */
export function watchValue<T>(read: () => T, seen: T[]): () => void {
  return $effect.root(() => {
    $effect(() => {
      seen.push(read());
    });
  });
}
