/**
 * The summary KPIs of a run, computed from its KPI series (completed ticks in order): what a
 * result file claims and what verification recomputes after the replay. One function for both,
 * so that an honest file always matches its replay bit for bit.
 */
import { evaluateObjectives, objectivesScore } from '../engine/objectives.ts';
import type { TickKpis } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import { withSeedTargets, type SeedAdjustment } from '../engine/seedTargets.ts';
import type { ResultSummary } from './resultFileSchema.ts';

function sum(kpis: readonly TickKpis[], pick: (k: TickKpis) => number): number {
  let total = 0;
  for (const k of kpis) total += pick(k);
  return total;
}

/**
 * Summary of a run of `scenario` whose completed ticks produced `kpis`; `initialCustomers` is used before any tick;
 * the objectives are graded against `seedTargets` when the run's targets were adjusted to its seed (src/engine/seedTargets.ts).
 */
export function summarizeRun(scenario: Scenario, kpis: readonly TickKpis[], initialCustomers?: number, seedTargets?: SeedAdjustment | null): ResultSummary {
  const last = kpis.length > 0 ? kpis[kpis.length - 1] : null;
  const graded = evaluateObjectives(withSeedTargets(scenario, seedTargets), kpis);
  const score = objectivesScore(graded);
  return {
    cumulativeTurnover: sum(kpis, (k) => k.turnover),
    cumulativeGrossMargin: sum(kpis, (k) => k.grossMargin),
    cumulativeNetMargin: sum(kpis, (k) => k.netMargin),
    retentionRate: last ? last.retentionRate : null,
    churnRate: last ? last.churnRate : null,
    activeCustomers: last ? last.activeCustomers : (initialCustomers ?? scenario.customers.initial),
    budgetLeft: last ? last.budgetLeft : scenario.budget.initial,
    objectives: graded.map((g) => ({
      id: g.id,
      state: g.state,
      value: g.value,
      pointsEarned: g.pointsEarned,
      pointsPossible: g.pointsPossible,
    })),
    objectivePoints: score.earned,
    objectiveMaxPoints: score.possible,
  };
}

/** The summary fields compared by verification, in the order differences are reported. */
export const SUMMARY_KPIS = [
  'cumulativeTurnover',
  'cumulativeGrossMargin',
  'cumulativeNetMargin',
  'retentionRate',
  'churnRate',
  'activeCustomers',
  'budgetLeft',
  'objectivePoints',
  'objectiveMaxPoints',
] as const satisfies readonly (keyof ResultSummary)[];
export type SummaryKpi = (typeof SUMMARY_KPIS)[number];
