/**
 * The scenario's objectives graded for the debrief, with evaluateObjectives (src/engine/objectives.ts,
 * the one grader the dashboard uses too), plus the first completed tick at which each target was met.
 */
import { evaluateObjectives, objectiveValue, objectivesScore, type ObjectiveStatus } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';

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
 * crossed at week 1, before any decision, must not read as « achieved »).
 */
export type FirstMetCell = { kind: 'never' } | { kind: 'crossed' | 'crossedThenLost'; tick: number };

export function firstMetCell(grade: ObjectiveGrade): FirstMetCell {
  if (grade.firstMetAfter === null) return { kind: 'never' };
  const tick = grade.firstMetAfter - 1;
  return grade.status.state === 'manque' ? { kind: 'crossedThenLost', tick } : { kind: 'crossed', tick };
}

function satisfied(value: number | null, status: ObjectiveStatus): boolean {
  if (value === null) return false;
  return status.comparator === '>=' ? value >= status.target : value <= status.target;
}

export function gradeObjectives(scenario: Scenario, kpis: readonly TickKpis[]): ObjectiveGrades {
  const statuses = evaluateObjectives(scenario, kpis);
  const grades = statuses.map((status) => {
    let firstMetAfter: number | null = null;
    const until = Math.min(kpis.length, status.checkTick);
    for (let n = 1; n <= until && firstMetAfter === null; n++)
      if (satisfied(objectiveValue(status.objective, kpis.slice(0, n), status.checkTick), status)) firstMetAfter = n;
    return { status, firstMetAfter };
  });
  return { grades, ...objectivesScore(statuses) };
}
