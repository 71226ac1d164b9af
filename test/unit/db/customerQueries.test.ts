/**
 * Customer lists and files: every query plan (cursor, index, scan) returns exactly what the
 * CustomerSource contract's in-memory reference returns, page by page; bad records are skipped.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import { countCustomers, getCustomer, queryCustomers } from '../../../src/db/customerQueries.ts';
import { createDbCustomerSource } from '../../../src/db/customerSource.ts';
import { getCustomerFile } from '../../../src/db/customerFile.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';
import {
  createArrayCustomerSource,
  UnknownCustomerError,
  type CustomerFilter,
  type CustomerSort,
  type CustomerSource,
} from '../../../src/ui/customers/customerSource.ts';
import { customerZeroHistory } from '../../fixtures/customers.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { freshDb, makeCustomers } from './synthetic.ts';

const N = 1500;
const records: CustomerRecord[] = makeCustomers(N).map((c, i) => ({ ...c, lastPurchaseTick: i % 7 === 0 ? null : c.lastPurchaseTick, segment: i % 11 === 0 ? null : c.segment }));
const reference = createArrayCustomerSource(records, [], []);

let fdb: FidelisDb;
let runId: string;
beforeEach(async () => {
  fdb = await freshDb();
  runId = (await createRun(fdb, { name: 'Q', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: records })).id;
  // another run in the same database must never leak into the lists
  await createRun(fdb, { name: 'Other', scenario: fixtureScenario(), seed: 2, createdAt: '2026-11-23T08:00:00.000Z', customers: makeCustomers(50, 9) });
});
afterEach(() => fdb.close());

const filters: CustomerFilter[] = [
  {},
  { stage: 'dormant' },
  { segment: 'tresBon' },
  { town: 3 },
  { motive: 'argent' },
  { rfSegment: 'champions' },
  { loyaltyCard: true },
  { stage: 'actif', motive: 'confort' },
  { town: 1, loyaltyCard: false, clubMember: false },
  { text: 'eloise' },
  { text: 'MARTIN léa' },
  { text: '17' },
  { segment: 'bon', text: 'dubois' },
];
const sorts: CustomerSort[] = [
  { column: 'id', direction: 'asc' },
  { column: 'id', direction: 'desc' },
  { column: 'lastName', direction: 'asc' },
  { column: 'spendTotal', direction: 'desc' },
  { column: 'lastPurchaseTick', direction: 'asc' },
  { column: 'lastPurchaseTick', direction: 'desc' },
  { column: 'segment', direction: 'desc' },
  { column: 'loyaltyCard', direction: 'asc' },
  { column: 'town', direction: 'asc' },
  // every kind of column the table codes differently: names table, vocabulary codes, NaN for null, flag bits
  { column: 'firstName', direction: 'desc' },
  { column: 'motive', direction: 'asc' },
  { column: 'stage', direction: 'desc' },
  { column: 'measuredSatisfaction', direction: 'desc' },
  { column: 'departureCause', direction: 'asc' },
  { column: 'referred', direction: 'desc' },
  // a lost customer's R, F, M sort last, as the « — » the table shows (QA class 1)
  { column: 'r', direction: 'desc' },
  { column: 'm', direction: 'asc' },
];

async function allPages(page: (offset: number, limit: number) => Promise<CustomerRecord[]>, limit: number): Promise<CustomerRecord[]> {
  const out: CustomerRecord[] = [];
  for (let offset = 0; ; offset += limit) {
    const rows = await page(offset, limit);
    out.push(...rows);
    if (rows.length < limit) return out;
  }
}

describe('queryCustomers', () => {
  it('returns the reference rows and totals for every filter and sort, page by page', async () => {
    for (const filter of filters)
      for (const sort of sorts) {
        const expected = await reference.page(filter, sort, 0, N);
        const pages = await allPages(async (offset, limit) => {
          const page = await queryCustomers(fdb, runId, { filter, sort, offset, limit });
          expect(page.total, JSON.stringify([filter, sort])).toBe(expected.length);
          expect(page.skipped).toBe(0);
          return page.rows;
        }, 400);
        expect(pages.map((c) => c.id), JSON.stringify([filter, sort])).toEqual(expected.map((c) => c.id));
        expect(await countCustomers(fdb, runId, filter)).toBe(expected.length);
      }
    const some = await queryCustomers(fdb, runId, { filter: { stage: 'dormant' }, limit: 5 });
    expect(some.rows[0]).toEqual(records.find((c) => c.stage === 'dormant'));
    expect(some.rows[0]).not.toHaveProperty('runId');
  });

  it('bounds the page size and ignores a negative offset', async () => {
    const page = await queryCustomers(fdb, runId, { offset: -5, limit: 5000 });
    expect(page.rows).toHaveLength(1000);
    expect(page.total).toBe(N);
    expect(page.rows[0].id).toBe(0);
    expect((await queryCustomers(fdb, runId, { offset: N + 10 })).rows).toEqual([]);
  });

  it('skips a stored customer that fails validation, with a count, and keeps the rest', async () => {
    const page = (await fdb.db.get('customerPages', [runId, 0]))!;
    page.stage[5] = 200; // no such stage
    page.firstName[6] = 60000; // no such name
    await fdb.db.put('customerPages', page);
    const byId = await queryCustomers(fdb, runId, { limit: 20 });
    expect(byId.rows.map((c) => c.id)).not.toContain(5);
    expect(byId.rows.map((c) => c.id)).not.toContain(6);
    expect(byId.skipped).toBe(2);
    const sorted = await queryCustomers(fdb, runId, { sort: { column: 'age', direction: 'asc' }, limit: 1000 });
    expect(sorted.total).toBe(N - 2);
    expect(sorted.rows).toHaveLength(1000);
    expect(sorted.skipped).toBe(2);
    expect(await getCustomer(fdb, runId, 5)).toBeNull();
    expect(await getCustomer(fdb, runId, 7)).toEqual(records[7]);
  });
});

describe('sorting on R, F, M', () => {
  it('puts the lost customers last in both directions, as their « — » (QA class 1: sorted among the 5s)', async () => {
    const lost = records.filter((c) => c.stage === 'perdu' && c.r > 0);
    expect(lost.length).toBeGreaterThan(0);
    for (const direction of ['desc', 'asc'] as const) {
      // the in-memory order; the stored table's is the same page by page (the equivalence test above sorts on r and m)
      const rows = await reference.page({}, { column: 'r', direction }, 0, N);
      const firstLost = rows.findIndex((c) => c.stage === 'perdu');
      expect(firstLost).toBeGreaterThan(0);
      expect(rows.slice(firstLost).every((c) => c.stage === 'perdu' || c.r === 0)).toBe(true);
      const last = await queryCustomers(fdb, runId, { sort: { column: 'r', direction }, offset: N - 20, limit: 20 });
      expect(last.rows.map((c) => c.id)).toEqual(rows.slice(N - 20).map((c) => c.id));
    }
  });
});

describe('createDbCustomerSource', () => {
  it('behaves like the in-memory source of the contract', async () => {
    const source: CustomerSource = createDbCustomerSource(fdb, runId);
    for (const [filter, sort] of [
      [{ motive: 'argent' }, { column: 'spendTotal', direction: 'desc' }],
      [{}, { column: 'id', direction: 'asc' }],
      [{ town: 2 }, { column: 'id', direction: 'desc' }],
    ] as [CustomerFilter, CustomerSort][]) {
      expect(await source.count(filter)).toBe(await reference.count(filter));
      expect(await source.page(filter, sort, 10, 25)).toEqual(await reference.page(filter, sort, 10, 25));
    }
    await expect(source.file(99999)).rejects.toBeInstanceOf(UnknownCustomerError);
  });
});

describe('getCustomerFile', () => {
  it('gathers purchases, events, complaints, contacts and lifecycle of one customer, in tick order', async () => {
    const history = customerZeroHistory();
    const base = records.map((c) => (c.id === 0 ? { ...c, firstPurchaseTick: -3, lastPurchaseTick: 2 } : c));
    const id = (await createRun(fdb, { name: 'F', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: base })).id;
    const empty = { tick: 0, length: 0, customer: new Int32Array(0), amount: new Float32Array(0), productType: new Uint8Array(0), channel: new Uint8Array(0) };
    const noEvents = { tick: 0, length: 0, customer: new Int32Array(0), type: new Uint8Array(0), detail: new Int32Array(0) };
    for (let tick = 0; tick <= 5; tick++) {
      const purchases = history.purchases.find((b) => b.tick === tick) ?? { ...empty, tick };
      const events = history.events.find((b) => b.tick === tick) ?? { ...noEvents, tick };
      await commitTick(fdb, { runId: id, report: { tick, kpis: makeKpi(tick), purchases, events, rejected: [] }, records: [], stateHash: null });
    }
    const file = await getCustomerFile(fdb, id, 0);
    const expected = await createArrayCustomerSource(base, history.purchases, history.events).file(0);
    expect(file?.record).toEqual(expected.record);
    expect(file?.purchases).toEqual([
      { tick: 1, amount: 42.5, productType: 0, channel: 'magasin' },
      { tick: 2, amount: 18, productType: 1, channel: 'siteWeb' },
    ]);
    expect(file?.events.map((e) => ({ tick: e.tick, type: e.type, detail: e.detail }))).toEqual(expected.events);
    expect(file?.complaints.map((e) => e.type)).toEqual(['incident', 'reclamation', 'reclamationNonTraitee']);
    expect(file?.lifecycle).toEqual([{ tick: 5, type: 'depart', kind: 'lifecycle', detail: 2 }]);
    expect(file?.contacts).toEqual([]);
    expect(await getCustomerFile(fdb, id, 12345)).toBeNull();
  });
});

describe('pages asked at once in two orders (the sort on a column fetched on the first sort)', () => {
  it('gives each page its own order, whichever sort is done first', async () => {
    const source = createDbCustomerSource(fdb, runId);
    const orders: CustomerSort[] = [
      { column: 'age', direction: 'asc' },
      { column: 'id', direction: 'desc' },
      { column: 'lastName', direction: 'desc' },
    ];
    const pages = await Promise.all(orders.map((sort) => source.page({}, sort, 10, 30)));
    for (const [i, sort] of orders.entries()) expect(pages[i].map((c) => c.id), sort.column).toEqual((await reference.page({}, sort, 10, 30)).map((c) => c.id));
  });
});
