/**
 * The database layer's faults: one typed error, `DbError`, whose `code` the interface maps to
 * `t('db.<code>')` (messages in src/i18n/fr/db.ts), and `toDbError` which classifies whatever
 * IndexedDB threw (QuotaExceededError, also when it arrives wrapped in an AbortError).
 */
import { isClosedDatabaseError } from './closedConnection.ts';

export const DB_ERROR_CODES = [
  'unavailable',
  'inMemory',
  'versionChange',
  'blocked',
  'terminated',
  'runLocked',
  'readOnly',
  'runOpenElsewhere',
  'quotaExceeded',
  'recordInvalid',
  'runNotFound',
  'runChanged',
  'tickOutOfOrder',
  'writeFailed',
  'readFailed',
  'importNotJson',
  'importNotJsonAt',
  'importNotText',
  'importTable',
  'importTruncated',
  'importTooLarge',
  'importForbiddenKey',
  'importWrongFormat',
  'importResultFile',
  'importScenarioFile',
  'importUnsupportedVersion',
  'importInvalid',
  'importInvalidContent',
  'importDuplicateCustomer',
  'importKpisAhead',
  'importTampered',
  'importMismatch',
  'importConflict',
  'verifyMismatch',
] as const;
export type DbErrorCode = (typeof DB_ERROR_CODES)[number];

export type DbErrorParams = Record<string, string | number>;

export class DbError extends Error {
  readonly code: DbErrorCode;
  readonly params: DbErrorParams;

  constructor(code: DbErrorCode, params: DbErrorParams = {}, options?: { cause?: unknown }) {
    super(`db.${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`, options);
    this.name = 'DbError';
    this.code = code;
    this.params = params;
  }

  /** The i18n key of the message: `t(error.messageKey, error.params)`. */
  get messageKey(): `db.${DbErrorCode}` {
    return `db.${this.code}`;
  }
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof error.name === 'string') return error.name;
  return undefined;
}

/** True when the error, or the transaction error it wraps, says the disk is full. */
export function isQuotaError(error: unknown, transactionError?: unknown): boolean {
  if (errorName(error) === 'QuotaExceededError' || errorName(transactionError) === 'QuotaExceededError') return true;
  const cause = error && typeof error === 'object' && 'cause' in error ? (error as { cause: unknown }).cause : undefined;
  if (errorName(cause) === 'QuotaExceededError') return true;
  // Some engines report quota as an AbortError whose message alone names the quota.
  return errorName(error) === 'AbortError' && /quota/i.test(String((error as Error).message));
}

/** True when the error, or the transaction error it wraps, says the browser closed the database (closedConnection.ts). */
export function isClosedConnection(error: unknown, transactionError?: unknown): boolean {
  return isClosedDatabaseError(error) || isClosedDatabaseError(transactionError);
}

/** Wraps anything a write threw into a DbError (already-typed errors pass through). */
export function toDbError(error: unknown, fallback: DbErrorCode = 'writeFailed', transactionError?: unknown): DbError {
  if (error instanceof DbError) return error;
  if (isQuotaError(error, transactionError)) return new DbError('quotaExceeded', {}, { cause: error });
  if (isClosedConnection(error, transactionError)) return new DbError('terminated', {}, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new DbError(fallback, { detail }, { cause: error });
}
