/**
 * The effect of each loyalty programme the learner ran: its cost, the incremental margin it made on
 * its targets and its ROI (as the engine reports them in TickKpis.programmes, at its latest figures).
 * How the RFM segments moved is the whole base's, not a programme's: the Bilan shows it once for all
 * programmes (baseSegments), from just before the first started to the last one's end (or now).
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

function kpiBefore(kpis: readonly TickKpis[], tick: number): TickKpis {
  let found: TickKpis | undefined;
  for (const k of kpis) if (k.tick < tick) found = k;
  return found ?? kpis[0];
}

function kpiAt(kpis: readonly TickKpis[], tick: number | undefined): TickKpis {
  const last = kpis[kpis.length - 1];
  if (tick === undefined) return last;
  let found: TickKpis | undefined;
  for (const k of kpis) if (k.tick <= tick) found = k;
  return found ?? last;
}

function moves(before: TickKpis, after: TickKpis): SegmentMove[] {
  return COURSE_SEGMENTS.map((segment) => ({
    segment,
    before: before.segments[segment],
    after: after.segments[segment],
    delta: after.segments[segment] - before.segments[segment],
  }));
}

/** The whole base's RFM segments while programmes ran: just before the first started, and at the last one's end (or now). */
export interface BaseSegments {
  beforeTick: number;
  afterTick: number;
  segments: SegmentMove[];
}

export function baseSegments(kpis: readonly TickKpis[]): BaseSegments | null {
  const programmes = latestProgrammes(kpis);
  if (kpis.length === 0 || programmes.length === 0) return null;
  const before = kpiBefore(kpis, programmes[0].startTick);
  const ends = programmes.map((p) => kpiAt(kpis, p.endTick).tick);
  const after = kpiAt(kpis, Math.max(...ends));
  return { beforeTick: before.tick, afterTick: after.tick, segments: moves(before, after) };
}

export function programmeEffects(kpis: readonly TickKpis[]): ProgrammeEffect[] {
  return latestProgrammes(kpis).map((programme) => ({ programme }));
}
