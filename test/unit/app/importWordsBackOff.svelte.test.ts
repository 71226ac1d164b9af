/**
 * A refused run file's words (the checker's field names in English: i18n/areas.ts FILE_TEXT_AREAS) that could not be fetched
 * are fetched again as any text part is: not by each render of the refusal (review11 #7: every render started a new fetch
 * and restarted the part's back-off), but once the part's back-off is over, by the refusal shown, which then says the reason
 * in English. Meanwhile the part counts as failed (partFailed), like the others, and the reason is said with the French
 * file texts the checker has built in.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../../../src/i18n/en/scenario.ts');
  vi.resetModules();
});

describe('a refusal whose words could not be fetched', () => {
  it('has them fetched again after the back-off, not at each render, and then says them', async () => {
    vi.resetModules();
    let fetches = 0;
    vi.doMock('../../../src/i18n/en/scenario.ts', async (importOriginal) => {
      fetches += 1;
      if (fetches === 1) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    // a fresh registry (test/setup.ts registers whole languages in the shared one), and the Svelte it runs with
    const { flushSync } = await import('svelte');
    const locale = await import('../../../src/i18n/locale.svelte.ts');
    const { noticeText } = await import('../../../src/app/noticeText.ts');
    const { importRunFile } = await import('../../../src/app/importRunFile.ts');
    const { watchValue } = await import('../i18n/watchPart.svelte.ts');
    // an English learner's page: English's learner part, and the database's messages (ImportRun.svelte fetches them)
    await locale.setLocale('en');
    await locale.loadLocale('en', 'db');
    const file = new File(['{"format":"fidelis-run","version":1}'], 'partie.json');
    const refused = (await importRunFile({} as never, file, { locale: 'en', now: () => '2026-12-06T09:00:00.000Z' }).then(
      () => expect.fail('accepted'),
      (e: unknown) => e,
    )) as { code: string; params: never };
    expect(fetches).toBe(1);
    // the refusal as its box shows it (ImportRun.svelte, NoticeMessage): re-rendered when the strings or the language move
    const notice = { id: 0, level: 'error' as const, key: `db.${refused.code}`, params: refused.params };
    const said: string[] = [];
    const stop = watchValue(() => noticeText(locale.t as never, notice, locale.locale.current), said);
    try {
      flushSync();
      for (let i = 0; i < 3; i++) {
        locale.locale.loaded += 1; // other parts arriving: the refusal is rendered again
        flushSync();
      }
      expect(said).toHaveLength(4);
      // said with the French file texts meanwhile; no new fetch by the renders, the part failed as any other
      expect(said.at(-1)).toMatch(/^Invalid run file: date d’export/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fetches).toBe(1);
      expect(locale.partFailed('scenario')).toBe(true);
      // its back-off over (2 s), the refusal shown fetches it again and says it in English
      await vi.waitFor(
        () => {
          flushSync();
          expect(said.at(-1)).toBe('Invalid run file: export date: required field missing. It was probably changed or damaged: export the run again from the computer and browser it was played in.');
        },
        { timeout: 10_000, interval: 100 },
      );
      expect(fetches).toBe(2);
    } finally {
      stop();
    }
  });
});
