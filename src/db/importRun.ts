/**
 * Import of a run file (runFile.ts). Hostile or broken files are rejected with the reason in
 * the learner's language (DbError importNotText / importTable / importNotJson(At) / importTruncated / importTooLarge / importForbiddenKey / importWrongFormat / importResultFile / importScenarioFile /
 * importUnsupportedVersion / importInvalid(Content) / importDuplicateCustomer / importKpisAhead): size and array lengths are bounded, keys that could
 * pollute prototypes (__proto__, constructor, prototype) reject the file, strings (HTML included)
 * are kept as plain text. A JSON syntax error is said in the reader's language, with its line and column
 * in a file of several lines only (an export is one line) (src/scenario/jsonText.ts, as the scenario checker does), a file that stops early as
 * incomplete. Whether the figures are the replay's is checked by the caller between parsing and
 * storing (src/app/runFileCheck.ts: the db layer does not run the engine). Nothing is overwritten
 * without confirmation: a run with the same id gives a 'conflict' result; the caller asks the
 * learner, then calls again with onConflict 'overwrite' (one transaction: old records out, new in)
 * or 'copy' (a new id, and a name no other run has: « Boulangerie (2) »).
 */
import { unwrap } from 'idb';
import { groupIntoPages } from './customerColumns.ts';
import { DbError } from './errors.ts';
import { customerNumber } from './customerQuery.ts';
import { newRunId, wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { RUN_FILE_FORMAT, RUN_FILE_LIMITS, RUN_FILE_VERSION, runFileSchema, type RunFile } from './runFile.ts';
import { RUN_SCOPED_STORES, type RunRecord } from './schema.ts';
import { finish, type WriteTransaction } from './transactions.ts';
import { checkText, looksLikeTable, withoutBom } from '../import/textCheck.ts';
import { readJson } from '../scenario/jsonText.ts';
import { hasScenarioSections } from '../scenario/sections.ts';
// the scenario checker's texts (its JSON syntax reasons), in the reader's language as validate.ts's
import { checkFile, problemIn, saidIn, type FileLocale, type ProblemSpec, type Said } from '../scenario/validate.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { status: 'imported'; run: RunRecord } | { status: 'conflict'; existing: { id: string; name: string } };

export interface ImportOptions {
  onConflict?: 'overwrite' | 'copy';
  /** name of the copy (onConflict 'copy'); defaults to the file's name, numbered if another run has it */
  copyName?: string;
  /** language of the reasons (JSON syntax, invalid fields); French by default, English once its file texts are loaded (validate.ts fileTexts) */
  locale?: FileLocale;
  /**
   * the model fingerprint to keep with the run (RunRecord.modelFingerprint): the current engine's when
   * the caller replayed the file to its figures; by default the file's own (absent: unknown)
   */
  modelFingerprint?: string | null;
  /** ISO 8601 time of the import (defaults to now), becomes the run's updatedAt */
  now?: string;
}

/** Throws importForbiddenKey on the first dangerous key anywhere in the parsed document. */
function rejectForbiddenKeys(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
    } else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        if (FORBIDDEN_KEYS.has(key)) throw new DbError('importForbiddenKey', { key });
        const value = (node as Record<string, unknown>)[key];
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
}

/**
 * What a refusal's parameters say, as data (the checker's words: a field, a JSON syntax reason, the first problem): its
 * `params` hold them in the language of the moment it is refused, `refusalWords` writes them in another after a switch
 * (app/importRunFile.ts).
 */
export type RefusalWords = Record<string, { said: Said } | { problem: ProblemSpec }>;

/** A refusal whose parameters `words` can be written again in another language (refusalWords). */
function refusal(code: ConstructorParameters<typeof DbError>[0], params: Record<string, string | number>, words: RefusalWords, locale: FileLocale): DbError {
  for (const [name, w] of Object.entries(words)) params[name] = wordsText(w, locale);
  return Object.assign(new DbError(code, params), { words });
}

function wordsText(w: RefusalWords[string], locale: FileLocale): string {
  return 'said' in w ? saidIn(w.said, locale) : problemIn(w.problem, locale).text.slice(0, 300);
}

/** The words of `error` (a refusal of parseRunFile) in `locale`, by parameter; none for another error. */
export function refusalWords(error: unknown, locale: FileLocale): Record<string, string> {
  const words = (error as { words?: RefusalWords } | null)?.words ?? {};
  return Object.fromEntries(Object.entries(words).map(([name, w]) => [name, wordsText(w, locale)]));
}

