/**
 * The decisions a learner has queued for the next tick, not yet simulated, kept with the run
 * (RunRecord.pending) so that a reload, a closed tablet or a crash does not lose them. One
 * transaction on the run's record, written after each change of the queue (add, remove, undo);
 * commitTick drops them when the tick is saved with them in the log. A queue for a tick the run has
 * left (a late write racing the tick's save) is not written: the run moved on.
 * A what-if branch that took up its parent's later decisions also has a plan (RunRecord.planned):
 * the decisions of the ticks after the next one, each moved into the queue when the run reaches its
 * tick (`planAt`, by commitTick and createBranch), and changed with `savePlanned`.
 * No zod here: the run record is read back through runRecordSchema by loadRun.
 */
import type { Action, DecisionsLog, TickDecisions } from '../engine/decisions.ts';
import { DbError, toDbError } from './errors.ts';
import type { FidelisDb } from './openDatabase.ts';
import type { RunRecord } from './schema.ts';
import type { RunLock } from './tabGuard.ts';
import { abandon } from './transactions.ts';

export interface PendingSave {
  runId: string;
  /** the tick the actions are queued for: must be the run's currentTick */
  tick: number;
  /** the whole queue, in order (empty: nothing queued) */
  actions: readonly Action[];
  /** the tab's lock on the run: a read-only tab cannot write */
  lock?: RunLock;
}

/**
 * Replaces the run's queued decisions; false (nothing written) when the run is no longer at `tick`.
 * Throws DbError: readOnly, runNotFound, quotaExceeded, writeFailed.
 */
export async function savePending(fdb: FidelisDb, save: PendingSave): Promise<boolean> {
  return changeRunAtTick(fdb, save, (updated) => {
    if (save.actions.length > 0) updated.pending = { tick: save.tick, actions: [...save.actions] };
    else delete updated.pending;
  });
}

/**
 * One transaction on the run's record, changed by `change` only while the run is still at `at.tick`
 * (false, nothing written, once it has moved on). Throws DbError: readOnly, runNotFound, quotaExceeded, writeFailed.
 */
async function changeRunAtTick(fdb: FidelisDb, at: { runId: string; tick: number; lock?: RunLock }, change: (run: RunRecord) => void): Promise<boolean> {
  if (at.lock && !at.lock.canWrite) throw new DbError('readOnly');
  const tx = fdb.db.transaction('runs', 'readwrite');
  const run = await tx.store.get(at.runId);
  if (!run) {
    await abandon(tx);
    throw new DbError('runNotFound', { runId: at.runId });
  }
  if (run.currentTick !== at.tick) {
    await abandon(tx);
    return false;
  }
  const updated = { ...run };
  change(updated);
  try {
    await Promise.all([tx.store.put(updated), tx.done]);
  } catch (error) {
    // a put refused at once (thrown, not a failed request) too
    throw toDbError(error, 'writeFailed', tx.error);
  }
  return true;
}

/** The queue of a run as loaded: its actions when queued for the run's current tick, else none. */
export function pendingOf(run: { currentTick: number; pending?: { tick: number; actions: Action[] } }): Action[] {
  return run.pending && run.pending.tick === run.currentTick ? run.pending.actions : [];
}

/**
 * The queue and the plan of a run whose current tick becomes `tick`: the plan's entry for `tick` is
 * the queue, the later ones stay planned (earlier ones are dropped: their tick is played).
 */
export function planAt(planned: DecisionsLog | undefined, tick: number): { pending?: TickDecisions; planned?: DecisionsLog } {
  const entry = planned?.find((d) => d.tick === tick && d.actions.length > 0);
  const later = (planned ?? []).filter((d) => d.tick > tick && d.actions.length > 0);
  return {
    ...(entry ? { pending: { tick, actions: [...entry.actions] } } : {}),
    ...(later.length > 0 ? { planned: later.map((d) => ({ tick: d.tick, actions: [...d.actions] })) } : {}),
  };
}

export interface PlannedSave {
  runId: string;
  /** the run's currentTick: the plan is of the ticks after it */
  tick: number;
  /** the whole plan, in tick order (entries at or before `tick` are ignored; empty: nothing planned) */
  planned: DecisionsLog;
  lock?: RunLock;
}

/**
 * Replaces the run's plan of the ticks after `tick`; false (nothing written) when the run is no longer
 * at `tick`. Throws DbError: readOnly, runNotFound, quotaExceeded, writeFailed.
 */
export async function savePlanned(fdb: FidelisDb, save: PlannedSave): Promise<boolean> {
  return changeRunAtTick(fdb, save, (updated) => {
    const later = planAt(save.planned, save.tick).planned;
    if (later) updated.planned = later;
    else delete updated.planned;
  });
}

/** The plan of a run as loaded: its decisions of the ticks after the current one. */
export function plannedOf(run: { currentTick: number; planned?: DecisionsLog }): DecisionsLog {
  return planAt(run.planned, run.currentTick).planned ?? [];
}
