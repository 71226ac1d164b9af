/**
 * A what-if branch in ONE transaction. Apart from runsRepository.ts because only the teacher's
 * what-if tool makes branches (src/app/whatif/dbBranchStore.ts): the learner's storage chunk does
 * not carry it (vite.config.ts STORAGE; a module it imports, even to re-export, would join it).
 */
import { unwrap } from 'idb';
import type { DecisionsLog } from '../engine/decisions.ts';
import type { CustomerRecord } from '../engine/types.ts';
import { DbError } from './errors.ts';
import { abandon, finish, type WriteTransaction as AnyTx } from './transactions.ts';
import { newRunId } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import type { CopyOptions } from './runsRepository.ts';
import { groupIntoPages } from './customerColumns.ts';
import { newPagesStamp } from './pageCache.ts';
import { planAt } from './pendingDecisions.ts';
import { RUN_SCOPED_STORES, type BranchName, type RunRecord } from './schema.ts';

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
  /**
   * take up the parent's decisions of the ticks from `branchTick` on: those of `branchTick` are the
   * branch's queue (RunRecord.pending), the later ones its plan (RunRecord.planned), applied as the
   * branch reaches their tick. Default: none, the branch starts empty after its shared ticks
   */
  keepLaterDecisions?: boolean;
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
  // the parent's queued decisions and plan are its own, not the branch's; so is its name
  delete branch.pending;
  delete branch.planned;
  delete branch.branchName;
  if (input.keepLaterDecisions) Object.assign(branch, planAt(parent.decisions, input.branchTick));
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
