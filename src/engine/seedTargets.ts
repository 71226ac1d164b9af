/**
 * Objectives adjusted to the run's seed (course expert M1). A scenario's absolute targets are set on
 * its default seed; another seed draws another shop (another base, other purchases), whose net margin
 * moves by 12 000–30 000 € from one seed to another, more than a good plan's whole effect. So when a
 * run plays another seed, each amount-like target is moved by what doing nothing earns on that seed
 * compared with the default one:
 *
 *   target' = target + (noAction(seed) − noAction(defaultSeed)), the metric at the objective's checkpoint,
 *
 * noAction = the same shop and customer count played with an empty decisions log. A plan must then beat
 * doing nothing by as much as on the default seed. The default seed (and a scenario with no such
 * objective) is never adjusted: `seedAdjustment` (seedAdjustmentRun.ts, which plays the two games: apart,
 * so that the learner's page importing this file does not get the whole engine) returns null without running anything.
 *
 * Metrics moved (amounts, which the seed's draw of the base moves with it): cumulativeTurnover,
 * cumulativeMargin, cumulativeNetMargin, turnover, grossMargin (money, the shift rounded to the euro, half up),
 * activeCustomers, acquisitions (counts), budgetLeft (what the unavoidable costs, complaints, leave).
 * Not moved: retentionRate, churnRate (one period's rate: a ratio, already per customer, whose seed-to-
 * seed spread is mostly that period's own draw, which the learner's decisions draw again: shifting by
 * it would add noise, not remove the shop's level), segmentShare, segmentRetention (ratios, same
 * reason), measuredSatisfaction (doing nothing never measures it: no value to compare).
 *
 * Pure and deterministic (the engine only): the session computes it once when a run is created (in
 * the worker) and stores it with the run; the class view recomputes it to verify a file.
 */
import type { Objective, Scenario } from '../scenario/schema.ts';
import { objectiveValue } from './objectives.ts';
import type { TickKpis } from './types.ts';

/** The metrics whose target follows the seed (see above). */
export const SEED_SHIFTED_METRICS: ReadonlySet<Objective['metric']> = new Set([
  'cumulativeTurnover',
  'cumulativeMargin',
  'cumulativeNetMargin',
  'turnover',
  'grossMargin',
  'budgetLeft',
  'activeCustomers',
  'acquisitions',
]);

/** One objective's adjusted target. */
export interface TargetShift {
  /** the objective's id */
  id: string;
  /** the scenario's own target (set on its default seed) */
  base: number;
  /** the target on this run's seed: base + noAction − noActionDefault */
  target: number;
  /** doing nothing's value at the checkpoint on the run's seed */
  noAction: number;
  /** doing nothing's value at the checkpoint on the scenario's default seed */
  noActionDefault: number;
}

/** What a run on another seed than its scenario's default stores with it (RunRecord, result file). */
export interface SeedAdjustment {
  seed: number;
  defaultSeed: number;
  /** the objectives whose target moved (SEED_SHIFTED_METRICS), in the scenario's order */
  objectives: TargetShift[];
}

/** The objectives of `scenario` whose target follows the seed. */
export function shiftedObjectives(scenario: Scenario): Objective[] {
  return scenario.objectives.filter((o) => SEED_SHIFTED_METRICS.has(o.metric));
}

/** Whether a run of `scenario` on `seed` has its targets adjusted (without running anything). */
export function adjustsTargets(scenario: Scenario, seed: number): boolean {
  return seed !== scenario.defaultSeed && shiftedObjectives(scenario).length > 0;
}

/** How many periods the no-action games must play: the latest checkpoint of a moved objective. */
export function adjustmentTicks(scenario: Scenario): number {
  let ticks = 0;
  for (const o of shiftedObjectives(scenario)) ticks = Math.max(ticks, Math.min(o.byTick ?? scenario.durationTicks, scenario.durationTicks));
  return ticks;
}

/** Money metrics: their shift is rounded to the euro (counts are whole already). */
const MONEY: ReadonlySet<Objective['metric']> = new Set(['cumulativeTurnover', 'cumulativeMargin', 'cumulativeNetMargin', 'turnover', 'grossMargin', 'budgetLeft']);

function valueAt(objective: Objective, scenario: Scenario, kpis: readonly TickKpis[]): number {
  const checkTick = Math.min(objective.byTick ?? scenario.durationTicks, kpis.length);
  return objectiveValue(objective, kpis.slice(0, checkTick), checkTick) ?? 0;
}

/**
 * The adjustment from the two no-action games' KPIs (`onSeed` on the run's seed, `onDefault` on the
 * scenario's default seed, each at least `adjustmentTicks(scenario)` periods); null when nothing moves.
 */
export function adjustmentFromKpis(scenario: Scenario, seed: number, onSeed: readonly TickKpis[], onDefault: readonly TickKpis[]): SeedAdjustment | null {
  if (!adjustsTargets(scenario, seed)) return null;
  const objectives = shiftedObjectives(scenario).map((o) => {
    const noAction = valueAt(o, scenario, onSeed);
    const noActionDefault = valueAt(o, scenario, onDefault);
    const raw = noAction - noActionDefault;
    const shift = MONEY.has(o.metric) ? Math.floor(raw + 0.5) : raw;
    return { id: o.id, base: o.target, target: o.target + shift, noAction, noActionDefault };
  });
  return { seed, defaultSeed: scenario.defaultSeed, objectives };
}

/**
 * `scenario` with the adjusted targets, to grade a run with (dashboard, Bilan, missions, result
 * summary, verification). The same object when there is no adjustment (default seed, old runs).
 */
export function withSeedTargets(scenario: Scenario, adjustment: SeedAdjustment | null | undefined): Scenario {
  if (!adjustment || adjustment.objectives.length === 0) return scenario;
  const targets = new Map(adjustment.objectives.map((o) => [o.id, o.target]));
  return { ...scenario, objectives: scenario.objectives.map((o) => (targets.has(o.id) ? { ...o, target: targets.get(o.id)! } : o)) };
}

/** The same adjustment (seeds, objectives and every figure, exactly): a file's recorded one against the recomputed one. */
export function sameAdjustment(a: SeedAdjustment | null | undefined, b: SeedAdjustment | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.seed !== b.seed || a.defaultSeed !== b.defaultSeed || a.objectives.length !== b.objectives.length) return false;
  return a.objectives.every((o, i) => {
    const p = b.objectives[i];
    return o.id === p.id && Object.is(o.base, p.base) && Object.is(o.target, p.target) && Object.is(o.noAction, p.noAction) && Object.is(o.noActionDefault, p.noActionDefault);
  });
}
