/**
 * What the what-if feature needs from storage: make a branch (a run that shares its parent's
 * first ticks and then goes its own way), list a run's family of timelines, read a timeline's
 * decisions and KPIs. IndexedDB implementation: ./dbBranchStore.ts. Branches are ordinary runs
 * with `parentRunId` / `branchTick` (src/db/schema.ts), so they resume, export and verify like any run.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { CustomerRecord, TickKpis } from '../../engine/types.ts';
import type { RunMode } from '../runMode.ts';
import type { BranchName } from '../runName.ts';

export interface TimelineSummary {
  id: string;
  /** shown through app/runName.ts runDisplayName, with `branchName` */
  name: string;
  branchName?: BranchName;
  /** null for the original run */
  parentRunId: string | null;
  /** completed ticks shared with the parent (the branch replays them) */
  branchTick: number | null;
  /** completed ticks */
  tick: number;
  mode: RunMode;
  createdAt: string;
}

export interface Timeline extends TimelineSummary {
  decisions: DecisionsLog;
  /** KPIs of each completed tick, in order */
  kpis: TickKpis[];
}

export interface NewBranch {
  parentRunId: string;
  branchTick: number;
  /** the name as composed now (kept for what does not compose it: run files, an older app) */
  name: string;
  /** what the name is made of, composed where it is shown in the reader's language (app/runName.ts) */
  branchName: BranchName;
  mode: RunMode;
  /** customerRecord of every customer of the state after `branchTick` ticks */
  customers: CustomerRecord[];
  /** hashState of that state */
  stateHash: string | null;
  /**
   * take up the parent's decisions of the ticks from `branchTick` on: those of `branchTick` queued, the
   * later ones planned, each played as the branch reaches its tick (absent: the branch starts empty)
   */
  keepLaterDecisions?: boolean;
}

export interface BranchStore {
  /** returns the new branch's run id */
  createBranch(branch: NewBranch): Promise<string>;
  /** the original run and every branch made from it or from its branches, the original first */
  family(runId: string): Promise<FamilyMember[]>;
  timeline(runId: string): Promise<Timeline>;
}

export interface FamilyMember extends TimelineSummary {
  /** 0 for the original run, 1 for its branches, 2 for branches of branches... */
  depth: number;
}

/**
 * The family of `runId` among `runs`: climb to the original run, then list it and its
 * descendants depth-first, older branches first. A parent that no longer exists (deleted)
 * makes its branch the top of the family.
 */
export function familyOf(runs: readonly TimelineSummary[], runId: string): FamilyMember[] {
  const byId = new Map(runs.map((r) => [r.id, r]));
  let root = byId.get(runId);
  if (!root) return [];
  const seen = new Set<string>();
  while (root.parentRunId !== null && byId.has(root.parentRunId) && !seen.has(root.id)) {
    seen.add(root.id);
    root = byId.get(root.parentRunId)!;
  }
  const children = new Map<string, TimelineSummary[]>();
  for (const r of runs) {
    if (r.parentRunId === null || r.id === root.id) continue;
    const list = children.get(r.parentRunId) ?? [];
    list.push(r);
    children.set(r.parentRunId, list);
  }
  const out: FamilyMember[] = [];
  const visited = new Set<string>();
  const visit = (r: TimelineSummary, depth: number) => {
    if (visited.has(r.id)) return;
    visited.add(r.id);
    out.push({ ...r, depth });
    const kids = [...(children.get(r.id) ?? [])].sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
    );
    for (const k of kids) visit(k, depth + 1);
  };
  visit(root, 0);
  return out;
}
