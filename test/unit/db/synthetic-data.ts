/**
 * Synthetic engine output for the database tests and the browser harness, typed with
 * src/engine/types.ts: a customer base, tick reports with purchase and event batches, and the
 * records a tick changes. Deterministic (an LCG), no database here so it bundles for the browser.
 */
import type { CustomerRecord, EventBatch, PurchaseBatch, TickReport } from '../../../src/engine/types.ts';
import { EVENT_TYPES } from '../../../src/engine/vocabulary.ts';
import { lcg, makeCustomers as fixtureCustomers } from '../../fixtures/customers.ts';
import { makeKpi } from '../../fixtures/kpis.ts';

/**
 * The fixture's customer base, with -0 ticks written 0: the engine keeps ticks in Int32Arrays (no
 * -0), and so does the database (columns), so a stored -0 comes back as 0.
 */
export function makeCustomers(n: number, seed?: number): CustomerRecord[] {
  return fixtureCustomers(n, seed).map((c) => ({ ...c, firstPurchaseTick: c.firstPurchaseTick === null ? null : c.firstPurchaseTick + 0 }));
}

/** `buyers` purchases by customers drawn from 0..customers-1, deterministic per tick. */
export function purchasesOf(tick: number, customers: number, buyers: number): PurchaseBatch {
  const rnd = lcg(1000 + tick);
  const batch: PurchaseBatch = {
    tick,
    length: buyers,
    customer: new Int32Array(buyers),
    amount: new Float32Array(buyers),
    productType: new Uint8Array(buyers),
    channel: new Uint8Array(buyers),
  };
  for (let i = 0; i < buyers; i++) {
    batch.customer[i] = Math.floor(rnd() * customers);
    batch.amount[i] = 5 + Math.floor(rnd() * 9000) / 100;
    batch.productType[i] = Math.floor(rnd() * 2);
    batch.channel[i] = Math.floor(rnd() * 6);
  }
  return batch;
}

export function eventsOf(tick: number, customers: number, count: number): EventBatch {
  const rnd = lcg(5000 + tick);
  const batch: EventBatch = { tick, length: count, customer: new Int32Array(count), type: new Uint8Array(count), detail: new Int32Array(count) };
  for (let i = 0; i < count; i++) {
    batch.customer[i] = Math.floor(rnd() * customers);
    batch.type[i] = Math.floor(rnd() * EVENT_TYPES.length);
    batch.detail[i] = Math.floor(rnd() * 7);
  }
  return batch;
}

export function reportOf(tick: number, customers: number, buyers = Math.ceil(customers / 4), events = Math.ceil(customers / 50)): TickReport {
  return { tick, kpis: makeKpi(tick), purchases: purchasesOf(tick, customers, buyers), events: eventsOf(tick, customers, events), rejected: [] };
}

/** The records of `count` customers changed at `tick` (stage and last purchase moved). */
export function changedRecords(base: readonly CustomerRecord[], tick: number, count: number): CustomerRecord[] {
  const out: CustomerRecord[] = [];
  const step = Math.max(1, Math.floor(base.length / count));
  for (let i = 0; i < base.length && out.length < count; i += step)
    out.push({ ...base[i], lastPurchaseTick: tick, purchasesTotal: base[i].purchasesTotal + 1, stage: 'actif' });
  return out;
}
