/**
 * Runs side by side: create (the initial customer base in one transaction), list, load (latest
 * snapshot + KPIs), rename, duplicate, delete (every record of the run), what-if branches.
 * Each operation is one transaction, so it happens completely or not at all.
 */
import { unwrap } from 'idb';
import type { DecisionsLog } from '../engine/decisions.ts';
import type { CustomerRecord, TickKpis } from '../engine/types.ts';
import { DbError, toDbError } from './errors.ts';
import { abandon, finish, type WriteTransaction as AnyTx } from './transactions.ts';
import { newRunId, wholeRun, withoutRunId } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { runRecordSchema } from './recordSchemas.ts';
import { groupIntoPages } from './customerColumns.ts';
import { forgetPages, newPagesStamp } from './pageCache.ts';
import { RUN_SCOPED_STORES, type BranchName, type RunRecord, type StoredSnapshot } from './schema.ts';

function nowIso(): string {
  return new Date().toISOString();
}

export interface RunList {
  runs: RunRecord[];
  /** stored runs that failed validation and were left out (show tCount('db.recordInvalid', skipped)) */
  skipped: number;
}

/** Every valid run (branches included), most recently updated first. */
export async function listRuns(fdb: FidelisDb): Promise<RunList> {
  const all = await fdb.db.getAll('runs');
  const runs: RunRecord[] = [];
  let skipped = 0;
  for (const value of all) {
    const parsed = runRecordSchema.safeParse(value);
    if (parsed.success) runs.push(value);
    else skipped += 1;
  }
  runs.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
  return { runs, skipped };
}

/** One run's metadata; DbError runNotFound / recordInvalid. */
export async function getRun(fdb: FidelisDb, runId: string): Promise<RunRecord> {
  const value = await fdb.db.get('runs', runId);
  if (!value) throw new DbError('runNotFound', { runId });
  if (!runRecordSchema.safeParse(value).success) throw new DbError('recordInvalid', { count: 1, store: 'runs' });
  return value;
}

export interface LoadedRun {
  run: RunRecord;
  /** KPIs of every completed tick, in tick order */
  kpis: TickKpis[];
  /**
   * The latest stored engine state at or before run.currentTick. When snapshot.tick < currentTick,
   * replay run.decisions from snapshot.tick to currentTick through the engine (deterministic).
   */
  snapshot: StoredSnapshot | null;
}

/** What the app needs to resume a run: metadata, KPI history and the latest snapshot. */
export async function loadRun(fdb: FidelisDb, runId: string): Promise<LoadedRun> {
  const run = await getRun(fdb, runId);
  const tx = fdb.db.transaction(['kpis', 'snapshots'], 'readonly');
  const range = wholeRun(fdb.keyRange, runId);
  const [stored, snapshot] = await Promise.all([
    tx.objectStore('kpis').getAll(range),
    (async () => {
      const upTo = fdb.keyRange.bound([runId, -Infinity], [runId, run.currentTick]);
      const cursor = await tx.objectStore('snapshots').openCursor(upTo, 'prev');
      return cursor ? cursor.value : null;
    })(),
    tx.done,
  ]);
  const kpis = stored.filter((k) => k.tick < run.currentTick).map((k) => withoutRunId(k) as TickKpis);
  return { run, kpis, snapshot };
}

/** Renames a run (trimmed, never empty). */
export async function renameRun(fdb: FidelisDb, runId: string, name: string, now: string = nowIso()): Promise<RunRecord> {
  const tx = fdb.db.transaction('runs', 'readwrite');
  const run = await tx.store.get(runId);
  if (!run) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId });
  }
  const renamed = { ...run, name: name.trim() || run.name, updatedAt: now };
  // the learner's own name from now on: no longer composed from a branch's parts
  if (name.trim()) delete renamed.branchName;
  await Promise.all([tx.store.put(renamed), tx.done]).catch((error) => {
    throw toDbError(error, 'writeFailed', tx.error);
  });
  return renamed;
}

/** Deletes a run and every record of it (customers, purchases, events, KPIs, snapshots). Confirmation is the UI's job. */
export async function deleteRun(fdb: FidelisDb, runId: string): Promise<void> {
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as AnyTx;
  const range = wholeRun(fdb.keyRange, runId);
  forgetPages(fdb, runId);
  await finish(tx, () => {
    (unwrap(tx.objectStore('runs')) as IDBObjectStore).delete(runId);
    for (const store of RUN_SCOPED_STORES) (unwrap(tx.objectStore(store)) as IDBObjectStore).delete(range);
  });
}

