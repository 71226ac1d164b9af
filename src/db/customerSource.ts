/**
 * The IndexedDB implementation of the interface's CustomerSource contract
 * (src/ui/customers/customerSource.ts) for one run. Like the in-memory source it is a snapshot
 * of the run at one tick: make a new one after each tick. The filtered and sorted order of a
 * scan is kept for the last (filter, sort) pair, so paging through 100,000 customers reads and
 * sorts them once; id-ordered pages use cursors and need no cache.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { UnknownCustomerError, compareCustomers, type CustomerFilter, type CustomerSort, type CustomerSource } from '../ui/customers/customerSource.ts';
import { getCustomerFile, type FullCustomerFile } from './customerFile.ts';
import { countCustomers, planFor, queryCustomers, scan } from './customerQueries.ts';
import type { FidelisDb } from './openDatabase.ts';
import { customerRecordSchema } from './recordSchemas.ts';

export interface DbCustomerSource extends CustomerSource {
  file(id: number): Promise<FullCustomerFile>;
  /** stored records skipped by the last page because they failed validation */
  readonly skipped: number;
}

export function createDbCustomerSource(fdb: FidelisDb, runId: string): DbCustomerSource {
  let cacheKey = '';
  let cached: CustomerRecord[] = [];
  let cachedSkipped = 0;
  let skipped = 0;

  async function ordered(filter: CustomerFilter, sort: CustomerSort): Promise<CustomerRecord[]> {
    const key = JSON.stringify([filter, sort]);
    if (key !== cacheKey) {
      const tx = fdb.db.transaction('customers', 'readonly');
      const result = await scan(fdb, tx.store, runId, filter);
      cached = result.matches.sort((a, b) => compareCustomers(a, b, sort));
      cachedSkipped = result.skipped;
      cacheKey = key;
    }
    return cached;
  }

  return {
    get skipped() {
      return skipped;
    },
    count: (filter) => countCustomers(fdb, runId, filter),
    async page(filter, sort, offset, limit) {
      if (limit <= 0) return [];
      // Cursor plans (id order) are cheap on every call; scans are cached.
      if (planFor(filter, sort) !== 'scan') {
        const page = await queryCustomers(fdb, runId, { filter, sort, offset, limit: Math.min(limit, 1000) });
        skipped = page.skipped;
        return page.rows;
      }
      const rows: CustomerRecord[] = [];
      skipped = cachedSkipped;
      for (const value of (await ordered(filter, sort)).slice(Math.max(0, offset), Math.max(0, offset) + limit)) {
        const parsed = customerRecordSchema.safeParse(value);
        if (parsed.success) rows.push(parsed.data);
        else skipped += 1;
      }
      return rows;
    },
    async file(id) {
      const file = await getCustomerFile(fdb, runId, id);
      if (!file) throw new UnknownCustomerError(id);
      return file;
    },
  };
}
