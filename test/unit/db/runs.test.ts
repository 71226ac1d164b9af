/** Runs side by side: create, list, load, rename, duplicate, delete, branches. */
import { afterEach, describe, expect, it } from 'vitest';
import { commitTick } from '../../../src/db/commitTick.ts';
import { DbError } from '../../../src/db/errors.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { deleteRun, descendantsOf, duplicateRun, getRun, listBranches, listRuns, loadRun, renameRun } from '../../../src/db/runsRepository.ts';
import { createBranch } from '../../../src/db/createBranch.ts';
import { countCustomers } from '../../../src/db/customerQueries.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { changedRecords, freshDb, makeCustomers, pagePutTasks, reportOf } from './synthetic.ts';
import { CUSTOMER_PAGE_SIZE } from '../../../src/db/schema.ts';
import { familyOf } from '../../../src/app/whatif/branchStore.ts';
import { deleteRun as deleteFromList } from '../../../src/app/storedRun.ts';

let fdb: FidelisDb;
afterEach(() => fdb?.close());

const scenario = fixtureScenario();

async function runWithTicks(name: string, ticks: number, customers = 200) {
  const base = makeCustomers(customers);
  const run = await createRun(fdb, { name, scenario, seed: 7, createdAt: '2026-11-23T08:00:00.000Z', customers: base, stateHash: 'h0', snapshot: { tick: 0, arr: new Float64Array([1, 2]) } });
  for (let t = 0; t < ticks; t++)
    await commitTick(fdb, { runId: run.id, report: reportOf(t, customers), records: changedRecords(base, t, 10), stateHash: `h${t + 1}`, now: `2026-11-23T08:0${t + 1}:00.000Z` });
  return { run, base };
}

