/**
 * Scenario objectives evaluated from the KPI series: where each objective stands now, whether it
 * was met at its checkpoint, and the points earned. Pure and deterministic (arithmetic only): the
 * dashboard shows it live and the debrief grades with it.
 *
 * Checkpoint: an objective is checked after `byTick` completed ticks (default: the scenario's
 * duration). `kpis` are the completed ticks in order (kpis[0] = first simulated tick), so the value
 * at the checkpoint is the metric over kpis.slice(0, checkTick), whatever the ticks' numbering.
 *
 * Metrics (value over a series of completed ticks):
 *   retentionRate, churnRate, activeCustomers, turnover, grossMargin, budgetLeft: the last tick's value;
 *   cumulativeTurnover, cumulativeMargin: sum of turnover / gross margin;
 *   cumulativeNetMargin: sum of net margin (gross margin - the actions' costs - fixed costs): an action that
 *     costs more than it brings lowers it, where it may still raise the gross margin (QA verify3 V8);
 *   acquisitions: sum of customers acquired (cumulative over the run);
 *   measuredSatisfaction: the mean of the latest questionnaire run in the last periods before the
 *     checkpoint (measurementWindow: the last quarter of the ticks up to the checkpoint, at least 4
 *     periods, so 13 weeks of a year, 9 months of 36, a whole 4-period mission). An older
 *     questionnaire or none = not measured, so not met: the true satisfaction is hidden from the
 *     learner, they must measure it near the end (a week-1 survey says nothing about the year's end).
 *     Mystery shopping does not count: it scores the shop's service, not customers' satisfaction.
 *     Limit: the KPIs carry one measurement per tick, the last one run, so a questionnaire followed by
 *     a mystery shopping in the same tick is not seen;
 *   segmentShare: segment size / all scored customers at the last tick;
 *   segmentRetention: segment size at the last tick / its size after the first tick (the KPIs carry
 *     no per-customer flows, so this is the segment's kept size, not a cohort retention).
 * An objective with `everyTick` takes the worst of these values after each period so far (the lowest for
 * ">=", the highest for "<="; not measurable if one of them is not): its target must hold at every period
 * up to the checkpoint, e.g. a budget that must never fall below a reserve (mission 2's « sans que le
 * budget passe sous 1 000 € »), not only at the end.
 */
import type { Objective, Scenario } from '../scenario/schema.ts';
import * as P from './params.ts';
import { COURSE_SEGMENTS } from './vocabulary.ts';
import type { TickKpis } from './types.ts';

export type ObjectiveState = 'enCours' | 'atteint' | 'manque';

export interface ObjectiveStatus {
  id: string;
  objective: Objective;
  /** the metric over the completed ticks so far (capped at the checkpoint); null when not measurable yet */
  value: number | null;
  target: number;
  comparator: Objective['comparator'];
  /** the number of completed ticks after which the objective is checked */
  checkTick: number;
  /** the current value satisfies the target */
  metNow: boolean;
  /** 'enCours' before the checkpoint, then 'atteint' or 'manque' for good */
  state: ObjectiveState;
  /** 0..1: how close the value is to the target (1 = met) */
  progress: number;
  pointsPossible: number;
  /** points earned: only once the checkpoint is passed and the target met */
  pointsEarned: number;
}

/** The sum of `pick` over the first `end` of `kpis`. */
function sum(kpis: readonly TickKpis[], end: number, pick: (k: TickKpis) => number): number {
  let total = 0;
  for (let i = 0; i < end; i++) total += pick(kpis[i]);
  return total;
}

function scoredCustomers(k: TickKpis): number {
  let total = 0;
  for (const s of COURSE_SEGMENTS) total += k.segments[s];
  return total;
}

/** At least this many periods for a measurement to be recent (a short mission: its whole length; value in params.ts). */
export const MEASUREMENT_WINDOW_MIN_TICKS = P.MEASUREMENT_WINDOW_MIN_TICKS;

/** How many periods before a checkpoint after `checkTick` completed ticks a questionnaire still counts. */
export function measurementWindow(checkTick: number): number {
  return Math.max(MEASUREMENT_WINDOW_MIN_TICKS, Math.ceil(checkTick / 4));
}

/** The index of the first period (0 = the first) whose questionnaire counts for a checkpoint after `checkTick` completed ticks. */
export function measurementWindowStart(checkTick: number): number {
  return Math.max(0, checkTick - measurementWindow(checkTick));
}

/**
 * The mean of the latest questionnaire run in the window before the checkpoint, among `kpis` so far (the first `end`); null when none.
 * Also what « Aller jusqu'à la fin » reads (ui/decisions/endLosses.ts), so its warning follows this rule.
 */
export function recentQuestionnaire(kpis: readonly TickKpis[], checkTick: number, end = kpis.length): number | null {
  const from = measurementWindowStart(checkTick);
  if (end <= from) return null;
  const since = kpis[from].tick;
  for (let i = end - 1; i >= from; i--) {
    const m = kpis[i].satisfactionMeasured;
    if (m && m.method === 'questionnaire' && m.tick >= since) return m.mean;
  }
  return null;
}

