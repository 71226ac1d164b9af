/**
 * Reading one stored run as the session opens it (RunStore.loadRun), renaming and deleting one: the page's storage
 * (dbRunStore.ts) fetches them when first needed, a first visit reads no run (bench app-learner-js, issue 4).
 */
import { acquireRunLock, announceRenamed, type RunLock } from '../db/tabGuard.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import { pendingOf, plannedOf } from '../db/pendingDecisions.ts';
import { loadRun } from '../db/runsRepository.ts';
import { runModeOf } from './runMode.ts';
import type { StoredRun } from './runStore.ts';
import { advanceKey, stoppedKey } from './dbRunStore.ts';

import { deleteRun as deleteStoredRun, type BranchesOnDelete } from '../db/runsRepository.ts';
import type { RunRecord } from '../db/schema.ts';
import { comparableRunName, RUN_NAME_TEMPLATES, runOrigin } from './defaultRunName.ts';
import { distinctRunName } from './runName.ts';

export { descendantsOf, renameRun } from '../db/runsRepository.ts';

/**
 * A branch kept as a game of its own when its original is deleted: named as the app names a game of its shop and seed
 * (« Boulangerie du Marché (1907) », shown in the reader's language, numbered when taken), no longer « <the deleted
 * game> — et si… », which the saved games, the header and the Bilan showed of a game that was no longer saved. A mission's
 * branch, by the shop whose path it is (runOrigin): not its scenario's long « … — mission 3 : Réclamations et enquêtes
 * (42) » (review21 n7), a name read as the app's then, in the reader's language.
 */
export function keptRunName(kept: RunRecord, taken: readonly string[]): string {
  const origin = runOrigin(kept.scenarioId, kept.scenario.name, kept.seed);
  const name = RUN_NAME_TEMPLATES.fr.free.replace('{{shop}}', origin.shop.fr).replace('{{seed}}', String(kept.seed));
  return distinctRunName(name, taken, undefined, (one) => comparableRunName(one, origin));
}

/** db/runsRepository.ts deleteRun, its kept branches named (keptRunName) and their new names told to the tabs showing them, this one too. */
export async function deleteRun(fdb: FidelisDb, runId: string, options: { branches?: BranchesOnDelete; locked?: readonly string[] }): Promise<string[]> {
  let kept: readonly RunRecord[] = [];
  const gone = await deleteStoredRun(fdb, runId, { ...options, keptName: keptRunName, onKept: (runs) => (kept = runs) });
  for (const run of kept) announceRenamed(run.id, { name: run.name, ...(run.branchName ? { branchName: run.branchName } : {}) });
  return gone;
}

/** The run `runId` with its KPIs, read-only unless `claim` gets its lock. */
export async function readStoredRun(
  fdb: FidelisDb,
  runId: string,
  claim: (runId: string) => Promise<RunLock>,
): Promise<StoredRun> {
  const loaded = await loadRun(fdb, runId);
  const held = await claim(runId);
  const { run } = loaded;
  const branch = typeof run.branchTick === 'number';
  // a branch kept when its original was deleted has no parent; one orphaned before that choice, a parent no longer saved
  const parentSaved = branch && run.parentRunId !== null && (await fdb.db.getKey('runs', run.parentRunId)) !== undefined;
  return {
    id: run.id,
    name: run.name,
    ...(run.branchName ? { branchName: run.branchName } : {}),
    scenario: run.scenario,
    seed: run.seed,
    decisions: run.decisions,
    kpis: loaded.kpis,
    tick: run.currentTick,
    stateHash: run.stateHash,
    readOnly: !held.canWrite,
    mode: runModeOf(run.mode),
    ...(branch ? { branchTick: run.branchTick, ...(parentSaved ? {} : { originGone: true }) } : {}),
    ...(run.classSettings ? { classSettings: run.classSettings } : {}),
    ...(run.seedTargets ? { seedTargets: run.seedTargets } : {}),
    ...(run.noAction ? { noAction: run.noAction } : {}),
    pending: pendingOf(run),
    planned: plannedOf(run),
    ...advanceTargetOf(run.id),
    ...advanceStoppedOf(run.id),
  };
}

/** Where an advance of several periods stopped before its end (RunStore.markStopped): the period played last. */
function advanceStoppedOf(runId: string): { advanceStopped?: number } {
  try {
    const tick = Number(globalThis.localStorage?.getItem(stoppedKey(runId)) ?? NaN);
    return Number.isInteger(tick) && tick > 0 ? { advanceStopped: tick } : {};
  } catch {
    return {};
  }
}

/** An advance of several periods under way when the page left (RunStore.markAdvance): its target period. */
function advanceTargetOf(runId: string): { advanceTarget?: number } {
  try {
    const target = Number(globalThis.localStorage?.getItem(advanceKey(runId)) ?? NaN);
    return Number.isInteger(target) && target > 0 ? { advanceTarget: target } : {};
  } catch {
    return {};
  }
}

/**
 * Which of `ids` another tab holds (`own`: this tab's lock, its run is not another's): each lock asked for and let go at
 * once, as a deletion asks for them (dbRunStore remove), so that the question says beforehand what would be refused.
 */
export async function openElsewhere(ids: readonly string[], own: RunLock | null): Promise<string[]> {
  const held: string[] = [];
  for (const runId of ids) {
    if (own?.runId === runId && own.canWrite) continue;
    const one = await acquireRunLock(runId);
    one.release();
    if (!one.canWrite) held.push(runId);
  }
  return held;
}
