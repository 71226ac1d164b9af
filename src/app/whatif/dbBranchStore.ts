/** The what-if branches in IndexedDB (src/db): createBranch copies the shared ticks in one transaction. */
import type { FidelisDb } from '../../db/openDatabase.ts';
import { createBranch } from '../../db/createBranch.ts';
import { listRuns, loadRun } from '../../db/runsRepository.ts';
import type { RunRecord } from '../../db/schema.ts';
import { runModeOf } from '../runMode.ts';
import { familyOf, type BranchStore, type TimelineSummary } from './branchStore.ts';

function summaryOf(run: RunRecord): TimelineSummary {
  return {
    id: run.id,
    name: run.name,
    ...(run.branchName ? { branchName: run.branchName } : {}),
    parentRunId: run.parentRunId,
    branchTick: run.branchTick,
    tick: run.currentTick,
    mode: runModeOf(run.mode),
    createdAt: run.createdAt,
  };
}

export function dbBranchStore(fdb: FidelisDb, options: { now?: () => string } = {}): BranchStore {
  const now = options.now ?? (() => new Date().toISOString());
  return {
    async createBranch(branch) {
      const record = await createBranch(fdb, {
        parentRunId: branch.parentRunId,
        branchTick: branch.branchTick,
        name: branch.name,
        branchName: branch.branchName,
        createdAt: now(),
        customers: branch.customers,
        stateHash: branch.stateHash,
        mode: branch.mode,
        ...(branch.keepLaterDecisions ? { keepLaterDecisions: true } : {}),
      });
      return record.id;
    },
    async family(runId) {
      const { runs } = await listRuns(fdb);
      return familyOf(runs.map(summaryOf), runId);
    },
    async timeline(runId) {
      const { run, kpis } = await loadRun(fdb, runId);
      return { ...summaryOf(run), decisions: run.decisions.filter((d) => d.tick < run.currentTick), kpis };
    },
  };
}
