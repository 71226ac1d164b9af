/**
 * Each text part (by language) has its own back-off after its fetch fails: fetched again 2 s after its first failure, then
 * 4, 8… up to a minute, whatever the other parts do. Before, one signal moved for every failing part: a part's retry fetched
 * the others again before their time (and lengthened their next wait), so a failing part was fetched about twice a minute.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const PARTS = ['presets', 'db'] as const;
const realTimeout = globalThis.setTimeout;

afterEach(() => {
  vi.useRealTimers();
  for (const part of PARTS) vi.doUnmock(`../../../src/i18n/fr/${part}.ts`);
  vi.resetModules();
});

describe('parts whose fetches fail', () => {
  it('are fetched again each on its own back-off', async () => {
    vi.resetModules();
    const fetches: Record<string, number> = { presets: 0, db: 0 };
    for (const part of PARTS)
      vi.doMock(`../../../src/i18n/fr/${part}.ts`, () => {
        fetches[part]! += 1;
        throw new Error('Failed to fetch dynamically imported module');
      });
    // a fresh registry (test/setup.ts registers whole languages in the shared one), and the Svelte it runs with
    const { flushSync } = await import('svelte');
    const locale = await import('../../../src/i18n/locale.svelte.ts');
    const { watchPart } = await import('./watchPart.svelte.ts');
    await locale.setLocale('fr');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const stops: (() => void)[] = [];
    let clock = 0;
    /** `done` true, waited for in real time (vi.waitFor would move the fake clock) */
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => realTimeout(resolve, 5));
      expect(done()).toBe(true);
    };
    /** every fetch started so far has failed, and its back-off is on */
    const failed = () => until(() => PARTS.every((part) => (locale.locale.failed[`fr:${part}`] ?? 0) === fetches[part]));
    /** `ms` later, once the fetches the timers set off have failed */
    const after = async (ms: number) => {
      clock += ms;
      await vi.advanceTimersByTimeAsync(ms);
      flushSync();
      await failed();
    };
    try {
      // the class link's texts fail at 0 s, the database's at 1 s
      stops.push(watchPart('presets', []));
      flushSync();
      await until(() => fetches.presets === 1);
      await failed();
      await after(1000);
      stops.push(watchPart('db', []));
      flushSync();
      await until(() => fetches.db === 1);
      await failed();
      expect(locale.partFailed('presets') && locale.partFailed('db')).toBe(true);
      // 2 s: the class link's again, not the database's (its first failure was 1 s ago)
      await after(1000);
      expect(fetches).toEqual({ presets: 2, db: 1 });
      // 3 s: the database's, 2 s after its failure; the class link's waits 4 s now
      await after(1000);
      expect(fetches).toEqual({ presets: 2, db: 2 });
      await after(2000); // 5 s
      expect(fetches).toEqual({ presets: 2, db: 2 });
      await after(1000); // 6 s: the class link's (2 + 4)
      expect(fetches).toEqual({ presets: 3, db: 2 });
      await after(1000); // 7 s: the database's (3 + 4)
      expect(fetches).toEqual({ presets: 3, db: 3 });
      // then 8 s, 16, 32, and a minute at most: from 6 s, at 14, 30, 62, 122, 182
      for (const at of [14, 30, 62, 122, 182]) {
        const before = fetches.presets!;
        await after(at * 1000 - 1 - clock);
        expect(fetches.presets).toBe(before);
        await after(1);
        expect(fetches.presets).toBe(before + 1);
      }
    } finally {
      for (const stop of stops) stop();
    }
  });
});
