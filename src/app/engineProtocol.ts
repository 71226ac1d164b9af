/**
 * Messages between the page and the engine worker. Every request names a run (the
 * worker can hold several: the game and its branches) and gets exactly one response
 * with the same `id`. Typed arrays in reports travel as transferables, not copies.
 */
import type { RunClassSettings } from '../presets/runClass.ts';
import type { Action, DecisionsLog, Target, TickDecisions } from '../engine/decisions.ts';
import type { CustomerRecord, TickReport } from '../engine/types.ts';
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';
import type { StoredNoAction } from '../results/noActionGame.ts';
import type { ReplayOutcome, ReplayRequest } from '../results/replay.ts';
import type { TargetSpend } from './targetSpend.ts';

export interface CreateRequest {
  kind: 'create';
  run: string;
  scenario: Scenario;
  seed: number;
  /** decisions to replay right away (resume, import); ticks 0..replayTicks-1 are simulated */
  decisions?: DecisionsLog;
  replayTicks?: number;
  /**
   * the state hash saved with that tick (resume): when the replay gives another one, the model has
   * changed since the run was saved (`recalculated`). The page then rewrites the stored history with
   * the replay's reports, `customers` and `hash` before it saves any tick (the session retries that
   * rewrite before the next step if it failed), so tickChanges still sends only what changes after
   * the replayed state
   */
  expectHash?: string | null;
}

export interface StepRequest {
  kind: 'step';
  run: string;
  actions: Action[];
}

export interface SelectTargetRequest {
  kind: 'selectTarget';
  run: string;
  target: Target;
  /** how many records of the first matching customers to return */
  preview: number;
  /**
   * true: also what the engine expects of them period after period (spend.curves, budgetReserve.ts
   * `targetCostCurves`), O(customers x periods left), a third of a second at 200,000 customers: only
   * for a strategy the page prices, not for every count
   */
  curves?: boolean;
  /** the targets of the data collections queued this period: they run before a new programme and ask its customers' consent (spend.asked) */
  collected?: Target[];
}

export interface CustomersRequest {
  kind: 'customers';
  run: string;
  /** customer ids; omitted = every customer (in-memory customer base when IndexedDB is unavailable) */
  ids?: number[];
}

export interface CloneRequest {
  kind: 'clone';
  run: string;
  into: string;
}

/**
 * What the autosave of the last stepped tick needs, asked after the page has shown the tick: the
 * records that changed since the page last got them (create's base, or the previous tickChanges).
 */
export interface TickChangesRequest {
  kind: 'tickChanges';
  run: string;
}

/**
 * The autosave of the run's last stepped tick, written by the worker itself (src/app/tickWriter.ts):
 * the changed records and the customer pages they go into never come to the page, whose thread
 * stays free (cloning 20 pages of 10,000 customers into IndexedDB held it ~1 s a tick). Sent by the
 * page only when it holds the run's lock and its own database is a real one; the worker answers
 * `saved: false` without touching anything when it has no database of its own (the page then asks
 * `tickChanges` and writes the tick itself).
 */
export interface SaveTickRequest {
  kind: 'saveTick';
  run: string;
  save: TickSave;
}

/** What commitTick needs besides the changed records and the hash, which the worker has. */
export interface TickSave {
  /** the database's run id */
  runId: string;
  report: TickReport;
  decisions: TickDecisions | null;
  /** ISO 8601 time of the save */
  now: string;
  /** the model the run is stamped with (absent: unknown) */
  modelFingerprint?: string;
}

/**
 * A new run stored with its whole base by the worker itself (src/app/tickWriter.ts), as saveTick
 * does for ticks: the base (200,000 records at most) never comes to the page. `stored: false`: the
 * worker has no database, nothing done (the page asks `customers` and `hash` and stores the run).
 */
export interface StoreNewRunRequest {
  kind: 'storeNewRun';
  run: string;
  save: NewRunSave;
}

/** What createRun needs besides the base and the initial hash, which the worker has. */
export interface NewRunSave {
  name: string;
  scenario: Scenario;
  seed: number;
  /** ISO 8601 */
  createdAt: string;
  /** the engine's `customers` option (the scenario's initial base: the worker creates runs with it) */
  customerCount: number;
  mode?: string;
  modelFingerprint?: string;
  /** the class link settings the run keeps (RunRecord.classSettings) */
  classSettings?: RunClassSettings;
  /** the objectives adjusted to the run's seed (RunRecord.seedTargets) */
  seedTargets?: SeedAdjustment;
  /** the no-action game its adjustment played (RunRecord.noAction) */
  noAction?: StoredNoAction;
}

