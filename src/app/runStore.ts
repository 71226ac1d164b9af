/**
 * What the game session needs from persistence. The IndexedDB implementation adapts the
 * db layer (src/db); `memoryRunStore` keeps runs in memory when IndexedDB is unavailable
 * (and in unit tests), so playing never depends on storage working.
 */
import type { BranchName } from './runName.ts';
import type { Action, DecisionsLog, TickDecisions } from '../engine/decisions.ts';
import type { CustomerRecord, TickKpis, TickReport } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunMode } from './runMode.ts';
import type { RunClassSettings } from '../presets/runClass.ts';
import type { NewRunSave, TickSave } from './engineProtocol.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';
import type { StoredNoAction } from '../results/noActionGame.ts';
import { frenchText } from '../i18n/frenchSpacing.ts';
import type { RunEvent, RunRenamed } from '../db/tabGuard.ts';

export interface NewRun {
  name: string;
  scenario: Scenario;
  seed: number;
  /**
   * asks the engine for the customer base at tick 0 and hashState() of the initial state (with it a
   * run saved at tick 0 can already be verified), when the store writes the base itself
   */
  base(): Promise<{ customers: CustomerRecord[]; stateHash: string | null }>;
  /**
   * has the engine worker store the run and its base itself (src/app/tickWriter.ts), the base never
   * coming to the page: resolves the new run's id, or null when it cannot (then `base` is asked).
   * Absent: the store writes the run itself.
   */
  createInEngine?(save: NewRunSave): Promise<string | null>;
  /** the engine's `customers` option the run was created with (default: the scenario's initial base, as the worker does) */
  customerCount?: number;
  /** sandbox (default) or committed, chosen by the teacher (runMode.ts) */
  mode?: RunMode;
  /** the teacher's class link settings the run keeps (src/presets/runClass.ts) */
  classSettings?: RunClassSettings;
  /** the objectives adjusted to the run's seed (src/engine/seedTargets.ts; absent: the scenario's own targets) */
  seedTargets?: SeedAdjustment;
  /** the no-action game of the run's seed its adjustment played (results/noActionGame.ts), for the Bilan (absent: none played) */
  noAction?: StoredNoAction;
}

/** The records changed since the last save and hashState() after the tick (the engine's `tickChanges`). */
export interface TickChanges {
  changed: CustomerRecord[];
  stateHash?: string | null;
}

export interface CommittedTick {
  report: TickReport;
  /** null when the learner took no decision this tick */
  decisions: TickDecisions | null;
  /** asks the engine for the tick's changes, when the store writes them itself (asked once, at most) */
  changes(): Promise<TickChanges>;
  /**
   * has the engine worker write the tick to the database itself (src/app/tickWriter.ts), the changed
   * records never coming to the page: resolves false when it cannot (then `changes` is asked). Absent:
   * the store writes the tick itself.
   */
  saveInEngine?(save: TickSave): Promise<boolean>;
}

/** A resumed run's history as the current model replays it (the stored one was saved by another model). */
export interface ReplayedHistory {
  /** the replay's reports of ticks 0 .. tick - 1, in order */
  reports: TickReport[];
  /** every customer of the replayed state (at the run's last complete tick) */
  customers: CustomerRecord[];
  /** hashState() of that state */
  stateHash: string | null;
}

export interface StoredRun {
  id: string;
  name: string;
  /** a what-if branch's name in parts (RunRecord.branchName; absent: `name` is the whole name) */
  branchName?: BranchName;
  scenario: Scenario;
  seed: number;
  decisions: DecisionsLog;
  kpis: TickKpis[];
  /** last complete tick count */
  tick: number;
  /** hashState() saved with the last complete tick (null: unknown); replaying the decisions must give it back */
  stateHash?: string | null;
  /** the run is open in another tab: this one may look but not save */
  readOnly?: boolean;
  /** as recorded at creation (absent: the default, sandbox) */
  mode?: RunMode;
  /** a what-if branch: the parent's complete ticks it starts from (absent or null: not a branch) */
  branchTick?: number | null;
  /**
   * a what-if branch whose original is no longer saved: kept as a game of its own when the original was deleted, or left
   * pointing at a deleted run by a deletion made before that choice was asked (absent: not a branch, or its original is saved)
   */
  originGone?: boolean;
  /** the class link settings recorded at creation (absent: a run saved before they were kept) */
  classSettings?: RunClassSettings;
  /** the decisions queued for tick `tick`, not yet simulated (absent or empty: none) */
  pending?: Action[];
  /** a what-if branch's plan: the decisions of the ticks after `tick`, queued as the run reaches them (absent or empty: none) */
  planned?: DecisionsLog;
  /** the objectives adjusted to the run's seed at creation (absent: the scenario's own targets: default seed, or a run saved before) */
  seedTargets?: SeedAdjustment;
  /** the no-action game kept at creation (absent: default seed, or a run saved before it was kept: the Bilan plays it) */
  noAction?: StoredNoAction;
  /** the complete periods a multi-period advance was going to reach when it was interrupted (a reload): markAdvance; absent: none */
  advanceTarget?: number;
  /** the period after which a multi-period advance stopped before its end (« Arrêter », a failed period): markStopped; absent: none */
  advanceStopped?: number;
}

