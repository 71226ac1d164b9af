/**
 * Customer lists for the interface: paginated, sorted by any visible column, filtered, fast on
 * 100,000 customers. Filter and order semantics are those of the CustomerSource contract
 * (src/ui/customers/customerSource.ts: matchesFilter, compareCustomers), reused here so the
 * IndexedDB and in-memory sources give the same rows in the same order. A small planner:
 *   - 'primary': no filter, sorted by id   -> key cursor, advance(offset), read one page
 *   - 'index'  : exactly one indexed criterion (segment, rfSegment, stage, motive, town), sorted
 *                by id -> index cursor on [runId, value], advance(offset), read one page
 *   - 'scan'   : anything else -> candidates from an indexed criterion if one is given (otherwise
 *                the whole run, one getAll), filtered and sorted in memory, then sliced
 * Rows are checked with zod; a stored record that fails is skipped and counted in `skipped`
 * (t('db.recordInvalid')).
 */
import type { IDBPCursorWithValue, IDBPIndex, IDBPObjectStore } from 'idb';
import type { CustomerRecord } from '../engine/types.ts';
import { compareCustomers, matchesFilter, normaliseSearchText, type CustomerFilter, type CustomerSort } from '../ui/customers/customerSource.ts';
import { runValue, wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { customerRecordSchema, looksLikeCustomer } from './recordSchemas.ts';
import { CUSTOMER_INDEX_BY_COLUMN, type FidelisSchema, type StoredCustomer } from './schema.ts';

export interface CustomerQuery {
  filter?: CustomerFilter;
  sort?: CustomerSort;
  offset?: number;
  /** page size (default 50, at most 1000) */
  limit?: number;
}

export type QueryPlan = 'primary' | 'index' | 'scan';

export interface CustomerPage {
  rows: CustomerRecord[];
  /** customers matching the filter (all pages) */
  total: number;
  /** stored records that failed validation and were left out */
  skipped: number;
  plan: QueryPlan;
}

/** Filter criteria backed by an index [runId, column], most selective first. */
const INDEXED_CRITERIA = ['town', 'segment', 'rfSegment', 'motive', 'stage'] as const;
type IndexedCriterion = (typeof INDEXED_CRITERIA)[number];

function givenCriteria(filter: CustomerFilter): string[] {
  return Object.entries(filter)
    .filter(([key, v]) => v !== undefined && !(key === 'text' && normaliseSearchText(String(v)) === ''))
    .map(([key]) => key);
}

export function isEmptyFilter(filter: CustomerFilter): boolean {
  return givenCriteria(filter).length === 0;
}

type Store = IDBPObjectStore<FidelisSchema, ['customers'], 'customers', 'readonly'>;
type Source = Store | IDBPIndex<FidelisSchema, ['customers'], 'customers', keyof FidelisSchema['customers']['indexes'], 'readonly'>;

function strip(stored: StoredCustomer): CustomerRecord {
  const { runId: _runId, ...record } = stored;
  return record;
}

/** Validates rows with zod; invalid ones are dropped and counted. */
function validated(values: unknown[]): { rows: CustomerRecord[]; skipped: number } {
  const rows: CustomerRecord[] = [];
  let skipped = 0;
  for (const value of values) {
    if (customerRecordSchema.safeParse(value).success) rows.push(strip(value as StoredCustomer));
    else skipped += 1;
  }
  return { rows, skipped };
}

async function readPage(source: Source, range: IDBKeyRange, direction: IDBCursorDirection, offset: number, limit: number): Promise<unknown[]> {
  const values: unknown[] = [];
  let cursor = (await source.openCursor(range, direction)) as IDBPCursorWithValue<FidelisSchema, ['customers'], 'customers', unknown, 'readonly'> | null;
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && values.length < limit) {
    values.push(cursor.value);
    cursor = await cursor.continue();
  }
  return values;
}

/** The indexed criterion the filter consists of, when it has exactly one criterion and it is indexed. */
function singleIndexedCriterion(filter: CustomerFilter): IndexedCriterion | null {
  const given = givenCriteria(filter);
  return given.length === 1 && (INDEXED_CRITERIA as readonly string[]).includes(given[0]) ? (given[0] as IndexedCriterion) : null;
}

