/**
 * The IndexedDB implementation of the interface's CustomerSource contract
 * (src/ui/customers/customerSource.ts) for one run. Like the in-memory source it is a snapshot of
 * the run at one tick: make a new one after each tick. The run's customers are read once (all
 * pages, one getAll) and the filtered, sorted list is kept for the last (filter, sort) pair, so
 * paging through 100,000 customers reads and sorts them once.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { UnknownCustomerError, matchesFilter, normaliseSearchText, type CustomerFilter, type CustomerSort, type CustomerSource } from '../ui/customers/customerSource.ts';
import { getCustomerFile, type FullCustomerFile } from './customerFile.ts';
import { readRunCustomers } from './customerPages.ts';
import { filterAndSort, validatedRows } from './customerQueries.ts';
import type { FidelisDb } from './openDatabase.ts';

export interface DbCustomerSource extends CustomerSource {
  file(id: number): Promise<FullCustomerFile>;
  /** stored records left out because they failed validation (read + last page) */
  readonly skipped: number;
}

export function createDbCustomerSource(fdb: FidelisDb, runId: string): DbCustomerSource {
  let loading: Promise<{ records: CustomerRecord[]; skipped: number }> | null = null;
  let cacheKey = '';
  let cached: CustomerRecord[] = [];
  let skipped = 0;

  const all = () => (loading ??= readRunCustomers(fdb, runId));

  return {
    get skipped() {
      return skipped;
    },
    async count(filter: CustomerFilter) {
      const { records } = await all();
      const text = normaliseSearchText(filter.text ?? '');
      let count = 0;
      for (const c of records) if (matchesFilter(c, filter, text)) count += 1;
      return count;
    },
    async page(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number) {
      if (limit <= 0) return [];
      const read = await all();
      const key = JSON.stringify([filter, sort]);
      if (key !== cacheKey) {
        cached = filterAndSort(read.records, filter, sort);
        cacheKey = key;
      }
      const start = Math.max(0, offset);
      const page = validatedRows(cached.slice(start, start + limit));
      skipped = read.skipped + page.skipped;
      return page.rows;
    },
    async file(id: number) {
      const file = await getCustomerFile(fdb, runId, id);
      if (!file) throw new UnknownCustomerError(id);
      return file;
    },
  };
}
