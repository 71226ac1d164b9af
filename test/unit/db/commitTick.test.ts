/** The autosave of one tick: one transaction, in order, all or nothing. */
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openFidelisDb } from '../../../src/db/openDatabase.ts';
import { commitTick } from '../../../src/db/commitTick.ts';
import { DbError, toDbError } from '../../../src/db/errors.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { getRun, loadRun } from '../../../src/db/runsRepository.ts';
import { CUSTOMER_PAGE_SIZE } from '../../../src/db/schema.ts';
import { getCustomer } from '../../../src/db/customerQueries.ts';
import type { CustomerRecord } from '../../../src/engine/types.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { INDEXEDDB_MISUSES } from '../../fixtures/indexedDbErrors.ts';
import { changedRecords, freshDb, makeCustomers, pagePutTasks, reportOf } from './synthetic.ts';

let fdb: FidelisDb;
afterEach(() => fdb?.close());

async function newRun(customers = 100) {
  const base = makeCustomers(customers);
  const run = await createRun(fdb, { name: 'R', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: base });
  return { run, base };
}

const keysOf = async (store: 'kpis' | 'purchases' | 'events' | 'snapshots') => (await fdb.db.getAllKeys(store)).map((k) => k[1]);

describe('commitTick', () => {
  it('stores KPIs, batches, changed customers, decisions, hash and snapshot of the tick together', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun();
    const changed = changedRecords(base, 0, 5);
    const updated = await commitTick(fdb, {
      runId: run.id,
      report: reportOf(0, 100),
      records: changed,
      stateHash: 'abc',
      decisions: { tick: 0, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 50 }] },
      snapshot: { tick: 1, satisfaction: new Float32Array([0.5]) },
    });
    expect(updated).toMatchObject({ currentTick: 1, stateHash: 'abc' });
    expect((await getRun(fdb, run.id)).decisions).toEqual([{ tick: 0, actions: [{ type: 'enquete', instrument: 'questionnaire', sampleSize: 50 }] }]);
    expect(await keysOf('kpis')).toEqual([0]);
    expect(await keysOf('purchases')).toEqual([0]);
    expect(await keysOf('events')).toEqual([0]);
    expect(await keysOf('snapshots')).toEqual([1]);
    const stored = await fdb.db.get('purchases', [run.id, 0]);
    expect(stored?.customer).toBeInstanceOf(Int32Array);
    expect(stored?.amount).toEqual(reportOf(0, 100).purchases.amount);
    expect(await getCustomer(fdb, run.id, changed[0].id)).toEqual(changed[0]);
    expect((await loadRun(fdb, run.id)).snapshot?.state).toEqual({ tick: 1, satisfaction: new Float32Array([0.5]) });
  });

  it('merges changed and new customers into their pages, across page boundaries', async () => {
    fdb = await freshDb();
    const P = CUSTOMER_PAGE_SIZE;
    const n = 2 * P + P / 2;
    const { run, base } = await newRun(n);
    const changed = [{ ...base[P - 1], stage: 'perdu' as const }, { ...base[P], age: 99 }, { ...base[n - 1], clubMember: true }];
    const recruits = [n, 3 * P + 1].map((id) => ({ ...base[0], id, firstName: 'Nouveau', stage: 'nouveau' as const }));
    await commitTick(fdb, { runId: run.id, report: reportOf(0, n), records: [...changed, ...recruits], stateHash: null });
    for (const record of [...changed, ...recruits]) expect(await getCustomer(fdb, run.id, record.id)).toEqual(record);
    expect(await getCustomer(fdb, run.id, P - 2)).toEqual(base[P - 2]);
    const pages = await fdb.db.getAll('customerPages');
    expect(pages.map((p) => [p.page, p.length])).toEqual([[0, P], [1, P], [2, P / 2 + 1], [3, 1]]);
    expect(pages.every((p) => p.id.every((id, i) => i === 0 || p.id[i - 1] < id))).toBe(true);
    expect(pages[0].id).toBeInstanceOf(Int32Array); // columns, not record objects (v4)
    expect(pages[0].names.length).toBeLessThanOrEqual(20); // each distinct name once: 10 first names, 10 last names in the fixture
    // a tick changing every customer of a page replaces the page whole
    const wholePage = base.slice(0, P).map((c) => ({ ...c, age: 42 }));
    await commitTick(fdb, { runId: run.id, report: reportOf(1, n), records: wholePage, stateHash: null });
    expect(await getCustomer(fdb, run.id, P - 1)).toEqual({ ...base[P - 1], age: 42 });
    expect(await getCustomer(fdb, run.id, P)).toEqual(changed[1]);
    expect(Array.from((await fdb.db.get('customerPages', [run.id, 0]))?.age ?? [])).toEqual(Array(P).fill(42));
  });

  it('refuses a tick that does not follow the last saved one', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    await expect(commitTick(fdb, { runId: run.id, report: reportOf(1, 100), records: [], stateHash: null })).rejects.toMatchObject({
      code: 'tickOutOfOrder',
      params: { tick: 1, expected: 0 },
    });
    await commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: [], stateHash: null });
    await expect(commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: [], stateHash: null })).rejects.toMatchObject({ code: 'tickOutOfOrder' });
    expect(await keysOf('kpis')).toEqual([0]);
  });

  it('writes nothing of a tick when a write fails midway (the run stays at its last complete tick)', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun();
    await commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: changedRecords(base, 0, 3), stateHash: 'h1' });
    const before = await getCustomer(fdb, run.id, 10);
    const good = { ...base[10], stage: 'perdu' as const };
    const broken = { ...base[11], id: Number.NaN } as CustomerRecord; // an invalid key: the put throws after others were queued
    const failure = commitTick(fdb, { runId: run.id, report: reportOf(1, 100), records: [good, broken], stateHash: 'h2', snapshot: { x: 1 } });
    await expect(failure).rejects.toBeInstanceOf(DbError);
    await expect(failure).rejects.toMatchObject({ code: 'writeFailed' });
    expect(await keysOf('kpis')).toEqual([0]);
    expect(await keysOf('purchases')).toEqual([0]);
    expect(await keysOf('events')).toEqual([0]);
    expect(await keysOf('snapshots')).toEqual([]);
    expect(await getCustomer(fdb, run.id, 10)).toEqual(before);
    expect(await getRun(fdb, run.id)).toMatchObject({ currentTick: 1, stateHash: 'h1' });
    // and the same tick can then be saved
    await commitTick(fdb, { runId: run.id, report: reportOf(1, 100), records: [good], stateHash: 'h2' });
    expect((await getCustomer(fdb, run.id, 10))?.stage).toBe('perdu');
  });

  it('aborts when the store rejects a record asynchronously (nothing of the tick kept)', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun();
    const notCloneable = { satisfaction: new Float64Array(1), extra: () => 1 };
    const failure = commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: changedRecords(base, 0, 10), stateHash: 'h', snapshot: notCloneable });
    await expect(failure).rejects.toBeInstanceOf(DbError);
    expect(await getCustomer(fdb, run.id, 0)).toEqual(base[0]);
    expect(await keysOf('kpis')).toEqual([]);
    expect((await getRun(fdb, run.id)).currentTick).toBe(0);
  });

  it('writes the pages one a task, so a tick of a large base never holds the page (one transaction still)', async () => {
    fdb = await freshDb();
    const P = CUSTOMER_PAGE_SIZE;
    const n = 3 * P;
    const { run, base } = await newRun(n);
    const changed = [0, P + 1, 2 * P + 2].map((id) => ({ ...base[id], age: 55 }));
    // each page's put comes in a later task than the one before
    const pagePuts = await pagePutTasks(() => commitTick(fdb, { runId: run.id, report: reportOf(0, n), records: changed, stateHash: 'h1' }));
    expect(pagePuts).toHaveLength(3);
    expect(pagePuts[1]).toBeGreaterThan(pagePuts[0]);
    expect(pagePuts[2]).toBeGreaterThan(pagePuts[1]);
    for (const record of changed) expect(await getCustomer(fdb, run.id, record.id)).toEqual(record);
    expect(await getCustomer(fdb, run.id, 1)).toEqual(base[1]);
  });

  it('keeps nothing of the tick when the disk is full at a later page (quotaExceeded, the pages as they were)', async () => {
    fdb = await freshDb();
    const P = CUSTOMER_PAGE_SIZE;
    const n = 3 * P;
    const { run, base } = await newRun(n);
    await commitTick(fdb, { runId: run.id, report: reportOf(0, n), records: [{ ...base[5], age: 20 }], stateHash: 'h1' });
    const put = FakeObjectStore.prototype.put;
    let pagePuts = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
      if (this.name === 'customerPages' && ++pagePuts === 3) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const changed = [0, P + 1, 2 * P + 2].map((id) => ({ ...base[id], age: 66 }));
    try {
      await expect(commitTick(fdb, { runId: run.id, report: reportOf(1, n), records: changed, stateHash: 'h2' })).rejects.toMatchObject({ code: 'quotaExceeded' });
    } finally {
      vi.restoreAllMocks();
    }
    expect(pagePuts).toBe(3);
    expect(await getCustomer(fdb, run.id, 0)).toEqual(base[0]);
    expect(await getCustomer(fdb, run.id, P + 1)).toEqual(base[P + 1]);
    expect(await keysOf('kpis')).toEqual([0]);
    expect(await getRun(fdb, run.id)).toMatchObject({ currentTick: 1, stateHash: 'h1' });
    // the page cache did not keep the pages of the failed tick: the next one merges into what is stored
    await commitTick(fdb, { runId: run.id, report: reportOf(1, n), records: [changed[1]], stateHash: 'h2' });
    expect(await getCustomer(fdb, run.id, P + 1)).toEqual(changed[1]);
    expect(await getCustomer(fdb, run.id, 0)).toEqual(base[0]);
    expect(await getCustomer(fdb, run.id, 5)).toEqual({ ...base[5], age: 20 });
  });

  it('refuses to write with a read-only lock (run open in another tab)', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    const lock = { runId: run.id, canWrite: false, reason: new DbError('runLocked'), release: () => {} };
    await expect(commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: [], stateHash: null, lock })).rejects.toMatchObject({ code: 'readOnly' });
    expect(await keysOf('kpis')).toEqual([]);
  });

  it('says the database was closed when the browser closed it (site data cleared while playing), not an unexpected error', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    // what Chromium throws then (fake-indexeddb's closed database says only « InvalidStateError », as for any misuse)
    vi.spyOn(fdb.db, 'transaction').mockImplementation(() => {
      throw new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError');
    });
    const closed = commitTick(fdb, { runId: run.id, report: reportOf(0, 100), records: [], stateHash: null });
    await expect(closed).rejects.toBeInstanceOf(DbError);
    await expect(closed).rejects.toMatchObject({ code: 'terminated' });
  });

  it('rejects an unknown run', async () => {
    fdb = await freshDb();
    await expect(commitTick(fdb, { runId: 'ghost', report: reportOf(0, 10), records: [], stateHash: null })).rejects.toMatchObject({ code: 'runNotFound' });
  });
});

