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
 *   v4  customer pages of 10,000 stored as typed-array columns and a names table instead of pages
 *       of 1,000 record objects (customerColumns.ts; why: schema.ts); same store, regrouped in place
 * Rungs touching the legacy `customers` store use the raw IndexedDB API: it is no longer in the
 * typed schema.
 */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { CustomerRecord } from '../engine/types.ts';
import { groupIntoPages } from './customerColumns.ts';
import type { FidelisSchema, LegacyCustomerPage } from './schema.ts';

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
    // From v1/v2 straight to v4, the pages are written as columns at once (the v4 rung below only
    // converts pages that a v3 database already had: its cursor would not see puts still to come).
    moveCustomersIntoPages(db, tx.objectStore('customers'), pages, targetVersion >= 4 ? 'columns' : 'records');
  }
  if (oldVersion === 3 && targetVersion >= 4) convertPagesToColumns(tx.objectStore('customerPages'));
  if (oldVersion < 5 && targetVersion >= 5) {
    // no index: the view reads its (at most a few dozen) files at once and orders them in memory
    db.createObjectStore('classFiles', { keyPath: 'id' });
    db.createObjectStore('classTeams', { keyPath: 'id' });
  }
}

type PageFormat = 'records' | 'columns';

/** Customers a v3 page (the v4 size is CUSTOMER_PAGE_SIZE). */
const V3_PAGE_SIZE = 1000;

/** A run's records as stored pages: v3 record pages or v4 column pages. */
function pagesOf(runId: string, records: CustomerRecord[], format: PageFormat): object[] {
  // ids a stored record could not have become a page key: left out (they were unreadable already)
  const usable = records.filter((r) => Number.isInteger(r.id) && r.id >= 0);
  if (format === 'columns') return groupIntoPages(runId, usable);
  const byPage = new Map<number, CustomerRecord[]>();
  for (const record of usable) {
    const page = Math.floor(record.id / V3_PAGE_SIZE);
    byPage.set(page, [...(byPage.get(page) ?? []), record]);
  }
  return [...byPage].map(([page, list]): LegacyCustomerPage => ({ runId, page, records: list.sort((a, b) => a.id - b.id) }));
}

/** v3 -> v4: every run's record pages read, the store emptied, the runs written back as column pages (same transaction). */
function convertPagesToColumns(pages: IDBObjectStore): void {
  const byRun = new Map<string, CustomerRecord[]>();
  const request = pages.openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (cursor) {
      const value = cursor.value as Partial<LegacyCustomerPage>;
      if (Array.isArray(value.records) && typeof value.runId === 'string') {
        const list = byRun.get(value.runId) ?? [];
        for (const r of value.records) list.push(r && typeof r === 'object' ? r : ({} as CustomerRecord));
        byRun.set(value.runId, list);
      }
      cursor.continue();
      return;
    }
    pages.clear();
    for (const [runId, records] of byRun) for (const page of pagesOf(runId, records, 'columns')) pages.put(page);
  };
}

/** Reads every legacy customer record, writes them as pages, then drops the legacy store (same transaction). */
function moveCustomersIntoPages(db: IDBDatabase, legacy: IDBObjectStore, pages: IDBObjectStore, format: PageFormat): void {
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
    for (const [runId, records] of byRun) for (const page of pagesOf(runId, records, format)) pages.put(page);
    db.deleteObjectStore('customers');
  };
}
