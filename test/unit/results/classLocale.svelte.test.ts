/**
 * The class view's verification texts follow the app's language: they are kept rendered (with the
 * language they are in), so a switch of language while the view is open, or a reload in another
 * language, verifies again the files that have something to say (a refuted file's differences, an
 * invalid file's reasons); a confirmed file without warning is left as it is, and a file that could
 * not be read shows its recorded reason in a sentence of the language now.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listClass } from '../../../src/db/classRepository.ts';
import type { Locale } from '../../../src/i18n/translate.ts';
import type { Verification } from '../../../src/results/verifyResult.ts';
import { ClassImport, type ResultSource } from '../../../src/ui/class/classImport.svelte.ts';
import { closeVisits, gatedReplayer, resultSource, visitClass } from '../../fixtures/classFiles.ts';

const notJson: ResultSource = {
  name: 'photo.json',
  size: 20,
  text: async () => '\u0089PNG pas du JSON',
};
const huge: ResultSource = {
  name: 'film.json',
  size: 2_000_000_000,
  text: () => Promise.reject(new Error('read')),
};

afterEach(closeVisits);

/** Every text a file's verification shows. */
function texts(v: Verification | undefined): string[] {
  if (!v) return [];
  if (v.status === 'invalid') return v.errors;
  return [...v.warnings, ...('differences' in v ? v.differences.map((d) => d.text) : [])];
}
const shown = (imports: ClassImport, name: string) => imports.files.find((f) => f.fileName === name)?.verification;
const idle = (imports: ClassImport) => vi.waitFor(() => expect(imports.busy).toBe(false), { timeout: 10_000 });

describe('class view verification texts in the app’s language', () => {
  it('a switch of language verifies again the files with texts, in the new language, and keeps them so', async () => {
    const factory = new IDBFactory();
    const language: { current: Locale } = { current: 'fr' };
    const replays = gatedReplayer();
    const { imports, fdb } = await visitClass(factory, replays.replay, { locale: () => language.current });
    await imports.add([resultSource('Anna', 1), resultSource('Éva', 2, 500), notJson, huge]);
    await imports.saved();
    expect(replays.count()).toBe(2);
    expect(texts(shown(imports, 'Éva.json')).join(' ')).toMatch(/le rejeu donne/);
    expect(texts(shown(imports, 'photo.json')).join(' ')).not.toMatch(/file/);
    expect(texts(shown(imports, 'film.json'))).toEqual([expect.stringMatching(/^fichier trop volumineux/)]);
    const anna = shown(imports, 'Anna.json');

    // nothing to do while the language is the same
    imports.relocalize();
    expect(imports.relocalizing).toBe(0);

    language.current = 'en';
    imports.relocalize();
    // the refuted and the invalid file are verified again; until then they stay shown as they were
    expect(imports.relocalizing).toBe(2);
    expect(shown(imports, 'Éva.json')?.status).toBe('refuted');
    await idle(imports);
    await imports.saved();
    expect(imports.relocalizing).toBe(0);
    // one replay more (the refuted file); the invalid one is found invalid again without one
    expect(replays.count()).toBe(3);
    expect(texts(shown(imports, 'Éva.json')).join(' ')).toMatch(/the replay gives/);
    expect(shown(imports, 'Éva.json')?.status).toBe('refuted');
    expect(shown(imports, 'photo.json')?.status).toBe('invalid');
    expect(texts(shown(imports, 'photo.json')).join(' ')).not.toMatch(/fichier/);
    expect(texts(shown(imports, 'film.json'))).toEqual([
      'file not read when it was imported, reason noted then: fichier trop volumineux (1\u202f908 Mo, au plus 16 Mo)',
    ]);
    // the confirmed file without warning said nothing: left as it was
    expect(shown(imports, 'Anna.json')).toBe(anna);
    const kept = new Map((await listClass(fdb)).files.map((f) => [f.fileName, f.outcome?.locale]));
    expect(Object.fromEntries(kept)).toEqual({
      'Anna.json': 'fr',
      'Éva.json': 'en',
      'photo.json': 'en',
      'film.json': 'fr',
    });
    imports.close();
    await imports.saved();

    // reload in English: nothing verified again
    const again = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(again.imports.relocalizing).toBe(0);
    expect(again.imports.reverifying).toBe(0);
    await idle(again.imports);
    expect(replays.count()).toBe(3);
    expect(texts(shown(again.imports, 'Éva.json')).join(' ')).toMatch(/the replay gives/);
    again.imports.close();
    await again.imports.saved();

    // reload in French: the English texts are verified again, and said to be for the language, not for a new version
    language.current = 'fr';
    const third = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(third.imports.relocalizing).toBe(2);
    expect(third.imports.reverifying).toBe(0);
    expect(shown(third.imports, 'Éva.json')).toBeUndefined();
    await idle(third.imports);
    expect(replays.count()).toBe(4);
    expect(texts(shown(third.imports, 'Éva.json')).join(' ')).toMatch(/le rejeu donne/);
    expect(texts(shown(third.imports, 'film.json'))).toEqual([expect.stringMatching(/^fichier trop volumineux/)]);
    third.imports.close();
  }, 30_000);

  it('says « N fichiers retrouvés » once a visit: not again when the language changes', async () => {
    const factory = new IDBFactory();
    const language: { current: Locale } = { current: 'fr' };
    const replays = gatedReplayer();
    const first = await visitClass(factory, replays.replay, { locale: () => language.current });
    await first.imports.add([resultSource('Anna', 1), resultSource('Bruno', 2)]);
    await first.imports.saved();
    first.imports.close();
    const again = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(again.imports.restored).toBe(2);
    // the screen's language effect runs on every render of the same language: the notice stays
    again.imports.relocalize();
    expect(again.imports.restored).toBe(2);
    language.current = 'en';
    again.imports.relocalize();
    expect(again.imports.restored).toBe(0);
    language.current = 'fr';
    again.imports.relocalize();
    expect(again.imports.restored).toBe(0);
    expect(again.imports.files).toHaveLength(2);
    again.imports.close();

    // the shell mounts the screen again on a switch: a new controller, in the other language, does not say it again
    language.current = 'en';
    const remounted = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(remounted.imports.files).toHaveLength(2);
    expect(remounted.imports.restored).toBe(0);
    remounted.imports.close();
    language.current = 'fr';
    const back = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(back.imports.restored).toBe(0);
    back.imports.close();
    // a visit in the language the notice was read in (the screen opened again) says it
    const reopened = await visitClass(factory, replays.replay, { locale: () => language.current });
    expect(reopened.imports.restored).toBe(2);
    reopened.imports.close();
  });

  it('a file being replayed when the language changes is verified again in the new one', async () => {
    const language: { current: Locale } = { current: 'fr' };
    const replays = gatedReplayer();
    const { imports } = await visitClass(new IDBFactory(), replays.replay, { locale: () => language.current });
    replays.hold();
    const adding = imports.add([resultSource('Éva', 2, 500)]);
    await vi.waitFor(() => expect(replays.count()).toBe(1), { timeout: 10_000 });
    language.current = 'en';
    // not shown yet: nothing to redo now, its replay is still running in French
    imports.relocalize();
    expect(imports.relocalizing).toBe(0);
    replays.release();
    await adding;
    await idle(imports);
    expect(replays.count()).toBe(2);
    expect(texts(shown(imports, 'Éva.json')).join(' ')).toMatch(/the replay gives/);
    imports.close();
  }, 30_000);
});
