/**
 * Turns a thrown error into a notice: the db layer's DbError codes map to `db.<code>`
 * (their French messages), anything else to a generic message carrying its text. A full disk
 * (quotaExceeded) says which operation failed: its default text is the period saving's (« la
 * dernière période n'a pas été enregistrée »), an import, a new game, a decision or its removal, a what-if branch tagged by `during` has its own.
 */
import type { Params } from '../i18n/translate.ts';
import { isClosedDatabaseError } from '../db/closedConnection.ts';

/** What was being written when the disk filled up (other than a period: db.quotaExceeded). */
export type WriteOperation = 'import' | 'newGame' | 'decision' | 'removal' | 'branch';

const QUOTA_KEYS: Record<WriteOperation, string> = { import: 'db.quotaImport', newGame: 'db.quotaNewGame', decision: 'db.quotaDecision', removal: 'db.quotaRemoval', branch: 'db.quotaBranch' };

export interface ErrorNotice {
  key: string;
  params?: Params;
  text?: string;
}

function codeOf(error: unknown): string | null {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return null;
}

function paramsOf(error: unknown): Params | undefined {
  if (error && typeof error === 'object' && 'params' in error && error.params && typeof error.params === 'object')
    return error.params as Params;
  return undefined;
}

/**
 * `error`, a full disk tagged with the operation that failed (others unchanged). Read by its code like
 * a DbError (the db layer's module is not loaded for this: the learner's first page holds this file).
 */
export function during(operation: WriteOperation, error: unknown): unknown {
  if (codeOf(error) !== 'quotaExceeded') return error;
  return Object.assign(new Error(error instanceof Error ? error.message : String(error), { cause: error }), {
    name: 'DbError',
    code: 'quotaExceeded',
    params: { ...paramsOf(error), operation },
  });
}

export function noticeOfError(error: unknown): ErrorNotice {
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  const operation = paramsOf(error)?.operation;
  if (code === 'quotaExceeded' && typeof operation === 'string' && operation in QUOTA_KEYS) return { key: QUOTA_KEYS[operation as WriteOperation] };
  if (code) return { key: `db.${code}`, params: paramsOf(error) };
  // a transaction asked of a database the browser has closed (site data cleared): the same message as the
  // closing itself, not « unexpected » (by the db layer's rule, which reaches here uncoded from the other call sites)
  if (isClosedDatabaseError(error)) return { key: 'db.terminated' };
  // the browser's own text (often English) is not the message: the notice shows it folded, as technical details
  return { key: 'app.unexpectedError', params: { detail } };
}
