/**
 * The seed adjustment (seedTargets.ts) played in this thread: the two no-action games run here, by the
 * command line (src/cli/sim.ts) and the tests. Apart from seedTargets.ts, which the learner's page imports
 * at startup (session, dashboard, result summary) and which would otherwise bring the whole engine into
 * it (+~20 KB gz on every learner's path, bench app-learner-js): the page has the worker play them
 * (results/seedAdjustment.ts).
 */
import type { Scenario } from '../scenario/schema.ts';
import { adjustmentFromKpis, adjustmentTicks, adjustsTargets, type SeedAdjustment } from './seedTargets.ts';
import { runSimulation } from './simulation.ts';

/**
 * The adjustment of a run of `scenario` on `seed` with `customers` (the engine's option; default: the
 * scenario's base): plays the two no-action games. Null (nothing played) on the default seed or when
 * no objective's metric follows the seed.
 */
export function seedAdjustment(scenario: Scenario, seed: number, customers?: number): SeedAdjustment | null {
  if (!adjustsTargets(scenario, seed)) return null;
  const ticks = adjustmentTicks(scenario);
  const play = (s: number) => runSimulation(scenario, { seed: s, ticks, ...(customers !== undefined ? { customers } : {}) }).reports.map((r) => r.kpis);
  return adjustmentFromKpis(scenario, seed, play(seed), play(scenario.defaultSeed));
}
