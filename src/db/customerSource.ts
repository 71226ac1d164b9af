/**
 * The IndexedDB implementation of the CustomerSource contract (customerQuery.ts) for one run.
 * Like the in-memory source it is a snapshot of the run at one tick: make a new one after each
 * tick. The run's pages are read once (one getAll) into a table of columns; the filtered rows are
 * kept for the last filter and the sorted rows for the last (filter, sort) pair, so paging through
 * 100,000 customers reads, filters and sorts them once, and builds records for the page only.
 */
import { UnknownCustomerError, type CustomerFilter, type CustomerSort, type CustomerSource } from './customerQuery.ts';
import { getCustomerFile, type FullCustomerFile } from './customerFile.ts';
import { readRunTable } from './customerPages.ts';
import { validatedRows } from './customerQueries.ts';
import { filterRows, recordsOf, sortRows, type CustomerTable } from './customerTable.ts';
import type { FidelisDb } from './openDatabase.ts';

export interface DbCustomerSource extends CustomerSource {
  file(id: number): Promise<FullCustomerFile>;
  /** stored records left out because they failed validation (read + last page) */
  readonly skipped: number;
}

export function createDbCustomerSource(fdb: FidelisDb, runId: string): DbCustomerSource {
  let loading: Promise<CustomerTable> | null = null;
  let filterKey = '';
  let filtered: Int32Array = new Int32Array(0);
  let orderKey = '';
  let ordered: Int32Array = new Int32Array(0);
  let skipped = 0;

  const table = () => (loading ??= readRunTable(fdb, runId));
  const matching = (t: CustomerTable, filter: CustomerFilter) => {
    const key = JSON.stringify(filter);
    if (key !== filterKey) {
      filtered = filterRows(t, filter);
      filterKey = key;
      orderKey = '';
    }
    return filtered;
  };

  return {
    get skipped() {
      return skipped;
    },
    async count(filter: CustomerFilter) {
      return matching(await table(), filter).length;
    },
    async page(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number) {
      if (limit <= 0) return [];
      const t = await table();
      const rows = matching(t, filter);
      const key = JSON.stringify([filter, sort]);
      let sorted = key === orderKey ? ordered : null;
      if (!sorted) {
        // (its own copy: another page asked meanwhile may sort again, the sort's code being fetched on a first sort)
        sorted = await sortRows(t, rows, sort);
        ordered = sorted;
        orderKey = key;
      }
      const start = Math.max(0, offset);
      const page = validatedRows(recordsOf(t, sorted.subarray(start, start + limit)));
      skipped = t.skipped + page.skipped;
      return page.rows;
    },
    async file(id: number) {
      const file = await getCustomerFile(fdb, runId, id);
      if (!file) throw new UnknownCustomerError(id);
      return file;
    },
  };
}