describe('runs repository', () => {
  it('creates a run with its whole initial base and lists it', async () => {
    fdb = await freshDb();
    const { run } = await runWithTicks('Ma boulangerie', 0, 300);
    expect(run.currentTick).toBe(0);
    expect(await countCustomers(fdb, run.id)).toBe(300);
    const { runs, skipped } = await listRuns(fdb);
    expect(skipped).toBe(0);
    expect(runs.map((r) => r.name)).toEqual(['Ma boulangerie']);
    expect(runs[0].scenario.id).toBe(scenario.id);
  });

  it('writes a large base one page a task (the page stays responsive), in one transaction', async () => {
    fdb = await freshDb();
    const base = makeCustomers(3 * CUSTOMER_PAGE_SIZE);
    let id = '';
    const puts = await pagePutTasks(async () => {
      id = (await createRun(fdb, { name: 'Grande', scenario: fixtureScenario(), seed: 1, createdAt: '2026-12-01T03:00:00.000Z', customers: base })).id;
    });
    expect(puts).toHaveLength(3);
    expect(puts[1]).toBeGreaterThan(puts[0]);
    expect(puts[2]).toBeGreaterThan(puts[1]);
    expect(await countCustomers(fdb, id)).toBe(base.length);
  });

  it('loads the latest snapshot and the KPIs of every completed tick', async () => {
    fdb = await freshDb();
    const { run } = await runWithTicks('A', 3);
    const loaded = await loadRun(fdb, run.id);
    expect(loaded.run.currentTick).toBe(3);
    expect(loaded.run.stateHash).toBe('h3');
    expect(loaded.kpis.map((k) => k.tick)).toEqual([0, 1, 2]);
    expect(loaded.kpis[0]).not.toHaveProperty('runId');
    expect(loaded.snapshot?.tick).toBe(0);
    expect(loaded.snapshot?.state).toEqual({ tick: 0, arr: new Float64Array([1, 2]) });
  });

  it('lists runs most recently updated first, and renames', async () => {
    fdb = await freshDb();
    const a = (await runWithTicks('A', 2)).run;
    const b = (await runWithTicks('B', 1)).run;
    await renameRun(fdb, b.id, '  Sport et cimes  ', '2026-11-23T09:00:00.000Z');
    const names = (await listRuns(fdb)).runs.map((r) => r.name);
    expect(names).toEqual(['Sport et cimes', 'A']);
    await renameRun(fdb, a.id, '   ', '2026-11-23T10:00:00.000Z');
    expect((await getRun(fdb, a.id)).name).toBe('A');
    await expect(renameRun(fdb, 'nope', 'x')).rejects.toMatchObject({ code: 'runNotFound' });
  });

  it('duplicates a run with every record, independent of the original', async () => {
    fdb = await freshDb();
    const { run } = await runWithTicks('A', 2);
    const copy = await duplicateRun(fdb, run.id, { name: 'A (copie)', createdAt: '2026-11-23T11:00:00.000Z' });
    expect(copy.id).not.toBe(run.id);
    const loaded = await loadRun(fdb, copy.id);
    expect(loaded.kpis).toHaveLength(2);
    expect(loaded.run.decisions).toEqual(run.decisions);
    expect(await countCustomers(fdb, copy.id)).toBe(200);
    await deleteRun(fdb, run.id);
    expect(await countCustomers(fdb, copy.id)).toBe(200);
    expect((await loadRun(fdb, copy.id)).kpis).toHaveLength(2);
  });

  it('says runNotFound when the run is already deleted (another tab): the home page then said « Partie supprimée » (review11 #4)', async () => {
    fdb = await freshDb();
    const a = (await runWithTicks('A', 2)).run;
    await deleteRun(fdb, a.id);
    await expect(deleteRun(fdb, a.id)).rejects.toMatchObject({ code: 'runNotFound' });
  });

  it('deletes every record of a run and nothing of the others', async () => {
    fdb = await freshDb();
    const a = (await runWithTicks('A', 2)).run;
    const b = (await runWithTicks('B', 2)).run;
    await deleteRun(fdb, a.id);
    await expect(getRun(fdb, a.id)).rejects.toBeInstanceOf(DbError);
    for (const store of ['customerPages', 'purchases', 'events', 'kpis', 'snapshots'] as const) {
      const keys = await fdb.db.getAllKeys(store);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.every((k) => k[0] === b.id)).toBe(true);
    }
  });

  it('skips a stored run that fails validation instead of crashing', async () => {
    fdb = await freshDb();
    await runWithTicks('A', 1);
    await fdb.db.put('runs', { id: 'broken', name: 42 } as never);
    const { runs, skipped } = await listRuns(fdb);
    expect(runs.map((r) => r.name)).toEqual(['A']);
    expect(skipped).toBe(1);
    await expect(getRun(fdb, 'broken')).rejects.toMatchObject({ code: 'recordInvalid' });
  });

  it('branches a run: history before the branch tick is shared, the rest is its own', async () => {
    fdb = await freshDb();
    const { run, base } = await runWithTicks('A', 4);
    const branch = await createBranch(fdb, {
      parentRunId: run.id,
      branchTick: 2,
      name: 'Et si…',
      createdAt: '2026-11-23T12:00:00.000Z',
      customers: base,
      snapshot: { tick: 2 },
      stateHash: 'h2',
    });
    expect(branch.parentRunId).toBe(run.id);
    const loaded = await loadRun(fdb, branch.id);
    expect(loaded.run.currentTick).toBe(2);
    expect(loaded.kpis.map((k) => k.tick)).toEqual([0, 1]);
    expect(loaded.snapshot).toMatchObject({ tick: 2, state: { tick: 2 } });
    expect((await listBranches(fdb, run.id)).map((r) => r.id)).toEqual([branch.id]);
    // the branch continues from tick 2 on its own
    await commitTick(fdb, { runId: branch.id, report: reportOf(2, 200), records: [], stateHash: 'b3' });
    expect((await getRun(fdb, run.id)).currentTick).toBe(4);
  });

  it('keeps a branch’s name in parts, its own, not its parent’s; a rename or a copy names it for good', async () => {
    fdb = await freshDb();
    const { run, base } = await runWithTicks('A', 4);
    const options = { createdAt: '2026-11-23T12:00:00.000Z', customers: base, stateHash: 'h' };
    const branch = await createBranch(fdb, { ...options, parentRunId: run.id, branchTick: 2, name: 'A — et si… (la semaine 3)', branchName: { base: 'A', ticks: [2] } });
    expect((await getRun(fdb, branch.id)).branchName).toEqual({ base: 'A', ticks: [2] });
    expect((await listRuns(fdb)).runs.find((r) => r.id === branch.id)?.branchName).toEqual({ base: 'A', ticks: [2] });
    // a branch made without parts does not take its parent's
    const plain = await createBranch(fdb, { ...options, parentRunId: branch.id, branchTick: 1, name: 'B' });
    expect((await getRun(fdb, plain.id)).branchName).toBeUndefined();
    const copy = await duplicateRun(fdb, branch.id, { name: 'Copie', createdAt: options.createdAt });
    expect((await getRun(fdb, copy.id)).branchName).toBeUndefined();
    await renameRun(fdb, branch.id, 'Mon essai');
    const renamed = await getRun(fdb, branch.id);
    expect(renamed.name).toBe('Mon essai');
    expect(renamed.branchName).toBeUndefined();
  });
  it('re-attaches a deleted branch’s branches to its parent, keeping their history (QA qa28whatif M2)', async () => {
    fdb = await freshDb();
    const { run, base } = await runWithTicks('A', 4);
    const options = { createdAt: '2026-11-23T12:00:00.000Z', customers: base, stateHash: 'h' };
    const branch = await createBranch(fdb, { ...options, parentRunId: run.id, branchTick: 2, name: 'B' });
    for (let t = 2; t < 4; t++) await commitTick(fdb, { runId: branch.id, report: reportOf(t, 200), records: [], stateHash: `b${t + 1}` });
    const later = await createBranch(fdb, { ...options, parentRunId: branch.id, branchTick: 3, name: 'B2' });
    // made a minute after B2: the family lists branches by creation, then by id (random), so the same minute was a coin toss
    const earlier = await createBranch(fdb, { ...options, createdAt: '2026-11-23T12:01:00.000Z', parentRunId: branch.id, branchTick: 1, name: 'B1' });
    await deleteRun(fdb, branch.id);
    // from the original's view, the later one parts at the deleted branch's tick (its ticks 2 were the deleted branch's)
    expect(await getRun(fdb, later.id)).toMatchObject({ parentRunId: run.id, branchTick: 2 });
    expect(await getRun(fdb, earlier.id)).toMatchObject({ parentRunId: run.id, branchTick: 1 });
    expect((await loadRun(fdb, later.id)).kpis.map((k) => k.tick)).toEqual([0, 1, 2]);
    expect(familyOf((await listRuns(fdb)).runs.map((r) => ({ ...r, tick: r.currentTick, mode: 'sandbox' as const })), later.id).map((m) => [m.name, m.depth])).toEqual([
      ['A', 0],
      ['B2', 1],
      ['B1', 1],
    ]);
  });

  /** A (4 ticks) with branches B (tick 2, played to 4) and C (tick 1), and D, a branch of B (tick 3). */
  async function family() {
    const { run, base } = await runWithTicks('A', 4);
    const options = { createdAt: '2026-11-23T12:00:00.000Z', customers: base, stateHash: 'h' };
    const b = await createBranch(fdb, { ...options, parentRunId: run.id, branchTick: 2, name: 'A — et si… (à partir de la semaine 3)', branchName: { base: 'A', ticks: [2] } });
    for (let t = 2; t < 4; t++) await commitTick(fdb, { runId: b.id, report: reportOf(t, 200), records: [], stateHash: `b${t + 1}` });
    const c = await createBranch(fdb, { ...options, createdAt: '2026-11-23T12:01:00.000Z', parentRunId: run.id, branchTick: 1, name: 'C' });
    const d = await createBranch(fdb, { ...options, parentRunId: b.id, branchTick: 3, name: 'D' });
    return { run, b, c, d };
  }
  const timelines = async () => (await listRuns(fdb)).runs.map((r) => ({ ...r, tick: r.currentTick, mode: 'sandbox' as const }));

  it('keeps an original’s branches as games of their own when it is deleted: no parent any more, still variants, theirs kept (QA qa28whatif)', async () => {
    fdb = await freshDb();
    const { run, b, c, d } = await family();
    expect(await deleteRun(fdb, run.id)).toEqual([run.id]);
    // before: each kept a link to a run that no longer exists, and C and B no longer saw each other all the same
    expect(await getRun(fdb, b.id)).toMatchObject({ parentRunId: null, branchTick: 2, name: 'A — et si… (à partir de la semaine 3)', branchName: { base: 'A', ticks: [2] } });
    expect(await getRun(fdb, c.id)).toMatchObject({ parentRunId: null, branchTick: 1 });
    // a branch of a kept branch stays with it
    expect(await getRun(fdb, d.id)).toMatchObject({ parentRunId: b.id, branchTick: 3 });
    expect(familyOf(await timelines(), d.id).map((m) => [m.name, m.depth])).toEqual([
      ['A — et si… (à partir de la semaine 3)', 0],
      ['D', 1],
    ]);
    // every record of theirs is still there
    expect((await loadRun(fdb, b.id)).kpis.map((k) => k.tick)).toEqual([0, 1, 2, 3]);
    expect(await countCustomers(fdb, c.id)).toBe(200);
  });

  // QA qa31robust: kept, « Partie X — et si… (à partir de la semaine 3) » still named a game no longer saved (list, header, Bilan)
  it('names a branch kept from the saved games’ list as a game of its shop and seed; its own branches’ names begin with it', async () => {
    fdb = await freshDb();
    const { run, base } = await runWithTicks('Partie X', 4);
    const options = { createdAt: '2026-11-23T12:00:00.000Z', customers: base, stateHash: 'h' };
    const b = await createBranch(fdb, { ...options, parentRunId: run.id, branchTick: 2, name: 'x', branchName: { base: 'Partie X', ticks: [2] } });
    const c = await createBranch(fdb, { ...options, parentRunId: run.id, branchTick: 1, name: 'y', branchName: { base: 'Partie X', ticks: [1] } });
    for (let t = 2; t < 4; t++) await commitTick(fdb, { runId: b.id, report: reportOf(t, 200), records: [], stateHash: `b${t + 1}` });
    const d = await createBranch(fdb, { ...options, parentRunId: b.id, branchTick: 3, name: 'z', branchName: { base: 'Partie X', ticks: [2, 3] } });
    expect(await deleteFromList(fdb, run.id, {})).toEqual([run.id]);
    const [kept, other] = [await getRun(fdb, b.id), await getRun(fdb, c.id)];
    expect(kept).toMatchObject({ parentRunId: null, branchTick: 2 });
    expect([kept, other].map((r) => r.branchName)).toEqual([undefined, undefined]);
    // told apart from each other
    expect(new Set([kept.name, other.name])).toEqual(new Set(['Boutique de test (7)', 'Boutique de test (7) 2']));
    expect(await getRun(fdb, d.id)).toMatchObject({ parentRunId: b.id, branchName: { base: kept.name, ticks: [3] } });
  });

  it('deletes an original with every branch made from it when asked, and nothing of another game', async () => {
    fdb = await freshDb();
    const other = (await runWithTicks('Autre', 2)).run;
    const { run, b, c, d } = await family();
    expect(new Set(await deleteRun(fdb, run.id, { branches: 'delete' }))).toEqual(new Set([run.id, b.id, c.id, d.id]));
    expect((await listRuns(fdb)).runs.map((r) => r.id)).toEqual([other.id]);
    for (const store of ['customerPages', 'purchases', 'events', 'kpis', 'snapshots'] as const) {
      const keys = await fdb.db.getAllKeys(store);
      expect(keys.every((k) => k[0] === other.id)).toBe(true);
    }
  });

  // review19 m5: the caller locks the runs it read before the deletion's transaction; a branch made since is another's
  it('deletes nothing when the runs to delete are not the ones the caller locked (runChanged)', async () => {
    fdb = await freshDb();
    const { run, b, c, d } = await family();
    await expect(deleteRun(fdb, run.id, { branches: 'delete', locked: [run.id, b.id, c.id] })).rejects.toMatchObject({ code: 'runChanged' });
    expect(new Set((await listRuns(fdb)).runs.map((r) => r.id))).toEqual(new Set([run.id, b.id, c.id, d.id]));
    expect(new Set(await deleteRun(fdb, run.id, { branches: 'delete', locked: [run.id, b.id, d.id, c.id] }))).toEqual(new Set([run.id, b.id, c.id, d.id]));
  });

  it('still re-attaches a deleted branch’s branches, whatever is asked for an original’s', async () => {
    fdb = await freshDb();
    const { run, b, d } = await family();
    expect(await deleteRun(fdb, b.id, { branches: 'delete' })).toEqual([b.id]);
    expect(await getRun(fdb, d.id)).toMatchObject({ parentRunId: run.id, branchTick: 2 });
  });

  it('lists every run made from a run, branches of branches too, and none of another family', () => {
    const runs = [
      { id: 'a', parentRunId: null },
      { id: 'd', parentRunId: 'b' },
      { id: 'b', parentRunId: 'a' },
      { id: 'c', parentRunId: 'a' },
      { id: 'x', parentRunId: null },
      { id: 'y', parentRunId: 'x' },
    ];
    expect(new Set(descendantsOf(runs, 'a'))).toEqual(new Set(['b', 'c', 'd']));
    expect(descendantsOf(runs, 'b')).toEqual(['d']);
    expect(descendantsOf(runs, 'd')).toEqual([]);
  });
});
