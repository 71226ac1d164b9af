/**
 * A run's whole stored history replaced by a replay, in ONE transaction: used when a resumed run
 * no longer replays to its saved state hash (the model changed with an app update), so that the
 * customer files, the CSV and run-file exports and the what-if branches read the figures the
 * current model computes, not the old model's. Every row of the run in kpis, purchases, events,
 * customerPages and snapshots is deleted (also those of ticks the replay has no row for: a tick
 * whose events are now empty, a tick past currentTick), then the replay's rows are written the way
 * commitTick writes a tick (tickRows.ts) and the base as createRun writes it (groupIntoPages); the
 * run keeps its currentTick and decisions and gets the replay's state hash. All or nothing: a full
 * disk leaves the run exactly as it was (and its old hash, so the next resume sees it again).
 */
import { unwrap } from 'idb';
import type { CustomerRecord, TickReport } from '../engine/types.ts';
import { groupIntoPages } from './customerColumns.ts';
import { DbError, toDbError } from './errors.ts';
import { wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { forgetPages, newPagesStamp, rememberPages } from './pageCache.ts';
import { RUN_SCOPED_STORES, type RunRecord, type RunScopedStore, type StoredCustomerPage } from './schema.ts';
import type { RunLock } from './tabGuard.ts';
import { putTickRows } from './tickRows.ts';
import { abandon, finishInSlices, type WriteTransaction } from './transactions.ts';

export interface HistoryRewrite {
  runId: string;
  /** the replay's reports of ticks 0 .. currentTick - 1, in order (one per completed tick of the run) */
  reports: readonly TickReport[];
  /** customerRecord(state, i) of every customer after the replay (the state at currentTick) */
  customers: readonly CustomerRecord[];
  /** hashState() of that state */
  stateHash: string | null;
  /** ISO 8601 time of the write (defaults to now) */
  now?: string;
  /** the tab's lock on the run: a read-only tab cannot write */
  lock?: RunLock;
  /** modelFingerprint() of the engine that replayed (absent: unknown, the run's is dropped) */
  modelFingerprint?: string;
}

/**
 * Replaces the run's stored history by the replay's and returns the updated run. Throws DbError:
 * readOnly, runNotFound, tickOutOfOrder (the reports are not the run's ticks 0 .. currentTick - 1:
 * the run moved on in another tab), quotaExceeded, writeFailed.
 */
export async function rewriteRunHistory(fdb: FidelisDb, rewrite: HistoryRewrite): Promise<RunRecord> {
  if (rewrite.lock && !rewrite.lock.canWrite) throw new DbError('readOnly');
  const { runId, reports } = rewrite;
  let pages: StoredCustomerPage[];
  try {
    pages = groupIntoPages(runId, rewrite.customers);
  } catch (error) {
    throw toDbError(error);
  }
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as WriteTransaction;
  const run = await tx.objectStore('runs').get(runId);
  if (!run) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId });
  }
  const misplaced = reports.findIndex((report, i) => report.tick !== i);
  if (misplaced !== -1 || reports.length !== run.currentTick) {
    await abandon(tx);
    throw new DbError('tickOutOfOrder', misplaced !== -1 ? { tick: reports[misplaced].tick, expected: misplaced } : { tick: reports.length, expected: run.currentTick });
  }
  // the model of what is written now: the caller's, or unknown
  const unstamped: RunRecord = { ...run };
  delete unstamped.modelFingerprint;
  const updated: RunRecord = {
    ...unstamped,
    pagesStamp: newPagesStamp(),
    stateHash: rewrite.stateHash,
    updatedAt: rewrite.now ?? new Date().toISOString(),
    ...(rewrite.modelFingerprint !== undefined ? { modelFingerprint: rewrite.modelFingerprint } : {}),
  };
  // the cached pages are the old model's: whatever happens below, none of them may be merged into again
  forgetPages(fdb, runId);
  const range = wholeRun(fdb.keyRange, runId);
  const store = (name: 'runs' | RunScopedStore) => unwrap(tx.objectStore(name)) as IDBObjectStore;
  // the pages one a task (transactions.ts finishInSlices), after the deletes and rows (requests run in order)
  await finishInSlices(
    tx,
    () => {
      for (const name of RUN_SCOPED_STORES) store(name).delete(range);
      for (const report of reports) putTickRows(store, runId, report);
      store('runs').put(updated);
    },
    pages.map((page) => () => store('customerPages').put(page)),
  );
  // the next tick merges into these pages without reading them back
  rememberPages(fdb, runId, updated.pagesStamp!, pages);
  return updated;
}
