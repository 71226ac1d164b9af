/**
 * The upgrade ladder: one `if (oldVersion < N)` rung per schema version, run inside the
 * versionchange transaction. A database of any earlier version is upgraded in place with its data
 * kept (tested from every version in test/unit/db/migrations.test.ts).
 *
 *   v1  runs (by-updatedAt), customers [runId, id] (by-segment, by-stage, by-motive, by-town,
 *       by-lastPurchase), purchases, events, kpis, snapshots
 *   v2  runs.by-parent (list the what-if branches of a run), customers.by-rfSegment (R x F filter)
 *   v3  customers moved into customerPages [runId, page] (1,000 customers a record; why: schema.ts),
 *       the per-customer store and its indexes dropped
 * Rungs touching the legacy `customers` store use the raw IndexedDB API: it is no longer in the
 * typed schema.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CustomerRecord } from '../engine/types.ts';
import { groupIntoPages } from './customerPages.ts';
import type { FidelisSchema } from './schema.ts';

export type UpgradeTransaction = IDBPTransaction<FidelisSchema, StoreNames<FidelisSchema>[], 'versionchange'>;

/** Applies every rung above `oldVersion` up to `targetVersion` (tests stop early to build old databases). */
export function upgradeDatabase(
  database: IDBPDatabase<FidelisSchema>,
  oldVersion: number,
  targetVersion: number,
  transaction: UpgradeTransaction,
): void {
  const db = unwrap(database) as IDBDatabase;
  const tx = unwrap(transaction) as IDBTransaction;
  if (oldVersion < 1 && targetVersion >= 1) {
    const runs = db.createObjectStore('runs', { keyPath: 'id' });
    runs.createIndex('by-updatedAt', 'updatedAt');
    const customers = db.createObjectStore('customers', { keyPath: ['runId', 'id'] });
    customers.createIndex('by-segment', ['runId', 'segment']);
    customers.createIndex('by-stage', ['runId', 'stage']);
    customers.createIndex('by-motive', ['runId', 'motive']);
    customers.createIndex('by-town', ['runId', 'town']);
    customers.createIndex('by-lastPurchase', ['runId', 'lastPurchaseTick']);
    db.createObjectStore('purchases', { keyPath: ['runId', 'tick'] });
    db.createObjectStore('events', { keyPath: ['runId', 'tick'] });
    db.createObjectStore('kpis', { keyPath: ['runId', 'tick'] });
    db.createObjectStore('snapshots', { keyPath: ['runId', 'tick'] });
  }
  if (oldVersion < 2 && targetVersion >= 2) {
    // Creating an index on a filled store indexes the existing records: no data copy needed.
    tx.objectStore('runs').createIndex('by-parent', 'parentRunId');
    tx.objectStore('customers').createIndex('by-rfSegment', ['runId', 'rfSegment']);
  }
  if (oldVersion < 3 && targetVersion >= 3) {
    const pages = db.createObjectStore('customerPages', { keyPath: ['runId', 'page'] });
    moveCustomersIntoPages(db, tx.objectStore('customers'), pages);
  }
}

/** Reads every legacy customer record, writes them as pages, then drops the legacy store (same transaction). */
function moveCustomersIntoPages(db: IDBDatabase, legacy: IDBObjectStore, pages: IDBObjectStore): void {
  const byRun = new Map<string, CustomerRecord[]>();
  const request = legacy.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (cursor) {
      const { runId, ...record } = cursor.value as CustomerRecord & { runId: string };
      const list = byRun.get(runId) ?? [];
      list.push(record);
      byRun.set(runId, list);
      cursor.continue();
      return;
    }
    for (const [runId, records] of byRun) for (const page of groupIntoPages(runId, records)) pages.put(page);
    db.deleteObjectStore('customers');
  };
}
