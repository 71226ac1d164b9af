/**
 * One rule for « the browser closed the database » (review15 #4): the db layer called any InvalidStateError so,
 * and the learner read that the site data may have been cleared for what was a programming error.
 */
import { describe, expect, it } from 'vitest';
import { isClosedDatabaseError } from '../../../src/db/closedConnection.ts';
import { INDEXEDDB_MISUSES } from '../../fixtures/indexedDbErrors.ts';

describe('isClosedDatabaseError', () => {
  it('recognises the browsers’ words for a closed database: a transaction asked of it, or a write it cut', () => {
    expect(isClosedDatabaseError(new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError'))).toBe(true);
    expect(isClosedDatabaseError(new DOMException('Connection is closing because of: Force close delete origin', 'UnknownError'))).toBe(true);
    expect(isClosedDatabaseError(new DOMException("IDBDatabase.transaction: Can't start a transaction on a closed database", 'InvalidStateError'))).toBe(true);
  });

  it('does not take an IndexedDB misuse, or any other error, for one', () => {
    for (const message of INDEXEDDB_MISUSES) expect(isClosedDatabaseError(new DOMException(message, 'InvalidStateError'))).toBe(false);
    // fake-indexeddb's (and old browsers') wording for any InvalidStateError says nothing of the database
    expect(isClosedDatabaseError(new DOMException('An attempt was made to use an object that is not, or is no longer, usable', 'InvalidStateError'))).toBe(false);
    expect(isClosedDatabaseError(new Error('closed database'))).toBe(false);
    expect(isClosedDatabaseError(null)).toBe(false);
    expect(isClosedDatabaseError('Connection is closing')).toBe(false);
  });
});
