/**
 * Runs side by side: create (the initial customer base in one transaction), list, load (latest
 * snapshot + KPIs), rename, duplicate, delete (every record of the run), list what-if branches
 * (createBranch.ts makes them).
 * Each operation is one transaction, so it happens completely or not at all.
 * A stored run is checked with zod (recordSchemas.ts), imported once there is one to check: a learner who
 * has saved nothing never downloads zod (bench app-learner-js, issue 4).
 */
import { unwrap } from 'idb';
import type { TickKpis } from '../engine/types.ts';
import { DbError, toDbError } from './errors.ts';
import { abandon, finish, type WriteTransaction as AnyTx } from './transactions.ts';
import { newRunId, wholeRun, withoutRunId } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { forgetPages, newPagesStamp } from './pageCache.ts';
import { RUN_SCOPED_STORES, type RunRecord, type StoredSnapshot } from './schema.ts';
import { runRecordSchema } from './runList.ts';

function nowIso(): string {
  return new Date().toISOString();
}

export { listRuns, type RunList } from './runList.ts';

/** One run's metadata; DbError runNotFound / recordInvalid. */
export async function getRun(fdb: FidelisDb, runId: string): Promise<RunRecord> {
  const value = await fdb.db.get('runs', runId);
  if (!value) throw new DbError('runNotFound', { runId });
  if (!(await runRecordSchema()).safeParse(value).success) throw new DbError('recordInvalid', { count: 1, store: 'runs' });
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

/**
 * The branches of `deleted` (a branch itself) re-attached to its parent (QA qa28whatif M2: deleted with it, they left the
 * family, gone from « Chronologies » and the comparison). A branch keeps its whole history (createBranch copies the shared
 * ticks and decisions), so nothing of it is lost: it now shares with the grandparent the ticks its parent shared, or fewer
 * when it branched earlier than its parent did (a branch's own name, « puis de la semaine 15 », still says how it was made).
 */
export function reattached(runs: readonly RunRecord[], deleted: RunRecord): RunRecord[] {
  return runs
    .filter((r) => r.parentRunId === deleted.id)
    .map((r) => ({ ...r, parentRunId: deleted.parentRunId, branchTick: Math.min(r.branchTick ?? 0, deleted.branchTick ?? 0) }));
}

/**
 * What becomes of the branches of an original game that is deleted (QA qa28whatif: they were left pointing to a run
 * that no longer exists, each alone in its family): 'keep' makes each of them a game of its own (its own branches stay
 * with it), 'delete' deletes them, and their branches, with it. A branch keeps its name, which says the game and week it
 * comes from, and its branchTick: it is still a what-if variant, which the class view does not rank.
 */
export type BranchesOnDelete = 'keep' | 'delete';

/** The ids of every run made from `runId`: its branches, theirs, and so on (cycles ignored). */
export function descendantsOf(runs: readonly Pick<RunRecord, 'id' | 'parentRunId'>[], runId: string): string[] {
  const out: string[] = [];
  const seen = new Set([runId]);
  for (let i = -1; i < out.length; i++) {
    const parent = i < 0 ? runId : out[i];
    for (const r of runs)
      if (r.parentRunId === parent && !seen.has(r.id)) {
        seen.add(r.id);
        out.push(r.id);
      }
  }
  return out;
}

/**
 * The name a branch kept as a game of its own is given (`taken`: the names of the other runs kept), instead of its parts,
 * which began with its deleted original's name (QA qa31robust: « Partie X — et si… » where X was no longer saved).
 */
export type KeptName = (kept: RunRecord, taken: readonly string[]) => string;

/**
 * The branches of the original `deleted`, each made a game of its own: no parent any more, the rest kept. `keptName`: a
 * branch named in parts gets a name of its own, and its own branches' names begin with it rather than with the deleted
 * game's (records returned too).
 */
export function madeIndependent(runs: readonly RunRecord[], deleted: RunRecord, keptName?: KeptName): RunRecord[] {
  const out: RunRecord[] = [];
  const taken = runs.filter((r) => r.id !== deleted.id).map((r) => r.name);
  for (const child of runs.filter((r) => r.parentRunId === deleted.id)) {
    const own: RunRecord = { ...child, parentRunId: null };
    const parts = child.branchName;
    if (keptName && parts) {
      own.name = keptName(child, taken);
      taken.push(own.name);
      delete own.branchName;
      for (const id of descendantsOf(runs, child.id)) {
        const r = runs.find((one) => one.id === id);
        if (r?.branchName && r.branchName.base === parts.base && r.branchName.ticks.length > parts.ticks.length)
          out.push({ ...r, branchName: { base: own.name, ticks: r.branchName.ticks.slice(parts.ticks.length) } });
      }
    }
    out.push(own);
  }
  return out;
}

/**
 * Deletes a run and every record of it (customers, purchases, events, KPIs, snapshots). Confirmation is the UI's job.
 * A deleted branch's own branches are re-attached to its parent (reattached); an original's are kept as games of their
 * own or deleted with it (`branches`, keep by default). Resolves with the ids of the runs deleted, `runId` first.
 * DbError runNotFound when the run is already gone (another tab deleted it): the learner is not told it was deleted here.
 * `locked`: the ids the caller holds the locks of; DbError runChanged, nothing deleted, if the runs to delete are others.
 */
export async function deleteRun(
  fdb: FidelisDb,
  runId: string,
  options: { branches?: BranchesOnDelete; locked?: readonly string[]; keptName?: KeptName; onKept?: (kept: readonly RunRecord[]) => void } = {},
): Promise<string[]> {
  const tx = fdb.db.transaction(['runs', ...RUN_SCOPED_STORES], 'readwrite') as unknown as AnyTx;
  const deleted = await tx.objectStore('runs').get(runId);
  if (!deleted) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId });
  }
  const all = await tx.objectStore('runs').getAll();
  const gone = [runId];
  let kept: RunRecord[] = [];
  // a branch whose original is no longer saved (orphaned by a deletion made before the keep/delete choice) is deleted as
  // an original, as the saved runs' list shows it (app/dbRunStore.ts list): its branches were not re-attached to nothing
  if (deleted.parentRunId !== null && all.some((r) => r.id === deleted.parentRunId)) kept = reattached(all, deleted);
  else if (options.branches === 'delete') gone.push(...descendantsOf(all, runId));
  else kept = madeIndependent(all, deleted, options.keptName);
  if (options.locked && (gone.length !== options.locked.length || gone.some((id) => !options.locked?.includes(id)))) {
    // a branch made (or deleted) in another tab since the caller locked the runs: nothing deleted, the list is read again
    await abandon(tx);
    throw new DbError('runChanged', { runId });
  }
  for (const id of gone) forgetPages(fdb, id);
  await finish(tx, () => {
    const runs = unwrap(tx.objectStore('runs')) as IDBObjectStore;
    for (const id of gone) {
      runs.delete(id);
      const range = wholeRun(fdb.keyRange, id);
      for (const store of RUN_SCOPED_STORES) (unwrap(tx.objectStore(store)) as IDBObjectStore).delete(range);
    }
    for (const child of kept) runs.put(child);
  });
  options.onKept?.(kept);
  return gone;
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

/** The what-if branches made from a run (v2 index). */
export async function listBranches(fdb: FidelisDb, parentRunId: string): Promise<RunRecord[]> {
  return fdb.db.getAllFromIndex('runs', 'by-parent', parentRunId);
}
