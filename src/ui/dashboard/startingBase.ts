/**
 * Where the shop stands before its first period (QA self-learner finding 30): the base read from the
 * engine's initial state (customer records: stage and course segment), and the objectives whose value
 * is already known there (active customers, a segment's share, the budget); the others (turnover,
 * margin, departures, measured satisfaction…) only exist once a period is played. Pure.
 */
import { objectiveProgress, type ObjectiveStatus } from '../../engine/objectives.ts';
import type { CustomerRecord } from '../../engine/types.ts';
import { COURSE_SEGMENTS, type CourseSegment } from '../../engine/vocabulary.ts';
import type { Scenario } from '../../scenario/schema.ts';

export interface StartingBase {
  /** new and active customers: the engine's activeCustomers */
  active: number;
  dormant: number;
  /** customers not lost (new, active, dormant) */
  customers: number;
  /** scored customers per course segment, counted as TickKpis.segments */
  segments: Record<CourseSegment, number>;
}

export function startingBase(records: readonly Pick<CustomerRecord, 'stage' | 'segment'>[]): StartingBase {
  const segments = Object.fromEntries(COURSE_SEGMENTS.map((s) => [s, 0])) as Record<CourseSegment, number>;
  let active = 0;
  let dormant = 0;
  for (const r of records) {
    if (r.stage === 'nouveau' || r.stage === 'actif') active++;
    else if (r.stage === 'dormant') dormant++;
    // every scored customer, as the periods' KPIs count segments (a lost one is « inactif »)
    if (r.segment) segments[r.segment]++;
  }
  return { active, dormant, customers: active + dormant, segments };
}

/** The objectives' value at the start where the initial state gives it (computed as engine/objectives.ts does), the others untouched. */
export function startStatuses(statuses: readonly ObjectiveStatus[], base: StartingBase, scenario: Pick<Scenario, 'budget'>): ObjectiveStatus[] {
  const scored = COURSE_SEGMENTS.reduce((sum, s) => sum + base.segments[s], 0);
  return statuses.map((s) => {
    if (s.value !== null || s.state !== 'enCours') return s;
    const o = s.objective;
    const value =
      o.metric === 'activeCustomers'
        ? base.active
        : o.metric === 'budgetLeft'
          ? scenario.budget.initial
          : o.metric === 'segmentShare' && o.segment && scored > 0
            ? base.segments[o.segment] / scored
            : null;
    if (value === null) return s;
    const metNow = o.comparator === '>=' ? value >= o.target : value <= o.target;
    return { ...s, value, metNow, progress: objectiveProgress(value, o) };
  });
}