/**
 * The first problem, where and what (zod/mini's own messages are English-only and vague), as read by a learner who does not
 * edit the file: the field and the values by their names on the screens, not the file's path and codes (QA qa22 F5).
 */
function firstProblem(data: unknown): ProblemSpec | null {
  const checked = checkFile(runFileSchema, data, { reader: true });
  return checked.ok ? null : checked.errors[0];
}

/** The format of a learner's result file (not imported from src/results: the db layer stays apart from it; a test checks they agree). */
export const RESULT_FILE_FORMAT = 'fidelis-result';

/**
 * Whether the reader stopped on a value the end of the text cut short: from where it stopped to the end, only the
 * start of a word (`tru`), of a number (`1.`, `-`, `2e+`) or of an escape (`\u00`). A syntax error (`,,`, `{not json`) is
 * followed by more text, or is no such start, even in a short hand-made file (QA qa23 F10).
 */
function cutInValue(source: string, error: { offset: number; reason: string }): boolean {
  const rest = source.slice(error.offset).trimEnd();
  if (error.reason === 'word') return rest !== '' && ['true', 'false', 'null'].some((word) => word.startsWith(rest));
  if (error.reason === 'number') return /^(-|\.\d*|[eE][+-]?)$/.test(rest);
  if (error.reason === 'escape') return /^\\(u[0-9a-fA-F]{0,3})?$/.test(rest);
  return false;
}

/**
 * Why `text` is not JSON, with its line and column (JSON.parse's own message is the browser's, in
 * English); a file that ends inside a value (a download cut short) is said to be incomplete.
 */
