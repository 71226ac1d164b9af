/**
 * The one way this layer writes: queue every request synchronously on the raw stores (no promise
 * and no await per record, which would cost time and could let the transaction close), then await
 * `tx.done` once. Any failure aborts the whole transaction, so nothing of it is written.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { toDbError } from './errors.ts';
import type { FidelisSchema } from './schema.ts';

export type WriteTransaction = IDBPTransaction<FidelisSchema, StoreNames<FidelisSchema>[], 'readwrite'>;

/** Runs `queue` (synchronous puts/deletes), awaits the commit; on failure aborts and throws a DbError. */
export async function finish(tx: WriteTransaction, queue: () => void): Promise<void> {
  try {
    queue();
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished
    }
    await tx.done.catch(() => undefined);
    throw toDbError(error, 'writeFailed', tx.error);
  }
  try {
    await tx.done;
  } catch (error) {
    throw toDbError(error, 'writeFailed', tx.error);
  }
}

/**
 * `finish` for a write too big for one task of the page (a tick of a large base: each 10,000-customer
 * page costs tens of ms of the calling thread to clone into IndexedDB, 20 pages for 200,000
 * customers held the page about 1 s). `queue` runs first, with the first slice, in the calling task;
 * each next slice runs when the previous slice's request has succeeded, in that success event's task
 * (the transaction is active there, so it stays ONE transaction: all or nothing), and the browser
 * paints and handles input between two slices. A slice returns the request of its last write (none:
 * the next slice runs at once). A slice that throws aborts the transaction: nothing of it is written
 * and the slice's error is thrown as a DbError, as `finish` does for `queue`.
 */
export async function finishInSlices(tx: WriteTransaction, queue: () => void, slices: readonly (() => IDBRequest | undefined)[]): Promise<void> {
  let failure: { error: unknown } | undefined;
  const from = (first: number): void => {
    for (let i = first; i < slices.length && failure === undefined; i++) {
      let request: IDBRequest | undefined;
      try {
        request = slices[i]();
      } catch (error) {
        failure = { error };
        try {
          tx.abort();
        } catch {
          // already finished
        }
        return;
      }
      if (request) {
        request.addEventListener('success', () => from(i + 1), { once: true });
        return;
      }
    }
  };
  try {
    await finish(tx, () => {
      queue();
      from(0);
    });
  } catch (error) {
    if (failure) throw toDbError(failure.error, 'writeFailed', tx.error);
    throw error;
  }
  if (failure) throw toDbError(failure.error, 'writeFailed', tx.error);
}

/** Aborts a transaction that has not written anything yet (a precondition failed) and waits for it to end. */
export async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // already finished
  }
  await tx.done.catch(() => undefined);
}