export interface HashRequest {
  kind: 'hash';
  run: string;
}

/** A whole replay of a result file, no run kept (the class view's verification pool uses this worker too). */
export interface ReplayFileRequest extends ReplayRequest {
  kind: 'replay';
}

/** The engine's modelFingerprint(), written in result files. */
export interface ModelFingerprintRequest {
  kind: 'modelFingerprint';
}

export interface DisposeRequest {
  kind: 'dispose';
  run: string;
}

export type EngineRequest =
  | CreateRequest
  | StepRequest
  | TickChangesRequest
  | SaveTickRequest
  | StoreNewRunRequest
  | SelectTargetRequest
  | CustomersRequest
  | CloneRequest
  | HashRequest
  | ReplayFileRequest
  | ModelFingerprintRequest
  | DisposeRequest;

export interface CreateResult {
  tick: number;
  customerCount: number;
  /** reports of the replayed ticks, in order (empty for a new run) */
  reports: TickReport[];
  /** expectHash was given and the replay does not give it */
  recalculated: boolean;
  /** what the next tick will reserve for each running programme (src/engine/budgetReserve.ts) */
  reserves: ProgrammeReserve[];
}

/**
 * Only what the page shows: the tick's report (KPIs, purchase and event batches as transferred typed
 * arrays, refusals) and the budget reserves; the page shows the tick as soon as it arrives. What only the autosave needs (changed records,
 * state hash) is asked next with `tickChanges`, while the page renders.
 */
export interface StepResult {
  report: TickReport;
  /**
   * what the next tick will reserve from the budget for each running programme, oldest first (a few
   * numbers, src/engine/budgetReserve.ts): the budget runway the page shows (src/app/budgetRunway.ts)
   */
  reserves: ProgrammeReserve[];
  /** as CreateResult's, after this tick (a read-only tab's follow steps the other tab's periods: session #catchUp) */
  customerCount: number;
}

export interface TickChangesResult {
  /**
   * records (ascending ids) whose visible fields changed since the last tickChanges or since create:
   * buyers and customers with an event, but also everyone whose RFM scores, segment or stage moved,
   * and the recruits. Applied to the stored base, it makes it equal to the engine's.
   */
  changed: CustomerRecord[];
  /** hashState() after that tick, stored with the tick to check replays */
  stateHash: string;
}

/** `saved`: the worker wrote the tick (then `stateHash` is the one stored); false: nothing done, the page writes it. */
export type SaveTickResult = { saved: true; stateHash: string } | { saved: false };

/** `stored`: the worker wrote the run (its id, and the initial hash stored with it); false: nothing done. */
export type StoreNewRunResult = { stored: true; runId: string; stateHash: string } | { stored: false };

export interface SelectTargetResult {
  count: number;
  preview: CustomerRecord[];
  /** what the target's records say it will spend per period (the cost estimate of a financial advantage) */
  spend: TargetSpend;
}

export interface EngineResults {
  create: CreateResult;
  step: StepResult;
  tickChanges: TickChangesResult;
  saveTick: SaveTickResult;
  storeNewRun: StoreNewRunResult;
  selectTarget: SelectTargetResult;
  customers: CustomerRecord[];
  clone: { tick: number };
  hash: string;
  replay: ReplayOutcome;
  modelFingerprint: string;
  dispose: null;
}

export type ResultOf<R extends EngineRequest> = EngineResults[R['kind']];

/** A failure: its message, and for the database's errors (DbError) their code and params, for the page's French message. */
export type EngineResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string; code?: string; params?: Record<string, string | number> };

/** The failure response of a request: a DbError keeps its code and params across the worker boundary. */
export function failureOf(id: number, error: unknown): EngineResponse {
  const message = error instanceof Error ? error.message : String(error);
  const { name, code, params } = (error ?? {}) as { name?: unknown; code?: unknown; params?: unknown };
  if (name === 'DbError' && typeof code === 'string') return { id, ok: false, error: message, code, params: (params ?? {}) as Record<string, string | number> };
  return { id, ok: false, error: message };
}

export type EngineMessage = { id: number; request: EngineRequest };

/** The typed-array buffers of a report, to transfer instead of copying. */
export function reportBuffers(report: TickReport): ArrayBuffer[] {
  const { purchases: p, events: e } = report;
  const arrays = [p.customer, p.amount, p.productType, p.channel, e.customer, e.type, e.detail];
  const buffers = new Set<ArrayBuffer>();
  for (const a of arrays) if (a.buffer instanceof ArrayBuffer && a.byteLength === a.buffer.byteLength) buffers.add(a.buffer);
  return [...buffers];
}
