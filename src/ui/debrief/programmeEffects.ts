/**
 * The effect of each loyalty programme the learner ran: its cost, the incremental margin it made on
 * its targets and its ROI (as the engine reports them in TickKpis.programmes, at its latest figures).
 * How the RFM segments moved is the whole base's, not a programme's: the Bilan shows it once for all
 * programmes (baseSegments), over the whole game (first period to the last played), the window of the
 * Bilan's title and of its course lines, whatever the programmes' dates.
 */
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import { COURSE_SEGMENTS, type CourseSegment } from '../../engine/vocabulary.ts';

export interface SegmentMove {
  segment: CourseSegment;
  before: number;
  after: number;
  delta: number;
}

export interface ProgrammeEffect {
  programme: ProgrammeKpi;
}

/** Each programme's latest figures: a stopped programme keeps the figures of the last tick it appeared in. */
export function latestProgrammes(kpis: readonly TickKpis[]): ProgrammeKpi[] {
  const byId = new Map<string, ProgrammeKpi>();
  for (const k of kpis) for (const p of k.programmes) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => a.startTick - b.startTick || a.id.localeCompare(b.id, 'en', { numeric: true }));
}

function moves(before: TickKpis, after: TickKpis): SegmentMove[] {
  return COURSE_SEGMENTS.map((segment) => ({
    segment,
    before: before.segments[segment],
    after: after.segments[segment],
    delta: after.segments[segment] - before.segments[segment],
  }));
}

/**
 * The whole base's RFM segments over the whole game: at the end of the first period and of the last
 * one played. Not « while programmes ran »: a window ending with a programme stopped at week 26 showed
 * « Après » = week 26 in a Bilan of 52 periods, and hid what followed the stop. The programmes' own
 * effect is the control-group comparison above this table; these moves are the base's, all causes.
 */
export interface BaseSegments {
  beforeTick: number;
  afterTick: number;
  segments: SegmentMove[];
  /** lost customers at each end, all counted in « Inactif (RFM) » (QA qa29self m3: +491 inactive read as a collapse) */
  lostBefore: number;
  lostAfter: number;
}

/** null without programmes: the table belongs to the programmes' section. */
export function baseSegments(kpis: readonly TickKpis[]): BaseSegments | null {
  if (kpis.length === 0 || latestProgrammes(kpis).length === 0) return null;
  const before = kpis[0];
  const after = kpis[kpis.length - 1];
  return { beforeTick: before.tick, afterTick: after.tick, segments: moves(before, after), lostBefore: before.stages.perdu, lostAfter: after.stages.perdu };
}

export function programmeEffects(kpis: readonly TickKpis[]): ProgrammeEffect[] {
  return latestProgrammes(kpis).map((programme) => ({ programme }));
}
