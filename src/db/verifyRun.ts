/**
 * Rebuild-and-verify: a run can always be recomputed from its scenario, seed and decisions; the
 * result must hash to the stored state hash. The engine functions are passed in (the database
 * layer does not import the engine), so tests use the real engine and the app its worker.
 */
import type { DecisionsLog } from '../engine/decisions.ts';
import type { Scenario } from '../scenario/schema.ts';
import { DbError } from './errors.ts';
import type { FidelisDb } from './openDatabase.ts';
import { getRun } from './runsRepository.ts';

export interface ReplayEngine<State> {
  runSimulation(scenario: Scenario, options: { seed: number; customers?: number; ticks: number; decisions: DecisionsLog }): { state: State };
  hashState(state: State): string;
}

export interface Verification {
  ok: boolean;
  ticks: number;
  expected: string | null;
  actual: string;
  /** verifyMismatch when not ok, for t(error.messageKey, error.params) */
  error: DbError | null;
}

export async function verifyRun<State>(fdb: FidelisDb, runId: string, engine: ReplayEngine<State>): Promise<Verification> {
  const run = await getRun(fdb, runId);
  const { state } = engine.runSimulation(run.scenario, {
    seed: run.seed,
    customers: run.customerCount,
    ticks: run.currentTick,
    decisions: run.decisions,
  });
  const actual = engine.hashState(state);
  const ok = run.stateHash !== null && actual === run.stateHash;
  return {
    ok,
    ticks: run.currentTick,
    expected: run.stateHash,
    actual,
    error: ok ? null : new DbError('verifyMismatch', { expected: run.stateHash ?? '—', actual }),
  };
}
