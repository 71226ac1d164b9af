/**
 * Import of a run file (runFile.ts). Hostile or broken files are rejected with the reason in
 * French (DbError importNotJson / importTooLarge / importForbiddenKey / importWrongFormat / importResultFile /
 * importUnsupportedVersion / importInvalid): size and array lengths are bounded, keys that could
 * pollute prototypes (__proto__, constructor, prototype) reject the file, strings (HTML included)
 * are kept as plain text. Nothing is overwritten without confirmation: a run with the same id
 * gives a 'conflict' result; the caller asks the learner, then calls again with
 * onConflict 'overwrite' (one transaction: old records out, new in) or 'copy' (a new id).
 */
import { unwrap } from 'idb';
import { groupIntoPages } from './customerColumns.ts';
import { DbError } from './errors.ts';
import { newRunId, wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { RUN_FILE_FORMAT, RUN_FILE_LIMITS, RUN_FILE_VERSION, runFileSchema, type RunFile } from './runFile.ts';
import { RUN_SCOPED_STORES, type RunRecord } from './schema.ts';
import { finish, type WriteTransaction } from './transactions.ts';
import { validateFile } from '../scenario/validate.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportResult = { status: 'imported'; run: RunRecord } | { status: 'conflict'; existing: { id: string; name: string } };

export interface ImportOptions {
  onConflict?: 'overwrite' | 'copy';
  /** name of the copy (onConflict 'copy'); defaults to the file's name */
  copyName?: string;
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

/** The first problem in French, where and what (zod/mini's own messages are English-only and vague). */
function firstProblem(data: unknown): string {
  const checked = validateFile(runFileSchema, data);
  return checked.ok ? '' : checked.errors[0].text.slice(0, 300);
}

/** The format of a learner's result file (not imported from src/results: the db layer stays apart from it; a test checks they agree). */
export const RESULT_FILE_FORMAT = 'fidelis-result';

/** Parses and validates a run file's text; throws a DbError with the reason. */
export function parseRunFile(text: string): RunFile {
  if (text.length > RUN_FILE_LIMITS.fileChars)
    throw new DbError('importTooLarge', { detail: `${text.length} caractères`, limit: RUN_FILE_LIMITS.fileChars });
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DbError('importNotJson', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new DbError('importWrongFormat', { expected: RUN_FILE_FORMAT });
  rejectForbiddenKeys(data);
  const head = data as { format?: unknown; version?: unknown };
  // a learner's result file (src/results/resultFileSchema.ts RESULT_FORMAT) is for the teacher's class view, not a run to resume
  if (head.format === RESULT_FILE_FORMAT) throw new DbError('importResultFile');
  if (head.format !== RUN_FILE_FORMAT) throw new DbError('importWrongFormat', { expected: RUN_FILE_FORMAT });
  if (head.version !== RUN_FILE_VERSION) throw new DbError('importUnsupportedVersion', { version: String(head.version), expected: RUN_FILE_VERSION });
  const parsed = runFileSchema.safeParse(data);
  if (!parsed.success) {
    const tooBig = parsed.error.issues.find((i) => i.code === 'too_big' && 'origin' in i && i.origin === 'array');
    if (tooBig) throw new DbError('importTooLarge', { detail: tooBig.path.join(' › '), limit: String((tooBig as { maximum: number | bigint }).maximum) });
    throw new DbError('importInvalid', { reason: firstProblem(data) });
  }
  const file = parsed.data as unknown as RunFile;
  const ids = new Set<number>();
  for (const c of file.customers) {
    if (ids.has(c.id)) throw new DbError('importInvalid', { reason: `client n° ${c.id} en double` });
    ids.add(c.id);
  }
  if (file.kpis.some((k) => k.tick >= file.run.currentTick)) throw new DbError('importInvalid', { reason: 'indicateurs au-delà de la période courante' });
  return file;
}

/** Imports a run file's text into the database (see the file header for conflicts). */
export async function importRun(fdb: FidelisDb, text: string, options: ImportOptions = {}): Promise<ImportResult> {
  const file = parseRunFile(text);
  const existing = await fdb.db.get('runs', file.run.id);
  if (existing && !options.onConflict) return { status: 'conflict', existing: { id: existing.id, name: existing.name } };
  const copy = existing !== undefined && options.onConflict === 'copy';
  const now = options.now ?? new Date().toISOString();
  const run: RunRecord = {
    ...file.run,
    id: copy ? newRunId() : file.run.id,
    name: copy ? (options.copyName ?? file.run.name) : file.run.name,
    updatedAt: now,
    scenario: file.scenario,
    seed: file.seed,
    decisions: file.decisions,
    stateHash: file.stateHash,
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
