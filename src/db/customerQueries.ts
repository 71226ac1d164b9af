/**
 * Customer lists for the interface: paginated, sorted by any visible column, filtered, on up to
 * 100,000 customers. Filter and order semantics are those of the CustomerSource contract
 * (src/ui/customers/customerSource.ts: matchesFilter, compareCustomers), reused here so the
 * IndexedDB and in-memory sources give the same rows in the same order. Customers are stored by
 * pages (schema.ts): a query reads the run's pages (one getAll), filters and sorts in memory and
 * slices the page; createDbCustomerSource keeps what it read, so paging does not read again.
 * Rows are checked with zod; a stored record that fails is skipped and counted in `skipped`
 * (t('db.recordInvalid')).
 */
import type { CustomerRecord } from '../engine/types.ts';
import { compareCustomers, matchesFilter, normaliseSearchText, type CustomerFilter, type CustomerSort } from '../ui/customers/customerSource.ts';
import { pageOf, readRunCustomers } from './customerPages.ts';
import type { FidelisDb } from './openDatabase.ts';
import { customerRecordSchema } from './recordSchemas.ts';

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

/** Validates rows with zod; invalid ones are dropped and counted. */
export function validatedRows(values: readonly unknown[]): { rows: CustomerRecord[]; skipped: number } {
  const rows: CustomerRecord[] = [];
  let skipped = 0;
  for (const value of values) {
    const parsed = customerRecordSchema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else skipped += 1;
  }
  return { rows, skipped };
}

/** The records matching `filter`, in `sort` order (the whole list, not a page). */
export function filterAndSort(records: readonly CustomerRecord[], filter: CustomerFilter, sort: CustomerSort): CustomerRecord[] {
  const text = normaliseSearchText(filter.text ?? '');
  const matches = records.filter((c) => matchesFilter(c, filter, text));
  // Records are read in id order: nothing to sort for the default order.
  if (!(sort.column === 'id' && sort.direction === 'asc')) matches.sort((a, b) => compareCustomers(a, b, sort));
  return matches;
}

export function pageBounds(query: CustomerQuery): { offset: number; limit: number } {
  return { offset: Math.max(0, Math.floor(query.offset ?? 0)), limit: Math.min(1000, Math.max(1, Math.floor(query.limit ?? 50))) };
}

/** One page of a run's customers. */
export async function queryCustomers(fdb: FidelisDb, runId: string, query: CustomerQuery = {}): Promise<CustomerPage> {
  const { records, skipped: unreadable } = await readRunCustomers(fdb, runId);
  const matches = filterAndSort(records, query.filter ?? {}, query.sort ?? { column: 'id', direction: 'asc' });
  const { offset, limit } = pageBounds(query);
  const page = validatedRows(matches.slice(offset, offset + limit));
  return { rows: page.rows, total: matches.length, skipped: unreadable + page.skipped };
}

/** How many customers match a filter. */
export async function countCustomers(fdb: FidelisDb, runId: string, filter: CustomerFilter = {}): Promise<number> {
  const { records } = await readRunCustomers(fdb, runId);
  const text = normaliseSearchText(filter.text ?? '');
  let count = 0;
  for (const c of records) if (matchesFilter(c, filter, text)) count += 1;
  return count;
}

/** One customer's visible record (one page read), or null (missing or failing validation). */
export async function getCustomer(fdb: FidelisDb, runId: string, customerId: number): Promise<CustomerRecord | null> {
  if (!Number.isInteger(customerId) || customerId < 0) return null;
  const page = await fdb.db.get('customerPages', [runId, pageOf(customerId)]);
  const value = page?.records?.find((c) => c?.id === customerId);
  if (!value) return null;
  const parsed = customerRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
