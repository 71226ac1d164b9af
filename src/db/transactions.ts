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

/** Aborts a transaction that has not written anything yet (a precondition failed) and waits for it to end. */
export async function abandon(tx: { abort(): void; done: Promise<void> }): Promise<void> {
  try {
    tx.abort();
  } catch {
    // already finished
  }
  await tx.done.catch(() => undefined);
}
