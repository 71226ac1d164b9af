/**
 * A text part whose fetch fails (a first visit on a flaky school network) is fetched again a while later, by itself: a locked
 * tool's note, the remembered class link's line (partShown's readers) and the notices area re-read `locale.retry` for that
 * part, which moves 2 s after its first failure, then 4, 8… (review8 #5; each part on its own: partBackOff). Not at once: no
 * loop of failing fetches.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/fr/presets.ts');
  vi.resetModules();
});

describe('a part whose fetch failed', () => {
  it('is fetched again a while later, and its readers then show it', async () => {
    vi.resetModules();
    let fetches = 0;
    vi.doMock('../../../src/i18n/fr/presets.ts', async (importOriginal) => {
      fetches += 1;
      if (fetches === 1) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    // a fresh registry (test/setup.ts registers whole languages in the shared one), and the Svelte it runs with
    const { flushSync } = await import('svelte');
    const { setLocale } = await import('../../../src/i18n/locale.svelte.ts');
    const { watchPart } = await import('./watchPart.svelte.ts');
    await setLocale('fr');
    const shown: boolean[] = [];
    const stop = watchPart('presets', shown);
    try {
      flushSync();
      expect(shown).toEqual([false]);
      await vi.waitFor(() => expect(fetches).toBe(1));
      // no fetch again at once, nor a loop of them
      await new Promise((resolve) => setTimeout(resolve, 1000));
      flushSync();
      expect(fetches).toBe(1);
      expect(shown).toEqual([false]);
      await vi.waitFor(
        () => {
          flushSync();
          expect(shown.at(-1)).toBe(true);
        },
        { timeout: 10_000, interval: 100 },
      );
      expect(fetches).toBe(2);
    } finally {
      stop();
    }
  });
});