describe('toDbError', () => {
  it('recognises a connection the browser closed: a transaction asked of it, or a write cut by it', () => {
    expect(toDbError(new DOMException("Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.", 'InvalidStateError')).code).toBe('terminated');
    expect(toDbError(new DOMException('Connection is closing because of: Force close delete origin', 'UnknownError')).code).toBe('terminated');
    expect(toDbError(new DOMException("IDBDatabase.transaction: Can't start a transaction on a closed database", 'InvalidStateError')).code).toBe('terminated');
  });

  it('keeps an IndexedDB misuse (also an InvalidStateError) the error it is, not cleared site data (review15 #4)', () => {
    for (const message of INDEXEDDB_MISUSES) {
      const error = toDbError(new DOMException(message, 'InvalidStateError'));
      expect(error.code).toBe('writeFailed');
      expect(error.params.detail).toBe(message);
    }
  });

  it('recognises a full disk, also wrapped in an AbortError', () => {
    expect(toDbError(new DOMException('full', 'QuotaExceededError')).code).toBe('quotaExceeded');
    expect(toDbError(new DOMException('aborted', 'AbortError'), 'writeFailed', new DOMException('full', 'QuotaExceededError')).code).toBe('quotaExceeded');
    expect(toDbError(new DOMException('Quota exceeded', 'AbortError')).code).toBe('quotaExceeded');
    const other = toDbError(new DOMException('boom', 'UnknownError'));
    expect(other.code).toBe('writeFailed');
    expect(other.params.detail).toBe('boom');
    expect(other.messageKey).toBe('db.writeFailed');
  });
});

