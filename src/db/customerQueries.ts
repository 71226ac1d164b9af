/**
 * Customer lists for the interface: paginated, sorted by any visible column, filtered, on up to
 * 100,000 customers. Filter and order semantics are those of the CustomerSource contract
 * (customerQuery.ts: matchesFilter, compareCustomers), so the IndexedDB and in-memory sources give
 * the same rows in the same order. Customers are stored by pages of columns (schema.ts): a query
 * reads the run's pages (one getAll) into one table, filters and sorts on the columns
 * (customerTable.ts) and builds records for the rows of the page only; createDbCustomerSource keeps
 * what it read, so paging does not read again. Rows are checked (customerCheck.ts, no zod); a stored record that
 * fails is skipped and counted in `skipped` (tCount('db.recordInvalid', …)).
 */
import type { CustomerRecord } from '../engine/types.ts';
import type { CustomerFilter, CustomerSort } from './customerQuery.ts';
import { readCustomer, readRunTable } from './customerPages.ts';
import { filterRows, recordsOf, sortRows } from './customerTable.ts';
import type { FidelisDb } from './openDatabase.ts';
import { customerRecordOf } from './customerCheck.ts';

export interface CustomerQuery {
  filter?: CustomerFilter;
  sort?: CustomerSort;
  offset?: number;
  /** page size (default 50, at most 1000) */
  limit?: number;
}

export interface CustomerPage {
  rows: CustomerRecord[];
  /** customers matching the filter (all pages) */
  total: number;
  /** stored records that failed validation and were left out */
  skipped: number;
}

/** Validates rows; invalid ones are dropped and counted. */
export function validatedRows(values: readonly unknown[]): { rows: CustomerRecord[]; skipped: number } {
  const rows: CustomerRecord[] = [];
  let skipped = 0;
  for (const value of values) {
    const record = customerRecordOf(value);
    if (record) rows.push(record);
    else skipped += 1;
  }
  return { rows, skipped };
}

export function pageBounds(query: CustomerQuery): { offset: number; limit: number } {
  return { offset: Math.max(0, Math.floor(query.offset ?? 0)), limit: Math.min(1000, Math.max(1, Math.floor(query.limit ?? 50))) };
}

/** One page of a run's customers. */
export async function queryCustomers(fdb: FidelisDb, runId: string, query: CustomerQuery = {}): Promise<CustomerPage> {
  const table = await readRunTable(fdb, runId);
  const matches = await sortRows(table, filterRows(table, query.filter ?? {}), query.sort ?? { column: 'id', direction: 'asc' });
  const { offset, limit } = pageBounds(query);
  const page = validatedRows(recordsOf(table, matches.subarray(offset, offset + limit)));
  return { rows: page.rows, total: matches.length, skipped: table.skipped + page.skipped };
}

/** How many customers match a filter. */
export async function countCustomers(fdb: FidelisDb, runId: string, filter: CustomerFilter = {}): Promise<number> {
  return filterRows(await readRunTable(fdb, runId), filter).length;
}

/** One customer's visible record (one page read), or null (missing or failing validation). */
export async function getCustomer(fdb: FidelisDb, runId: string, customerId: number): Promise<CustomerRecord | null> {
  const value = await readCustomer(fdb, runId, customerId);
  if (!value) return null;
  return customerRecordOf(value);
}
