/** What a run remembers across reloads: the class link settings it started with, the decisions queued for the next tick. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { commitTick } from '../../../src/db/commitTick.ts';
import { exportRunFile } from '../../../src/db/exportRun.ts';
import { importRun } from '../../../src/db/importRun.ts';
import type { FidelisDb } from '../../../src/db/openDatabase.ts';
import { pendingOf, savePending } from '../../../src/db/pendingDecisions.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { getRun, listRuns, loadRun } from '../../../src/db/runsRepository.ts';
import { createBranch } from '../../../src/db/createBranch.ts';
import type { Action } from '../../../src/engine/decisions.ts';
import type { RunRecord } from '../../../src/db/schema.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { changedRecords, freshDb, makeCustomers, reportOf } from './synthetic.ts';

let fdb: FidelisDb;
afterEach(() => fdb?.close());

const scenario = fixtureScenario();
const social: Action = { type: 'lienSocial', instrument: 'club', target: { segments: ['futurNonClient'] } };
const survey: Action = { type: 'enquete', instrument: 'questionnaire', sampleSize: 50 };
const classSettings = { shop: scenario.id, seed: 4242, mode: 'committed' as const, lock: ['financier' as const], hide: ['lienSocial' as const] };

async function newRun(extra: { classSettings?: typeof classSettings } = {}) {
  const base = makeCustomers(50);
  const run = await createRun(fdb, { name: 'Classe', scenario, seed: 4242, createdAt: '2026-12-01T08:00:00.000Z', customers: base, stateHash: 'h0', ...extra });
  return { run, base };
}

describe('a run keeps the class settings it started with', () => {
  it('stores them with the run and gives them back on load', async () => {
    fdb = await freshDb();
    const { run } = await newRun({ classSettings });
    expect((await loadRun(fdb, run.id)).run.classSettings).toEqual(classSettings);
    expect((await listRuns(fdb)).runs[0].classSettings).toEqual(classSettings);
  });

  it('reads a run saved before runs kept them (no field): still listed and loaded, no schema change needed', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    const stored = (await fdb.db.get('runs', run.id)) as RunRecord;
    expect(stored).not.toHaveProperty('classSettings');
    expect(stored).not.toHaveProperty('pending');
    expect((await listRuns(fdb)).skipped).toBe(0);
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([]);
  });

  it('keeps them through the ticks and in a what-if branch', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun({ classSettings });
    await commitTick(fdb, { runId: run.id, report: reportOf(0, 50), records: changedRecords(base, 0, 5), stateHash: 'h1' });
    expect((await getRun(fdb, run.id)).classSettings).toEqual(classSettings);
    const branch = await createBranch(fdb, { parentRunId: run.id, branchTick: 1, name: 'b', createdAt: '2026-12-01T09:00:00.000Z', customers: base, stateHash: 'h1' });
    expect(branch.classSettings).toEqual(classSettings);
  });
});

describe('the decisions queued for the next tick', () => {
  it('are kept with the run, replaced at each change, and read back for its current tick', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    expect(await savePending(fdb, { runId: run.id, tick: 0, actions: [social, survey] })).toBe(true);
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([social, survey]);
    expect(await savePending(fdb, { runId: run.id, tick: 0, actions: [social] })).toBe(true);
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([social]);
    await savePending(fdb, { runId: run.id, tick: 0, actions: [] });
    expect(await getRun(fdb, run.id)).not.toHaveProperty('pending');
  });

  it('go into the log with the tick that applies them, and a late write for a tick the run has left is dropped', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun();
    await savePending(fdb, { runId: run.id, tick: 0, actions: [social] });
    await commitTick(fdb, { runId: run.id, report: reportOf(0, 50), records: changedRecords(base, 0, 5), stateHash: 'h1', decisions: { tick: 0, actions: [social] } });
    const after = await getRun(fdb, run.id);
    expect(after).not.toHaveProperty('pending');
    expect(after.decisions).toEqual([{ tick: 0, actions: [social] }]);
    expect(await savePending(fdb, { runId: run.id, tick: 0, actions: [survey] })).toBe(false);
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([]);
  });

  it('are read only for the tick they were queued for, and are not a branch’s', async () => {
    fdb = await freshDb();
    const { run, base } = await newRun();
    await savePending(fdb, { runId: run.id, tick: 0, actions: [survey] });
    const stored = await getRun(fdb, run.id);
    expect(pendingOf({ ...stored, currentTick: 1 })).toEqual([]);
    const branch = await createBranch(fdb, { parentRunId: run.id, branchTick: 0, name: 'b', createdAt: '2026-12-01T09:00:00.000Z', customers: base, stateHash: 'h0' });
    expect(branch).not.toHaveProperty('pending');
  });

  it('are not written by a read-only tab', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    const lock = { runId: run.id, canWrite: false, reason: null, release: () => {} };
    await expect(savePending(fdb, { runId: run.id, tick: 0, actions: [social], lock })).rejects.toMatchObject({ code: 'readOnly' });
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([]);
  });

  it('are not written on a full disk, which is said as such (quotaExceeded), the saved queue unchanged', async () => {
    fdb = await freshDb();
    const { run } = await newRun();
    await savePending(fdb, { runId: run.id, tick: 0, actions: [survey] });
    // the browser refuses the write at once (fake-indexeddb's put throwing, as runFileImport.test's full disk)
    const full = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await expect(savePending(fdb, { runId: run.id, tick: 0, actions: [survey, social] })).rejects.toMatchObject({ name: 'DbError', code: 'quotaExceeded' });
    } finally {
      full.mockRestore();
    }
    expect(pendingOf(await getRun(fdb, run.id))).toEqual([survey]);
  });
});

describe('a run moved to another computer (run file)', () => {
  it('keeps its class settings; a file without them imports as before', async () => {
    fdb = await freshDb();
    const { run } = await newRun({ classSettings });
    const { run: plain } = await newRun();
    const text = (await exportRunFile(fdb, run.id, { unnamed: 'partie', now: '2026-12-01T10:00:00.000Z' })).text;
    const plainText = (await exportRunFile(fdb, plain.id, { unnamed: 'partie', now: '2026-12-01T10:00:00.000Z' })).text;
    expect(JSON.parse(plainText).run).not.toHaveProperty('classSettings');
    fdb.close();
    fdb = await freshDb();
    const imported = await importRun(fdb, text);
    expect(imported.status === 'imported' && imported.run.classSettings).toEqual(classSettings);
    expect((await getRun(fdb, run.id)).classSettings).toEqual(classSettings);
    const other = await importRun(fdb, plainText);
    expect(other.status === 'imported' && 'classSettings' in other.run).toBe(false);
  });
});
