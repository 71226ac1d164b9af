/** A run's whole history replaced by a replay (another model): one transaction, all or nothing. */
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { commitTick } from '../../../src/db/commitTick.ts';
import { readRunCustomers } from '../../../src/db/customerPages.ts';
import { getCustomer } from '../../../src/db/customerQueries.ts';
import { getCustomerFile } from '../../../src/db/customerFile.ts';
import { DbError } from '../../../src/db/errors.ts';
import { rewriteRunHistory } from '../../../src/db/rewriteHistory.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { getRun, loadRun } from '../../../src/db/runsRepository.ts';
import type { RunTickKey } from '../../../src/db/schema.ts';
import type { CustomerRecord, TickReport } from '../../../src/engine/types.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { changedRecords, eventsOf, freshDb, makeCustomers, reportOf } from './synthetic.ts';

let fdb: FidelisDb;
afterEach(() => {
  vi.restoreAllMocks();
  fdb?.close();
});

const N = 120;
const ENQUETE = { tick: 1, actions: [{ type: 'enquete' as const, instrument: 'questionnaire' as const, sampleSize: 50 }] };

/** A run saved by the « old model »: 3 ticks with their rows, decisions at tick 1, a snapshot and a stray row past its tick. */
async function oldRun() {
  const base = makeCustomers(N);
  const run = await createRun(fdb, { name: 'R', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: base, stateHash: 'h0', snapshot: { old: 0 } });
  for (let tick = 0; tick < 3; tick++)
    await commitTick(fdb, { runId: run.id, report: reportOf(tick, N), records: changedRecords(base, tick, 10), stateHash: `old${tick}`, ...(tick === 1 ? { decisions: ENQUETE } : {}) });
  // a row no tick of the run owns any more (e.g. left by an earlier write): the rewrite must not keep it
  await fdb.db.put('kpis', { ...reportOf(7, N).kpis, tick: 7, runId: run.id });
  return { run, base };
}

/** What the « current model » replays: other figures, no event at tick 1, fewer customers, other records. */
function newModel(): { reports: TickReport[]; customers: CustomerRecord[] } {
  const reports = [0, 1, 2].map((tick) => {
    const old = reportOf(tick, N, 20 + tick, 4);
    return { ...old, kpis: { ...old.kpis, turnover: 1000 + tick }, events: tick === 1 ? eventsOf(1, N, 0) : old.events };
  });
  const customers = makeCustomers(N - 20, 99).map((c) => ({ ...c, age: 33 }));
  return { reports, customers };
}

const ticksOf = async (runId: string, store: 'kpis' | 'purchases' | 'events' | 'snapshots') =>
  (await fdb.db.getAllKeys(store)).filter((k) => (k as RunTickKey)[0] === runId).map((k) => (k as RunTickKey)[1]);

/** Every stored row of the run, to compare before / after a failed rewrite. */
async function everything(runId: string) {
  const range = fdb.keyRange.bound([runId], [runId, []]);
  const [run, kpis, purchases, events, snapshots, pages] = await Promise.all([
    fdb.db.get('runs', runId),
    fdb.db.getAll('kpis', range),
    fdb.db.getAll('purchases', range),
    fdb.db.getAll('events', range),
    fdb.db.getAll('snapshots', range),
    fdb.db.getAll('customerPages', range),
  ]);
  return { run, kpis, purchases, events, snapshots, pages };
}

