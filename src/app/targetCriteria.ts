/**
 * The target builder's criteria as the learner sets them (empty lists, full score ranges,
 * "any") and their translation into the engine's Target, which only carries what filters.
 */
import type { Target } from '../engine/decisions.ts';
import type { Channel, CourseSegment, LadderRung, Motive, Stage } from '../engine/vocabulary.ts';

export type ScoreRange = [number, number];

export interface TargetCriteria {
  segments: CourseSegment[];
  stages: Stage[];
  ladder: LadderRung[];
  motives: Motive[];
  channels: Channel[];
  r: ScoreRange;
  f: ScoreRange;
  m: ScoreRange;
  /** null = every town */
  town: number | null;
  /** null = does not matter */
  loyaltyCard: boolean | null;
  clubMember: boolean | null;
  /** 0..1 */
  minDataKnown: number;
  /** null = no limit */
  limit: number | null;
}

export function emptyCriteria(): TargetCriteria {
  return {
    segments: [],
    stages: [],
    ladder: [],
    motives: [],
    channels: [],
    r: [1, 5],
    f: [1, 5],
    m: [1, 5],
    town: null,
    loyaltyCard: null,
    clubMember: null,
    minDataKnown: 0,
    limit: null,
  };
}

function fullRange(range: ScoreRange): boolean {
  return range[0] <= 1 && range[1] >= 5;
}

function ordered(range: ScoreRange): ScoreRange {
  return range[0] <= range[1] ? [range[0], range[1]] : [range[1], range[0]];
}

export function toTarget(c: TargetCriteria): Target {
  const target: Target = {};
  if (c.segments.length) target.segments = [...c.segments];
  if (c.stages.length) target.stages = [...c.stages];
  if (c.ladder.length) target.ladder = [...c.ladder];
  if (c.motives.length) target.motives = [...c.motives];
  if (c.channels.length) target.channels = [...c.channels];
  for (const key of ['r', 'f', 'm'] as const) if (!fullRange(c[key])) target[key] = ordered(c[key]);
  if (c.town !== null) target.towns = [c.town];
  if (c.loyaltyCard !== null) target.loyaltyCard = c.loyaltyCard;
  if (c.clubMember !== null) target.clubMember = c.clubMember;
  if (c.minDataKnown > 0) target.minDataKnown = Math.min(1, c.minDataKnown);
  if (c.limit !== null && Number.isInteger(c.limit) && c.limit >= 1) target.limit = c.limit;
  return target;
}
