/**
 * Replaying a run for verification: the request (what a result file says was played) and the
 * engine-backed replayer. The app may swap in a replayer that runs in a Web Worker; tests and
 * the command line use the engine directly.
 */
import type { DecisionsLog } from '../engine/decisions.ts';
import type { PeriodRefusals, TickKpis, TickReport } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface ReplayRequest {
  scenario: Scenario;
  seed: number;
  customers?: number;
  ticks: number;
  decisions: DecisionsLog;
}

export interface ReplayOutcome {
  stateHash: string;
  /** modelFingerprint() of the engine that replayed (src/engine/modelFingerprint.ts) */
  modelFingerprint: string;
  /** KPIs of each replayed tick, in order */
  kpis: TickKpis[];
  /** the actions the engine refused, for the ticks that had some (the Bilan's timeline shows them; absent from older outcomes) */
  rejected?: PeriodRefusals[];
}

export type Replayer = (request: ReplayRequest) => Promise<ReplayOutcome>;

/** The part of src/engine/index.ts a replay needs. */
export interface ReplayEngine<S> {
  runSimulation(
    scenario: Scenario,
    options: { seed: number; customers?: number; ticks: number; decisions: DecisionsLog },
  ): { state: S; reports: { kpis: TickKpis; rejected?: TickReport['rejected'] }[] };
  hashState(state: S): string;
  modelFingerprint(): string;
}

/** Runs the replay synchronously with `engine` (Node, a worker, or the page when no worker can start). */
export function replayWith<S>(engine: ReplayEngine<S>, request: ReplayRequest): ReplayOutcome {
  const { scenario, seed, customers, ticks, decisions } = request;
  const { state, reports } = engine.runSimulation(scenario, { seed, ...(customers !== undefined ? { customers } : {}), ticks, decisions });
  const rejected = reports.flatMap((r) => (r.rejected && r.rejected.length > 0 ? [{ tick: r.kpis.tick, rejected: r.rejected }] : []));
  return { stateHash: engine.hashState(state), modelFingerprint: engine.modelFingerprint(), kpis: reports.map((r) => r.kpis), rejected };
}

export function engineReplayer<S>(engine: ReplayEngine<S>): Replayer {
  return async (request) => replayWith(engine, request);
}