describe('rewriteRunHistory', () => {
  it('replaces the rows of every tick, removes those the replay has not, and stores the replayed base and hash', async () => {
    fdb = await freshDb();
    const { run } = await oldRun();
    const other = await createRun(fdb, { name: 'autre', scenario: fixtureScenario(), seed: 2, createdAt: 'x', customers: makeCustomers(10) });
    await commitTick(fdb, { runId: other.id, report: reportOf(0, 10), records: [], stateHash: 'o1' });
    const otherBefore = await everything(other.id);
    const { reports, customers } = newModel();

    const updated = await rewriteRunHistory(fdb, { runId: run.id, reports, customers, stateHash: 'new3', now: '2026-11-30T17:00:00.000Z' });

    expect(updated).toMatchObject({ currentTick: 3, stateHash: 'new3', updatedAt: '2026-11-30T17:00:00.000Z', decisions: [ENQUETE] });
    expect(await getRun(fdb, run.id)).toEqual(updated);
    expect(updated.pagesStamp).not.toBe(run.pagesStamp);
    expect(await ticksOf(run.id, 'kpis')).toEqual([0, 1, 2]);
    expect(await ticksOf(run.id, 'purchases')).toEqual([0, 1, 2]);
    expect(await ticksOf(run.id, 'events')).toEqual([0, 2]); // the current model has no event at tick 1
    expect(await ticksOf(run.id, 'snapshots')).toEqual([]); // the old model's states
    expect((await loadRun(fdb, run.id)).kpis).toEqual(reports.map((r) => r.kpis));
    for (const report of reports) {
      const purchases = await fdb.db.get('purchases', [run.id, report.tick]);
      expect(purchases).toEqual({ ...report.purchases, runId: run.id });
    }
    expect(await fdb.db.get('events', [run.id, 2])).toEqual({ ...reports[2].events, runId: run.id });
    expect(await readRunCustomers(fdb, run.id)).toEqual({ records: customers, skipped: 0 });
    expect(await getCustomer(fdb, run.id, N - 1)).toBeNull(); // not in the current model's base
    // a customer's file reads the current model's purchases
    const buyer = customers.find((c) => reports.some((r) => r.purchases.customer.includes(c.id)))!;
    const file = await getCustomerFile(fdb, run.id, buyer.id);
    const bought = reports.flatMap((r) => Array.from(r.purchases.customer).filter((id) => id === buyer.id));
    expect(file?.purchases).toHaveLength(bought.length);
    // another run is not touched
    expect(await everything(other.id)).toEqual(otherBefore);

    // the next tick's autosave merges into the rewritten pages (this tab's page cache is the new base)
    const moved = { ...customers[5], stage: 'perdu' as const };
    await commitTick(fdb, { runId: run.id, report: reportOf(3, N), records: [moved], stateHash: 'new4' });
    expect(await readRunCustomers(fdb, run.id)).toEqual({ records: customers.map((c) => (c.id === moved.id ? moved : c)), skipped: 0 });
  });

  it('writes nothing with a read-only lock (the run is open in another tab)', async () => {
    fdb = await freshDb();
    const { run } = await oldRun();
    const before = await everything(run.id);
    const lock = { runId: run.id, canWrite: false, reason: new DbError('runLocked'), release: () => {} };
    const { reports, customers } = newModel();
    await expect(rewriteRunHistory(fdb, { runId: run.id, reports, customers, stateHash: 'new3', lock })).rejects.toMatchObject({ code: 'readOnly' });
    expect(await everything(run.id)).toEqual(before);
  });

  it('keeps the whole old history when the disk is full midway, and can be retried', async () => {
    fdb = await freshDb();
    const { run, base } = await oldRun();
    const before = await everything(run.id);
    const put = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
      calls += 1;
      if (calls === 5) throw new DOMException('full', 'QuotaExceededError'); // after the deletes and some rows
      return put.apply(this, args);
    });
    const { reports, customers } = newModel();
    await expect(rewriteRunHistory(fdb, { runId: run.id, reports, customers, stateHash: 'new3' })).rejects.toMatchObject({ code: 'quotaExceeded' });
    vi.restoreAllMocks();
    expect(calls).toBe(5);
    expect(await everything(run.id)).toEqual(before);
    // the page cache was not left pointing at pages that were never written: a tick merges into the stored ones
    const moved = { ...base[3], age: 77 };
    await commitTick(fdb, { runId: run.id, report: reportOf(3, N), records: [moved], stateHash: 'old4' });
    expect(await getCustomer(fdb, run.id, 3)).toEqual(moved);
    expect(await getCustomer(fdb, run.id, N - 1)).not.toBeNull();
  });

  it('writes nothing when a record cannot be stored (writeFailed)', async () => {
    fdb = await freshDb();
    const { run } = await oldRun();
    const before = await everything(run.id);
    const { reports, customers } = newModel();
    const broken = [...reports];
    broken[2] = { ...reports[2], kpis: { ...reports[2].kpis, notCloneable: () => 1 } as unknown as TickReport['kpis'] };
    const failure = rewriteRunHistory(fdb, { runId: run.id, reports: broken, customers, stateHash: 'new3' });
    await expect(failure).rejects.toBeInstanceOf(DbError);
    await expect(failure).rejects.toMatchObject({ code: 'writeFailed' });
    expect(await everything(run.id)).toEqual(before);
  });

  it('refuses reports that are not the run’s completed ticks, and an unknown run', async () => {
    fdb = await freshDb();
    const { run } = await oldRun();
    const before = await everything(run.id);
    const { reports, customers } = newModel();
    await expect(rewriteRunHistory(fdb, { runId: run.id, reports: reports.slice(0, 2), customers, stateHash: 'x' })).rejects.toMatchObject({
      code: 'tickOutOfOrder',
      params: { tick: 2, expected: 3 },
    });
    await expect(rewriteRunHistory(fdb, { runId: run.id, reports: [reports[0], reports[2], reports[1]], customers, stateHash: 'x' })).rejects.toMatchObject({
      code: 'tickOutOfOrder',
      params: { tick: 2, expected: 1 },
    });
    expect(await everything(run.id)).toEqual(before);
    await expect(rewriteRunHistory(fdb, { runId: 'ghost', reports: [], customers, stateHash: 'x' })).rejects.toMatchObject({ code: 'runNotFound' });
  });
});
