/**
 * The customer list contract shared by the database layer (src/db) and the interface
 * (src/ui/customers): the `CustomerSource` interface (filter, sort, page, one customer's file), its
 * types, and the pure helpers every implementation follows so the IndexedDB source and the
 * in-memory one give the same rows in the same order. No DOM, no IndexedDB: plain data.
 *
 * Semantics:
 * - a filter criterion left undefined does not filter; given criteria all hold (AND);
 * - `text` matches a substring of "firstName lastName" or "lastName firstName", ignoring case and
 *   accents (normaliseSearchText), or the customer's number as shown (customerNumber: id + 1) when `text` is all digits;
 * - sorting: values compared with compareCustomers: null last in both directions, ties by id ascending,
 *   so paging is stable; a lost customer's R, F or M (and a score of 0) counts as null, as the table shows
 *   it « — » (shownRfmScore).
 */
import type { CustomerRecord } from '../engine/types.ts';
import type {
  Channel,
  CourseSegment,
  EventType,
  Motive,
  RfSegment,
  Stage,
} from '../engine/vocabulary.ts';

export interface CustomerFilter {
  segment?: CourseSegment;
  rfSegment?: RfSegment;
  stage?: Stage;
  motive?: Motive;
  /** index into TOWNS (src/engine/identity.ts) */
  town?: number;
  loyaltyCard?: boolean;
  clubMember?: boolean;
  /** search on the name (or the customer's number as shown, id + 1, when all digits) */
  text?: string;
}

export type SortColumn = keyof CustomerRecord;
export interface CustomerSort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

export interface CustomerPurchase {
  tick: number;
  /** euros paid */
  amount: number;
  /** index into scenario.economics.productTypes */
  productType: number;
  channel: Channel;
}

export interface CustomerEvent {
  tick: number;
  type: EventType;
  /** meaning depends on type (see EVENT_TYPES in src/engine/vocabulary.ts): cause index for 'depart', ... */
  detail: number;
}

/** A customer's full file: the record and its history, both in tick order (oldest first). */
export interface CustomerFile {
  record: CustomerRecord;
  purchases: CustomerPurchase[];
  events: CustomerEvent[];
}

export interface CustomerSource {
  count(filter: CustomerFilter): Promise<number>;
  page(filter: CustomerFilter, sort: CustomerSort, offset: number, limit: number): Promise<CustomerRecord[]>;
  /** rejects with UnknownCustomerError when no customer has this id */
  file(id: number): Promise<CustomerFile>;
}

export class UnknownCustomerError extends Error {
  constructor(readonly customerId: number) {
    super(`unknown customer ${customerId}`);
    this.name = 'UnknownCustomerError';
  }
}

/**
 * The sort on another column than the id could not be fetched (customerSort.ts, fetched at its first use: offline before
 * the app was stored for offline use). The browser's own words (often English) are its `cause`, not its message.
 */
export class SortUnavailableError extends Error {
  constructor(cause: unknown) {
    super('customer sort unavailable', { cause });
    this.name = 'SortUnavailableError';
  }
}

