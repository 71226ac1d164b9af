/**
 * The worker's side of the protocol, independent of the Worker API so that tests run
 * it in-process: holds the simulation states by run id and answers requests with the
 * engine's pure functions.
 */
import type { Action, DecisionsLog, Target } from '../engine/decisions.ts';
import type { CustomerRecord, TickReport } from '../engine/types.ts';
import type { ProgrammeReserve, VisibleColumn } from '../engine/index.ts';
import type { TargetCostCurves } from '../engine/costForecast.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { EngineRequest, EngineResults, NewRunSave, TickSave } from './engineProtocol.ts';
import { replayWith, type ReplayEngine } from '../results/replay.ts';
import { VisibleSnapshot } from './changedCustomers.ts';
import { askedByCollections, reachable, targetData, targetSpend, type TargetSpend } from './targetSpend.ts';
// NBSP only, not frenchText: the regular expressions of frenchSpacing.ts would be the worker's only i18n code
import { NBSP } from '../i18n/frenchSpacing.ts';

/** The part of src/engine/index.ts the app uses (see the header of src/engine/types.ts). */
export interface EngineModule<S> extends ReplayEngine<S> {
  createSimulation(scenario: Scenario, options: { seed: number }): S;
  stepSimulation(state: S, scenario: Scenario, actions: Action[]): TickReport;
  cloneState(state: S): S;
  hashState(state: S): string;
  selectTarget(state: S, target: Target): Int32Array;
  customerRecord(state: S, i: number): CustomerRecord;
  visibleColumns(state: S): { n: number; columns: VisibleColumn[] };
  nextTickReserves(state: S, scenario: Scenario): ProgrammeReserve[];
  targetCostCurves(state: S, scenario: Scenario, ids: ArrayLike<number>, ticks: number): TargetCostCurves;
  expectedComplaints(state: S, scenario: Scenario, ids: ArrayLike<number>): number;
}

interface Run<S> {
  scenario: Scenario;
  state: S;
  tick: number;
  customerCount: number;
  /**
   * the visible fields as the page last got them (the whole base at create, then each tickChanges):
   * tickChanges sends every record that differs, whoever the ticks since touched
   */
  sent: VisibleSnapshot;
}

/** Every request is answered at once but `saveTick`, which waits for the database (a promise). */
export type Handler = <R extends EngineRequest>(request: R) => EngineResults[R['kind']] | Promise<EngineResults[R['kind']]>;

/**
 * The worker's own database writer (src/app/tickWriter.ts): writes one tick with the records that
 * changed and the state hash. Absent, or `null` from the factory (no IndexedDB in the worker, or its
 * connection closed): `saveTick` answers `saved: false` and the page writes the tick.
 */
export interface TickWriter {
  /** false once the connection is gone (another tab upgraded the schema): the page writes from then on */
  readonly open: boolean;
  write(save: TickSave, changed: CustomerRecord[], stateHash: string): Promise<void>;
  /** stores a new run with its whole base; resolves its id */
  createRun(save: NewRunSave, customers: CustomerRecord[], stateHash: string): Promise<string>;
}

export interface EngineHandlerOptions {
  /** opens the writer the first time a tick is to be saved (the class view's replays never load the db layer) */
  tickWriter?: () => Promise<TickWriter | null>;
}

function actionsAt(log: DecisionsLog | undefined, tick: number): Action[] {
  return log?.find((d) => d.tick === tick)?.actions ?? [];
}

