/**
 * How the customer database browser reads customers: the `CustomerSource` contract (filter, sort,
 * page, one customer's file), implemented by the IndexedDB layer in the app and, here, by an
 * in-memory source over engine output (tests, and the private-mode fallback when IndexedDB is absent).
 *
 * Semantics every implementation must follow (the helpers below are exported so they can share them):
 * - a filter criterion left undefined does not filter; given criteria all hold (AND);
 * - `text` matches a substring of "firstName lastName" or "lastName firstName", ignoring case and
 *   accents (normaliseSearchText), or the customer id when `text` is all digits;
 * - sorting: values compared with compareCustomers: null last in both directions, ties by id ascending,
 *   so paging is stable.
 */
import type { CustomerRecord, EventBatch, PurchaseBatch } from '../../engine/types.ts';
import {
  CHANNELS,
  EVENT_TYPES,
  type Channel,
  type CourseSegment,
  type EventType,
  type Motive,
  type RfSegment,
  type Stage,
} from '../../engine/vocabulary.ts';

export interface CustomerFilter {
  segment?: CourseSegment;
  rfSegment?: RfSegment;
  stage?: Stage;
  motive?: Motive;
  /** index into TOWNS (src/engine/identity.ts) */
  town?: number;
  loyaltyCard?: boolean;
  clubMember?: boolean;
  /** search on the name (or the id when all digits) */
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
    if (/^\d+$/.test(normalisedText)) return String(record.id) === normalisedText;
    const first = normaliseSearchText(record.firstName);
    const last = normaliseSearchText(record.lastName);
    if (!`${first} ${last}`.includes(normalisedText) && !`${last} ${first}`.includes(normalisedText)) return false;
  }
  return true;
}

type Comparable = string | number | boolean | null | undefined;

// One collator for all comparisons: String.localeCompare with options builds one per call (slow on 100k rows).
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function compareValues(a: Comparable, b: Comparable): number {
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  return Number(a) - Number(b);
}

/** Order of two records for `sort`: null/undefined last whatever the direction, then id ascending. */
export function compareCustomers(a: CustomerRecord, b: CustomerRecord, sort: CustomerSort): number {
  const va = a[sort.column] as Comparable;
  const vb = b[sort.column] as Comparable;
  const aMissing = va === null || va === undefined;
  const bMissing = vb === null || vb === undefined;
  if (aMissing !== bMissing) return aMissing ? 1 : -1;
  if (!aMissing) {
    const c = compareValues(va, vb);
    if (c !== 0) return sort.direction === 'asc' ? c : -c;
  }
  return a.id - b.id;
}

/**
 * In-memory source over the visible records and the engine's per-tick batches. Built for 100,000
 * customers: normalised names are computed once, the filtered list is cached per filter, and the
 * sorted order per (filter, sort) is computed by sorting precomputed keys (strings compared by the
 * shared collator once per distinct value, through their rank). The source is a snapshot: make a
 * new one after each tick.
 */
export function createArrayCustomerSource(
  records: readonly CustomerRecord[],
  purchases: readonly PurchaseBatch[],
  events: readonly EventBatch[],
  /** optional full event log of one customer (e.g. the engine's customerEvents, which includes the
   * pre-history before tick 0); without it events come from `events` (the simulated ticks only) */
  historyOf?: (id: number) => CustomerEvent[] | Promise<CustomerEvent[]>,
): CustomerSource {
  const byId = new Map<number, CustomerRecord>();
  for (const r of records) byId.set(r.id, r);
  let names: string[] | null = null;
  let filterKey = '';
  let filteredCache: CustomerRecord[] = [];
  let orderKey = '';
  let orderedCache: CustomerRecord[] = [];

  function searchNames(): string[] {
    names ??= records.map((r) => {
      const first = normaliseSearchText(r.firstName);
      const last = normaliseSearchText(r.lastName);
      return `${first} ${last}|${last} ${first}`;
    });
    return names;
  }

  function filtered(filter: CustomerFilter): CustomerRecord[] {
    const key = JSON.stringify(filter);
    if (key === filterKey) return filteredCache;
    const text = normaliseSearchText(filter.text ?? '');
    const rest: CustomerFilter = { ...filter, text: undefined };
    let out: CustomerRecord[];
    if (text !== '' && !/^\d+$/.test(text)) {
      const all = searchNames();
      out = [];
      for (let i = 0; i < records.length; i++) if (all[i].includes(text) && matchesFilter(records[i], rest, '')) out.push(records[i]);
    } else out = records.filter((r) => matchesFilter(r, filter, text));
    filterKey = key;
    filteredCache = out;
    return out;
  }

  function ordered(filter: CustomerFilter, sort: CustomerSort): CustomerRecord[] {
    const key = JSON.stringify([filter, sort]);
    if (key !== orderKey) {
      orderedCache = sortRecords(filtered(filter), sort);
      orderKey = key;
    }
    return orderedCache;
  }

  return {
    async count(filter) {
      return filtered(filter).length;
    },
    async page(filter, sort, offset, limit) {
      return ordered(filter, sort).slice(Math.max(0, offset), Math.max(0, offset) + Math.max(0, limit));
    },
    async file(id) {
      const record = byId.get(id);
      if (!record) throw new UnknownCustomerError(id);
      return { record, purchases: purchasesOf(id, purchases), events: historyOf ? await historyOf(id) : eventsOf(id, events) };
    },
  };
}

/** The order of compareCustomers, computed with numeric keys (string values replaced by their collation rank). */
export function sortRecords(list: readonly CustomerRecord[], sort: CustomerSort): CustomerRecord[] {
  const n = list.length;
  const raw = list.map((r) => r[sort.column] as Comparable);
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

function byTick<T extends { tick: number }>(batches: readonly T[]): T[] {
  return [...batches].sort((a, b) => a.tick - b.tick);
}

function purchasesOf(id: number, batches: readonly PurchaseBatch[]): CustomerPurchase[] {
  const out: CustomerPurchase[] = [];
  for (const batch of byTick(batches))
    for (let k = 0; k < batch.length; k++)
      if (batch.customer[k] === id)
        out.push({ tick: batch.tick, amount: batch.amount[k], productType: batch.productType[k], channel: CHANNELS[batch.channel[k]] });
  return out;
}

function eventsOf(id: number, batches: readonly EventBatch[]): CustomerEvent[] {
  const out: CustomerEvent[] = [];
  for (const batch of byTick(batches))
    for (let k = 0; k < batch.length; k++)
      if (batch.customer[k] === id) out.push({ tick: batch.tick, type: EVENT_TYPES[batch.type[k]], detail: batch.detail[k] });
  return out;
}
