/**
 * A part asked for while a language switch is under way (an English class link read on a page that starts in French: its
 * cards and notices ask for the class link's texts before the switch is done) is fetched in the language coming, not in the
 * one going: an English learner downloads no French class link texts; French's come if the learner switches back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/fr/presets.ts');
  vi.doUnmock('../../../src/i18n/en/presets.ts');
  vi.resetModules();
});

describe('a part asked for during a switch', () => {
  it('is fetched in the language coming only', async () => {
    vi.resetModules();
    const fetches: string[] = [];
    for (const lang of ['fr', 'en'])
      vi.doMock(`../../../src/i18n/${lang}/presets.ts`, async (importOriginal) => {
        fetches.push(lang);
        return importOriginal();
      });
    // a fresh registry (test/setup.ts registers whole languages in the shared one), and the Svelte it runs with
    const { flushSync } = await import('svelte');
    const locale = await import('../../../src/i18n/locale.svelte.ts');
    const { watchPart } = await import('./watchPart.svelte.ts');
    await locale.setLocale('fr');
    const shown: boolean[] = [];
    const switched = locale.setLocale('en');
    const stop = watchPart('presets', shown);
    try {
      flushSync();
      expect(locale.locale.current).toBe('fr');
      await switched;
      flushSync();
      expect(locale.locale.current).toBe('en');
      await vi.waitFor(() => {
        flushSync();
        expect(shown.at(-1)).toBe(true);
      });
      expect(fetches).toEqual(['en']);
      await locale.setLocale('fr');
      flushSync();
      expect(shown.at(-1)).toBe(true);
      expect(fetches).toEqual(['en', 'fr']);
    } finally {
      stop();
    }
  });
});