/** Which plan queryCustomers uses for this filter and order. */
export function planFor(filter: CustomerFilter, sort: CustomerSort): QueryPlan {
  if (sort.column !== 'id') return 'scan';
  if (isEmptyFilter(filter)) return 'primary';
  return singleIndexedCriterion(filter) ? 'index' : 'scan';
}

/** One page of a run's customers. */
export async function queryCustomers(fdb: FidelisDb, runId: string, query: CustomerQuery = {}): Promise<CustomerPage> {
  const filter = query.filter ?? {};
  const sort: CustomerSort = query.sort ?? { column: 'id', direction: 'asc' };
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(1000, Math.max(1, Math.floor(query.limit ?? 50)));
  const direction: IDBCursorDirection = sort.direction === 'desc' ? 'prev' : 'next';
  const tx = fdb.db.transaction('customers', 'readonly');
  const store = tx.store as Store;
  const all = wholeRun(fdb.keyRange, runId);

  if (isEmptyFilter(filter) && sort.column === 'id') {
    const [total, values] = await Promise.all([store.count(all), readPage(store, all, direction, offset, limit)]);
    return { ...validated(values), total, plan: 'primary' };
  }
  const single = singleIndexedCriterion(filter);
  if (single && sort.column === 'id') {
    const index = store.index(CUSTOMER_INDEX_BY_COLUMN[single]);
    const range = runValue(fdb.keyRange, runId, filter[single] as string | number);
    const [total, values] = await Promise.all([index.count(range), readPage(index, range, direction, offset, limit)]);
    return { ...validated(values), total, plan: 'index' };
  }

  const { matches, skipped: unreadable } = await scan(fdb, store, runId, filter);
  matches.sort((a, b) => compareCustomers(a, b, sort));
  const page = validated(matches.slice(offset, offset + limit));
  return { rows: page.rows, total: matches.length, skipped: unreadable + page.skipped, plan: 'scan' };
}

/** Candidates from an indexed criterion (or the whole run), filtered in memory. */
export async function scan(fdb: FidelisDb, store: Store, runId: string, filter: CustomerFilter): Promise<{ matches: CustomerRecord[]; skipped: number }> {
  const indexed = INDEXED_CRITERIA.find((key) => filter[key] !== undefined);
  const candidates: unknown[] = indexed
    ? await store.index(CUSTOMER_INDEX_BY_COLUMN[indexed]).getAll(runValue(fdb.keyRange, runId, filter[indexed] as string | number))
    : await store.getAll(wholeRun(fdb.keyRange, runId));
  const text = normaliseSearchText(filter.text ?? '');
  const matches: CustomerRecord[] = [];
  let skipped = 0;
  for (const c of candidates) {
    if (!looksLikeCustomer(c)) skipped += 1;
    else if (matchesFilter(c, filter, text)) matches.push(c);
  }
  return { matches, skipped };
}

/** How many customers match a filter. */
export async function countCustomers(fdb: FidelisDb, runId: string, filter: CustomerFilter = {}): Promise<number> {
  if (isEmptyFilter(filter)) return fdb.db.count('customers', wholeRun(fdb.keyRange, runId));
  const single = singleIndexedCriterion(filter);
  if (single) return fdb.db.countFromIndex('customers', CUSTOMER_INDEX_BY_COLUMN[single], runValue(fdb.keyRange, runId, filter[single] as string | number));
  const tx = fdb.db.transaction('customers', 'readonly');
  return (await scan(fdb, tx.store as Store, runId, filter)).matches.length;
}

/** One customer's visible record, or null (missing or failing validation). */
export async function getCustomer(fdb: FidelisDb, runId: string, customerId: number): Promise<CustomerRecord | null> {
  const value = await fdb.db.get('customers', [runId, customerId]);
  if (!value) return null;
  return customerRecordSchema.safeParse(value).success ? strip(value) : null;
}