/** Lower case, accents removed, spaces collapsed: "  Éloïse  MARTIN" -> "eloise martin". */
export function normaliseSearchText(text: string): string {
  // NFD is the slow step: skip it for printable ASCII (most names)
  return (/^[ -~]*$/.test(text) ? text : text.normalize('NFD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `record` passes every criterion of `filter`. `text` must already be normalised for speed. */
export function matchesFilter(record: CustomerRecord, filter: CustomerFilter, normalisedText = normaliseSearchText(filter.text ?? '')): boolean {
  if (filter.segment !== undefined && record.segment !== filter.segment) return false;
  if (filter.rfSegment !== undefined && record.rfSegment !== filter.rfSegment) return false;
  if (filter.stage !== undefined && record.stage !== filter.stage) return false;
  if (filter.motive !== undefined && record.motive !== filter.motive) return false;
  if (filter.town !== undefined && record.town !== filter.town) return false;
  if (filter.loyaltyCard !== undefined && record.loyaltyCard !== filter.loyaltyCard) return false;
  if (filter.clubMember !== undefined && record.clubMember !== filter.clubMember) return false;
  if (normalisedText !== '') {
    if (/^\d+$/.test(normalisedText)) return String(customerNumber(record.id)) === normalisedText;
    const first = normaliseSearchText(record.firstName);
    const last = normaliseSearchText(record.lastName);
    if (!`${first} ${last}`.includes(normalisedText) && !`${last} ${first}`.includes(normalisedText)) return false;
  }
  return true;
}

/**
 * The number a customer is shown and searched by: the engine's id plus one, « N° 1 » for the first customer, as
 * learners and teachers count (the id, from 0, stays the stored and engine key). In the table, the file, the CSV exports.
 */
export const customerNumber = (id: number): number => id + 1;

/**
 * The one rule for a customer's R, F or M score on every screen and in the sort: null (shown « — ») for a
 * customer not scored (0) and for a lost customer. RFM scores the customers still there against each
 * other; the engine keeps a lost customer's scores of his last purchase (then 1, 1, 1 once it leaves the
 * 12-month window), which read « 2-5-5 » in the target preview and « 2 sur 5 » in his file while the
 * table showed « — » (QA class 1), and sorted him among the 5s.
 */
export function shownRfmScore(record: Pick<CustomerRecord, 'stage' | 'r' | 'f' | 'm'>, letter: 'r' | 'f' | 'm'): number | null {
  const score = record[letter];
  return record.stage === 'perdu' || !(score > 0) ? null : score;
}

const isRfm = (column: SortColumn): column is 'r' | 'f' | 'm' => column === 'r' || column === 'f' || column === 'm';

/** The value `record` is sorted on for `column`. */
function sortValue(record: CustomerRecord, column: SortColumn): Comparable {
  return isRfm(column) ? shownRfmScore(record, column) : (record[column] as Comparable);
}

export type Comparable = string | number | boolean | null | undefined;

// One collator for all comparisons: String.localeCompare with options builds one per call (slow on 100k rows).
export const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function compareValues(a: Comparable, b: Comparable): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/** Order of two records for `sort`: null/undefined last whatever the direction, then id ascending. */
export function compareCustomers(a: CustomerRecord, b: CustomerRecord, sort: CustomerSort): number {
  const va = sortValue(a, sort.column);
  const vb = sortValue(b, sort.column);
  const aMissing = va === null || va === undefined;
  const bMissing = vb === null || vb === undefined;
  if (aMissing !== bMissing) return aMissing ? 1 : -1;
  if (!aMissing) {
    const c = compareValues(va, vb);
    if (c !== 0) return sort.direction === 'asc' ? c : -c;
  }
  return a.id - b.id;
}

/** The order of compareCustomers, computed with numeric keys (string values replaced by their collation rank). */
export function sortRecords(list: readonly CustomerRecord[], sort: CustomerSort): CustomerRecord[] {
  const n = list.length;
  const raw = list.map((r) => sortValue(r, sort.column));
  const strings = raw.filter((v): v is string => typeof v === 'string');
  let rank: Map<string, number> | null = null;
  if (strings.length > 0) {
    const distinct = [...new Set(strings)].sort(collator.compare);
    rank = new Map();
    let k = -1;
    for (let i = 0; i < distinct.length; i++) {
      if (i === 0 || collator.compare(distinct[i - 1], distinct[i]) !== 0) k++;
      rank.set(distinct[i], k);
    }
  }
  const keys = new Float64Array(n);
  const missing = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = raw[i];
    if (v === null || v === undefined) missing[i] = 1;
    else keys[i] = typeof v === 'string' ? rank!.get(v)! : Number(v);
  }
  const sign = sort.direction === 'asc' ? 1 : -1;
  const index = Array.from({ length: n }, (_, i) => i);
  index.sort((a, b) => {
    if (missing[a] !== missing[b]) return missing[a] - missing[b];
    if (!missing[a] && keys[a] !== keys[b]) return sign * (keys[a] - keys[b]);
    return list[a].id - list[b].id;
  });
  return index.map((i) => list[i]);
}
