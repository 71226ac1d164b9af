/**
 * A part and a language switch: the part is fetched in the language coming (partLanguage), and its failure is read there too,
 * at once (review11 #6: it was read in the language going, so the reader showed neither text nor fallback until the switch
 * ended); a reader on screen when the switch starts fetches the coming language's part then, not once its back-off in the
 * going language ends. A switch that cannot bring the class link's texts still happens: their readers say it (partFailed).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const MOCKED = ['fr/presets', 'en/presets', 'enLearner'];
const realTimeout = globalThis.setTimeout;

afterEach(() => {
  vi.useRealTimers();
  for (const path of MOCKED) vi.doUnmock(`../../../src/i18n/${path}.ts`);
  vi.resetModules();
});

/** `done` true, waited for in real time (vi.waitFor would move a fake clock) */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((resolve) => realTimeout(resolve, 5));
  expect(done()).toBe(true);
}

/**
 * Fresh modules (test/setup.ts registers whole languages in the shared registry) on a French page; each mocked part's chunk
 * counted in `fetches`, failing if `fail` says so, English's first screen held until `release`.
 */
async function frenchPage(fail: (path: string) => boolean) {
  vi.resetModules();
  const fetches: Record<string, number> = {};
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  for (const path of MOCKED)
    vi.doMock(`../../../src/i18n/${path}.ts`, async (importOriginal) => {
      fetches[path] = (fetches[path] ?? 0) + 1;
      if (path === 'enLearner') await held;
      if (fail(path)) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
  const { flushSync } = await import('svelte');
  const locale = await import('../../../src/i18n/locale.svelte.ts');
  const { watchValue } = await import('./watchPart.svelte.ts');
  await locale.setLocale('fr');
  /** what a reader of the part shows (ClassNote.svelte): its text, its fallback, or nothing yet */
  const watchReader = (seen: string[]) => watchValue(() => (locale.partShown('presets') ? 'text' : locale.partFailed('presets') ? 'fallback' : 'nothing'), seen);
  return { fetches, release, flushSync, ...locale, watchReader };
}

describe('a part during a language switch', () => {
  it('whose fetch in the coming language fails is said failed at once, before the switch ends', async () => {
    const app = await frenchPage((path) => path === 'en/presets');
    const switched = app.setLocale('en');
    const reader: string[] = [];
    const stop = app.watchReader(reader);
    try {
      app.flushSync();
      await until(() => app.fetches['en/presets'] === 1 && app.locale.failed['en:presets'] === 1);
      app.flushSync();
      // the switch still waits for English's first screen: the reader shows its fallback already
      expect(app.locale.current).toBe('fr');
      expect(reader.at(-1)).toBe('fallback');
      expect(app.fetches['fr/presets']).toBeUndefined();
      app.release();
      await switched;
      app.flushSync();
      expect(app.locale.current).toBe('en');
      expect(reader.at(-1)).toBe('fallback');
    } finally {
      stop();
    }
  });

  it('read when the switch starts is fetched in the coming language then, not after the going one’s back-off', async () => {
    const app = await frenchPage((path) => path === 'fr/presets');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reader: string[] = [];
    const stop = app.watchReader(reader);
    try {
      app.flushSync();
      await until(() => app.locale.failed['fr:presets'] === 1);
      app.flushSync();
      expect(reader.at(-1)).toBe('fallback');
      // French's back-off runs (its clock stands still here): English's part is fetched when the switch starts
      const switched = app.setLocale('en');
      app.flushSync();
      await until(() => app.fetches['en/presets'] === 1);
      // the fallback shown stays while the switch is under way, no blink of the text or the live region
      app.flushSync();
      expect(reader.at(-1)).toBe('fallback');
      expect(app.fetches['fr/presets']).toBe(1);
      app.release();
      await switched;
      app.flushSync();
      expect(app.locale.current).toBe('en');
      expect(reader.at(-1)).toBe('text');
      expect(reader.slice(reader.indexOf('fallback'))).not.toContain('nothing');
    } finally {
      stop();
    }
  });
});

describe('a language switch', () => {
  it('happens when the class link’s texts it waits for cannot come; their readers say they could not', async () => {
    const app = await frenchPage((path) => path === 'en/presets');
    app.release();
    await app.loadLocale('fr', 'presets'); // a class link's page: the switch brings English's too
    await expect(app.setLocale('en')).resolves.toBeUndefined();
    expect(app.locale.current).toBe('en');
    expect(app.fetches['en/presets']).toBe(1);
    expect(app.partFailed('presets')).toBe(true);
  });

  it('still fails when its first screen cannot come', async () => {
    const app = await frenchPage((path) => path === 'enLearner');
    app.release();
    await expect(app.setLocale('en')).rejects.toThrow();
    expect(app.locale.current).toBe('fr');
  });

  it('a switch the learner replaced by another choice does not fail when its texts fail afterwards (review13 m3)', async () => {
    const app = await frenchPage((path) => path === 'enLearner');
    const english = app.setLocale('en');
    const outcome = english.then(
      () => 'resolved',
      () => 'rejected',
    );
    // back to French while English's first screen is still on its way
    await app.setLocale('fr');
    app.release();
    // English's texts then fail: the learner no longer asked for them, so nothing is to be said
    expect(await outcome).toBe('resolved');
    expect(app.locale.current).toBe('fr');
  });
});