export interface RunStore {
  createRun(run: NewRun): Promise<string>;
  /** the names of the saved runs (a new run's name is told apart from them: runName.ts distinctRunName); absent: not checked */
  runNames?(): Promise<string[]>;
  commitTick(runId: string, tick: CommittedTick): Promise<void>;
  loadRun(runId: string): Promise<StoredRun>;
  /** whether the run is still saved (deleted in another tab?), without claiming it as loadRun does; absent: taken as saved */
  hasRun?(runId: string): Promise<boolean>;
  /** replaces the run's whole stored history (every tick's rows, the customer base, the state hash), all or nothing */
  rewriteHistory(runId: string, history: ReplayedHistory): Promise<void>;
  /**
   * keeps the decisions queued for tick `tick` with the run (all of them, in order), so a reload finds
   * them; nothing written when the run is no longer at `tick`. Absent: the queue lives in memory only
   */
  savePending?(runId: string, tick: number, actions: readonly Action[]): Promise<void>;
  /**
   * replaces a what-if branch's plan of the ticks after `tick` (StoredRun.planned); nothing written when
   * the run is no longer at `tick`. Saving a tick moves the plan of the next tick into the queue (commitTick).
   * Absent: the plan lives in memory only
   */
  savePlanned?(runId: string, tick: number, planned: DecisionsLog): Promise<void>;
  /**
   * for a run loaded read-only: hears the tab that holds it save a period (`saved`, its complete periods)
   * or let it go (`released`); returns the function that stops listening. Absent: nothing is heard
   */
  watch?(runId: string, onEvent: (event: RunEvent) => void): () => void;
  /** hears the run renamed, in any tab (this one too); returns the function that stops listening. Absent: nothing is heard */
  watchName?(runId: string, onRenamed: (renamed: RunRenamed) => void): () => void;
  /**
   * records, before a multi-period advance, the complete periods it is going to reach (null: the advance is over),
   * so a resume after a reload in between can say the rest was not played (StoredRun.advanceTarget). Absent: not said
   */
  markAdvance?(runId: string, target: number | null): void;
  /**
   * records that a multi-period advance stopped before its end after period `tick` (null: the game moved on), so the
   * header's « arrêté après la semaine N sur T » is still said after a reload (StoredRun.advanceStopped). Absent: not kept.
   * false: the browser's storage refused it (full), the note will not be said after a reload
   */
  markStopped?(runId: string, tick: number | null): boolean | void;
}

export function memoryRunStore(): RunStore {
  const runs = new Map<string, StoredRun>();
  let next = 1;
  return {
    async runNames() {
      return [...runs.values()].map((r) => r.name);
    },
    async createRun(run) {
      const id = `memoire-${next++}`;
      runs.set(id, {
        id,
        name: run.name,
        scenario: run.scenario,
        seed: run.seed,
        decisions: [],
        kpis: [],
        tick: 0,
        ...(run.mode ? { mode: run.mode } : {}),
        ...(run.classSettings ? { classSettings: run.classSettings } : {}),
        ...(run.seedTargets ? { seedTargets: run.seedTargets } : {}),
        ...(run.noAction ? { noAction: run.noAction } : {}),
      });
      return id;
    },
    async hasRun(runId) {
      return runs.has(runId);
    },
    async commitTick(runId, tick) {
      const run = runs.get(runId);
      if (!run) throw new Error(frenchText`partie inconnue : ${runId}`);
      const { stateHash } = await tick.changes();
      if (tick.decisions) run.decisions = [...run.decisions, tick.decisions];
      run.kpis = [...run.kpis, tick.report.kpis];
      run.tick += 1;
      delete run.pending;
      run.stateHash = stateHash ?? null;
    },
    async loadRun(runId) {
      const run = runs.get(runId);
      if (!run) throw new Error(frenchText`partie inconnue : ${runId}`);
      return structuredClone(run);
    },
    async rewriteHistory(runId, history) {
      const run = runs.get(runId);
      if (!run) throw new Error(frenchText`partie inconnue : ${runId}`);
      if (history.reports.length !== run.tick) throw new Error(`historique de ${history.reports.length} périodes pour une partie à la période ${run.tick}`);
      run.kpis = history.reports.map((r) => r.kpis);
      run.stateHash = history.stateHash;
    },
    async savePending(runId, tick, actions) {
      const run = runs.get(runId);
      if (!run) throw new Error(frenchText`partie inconnue : ${runId}`);
      if (run.tick !== tick) return;
      if (actions.length > 0) run.pending = structuredClone([...actions]);
      else delete run.pending;
    },
    markAdvance(runId, target) {
      const run = runs.get(runId);
      if (!run) return;
      if (target === null) delete run.advanceTarget;
      else run.advanceTarget = target;
    },
    markStopped(runId, tick) {
      const run = runs.get(runId);
      if (!run) return;
      if (tick === null) delete run.advanceStopped;
      else run.advanceStopped = tick;
    },
  };
}
