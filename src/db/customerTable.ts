/**
 * A run's customers in memory as one table of columns (the run's pages put end to end, invalid
 * rows left out), and the CustomerSource contract's filter and sort computed on those columns:
 * no object is built per customer, only for the rows of the page asked for. Semantics are those of
 * matchesFilter and compareCustomers (customerQuery.ts; the sort on another column than the id in customerSort.ts), checked against the in-memory source in
 * test/unit/db/customerQueries.test.ts.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CODED, FLAG_CLUB_MEMBER, FLAG_LOYALTY_CARD, NUMERIC_COLUMNS, decodeRow, emptyPage, isPageShaped, rowIsValid, type CodedField } from './customerColumns.ts';
import { SortUnavailableError, customerNumber, normaliseSearchText, type CustomerFilter, type CustomerSort } from './customerQuery.ts';
import type { StoredCustomerPage } from './schema.ts';

export interface CustomerTable {
  /** every valid row of the run, in page order (id order) */
  columns: StoredCustomerPage;
  /** stored rows (or whole malformed pages) left out because they failed validation */
  skipped: number;
  /** ids strictly ascending (true unless a stored page was tampered with) */
  idOrdered: boolean;
  /** lazily: normalised "first last" and "last first" of each row, for text search */
  search?: { firstLast: string[]; lastFirst: string[] };
}

/** Puts the pages end to end, leaving out malformed pages and invalid rows (counted). */
export function buildTable(pages: readonly unknown[]): CustomerTable {
  let skipped = 0;
  const shaped: StoredCustomerPage[] = [];
  const valid: Uint8Array[] = [];
  let total = 0;
  for (const page of pages) {
    if (!isPageShaped(page)) {
      skipped += 1;
      continue;
    }
    const ok = new Uint8Array(page.length);
    for (let k = 0; k < page.length; k++) {
      if (rowIsValid(page, k)) {
        ok[k] = 1;
        total += 1;
      } else skipped += 1;
    }
    shaped.push(page);
    valid.push(ok);
  }
  const columns = emptyPage('', 0, total);
  // the whole run can hold more than 65,535 distinct names (imported files): wider indexes here
  columns.firstName = new Int32Array(total);
  columns.lastName = new Int32Array(total);
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  let at = 0;
  shaped.forEach((page, p) => {
    const remap = new Int32Array(page.names.length);
    page.names.forEach((name, i) => {
      let g = nameIndex.get(name);
      if (g === undefined) {
        g = names.length;
        names.push(name);
        nameIndex.set(name, g);
      }
      remap[i] = g;
    });
    const ok = valid[p];
    const allValid = ok.every((v) => v === 1);
    if (allValid) {
      for (const column of NUMERIC_COLUMNS) (columns[column] as Float64Array).set(page[column] as Float64Array, at);
      for (let k = 0; k < page.length; k++) {
        columns.firstName[at + k] = remap[page.firstName[k]];
        columns.lastName[at + k] = remap[page.lastName[k]];
      }
      at += page.length;
      return;
    }
    for (let k = 0; k < page.length; k++) {
      if (!ok[k]) continue;
      for (const column of NUMERIC_COLUMNS) (columns[column] as Float64Array)[at] = (page[column] as Float64Array)[k];
      columns.firstName[at] = remap[page.firstName[k]];
      columns.lastName[at] = remap[page.lastName[k]];
      at += 1;
    }
  });
  columns.names = names;
  let idOrdered = true;
  for (let k = 1; k < total && idOrdered; k++) if (columns.id[k - 1] >= columns.id[k]) idOrdered = false;
  return { columns, skipped, idOrdered };
}

function searchStrings(table: CustomerTable): { firstLast: string[]; lastFirst: string[] } {
  if (!table.search) {
    const c = table.columns;
    const normalised = c.names.map((name) => normaliseSearchText(name));
    const firstLast: string[] = new Array(c.length);
    const lastFirst: string[] = new Array(c.length);
    for (let k = 0; k < c.length; k++) {
      const first = normalised[c.firstName[k]];
      const last = normalised[c.lastName[k]];
      firstLast[k] = `${first} ${last}`;
      lastFirst[k] = `${last} ${first}`;
    }
    table.search = { firstLast, lastFirst };
  }
  return table.search;
}

const CODED_FILTERS = ['segment', 'rfSegment', 'stage', 'motive'] as const satisfies readonly (CodedField & keyof CustomerFilter)[];

/** Rows (indexes into the table, in table order) of the customers matching `filter` (matchesFilter semantics). */
export function filterRows(table: CustomerTable, filter: CustomerFilter): Int32Array {
  const c = table.columns;
  const tests: ((k: number) => boolean)[] = [];
  for (const field of CODED_FILTERS) {
    const wanted = filter[field];
    if (wanted === undefined) continue;
    const value = (CODED[field] as readonly string[]).indexOf(wanted);
    if (value < 0) return new Int32Array(0);
    const column = c[field];
    tests.push((k) => column[k] === value);
  }
  if (filter.town !== undefined) {
    const town = filter.town;
    tests.push((k) => c.town[k] === town);
  }
  let mask = 0;
  let expected = 0;
  if (filter.loyaltyCard !== undefined) {
    mask |= FLAG_LOYALTY_CARD;
    if (filter.loyaltyCard) expected |= FLAG_LOYALTY_CARD;
  }
  if (filter.clubMember !== undefined) {
    mask |= FLAG_CLUB_MEMBER;
    if (filter.clubMember) expected |= FLAG_CLUB_MEMBER;
  }
  if (mask !== 0) tests.push((k) => (c.flags[k] & mask) === expected);
  const text = normaliseSearchText(filter.text ?? '');
  if (text !== '') {
    if (/^\d+$/.test(text)) tests.push((k) => String(customerNumber(c.id[k])) === text);
    else {
      const { firstLast, lastFirst } = searchStrings(table);
      tests.push((k) => firstLast[k].includes(text) || lastFirst[k].includes(text));
    }
  }
  const out = new Int32Array(c.length);
  let n = 0;
  for (let k = 0; k < c.length; k++) {
    let keep = true;
    for (let t = 0; t < tests.length && keep; t++) keep = tests[t](k);
    if (keep) out[n++] = k;
  }
  return out.slice(0, n);
}

/**
 * `rows` in the order of compareCustomers for `sort` (a new array). The id order of an id-ordered table (the table's
 * first order, as the customers screen opens) is there at once; the other columns' sort is fetched the first time a
 * header asks for it (customerSort.ts): a learner's path that sorts nothing never downloads it (bench app-learner-js).
 * Rejects with SortUnavailableError when that fetch fails.
 */
export async function sortRows(table: CustomerTable, rows: Int32Array, sort: CustomerSort): Promise<Int32Array> {
  if (sort.column === 'id' && table.idOrdered) {
    const out = rows.slice();
    return sort.direction === 'asc' ? out : out.reverse();
  }
  const code = await import('./customerSort.ts').catch((error: unknown) => {
    throw new SortUnavailableError(error);
  });
  return code.sortedRows(table, rows, sort);
}

/** The records of some rows of the table. */
export function recordsOf(table: CustomerTable, rows: ArrayLike<number>): CustomerRecord[] {
  const out: CustomerRecord[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = decodeRow(table.columns, rows[i]);
  return out;
}

/** Every record of the table, in table order. */
export function allRecords(table: CustomerTable): CustomerRecord[] {
  const out: CustomerRecord[] = new Array(table.columns.length);
  for (let k = 0; k < out.length; k++) out[k] = decodeRow(table.columns, k);
  return out;
}
