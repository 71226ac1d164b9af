/**
 * The autosave of one tick: KPIs, purchases, events, the changed customers (merged into their
 * pages), the optional engine
 * snapshot and the run's progress (currentTick, decisions, stateHash) are written in ONE
 * transaction. Either all of the tick is stored or none of it: a crash or a full disk mid-tick
 * leaves the run at its last complete tick, consistent, ready to resume.
 * The pages are encoded, merged and put one a task (`finishInSlices`): a tick of a 200,000-customer
 * base is 20 pages of ~600 kB, and cloning them into IndexedDB in one task held the page ~1 s.
 */
import { unwrap } from 'idb';
import type { TickDecisions } from '../engine/decisions.ts';
import type { CustomerRecord, TickReport } from '../engine/types.ts';
import { encodePage, mergeIntoPage, splitIntoPages, type PageRecords } from './customerColumns.ts';
import { DbError, toDbError } from './errors.ts';
import type { FidelisDb } from './openDatabase.ts';
import { CUSTOMER_PAGE_SIZE, RUN_SCOPED_STORES, type RunRecord, type StoredCustomerPage, type StoredSnapshot } from './schema.ts';
import { abandon, finishInSlices, type WriteTransaction } from './transactions.ts';
import type { RunLock } from './tabGuard.ts';
import { cachedPages, forgetPages, newPagesStamp, rememberPages } from './pageCache.ts';
import { putTickRows } from './tickRows.ts';
import { planAt } from './pendingDecisions.ts';

export interface TickCommit {
  runId: string;
  /** what stepSimulation returned; report.tick must be the run's currentTick (ticks are saved in order) */
  report: TickReport;
  /** customerRecord(state, i) of the customers that changed this tick only */
  records: readonly CustomerRecord[];
  /** hashState(state) after the tick */
  stateHash: string | null;
  /** the learner's actions applied at this tick (appended to the run's decisions log) */
  decisions?: TickDecisions;
  /** the engine state after the tick, when the caller decides to keep one (e.g. every 13 ticks) */
  snapshot?: unknown;
  /** ISO 8601 time of the save (defaults to now) */
  now?: string;
  /** the tab's lock on the run: a read-only tab cannot write */
  lock?: RunLock;
  /** modelFingerprint() of the engine that computed the tick: the run's from now on (absent: unknown, the run's is dropped) */
  modelFingerprint?: string;
}

/**
 * Saves one tick atomically and returns the updated run. Throws DbError: readOnly, runNotFound,
 * tickOutOfOrder (the run moved on in another tab, or a tick was skipped), quotaExceeded, writeFailed.
 */
export async function commitTick(fdb: FidelisDb, commit: TickCommit): Promise<RunRecord> {
  if (commit.lock && !commit.lock.canWrite) throw new DbError('readOnly');
  const { runId, report } = commit;
  // ids checked and grouped by page now (nothing written yet); each page is encoded when it is written
  let updates: PageRecords[];
  try {
    updates = splitIntoPages(commit.records);
  } catch (error) {
    throw toDbError(error);
  }
  let tx: WriteTransaction;
  try {
    tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as WriteTransaction;
  } catch (error) {
    throw toDbError(error); // the browser closed the database (site data cleared): terminated
  }
  // Reads first (only IndexedDB requests are awaited, so the transaction stays open), then every write.
  const pages = tx.objectStore('customerPages');
  // A page whose every id changed is replaced whole, and a page this tab wrote last is in memory
  // (pageCache.ts): neither is read.
  const isFull = (u: PageRecords) => u.records.length === CUSTOMER_PAGE_SIZE;
  const cache = cachedPages(fdb, runId);
  const read = (u: PageRecords) => (isFull(u) ? undefined : pages.get([runId, u.page]));
  const [run, ...fromDb] = await Promise.all([
    tx.objectStore('runs').get(runId),
    ...updates.map((u) => (cache?.pages.has(u.page) ? undefined : read(u))),
  ]);
  if (!run) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId });
  }
  const trusted = cache !== undefined && run.pagesStamp === cache.stamp;
  let stored = updates.map((u, i) => fromDb[i] ?? (trusted && !isFull(u) ? cache.pages.get(u.page) : undefined));
  if (cache && !trusted) {
    // the run was written elsewhere since: read what the cache stood for
    forgetPages(fdb, runId);
    stored = await Promise.all(updates.map((u, i) => (cache.pages.has(u.page) ? read(u) : fromDb[i])));
  }
  if (report.tick !== run.currentTick) {
    await abandon(tx);
    throw new DbError('tickOutOfOrder', { tick: report.tick, expected: run.currentTick });
  }
  const decisions = run.decisions.filter((d) => d.tick < report.tick);
  if (commit.decisions && commit.decisions.actions.length > 0) decisions.push({ tick: report.tick, actions: commit.decisions.actions });
  const merged: StoredCustomerPage[] = [];
  // the model of what is written now: the caller's, or unknown
  const unstamped: RunRecord = { ...run };
  delete unstamped.modelFingerprint;
  // the decisions queued for this tick are in the log now; a branch's plan of the next tick is its queue (pendingDecisions.ts)
  delete unstamped.pending;
  delete unstamped.planned;
  const plan = planAt(run.planned, report.tick + 1);
  const updated: RunRecord = {
    ...unstamped,
    pagesStamp: updates.length > 0 || !run.pagesStamp ? newPagesStamp() : run.pagesStamp,
    currentTick: report.tick + 1,
    decisions,
    ...plan,
    stateHash: commit.stateHash,
    updatedAt: commit.now ?? new Date().toISOString(),
    ...(commit.modelFingerprint !== undefined ? { modelFingerprint: commit.modelFingerprint } : {}),
  };
  const store = (name: 'runs' | (typeof RUN_SCOPED_STORES)[number]) => unwrap(tx.objectStore(name)) as IDBObjectStore;
  // one page a slice: encoded, merged into the stored one and put, then the next in the put's success task
  const pageSlices = updates.map((update, i) => () => {
    const page = mergeIntoPage(stored[i], encodePage(runId, update.page, update.records));
    merged.push(page);
    return store('customerPages').put(page);
  });
  try {
    await finishInSlices(
      tx,
      () => {
        putTickRows(store, runId, report);
        if (commit.snapshot !== undefined)
          store('snapshots').put({
            runId,
            tick: updated.currentTick,
            stateHash: commit.stateHash,
            state: commit.snapshot,
          } satisfies StoredSnapshot);
        store('runs').put(updated);
      },
      pageSlices,
    );
  } catch (error) {
    forgetPages(fdb, runId);
    throw error;
  }
  rememberPages(fdb, runId, updated.pagesStamp!, merged, trusted ? cache : undefined);
  return updated;
}