export interface CopyOptions {
  name: string;
  /** ISO 8601, from the caller */
  createdAt: string;
  id?: string;
}

/** A full copy of a run under a new id (same scenario, seed, decisions, every record). */
export async function duplicateRun(fdb: FidelisDb, runId: string, options: CopyOptions): Promise<RunRecord> {
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as AnyTx;
  const source = await tx.objectStore('runs').get(runId);
  if (!source) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId });
  }
  const range = wholeRun(fdb.keyRange, runId);
  const contents = await Promise.all(RUN_SCOPED_STORES.map((store) => tx.objectStore(store).getAll(range)));
  const copy: RunRecord = { ...source, id: options.id ?? newRunId(), name: options.name, createdAt: options.createdAt, updatedAt: options.createdAt, pagesStamp: newPagesStamp() };
  delete copy.branchName;
  await finish(tx, () => {
    (unwrap(tx.objectStore('runs')) as IDBObjectStore).add(copy);
    RUN_SCOPED_STORES.forEach((store, i) => {
      const raw = unwrap(tx.objectStore(store)) as IDBObjectStore;
      for (const value of contents[i]) raw.put({ ...value, runId: copy.id });
    });
  });
  return copy;
}

export interface NewBranch extends CopyOptions {
  parentRunId: string;
  /** completed ticks at the branch point: the branch replays from the parent's state after this many ticks */
  branchTick: number;
  /** customerRecord(state, i) for every customer of the engine state at branchTick */
  customers: CustomerRecord[];
  /** that engine state (from a snapshot or a replay); omitted: no snapshot, resume replays from tick 0 */
  snapshot?: unknown;
  stateHash: string | null;
  /** the branch's mode (RunRecord.mode); default: the parent's */
  mode?: string;
  /** the branch's name in parts (RunRecord.branchName); `name` is then that name as composed now */
  branchName?: BranchName;
}

/**
 * A what-if branch: a new run sharing the parent's history up to `branchTick` (KPIs, purchases,
 * events and decisions of earlier ticks are copied) that then goes its own way.
 */
export async function createBranch(fdb: FidelisDb, input: NewBranch): Promise<RunRecord> {
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as AnyTx;
  const parent = await tx.objectStore('runs').get(input.parentRunId);
  if (!parent || input.branchTick > parent.currentTick) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId: input.parentRunId });
  }
  const history = fdb.keyRange.bound([parent.id, -Infinity], [parent.id, input.branchTick], false, true);
  const [kpis, purchases, events] = await Promise.all(
    (['kpis', 'purchases', 'events'] as const).map((store) => tx.objectStore(store).getAll(history)),
  );
  const decisions: DecisionsLog = parent.decisions.filter((d) => d.tick < input.branchTick);
  const branch: RunRecord = {
    ...parent,
    pagesStamp: newPagesStamp(),
    id: input.id ?? newRunId(),
    name: input.name,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    currentTick: input.branchTick,
    decisions,
    stateHash: input.stateHash,
    parentRunId: parent.id,
    branchTick: input.branchTick,
    ...(input.mode !== undefined ? { mode: input.mode } : {}),
  };
  // the parent's queued decisions are its own, not the branch's; so is its name
  delete branch.pending;
  delete branch.branchName;
  if (input.branchName) branch.branchName = { base: input.branchName.base, ticks: [...input.branchName.ticks] };
  const runId = branch.id;
  await finish(tx, () => {
    (unwrap(tx.objectStore('runs')) as IDBObjectStore).add(branch);
    const put = (store: (typeof RUN_SCOPED_STORES)[number], values: readonly object[]) => {
      const raw = unwrap(tx.objectStore(store)) as IDBObjectStore;
      for (const value of values) raw.put({ ...value, runId });
    };
    put('kpis', kpis);
    put('purchases', purchases);
    put('events', events);
    put('customerPages', groupIntoPages(runId, input.customers));
    if (input.snapshot !== undefined) put('snapshots', [{ tick: input.branchTick, stateHash: input.stateHash, state: input.snapshot }]);
  });
  return branch;
}

/** The what-if branches made from a run (v2 index). */
export async function listBranches(fdb: FidelisDb, parentRunId: string): Promise<RunRecord[]> {
  return fdb.db.getAllFromIndex('runs', 'by-parent', parentRunId);
}
