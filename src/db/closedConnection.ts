/**
 * Is this the browser saying it closed the database (site data cleared, a browser fault)? Then every later
 * transaction fails the same way, and the learner is told nothing more is saved in this tab (db.terminated).
 * One rule for the db layer (errors.ts toDbError) and the shell (app/errors.ts noticeOfError, on the learner's
 * first page: this module imports nothing). Only the browsers' own words for a closed connection count, not
 * any InvalidStateError: IndexedDB throws that too for a programming error (a cursor advanced twice, a store
 * asked of a finished transaction, « The database is not running a version change transaction »), which must
 * show as the error it is, not as cleared site data.
 *   - Chromium, WebKit: « Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing. »
 *     (InvalidStateError), and « Connection is closing because of: … » for a write the closing cut (UnknownError);
 *   - Firefox: « IDBDatabase.transaction: Can't start a transaction on a closed database » (InvalidStateError).
 */
export function isClosedDatabaseError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const message = 'message' in error ? String(error.message) : '';
  if (/connection is closing/i.test(message)) return true;
  return 'name' in error && error.name === 'InvalidStateError' && /closed database/i.test(message);
}
