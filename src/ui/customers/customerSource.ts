/**
 * How the customer database browser reads customers: the `CustomerSource` contract (types and pure
 * filter/sort helpers in src/db/customerQuery.ts, shared with the IndexedDB layer and re-exported
 * here for the interface), and an in-memory implementation over engine output (tests, and the
 * private-mode fallback when IndexedDB is absent).
 */
import type { CustomerRecord, EventBatch, PurchaseBatch } from '../../engine/types.ts';
import { CHANNELS, EVENT_TYPES } from '../../engine/vocabulary.ts';
import {
  UnknownCustomerError,
  matchesFilter,
  normaliseSearchText,
  sortRecords,
  type CustomerEvent,
  type CustomerFilter,
  type CustomerPurchase,
  type CustomerSort,
  type CustomerSource,
} from '../../db/customerQuery.ts';

export {
  SortUnavailableError,
  UnknownCustomerError,
  collator,
  compareCustomers,
  matchesFilter,
  normaliseSearchText,
  sortRecords,
  type Comparable,
  type CustomerEvent,
  type CustomerFile,
  type CustomerFilter,
  type CustomerPurchase,
  type CustomerSort,
  type CustomerSource,
  type SortColumn,
} from '../../db/customerQuery.ts';

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