describe('commitTick page cache', () => {
  it('merges into the pages it wrote without losing what another tab wrote in between', async () => {
    const factory = new IDBFactory();
    const open = () => openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    const [first, second] = await Promise.all([open(), open()]);
    fdb = first;
    const base = makeCustomers(300);
    const run = await createRun(first, { name: 'R', scenario: fixtureScenario(), seed: 1, createdAt: 'x', customers: base });
    await commitTick(first, { runId: run.id, report: reportOf(0, 300), records: [{ ...base[1], age: 31 }], stateHash: null });
    // another tab (its own handle) saves the next tick
    await commitTick(second, { runId: run.id, report: reportOf(1, 300), records: [{ ...base[5], age: 55 }], stateHash: null });
    // this tab's cached page is stale now: the next save must read the page back
    await commitTick(first, { runId: run.id, report: reportOf(2, 300), records: [{ ...base[6], age: 66 }], stateHash: null });
    await commitTick(first, { runId: run.id, report: reportOf(3, 300), records: [{ ...base[7], age: 77 }], stateHash: null });
    for (const [id, age] of [[1, 31], [5, 55], [6, 66], [7, 77], [8, base[8].age]]) expect((await getCustomer(second, run.id, id))?.age).toBe(age);
    second.close();
  });
});