export function createEngineHandler<S>(engine: EngineModule<S>, options: EngineHandlerOptions = {}): Handler {
  const runs = new Map<string, Run<S>>();
  let writer: Promise<TickWriter | null> | undefined;

  function get(id: string): Run<S> {
    const run = runs.get(id);
    if (!run) throw new Error(`partie inconnue du moteur${NBSP}: ${id}`);
    return run;
  }

  function countOf(state: S): number {
    return engine.selectTarget(state, {}).length;
  }

  function step(run: Run<S>, actions: Action[]): TickReport {
    const report = engine.stepSimulation(run.state, run.scenario, actions);
    run.tick += 1;
    run.customerCount = Math.max(run.customerCount, countOf(run.state));
    return report;
  }

  /** The writer, opened the first time something is to be stored (null: none here). */
  function tickWriter(): Promise<TickWriter | null> {
    writer ??= options.tickWriter ? options.tickWriter().catch(() => null) : Promise.resolve(null);
    return writer;
  }

  /** Every customer's record, in id order. */
  function everyone(run: Run<S>): CustomerRecord[] {
    return Array.from(engine.selectTarget(run.state, {}), (i) => engine.customerRecord(run.state, i));
  }

  /** The records whose visible fields changed since the page (or the database) last got them, and the hash. */
  function changesOf(run: Run<S>): { changed: CustomerRecord[]; stateHash: string } {
    const changed = run.sent.changedSince(engine.visibleColumns(run.state)).map((i) => engine.customerRecord(run.state, i));
    return { changed, stateHash: engine.hashState(run.state) };
  }

  const handlers: { [K in EngineRequest['kind']]: (r: Extract<EngineRequest, { kind: K }>) => EngineResults[K] | Promise<EngineResults[K]> } = {
    create(r) {
      const state = engine.createSimulation(r.scenario, { seed: r.seed });
      const run: Run<S> = { scenario: r.scenario, state, tick: 0, customerCount: countOf(state), sent: new VisibleSnapshot() };
      runs.set(r.run, run);
      const reports: TickReport[] = [];
      for (let t = 0; t < (r.replayTicks ?? 0); t++) reports.push(step(run, actionsAt(r.decisions, t)));
      // the page's base is this state: the new run's whole base, or a resumed run's saved tick. When the
      // replay does not give the saved hash (another model), the page rewrites the stored history and base
      // with this state's at once (session resume, before any tick is saved), so the next tickChanges
      // still only owes what changes after it
      const recalculated = r.expectHash != null && engine.hashState(run.state) !== r.expectHash;
      run.sent = VisibleSnapshot.of(engine.visibleColumns(run.state));
      return { tick: run.tick, customerCount: run.customerCount, reports, recalculated, reserves: engine.nextTickReserves(run.state, run.scenario) };
    },
    step(r) {
      const run = get(r.run);
      const report = step(run, r.actions);
      return { report, reserves: engine.nextTickReserves(run.state, run.scenario), customerCount: run.customerCount };
    },
    tickChanges(r) {
      return changesOf(get(r.run));
    },
    async saveTick(r) {
      get(r.run);
      const open = await tickWriter();
      // no database here: nothing taken from the run, the page asks tickChanges and writes the tick
      if (!open?.open) return { saved: false };
      const { changed, stateHash } = changesOf(get(r.run));
      await open.write(r.save, changed, stateHash);
      return { saved: true, stateHash };
    },
    async storeNewRun(r) {
      const run = get(r.run);
      const open = await tickWriter();
      if (!open?.open) return { stored: false };
      // the base is this state's, as `create` took it for the next tickChanges / saveTick
      const stateHash = engine.hashState(run.state);
      const runId = await open.createRun(r.save, everyone(run), stateHash);
      return { stored: true, runId, stateHash };
    },
    selectTarget(r) {
      const run = get(r.run);
      const ids = engine.selectTarget(run.state, r.target);
      const visible = engine.visibleColumns(run.state);
      // the preview lists the customers the count counts (spend.active): those still there, whom the action reaches
      const reach = reachable(visible, ids);
      const n = Math.min(r.preview, reach.length);
      const preview: CustomerRecord[] = [];
      for (let k = 0; k < n; k++) preview.push(engine.customerRecord(run.state, reach[k]));
      // what the shop knows of them (visible dataKnown): the personalisation form says it before applying (QA shops F8)
      // and the complaints they are expected to make next period (the first period's runway prices them before any is counted)
      const spend: TargetSpend = { ...targetSpend(visible, reach), data: targetData(visible, reach), complaints: engine.expectedComplaints(run.state, run.scenario, ids) };
      // what a programme on them would cost, period after period until the end of the game
      const ticks = Math.max(1, run.scenario.durationTicks - run.tick);
      if (r.curves) spend.curves = engine.targetCostCurves(run.state, run.scenario, ids, ticks);
      // the collections queued this period run before a new programme (engine actions.ts, in the decisions' order): those
      // they ask may consent, and an e-mail or SMS would then enrol and charge them (QA qa32optician M1)
      const asked = r.collected?.length ? askedByCollections(visible, reach, r.collected.map((t) => engine.selectTarget(run.state, t))) : null;
      if (asked?.length) {
        spend.asked = asked.length;
        if (r.curves) spend.askedCurves = engine.targetCostCurves(run.state, run.scenario, asked, ticks).all;
      }
      return { count: ids.length, preview, spend };
    },
    customers(r) {
      const run = get(r.run);
      return r.ids ? r.ids.map((i) => engine.customerRecord(run.state, i)) : everyone(run);
    },
    clone(r) {
      const run = get(r.run);
      runs.set(r.into, { ...run, state: engine.cloneState(run.state), sent: run.sent.clone() });
      return { tick: run.tick };
    },
    hash(r) {
      return engine.hashState(get(r.run).state);
    },
    replay(r) {
      return replayWith(engine, r);
    },
    modelFingerprint() {
      return engine.modelFingerprint();
    },
    dispose(r) {
      runs.delete(r.run);
      return null;
    },
  };

  return (<R extends EngineRequest>(request: R) =>
    (handlers[request.kind] as unknown as (r: R) => EngineResults[R['kind']])(request)) as Handler;
}