function notJson(text: string, locale: FileLocale, fileName: string): DbError {
  // a picture or other binary renamed .json: the same sentence whether its bytes were read as UTF-8 (« � ») or not (QA robust #11)
  if (checkText(text) === 'binary') return new DbError('importNotText');
  // a table (the class view's CSV…): which file to pick, not a JSON reader's « mot inconnu » (QA qa19 F10)
  if (looksLikeTable(text, fileName)) return new DbError('importTable');
  if (text.trim() === '') return refusal('importNotJson', {}, { reason: { said: { error: 'empty' } } }, locale);
  // only the syntax is wanted: no position of every value (a run file holds millions)
  const read = readJson(text, { positions: false });
  const error = read.ok ? { line: 1, column: 1, offset: 0, reason: 'unexpected' as const, params: { char: text.charAt(0) } } : read.error;
  const { line, column } = error;
  // the text ends inside a value: still open at the end, or (a document was opened) a number or word cut in its last few characters
  const lines = text.trimEnd().split('\n');
  const opened = /^\s*[[{]/.test(text.slice(0, 1000));
  const atEnd = opened && cutInValue(withoutBom(text), error);
  if (error.reason === 'end' || error.reason === 'unterminated' || atEnd) return new DbError('importTruncated', { line, column });
  // an export is one line: its « ligne 1, colonne 2472 » tells the learner nothing (QA qa22 F6), a file of several lines' does
  const reason = { said: { json: error.reason, params: error.params as Record<string, string> } };
  return refusal(lines.length > 1 ? 'importNotJsonAt' : 'importNotJson', { line, column }, { reason }, locale);
}

/** Parses and validates a run file's text (`fileName`: the picked file's, when known); throws a DbError with the reason. */
export function parseRunFile(text: string, locale: FileLocale = 'fr', fileName = ''): RunFile {
  if (text.length > RUN_FILE_LIMITS.fileChars)
    throw refusal('importTooLarge', { limit: RUN_FILE_LIMITS.fileChars }, { detail: { said: { error: 'fileChars', params: { count: text.length } } } }, locale);
  let data: unknown;
  try {
    data = JSON.parse(withoutBom(text));
  } catch {
    throw notJson(text, locale, fileName);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new DbError('importWrongFormat', { expected: RUN_FILE_FORMAT });
  rejectForbiddenKeys(data);
  const head = data as { format?: unknown; version?: unknown };
  // a learner's result file (src/results/resultFileSchema.ts RESULT_FORMAT) is for the teacher's class view, not a run to resume
  if (head.format === RESULT_FILE_FORMAT) throw new DbError('importResultFile');
  // a shop's scenario (the editor's « Exporter en fichier JSON », a colleague's file) opens in the editor, not here
  if (head.format === undefined && hasScenarioSections(data)) throw new DbError('importScenarioFile');
  if (head.format !== RUN_FILE_FORMAT) throw new DbError('importWrongFormat', { expected: RUN_FILE_FORMAT });
  // « mettez l'application à jour » only helps with a newer file; a missing or garbled version is an invalid file (review8 #8)
  if (typeof head.version === 'number' && head.version > RUN_FILE_VERSION) throw new DbError('importUnsupportedVersion', { version: String(head.version), expected: RUN_FILE_VERSION });
  const parsed = runFileSchema.safeParse(data);
  if (!parsed.success) {
    const tooBig = parsed.error.issues.find((i) => i.code === 'too_big' && 'origin' in i && i.origin === 'array');
    // the list in the learner's words (« client n° 4 › achats »), not zod's keys
    const path = tooBig?.path.map((key) => (typeof key === 'number' ? key : String(key)));
    if (path) throw refusal('importTooLarge', { limit: Number((tooBig as { maximum: number | bigint }).maximum) }, { detail: { said: { field: path } } }, locale);
    const first = firstProblem(data);
    throw first ? refusal('importInvalid', {}, { reason: { problem: first } }, locale) : new DbError('importInvalidContent');
  }
  const file = parsed.data as unknown as RunFile;
  const ids = new Set<number>();
  for (const c of file.customers) {
    if (ids.has(c.id)) throw new DbError('importDuplicateCustomer', { number: customerNumber(c.id) });
    ids.add(c.id);
  }
  if (file.kpis.some((k) => k.tick >= file.run.currentTick)) throw new DbError('importKpisAhead');
  return file;
}

/** `name`, or `name (2)`, `name (3)`…: the first that none of `taken` is (within a run name's 200 characters). */
export function distinctName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, 200 - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}

/** Imports a run file's text into the database (see the file header for conflicts). */
export async function importRun(fdb: FidelisDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  return storeRunFile(fdb, parseRunFile(text, options.locale), options);
}

/** Stores a parsed run file (parseRunFile) as a run (see the file header for conflicts). */
export async function storeRunFile(fdb: FidelisDb, file: RunFile, options: ImportOptions = {}): Promise<ImportResult> {
  const existing = await fdb.db.get('runs', file.run.id);
  if (existing && !options.onConflict) return { status: 'conflict', existing: { id: existing.id, name: existing.name } };
  const copy = existing !== undefined && options.onConflict === 'copy';
  const now = options.now ?? new Date().toISOString();
  const id = copy ? newRunId() : file.run.id;
  // two runs of the list never read the same: a file imported twice is « … (2) » the second time
  const others = (await fdb.db.getAll('runs')).filter((r) => r.id !== id).map((r) => r.name);
  const name = distinctName(copy ? (options.copyName ?? file.run.name) : file.run.name, others);
  const model = options.modelFingerprint === undefined ? file.modelFingerprint : (options.modelFingerprint ?? undefined);
  const run: RunRecord = {
    ...file.run,
    id,
    name,
    updatedAt: now,
    scenario: file.scenario,
    seed: file.seed,
    decisions: file.decisions,
    stateHash: file.stateHash,
    ...(model !== undefined ? { modelFingerprint: model } : {}),
  };
  const runId = run.id;
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as WriteTransaction;
  await finish(tx, () => {
    const store = (name: 'runs' | (typeof RUN_SCOPED_STORES)[number]) => unwrap(tx.objectStore(name)) as IDBObjectStore;
    if (existing && !copy) for (const name of RUN_SCOPED_STORES) store(name).delete(wholeRun(fdb.keyRange, runId));
    store('runs').put(run);
    const customerPages = store('customerPages');
    for (const page of groupIntoPages(runId, file.customers)) customerPages.put(page);
    const kpis = store('kpis');
    for (const k of file.kpis) kpis.put({ ...k, runId });
    const purchases = store('purchases');
    for (const b of file.purchases)
      purchases.put({
        runId,
        tick: b.tick,
        length: b.customer.length,
        customer: Int32Array.from(b.customer),
        amount: Float32Array.from(b.amount),
        productType: Uint8Array.from(b.productType),
        channel: Uint8Array.from(b.channel),
      });
    const events = store('events');
    for (const b of file.events)
      events.put({ runId, tick: b.tick, length: b.customer.length, customer: Int32Array.from(b.customer), type: Uint8Array.from(b.type), detail: Int32Array.from(b.detail) });
  });
  return { status: 'imported', run };
}
