/**
 * A run file imported into the browser's database (RunLibrary.importRun, app/dbRunStore.ts): read, checked
 * (the file's format, then its figures replayed by the game's engine worker when it names this model:
 * runFileCheck.ts) and stored, a copy when a run with its id is already here. Imported by dbRunStore when a
 * learner imports a file, with the checker and the file's schemas: the storage chunk every learner downloads
 * does not carry them (bench app-learner-js, issue 4).
 */
import { DbError } from '../db/errors.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import { parseRunFile, storeRunFile } from '../db/importRun.ts';
import { checkRunFile } from './runFileCheck.ts';
import type { EngineClient } from './engineClient.ts';
import type { ImportRunOptions } from './runLibrary.ts';
import { during } from './errors.ts';
import { fileTexts, type FileLocale } from '../scenario/validate.ts';
import { hasMessages, registerMessages } from '../i18n/translate.ts';
import { loadLocale } from '../i18n/locale.svelte.ts';

export interface ImportRunFileOptions extends ImportRunOptions {
  /** the clock (RunRecord.updatedAt: read when the checked file is stored) */
  now: () => string;
  /** the game's engine, which replays the file's periods; absent: the file is stored unchecked */
  engine?: Promise<EngineClient>;
}

export async function importRunFile(
  fdb: FidelisDb,
  file: File,
  options: ImportRunFileOptions,
): Promise<{ id: string; name: string; copy: boolean; otherModel: boolean }> {
  const text = await file.text();
  const parsed = await parseInWords(text, options.locale ?? 'fr', file.name);
  // its figures must be the replay's when it names this model: by the game's engine worker, the page stays free
  let modelFingerprint: string | undefined;
  let otherModel = false;
  if (options.engine) {
    const checked = await checkRunFile(await options.engine, parsed, options.onProgress);
    if (checked.status === 'modified') throw new DbError('importTampered', { period: checked.period });
    if (checked.status === 'mismatch') throw new DbError('importMismatch');
    if (checked.status === 'replayed') modelFingerprint = checked.model;
    otherModel = checked.status === 'otherModel';
  }
  try {
    const stored = { now: options.now(), ...(modelFingerprint ? { modelFingerprint } : {}) };
    // a run already here with the same id (imported twice): keep both, the import becomes a copy « … (2) »
    let result = await storeRunFile(fdb, parsed, stored);
    const copy = result.status === 'conflict';
    if (result.status === 'conflict') result = await storeRunFile(fdb, parsed, { ...stored, onConflict: 'copy' });
    if (result.status !== 'imported') throw new Error('import');
    return { id: result.run.id, name: result.run.name, copy, otherModel };
  } catch (error) {
    throw during('import', error);
  }
}

/** Refusals whose reason is in the scenario checker's words (scenario/validate.ts: the field, the JSON syntax, the size). */
const WORDED = new Set(['importInvalid', 'importNotJson', 'importNotJsonAt', 'importTooLarge']);

/**
 * parseRunFile, its refusal's reason in the learner's language and the screens' names of a closed list's values (« Client actif »,
 * not « actif »). On a fresh page French has only its first screen's part, without those names; English file texts come with
 * English's teacher part, which a learner never loads. On such a refusal, what is missing is fetched (the learner part, which the
 * first game screen needs anyway; English's scenario area alone, a chunk of its own) and the reason built again; if it cannot be
 * fetched, the reason stays as it was.
 */
async function parseInWords(text: string, locale: FileLocale, name: string) {
  try {
    return parseRunFile(text, locale, name);
  } catch (error) {
    if (!(error instanceof DbError) || !WORDED.has(error.code)) throw error;
    const missing: Promise<unknown>[] = [];
    if (!hasMessages(locale, 'learner')) missing.push(loadLocale(locale, 'learner'));
    if (locale === 'en' && fileTexts('en') === fileTexts('fr'))
      missing.push(import('../i18n/en/scenario.ts').then((m) => registerMessages('en', { scenario: m.scenario })));
    if (missing.length === 0) throw error;
    try {
      await Promise.all(missing);
    } catch {
      throw error;
    }
    return parseRunFile(text, locale, name);
  }
}
