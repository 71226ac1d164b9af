/**
 * A run file imported into the browser's database (RunLibrary.importRun, app/dbRunStore.ts): read, checked
 * (the file's format, then its figures replayed by the game's engine worker when it names this model:
 * runFileCheck.ts) and stored, a copy when a run with its id is already here. Imported by dbRunStore when a
 * learner imports a file, with the checker and the file's schemas: the storage chunk every learner downloads
 * does not carry them (bench app-learner-js, issue 4).
 */
import { DbError } from '../db/errors.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import { parseRunFile, refusalWords, storeRunFile } from '../db/importRun.ts';
import { checkRunFile } from './runFileCheck.ts';
import type { EngineClient } from './engineClient.ts';
import type { ImportRunOptions } from './runLibrary.ts';
import { during } from './errors.ts';
import type { FileLocale } from '../scenario/validate.ts';
import { hasMessages } from '../i18n/translate.ts';
import type { Part } from '../i18n/areas.ts';
import { fetchPart, fetchWithLanguage, loadLocale, partsLocale } from '../i18n/locale.svelte.ts';
import { formatNumber } from './format.ts';
import type { NoticeParams } from './notices.svelte.ts';

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
  try {
    return await importChecked(fdb, file, options);
  } catch (error) {
    throw error instanceof DbError ? inEveryLanguage(error) : error;
  }
}

async function importChecked(fdb: FidelisDb, file: File, options: ImportRunFileOptions): Promise<{ id: string; name: string; copy: boolean; otherModel: boolean }> {
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

/**
 * `refused` with its parameters written in the language the refusal is read in (the notice renders them: NoticeMessage): the
 * checker's words (the field, the values, the JSON syntax reason, the size) written again from what the file was refused for
 * (db/importRun.ts refusalWords), its counts (COUNTS) in the language's figures (« 61 234 567 », « 61,234,567 »). A learner who switches
 * the language while the refusal is shown reads all of it in the new one, not the reason in the former inside the new sentence.
 */
function inEveryLanguage(refused: DbError): DbError {
  const worded = new Set(Object.keys(refusalWords(refused, 'fr')));
  if (worded.size === 0 && !Object.keys(refused.params).some((name) => COUNTS.has(name))) return refused;
  const params: NoticeParams = { ...refused.params };
  for (const [name, value] of Object.entries(refused.params)) {
    if (worded.has(name))
      params[name] = (_t, language) => {
        // texts not there yet (a fetch that failed): fetched again as any part is, once its back-off is over (fetchPart: not
        // at each render, review11 #7), the reason said again once they come (loadLocale moves locale.loaded)
        for (const part of wordParts(partsLocale())) fetchPart(part);
        return refusalWords(refused, language)[name];
      };
    else if (typeof value === 'number' && COUNTS.has(name)) params[name] = (_t, language) => formatNumber(language, value);
  }
  if (worded.size > 0) wordsWithLanguage();
  return new DbError(refused.code, params as DbError['params'], { cause: refused.cause });
}

/** A refusal's counts that can pass a thousand: a line and a column of the file, a limit (the period of importTampered, a version do not). */
const COUNTS = new Set(['line', 'column', 'limit']);

let withLanguage = false;

/**
 * Once a learner has read a refusal in the checker's words: a switch of language fetches the new language's words before it
 * shows (i18n/locale.svelte.ts setLocale), so the refusal's old text stays until its new one is there. Never before: a learner
 * whose file is not refused does not download them (bench app-learner). A failed fetch does not stop the switch.
 */
function wordsWithLanguage(): void {
  if (withLanguage) return;
  withLanguage = true;
  fetchWithLanguage((next) => fetchWords(next).then(
    () => undefined,
    () => undefined,
  ));
}

/**
 * The parts the checker's words lack in `locale` to be said as the screens name things (« Client actif », not « actif »): on
 * a fresh page French has only its first screen's part, without those names; English file texts come with English's teacher
 * part, which a learner never loads. The learner part (which the first game screen needs anyway) and English's file texts
 * alone (i18n/areas.ts FILE_TEXT_AREAS, a chunk of their own) are fetched.
 */
function wordParts(locale: FileLocale): Part[] {
  const parts: Part[] = hasMessages(locale, 'learner') ? [] : ['learner'];
  if (locale === 'en' && !hasMessages('en', 'scenario')) parts.push('scenario');
  return parts;
}

function fetchWords(locale: FileLocale): Promise<unknown> {
  return Promise.all(wordParts(locale).map((part) => loadLocale(locale, part)));
}

/**
 * parseRunFile; on a refusal in the checker's words, what they lack in the learner's language is fetched first (wordParts)
 * so that the refusal shows whole (inEveryLanguage writes them); if it cannot be fetched, they are said with what is there.
 */
async function parseInWords(text: string, locale: FileLocale, name: string) {
  try {
    return parseRunFile(text, locale, name);
  } catch (error) {
    if (Object.keys(refusalWords(error, locale)).length > 0) await fetchWords(locale).catch(() => undefined);
    throw error;
  }
}
