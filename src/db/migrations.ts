/**
 * The upgrade ladder: one `if (oldVersion < N)` rung per schema version, run inside idb's
 * `upgrade` callback. Rungs only ever add: a database of any earlier version is upgraded in
 * place with its data kept (tested from every version in test/unit/db/migrations.test.ts).
 *
 *   v1  runs (by-updatedAt), customers (by-segment, by-stage, by-motive, by-town, by-lastPurchase),
 *       purchases, events, kpis, snapshots
 *   v2  runs.by-parent (list the what-if branches of a run), customers.by-rfSegment (R x F map filter)
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { FidelisSchema } from './schema.ts';

export type UpgradeTransaction = IDBPTransaction<FidelisSchema, StoreNames<FidelisSchema>[], 'versionchange'>;

/** Applies every rung above `oldVersion` up to `targetVersion` (tests stop early to build old databases). */
export function upgradeDatabase(
  db: IDBPDatabase<FidelisSchema>,
  oldVersion: number,
  targetVersion: number,
  tx: UpgradeTransaction,
): void {
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
}
