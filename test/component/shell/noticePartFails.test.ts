/**
 * A notice whose text is a part of its own (the class link's, the database's: i18n/areas.ts) when that part's fetch fails (a
 * first visit on a flaky school network): it shows at once with a short sentence of the first screen's, never its raw key
 * (review8 #4), and its own text replaces that sentence when the part is fetched again a while later (review8 #5).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { plainSpaces } from '../../../src/i18n/frenchSpacing.ts';

/**
 * Fresh modules: French's first screen only, as on the home page a class link opens; the parts' fetches fail while
 * `network.down` (set by the test, not counted: on a loaded machine one part's retry could come before the other's first failure).
 */
async function freshHome(fetches: Record<string, number>, network = { down: true }) {
  vi.resetModules();
  for (const part of ['presets', 'db'])
    vi.doMock(`../../../src/i18n/fr/${part}.ts`, async (importOriginal) => {
      fetches[part] = (fetches[part] ?? 0) + 1;
      if (network.down) throw new Error('Failed to fetch dynamically imported module');
      return importOriginal();
    });
  const testing = await import('@testing-library/svelte');
  const translate = await import('../../../src/i18n/translate.ts');
  const locale = await import('../../../src/i18n/locale.svelte.ts');
  const { Notices } = await import('../../../src/app/notices.svelte.ts');
  const { default: NoticesArea } = await import('../../../src/ui/shell/NoticesArea.svelte');
  await locale.setLocale('fr');
  cleanup = testing.cleanup;
  return { ...testing, ...translate, ...locale, Notices, NoticesArea };
}

let cleanup = () => {};
afterEach(() => {
  cleanup();
  vi.doUnmock('../../../src/i18n/fr/presets.ts');
  vi.doUnmock('../../../src/i18n/fr/db.ts');
  vi.doUnmock('../../../src/i18n/en/presets.ts');
  vi.doUnmock('../../../src/i18n/enLearner.ts');
  vi.resetModules();
});

describe('a notice whose text could not be downloaded', () => {
  it('says so in a sentence of the first screen’s, never its key, then shows its own text once fetched again', async () => {
    const fetches: Record<string, number> = {};
    const network = { down: true };
    const app = await freshHome(fetches, network);
    const notices = new app.Notices();
    app.render(app.NoticesArea, { notices });
    notices.push('warning', 'presets.notice', { count: 1, list: () => '« seed » (valeur invalide)' });
    notices.push('warning', 'presets.toolLocked');
    notices.push('error', 'db.unavailable');
    const region = app.screen.getByRole('region', { name: plainSpaces(app.translate('fr', 'shell.notices.label')) });
    const unloaded = plainSpaces(app.translate('fr', 'shell.notices.unloaded'));
    await vi.waitFor(() => expect(region.querySelectorAll('p.notice')).toHaveLength(3), { timeout: 10_000 });
    for (const notice of region.querySelectorAll('p.notice')) expect(plainSpaces(notice.textContent ?? '')).toContain(unloaded);
    expect(region).not.toHaveTextContent(/presets\.|db\./);
    // fetched again a while later (2 s, then 4…): the notices' own texts
    network.down = false;
    // each part on its own back-off: waited for together (the database's could come a moment after the class link's)
    await vi.waitFor(
      () => {
        expect(region).toHaveTextContent(/Lien de classe : paramètre ignoré : « seed » \(valeur invalide\)/);
        expect(region).toHaveTextContent(plainSpaces(app.translate('fr', 'presets.toolLocked')));
        expect(region).toHaveTextContent(/Le stockage du navigateur est indisponible/);
        expect(region).not.toHaveTextContent(unloaded);
      },
      { timeout: 15_000 },
    );
    // each fetched again, not in a loop (partRetry.svelte.test.ts times the back-off)
    for (const part of ['presets', 'db']) expect(fetches[part]).toBeGreaterThanOrEqual(2);
    expect(fetches.presets + fetches.db).toBeLessThanOrEqual(8);
  });
  it('is not said unavailable in another language before that language’s part was even tried (review9 #4)', async () => {
    const fetches: Record<string, number> = {};
    const app = await freshHome(fetches);
    await app.loadLocale('en', 'core'); // the switch below then waits for nothing (no retry of French's part in flight)
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.doMock('../../../src/i18n/en/presets.ts', async (importOriginal) => {
      await held;
      return importOriginal();
    });
    const notices = new app.Notices();
    app.render(app.NoticesArea, { notices });
    notices.push('warning', 'presets.toolLocked');
    const region = app.screen.getByRole('region', { name: plainSpaces(app.translate('fr', 'shell.notices.label')) });
    await vi.waitFor(() => expect(region).toHaveTextContent(plainSpaces(app.translate('fr', 'shell.notices.unloaded'))), { timeout: 10_000 });
    const switched = app.setLocale('en');
    await vi.waitFor(() => expect(app.locale.current).toBe('en'), { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // French's failure says nothing of the English part, still on its way: nothing shown yet, not « unavailable »
    expect(region).not.toHaveTextContent(plainSpaces(app.translate('en', 'shell.notices.unloaded')));
    release();
    await switched;
    await vi.waitFor(() => expect(region).toHaveTextContent(plainSpaces(app.translate('en', 'presets.toolLocked'))), { timeout: 10_000 });
  });

  it('shows at once when the part of the language a switch is bringing fails, before the switch ends (review11 #6)', async () => {
    const fetches: Record<string, number> = {};
    const app = await freshHome(fetches);
    // English's first screen held: the switch is under way for as long as the test wants
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.doMock('../../../src/i18n/enLearner.ts', async (importOriginal) => {
      await held;
      return importOriginal();
    });
    vi.doMock('../../../src/i18n/en/presets.ts', () => {
      fetches.enPresets = (fetches.enPresets ?? 0) + 1;
      throw new Error('Failed to fetch dynamically imported module');
    });
    const notices = new app.Notices();
    app.render(app.NoticesArea, { notices });
    const switched = app.setLocale('en');
    notices.push('warning', 'presets.toolLocked');
    const region = app.screen.getByRole('region', { name: plainSpaces(app.translate('fr', 'shell.notices.label')) });
    // the part is fetched in English only (the language coming), and its failure is what the notice waited for
    await vi.waitFor(() => expect(region).toHaveTextContent(plainSpaces(app.translate('fr', 'shell.notices.unloaded'))), { timeout: 10_000 });
    expect(app.locale.current).toBe('fr');
    expect(fetches).toEqual({ enPresets: 1 });
    release();
    await switched;
    expect(app.locale.current).toBe('en');
    await vi.waitFor(() => expect(region).toHaveTextContent(plainSpaces(app.translate('en', 'shell.notices.unloaded'))), { timeout: 10_000 });
    expect(region).not.toHaveTextContent(/presets\./);
  });
});