/**
 * The objective's metric over `kpis` (completed ticks in order); null when it cannot be computed.
 * `checkTick` is the objective's checkpoint (completed ticks), by default the last of `kpis`: only
 * measuredSatisfaction depends on it (a questionnaire counts only near the checkpoint).
 */
export function objectiveValue(objective: Objective, kpis: readonly TickKpis[], checkTick = kpis.length): number | null {
  return objectiveValueAfter(objective, kpis, kpis.length, checkTick);
}

/**
 * objectiveValue over the first `end` of `kpis` (kpis.slice(0, end)), read in place: the Bilan values an
 * objective after each period without a copy per period (ui/debrief/objectiveGrades.ts).
 */
export function objectiveValueAfter(objective: Objective, kpis: readonly TickKpis[], end: number, checkTick = end): number | null {
  if (!objective.everyTick) return valueAtLast(objective, kpis, end, checkTick);
  let worst: number | null = null;
  for (let n = 1; n <= end; n++) {
    // after period n: the first n KPIs, read in place (no copy per period)
    const value = valueAtLast(objective, kpis, n, checkTick);
    if (value === null) return null;
    if (worst === null || (objective.comparator === '>=' ? value < worst : value > worst)) worst = value;
  }
  return worst;
}

/** The metric after the first `end` of `kpis` (objectiveValue without `everyTick` over kpis.slice(0, end), without the copy). */
function valueAtLast(objective: Objective, kpis: readonly TickKpis[], end: number, checkTick: number): number | null {
  if (end <= 0) return null;
  const now = kpis[end - 1];
  switch (objective.metric) {
    case 'retentionRate':
      return now.retentionRate;
    case 'churnRate':
      return now.churnRate;
    case 'activeCustomers':
      return now.activeCustomers;
    case 'turnover':
      return now.turnover;
    case 'grossMargin':
      return now.grossMargin;
    case 'budgetLeft':
      return now.budgetLeft;
    case 'cumulativeTurnover':
      return sum(kpis, end, (k) => k.turnover);
    case 'cumulativeMargin':
      return sum(kpis, end, (k) => k.grossMargin);
    case 'cumulativeNetMargin':
      return sum(kpis, end, (k) => k.netMargin);
    case 'acquisitions':
      return sum(kpis, end, (k) => k.acquired);
    case 'measuredSatisfaction':
      return recentQuestionnaire(kpis, checkTick, end);
    case 'segmentShare': {
      if (!objective.segment) return null;
      const total = scoredCustomers(now);
      return total > 0 ? now.segments[objective.segment] / total : null;
    }
    case 'segmentRetention': {
      if (!objective.segment) return null;
      const start = kpis[0].segments[objective.segment];
      return start > 0 ? now.segments[objective.segment] / start : null;
    }
  }
}

/** Whether `value` meets the objective's target (`comparator`); null never does. The one comparison of the grading, the Bilan and the class view's checks. */
export function objectiveMet(value: number | null, objective: Pick<Objective, 'comparator' | 'target'>): boolean {
  if (value === null) return false;
  return objective.comparator === '>=' ? value >= objective.target : value <= objective.target;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** 1 when met; otherwise value / target (at least) or target / value (at most), clamped to 0..1. */
export function objectiveProgress(value: number | null, objective: Objective): number {
  if (value === null) return 0;
  if (objectiveMet(value, objective)) return 1;
  const target = objective.target;
  if (objective.comparator === '>=') return target > 0 && value > 0 ? clamp01(value / target) : 0;
  return value > 0 && target > 0 ? clamp01(target / value) : 0;
}

export function evaluateObjective(scenario: Scenario, objective: Objective, kpis: readonly TickKpis[]): ObjectiveStatus {
  const checkTick = objective.byTick ?? scenario.durationTicks;
  const reached = kpis.length >= checkTick;
  const value = objectiveValue(objective, reached ? kpis.slice(0, checkTick) : kpis, checkTick);
  const metNow = objectiveMet(value, objective);
  const state: ObjectiveState = reached ? (metNow ? 'atteint' : 'manque') : 'enCours';
  return {
    id: objective.id,
    objective,
    value,
    target: objective.target,
    comparator: objective.comparator,
    checkTick,
    metNow,
    state,
    progress: objectiveProgress(value, objective),
    pointsPossible: objective.points,
    pointsEarned: state === 'atteint' ? objective.points : 0,
  };
}

export function evaluateObjectives(scenario: Scenario, kpis: readonly TickKpis[]): ObjectiveStatus[] {
  return scenario.objectives.map((o) => evaluateObjective(scenario, o, kpis));
}

/** Points earned and possible over all objectives. */
export function objectivesScore(statuses: readonly ObjectiveStatus[]): { earned: number; possible: number } {
  let earned = 0;
  let possible = 0;
  for (const s of statuses) {
    earned += s.pointsEarned;
    possible += s.pointsPossible;
  }
  return { earned, possible };
}
