/**
 * The scenario's objectives graded for the debrief, with evaluateObjectives (src/engine/objectives.ts,
 * the one grader the dashboard uses too), plus the first completed tick at which each target was met.
 */
import { evaluateObjectives, objectiveMet, objectiveValueAfter, objectivesScore, type ObjectiveStatus } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';

export interface ObjectiveGrade {
  status: ObjectiveStatus;
  /** number of completed ticks after which the target was first satisfied (up to the checkpoint); null if never */
  firstMetAfter: number | null;
}

export interface ObjectiveGrades {
  grades: ObjectiveGrade[];
  earned: number;
  possible: number;
}

/**
 * What the « threshold first crossed » cell says: never; the period it was first crossed; or, for an
 * objective missed at its checkpoint, that period and that the value went back (a failed objective
 * crossed at week 1, before any decision, must not read as « achieved »). A level to keep (`atStart`:
 * « garder au moins 2 660 clients actifs ») met from the first period was not crossed: it was already
 * there at the start, and had to hold until the checkpoint (QA shops F13).
 */
export type FirstMetCell = { kind: 'never' } | { kind: 'crossed' | 'crossedThenLost' | 'atStart' | 'atStartThenLost'; tick: number };

/**
 * Metrics that are a level the shop already has at the start (the last period's value, not a sum from 0 nor a
 * measurement the learner must run): an objective on one of them met from the first period was already met.
 */
const LEVELS: ReadonlySet<Objective['metric']> = new Set([
  'activeCustomers',
  'budgetLeft',
  'retentionRate',
  'churnRate',
  'turnover',
  'grossMargin',
  'segmentShare',
  'segmentRetention',
]);

/** An objective on a level the shop already has at the start (LEVELS): « garder au moins … », to hold until its checkpoint. */
export function isLevelObjective(objective: Pick<Objective, 'metric'>): boolean {
  return LEVELS.has(objective.metric);
}

export function firstMetCell(grade: ObjectiveGrade): FirstMetCell {
  if (grade.firstMetAfter === null) return { kind: 'never' };
  const lost = grade.status.state === 'manque';
  const tick = grade.firstMetAfter - 1;
  if (tick === 0 && isLevelObjective(grade.status.objective)) return { kind: lost ? 'atStartThenLost' : 'atStart', tick };
  return { kind: lost ? 'crossedThenLost' : 'crossed', tick };
}

export function gradeObjectives(scenario: Scenario, kpis: readonly TickKpis[]): ObjectiveGrades {
  const statuses = evaluateObjectives(scenario, kpis);
  const grades = statuses.map((status) => {
    let firstMetAfter: number | null = null;
    const until = Math.min(kpis.length, status.checkTick);
    // each period's value read in place (no copy of the first n KPIs per period)
    for (let n = 1; n <= until && firstMetAfter === null; n++)
      if (objectiveMet(objectiveValueAfter(status.objective, kpis, n, status.checkTick), status)) firstMetAfter = n;
    return { status, firstMetAfter };
  });
  return { grades, ...objectivesScore(statuses) };
}
