/**
 * The learner's decisions on a timeline: one entry per tick with actions, labelled with the period
 * number the learner saw while deciding ("Semaine 3" = decisions taken at tick 2), each action
 * summarised for display, and the actions the simulation refused with their reason id.
 */
import type { Action, DecisionsLog, Target } from '../../engine/decisions.ts';
import type { PeriodRefusals, RefusalReason } from '../../engine/types.ts';
import { COURSE_SEGMENTS, RF_SEGMENTS } from '../../engine/vocabulary.ts';

export interface TimelineAction {
  action: Action;
  /** reason id (decisions.reason.*) when the simulation refused it */
  rejected: RefusalReason | null;
  /** the filters of the target that are set, for a short description ("segments: ...") */
  target: TargetPart[];
}

export type TargetPart =
  | { kind: 'segments' | 'rfSegments' | 'stages' | 'ladder' | 'motives' | 'channels'; values: string[] }
  | { kind: 'r' | 'f' | 'm'; range: [number, number] }
  | { kind: 'loyaltyCard' | 'clubMember'; value: boolean }
  | { kind: 'customerIds'; count: number }
  /** the towns by index (engine/towns.ts): named up to TOWNS_NAMED, counted beyond */
  | { kind: 'towns'; towns: number[] }
  | { kind: 'limit' | 'minDataKnown'; value: number };

export interface TimelineEntry {
  tick: number;
  /** the period number shown to the learner (tick + 1) */
  period: number;
  actions: TimelineAction[];
}

export function targetParts(target: Target | undefined): TargetPart[] {
  if (!target) return [];
  const parts: TargetPart[] = [];
  for (const kind of ['segments', 'rfSegments', 'stages', 'ladder', 'motives', 'channels'] as const) {
    const values = target[kind];
    if (values && values.length) parts.push({ kind, values: [...values] });
  }
  for (const kind of ['r', 'f', 'm'] as const) {
    const range = target[kind];
    if (range) parts.push({ kind, range: [range[0], range[1]] });
  }
  for (const kind of ['loyaltyCard', 'clubMember'] as const) if (target[kind] !== undefined) parts.push({ kind, value: target[kind] as boolean });
  if (target.customerIds) parts.push({ kind: 'customerIds', count: target.customerIds.length });
  if (target.towns) parts.push({ kind: 'towns', towns: [...target.towns] });
  if (target.minDataKnown !== undefined) parts.push({ kind: 'minDataKnown', value: target.minDataKnown });
  if (target.limit !== undefined) parts.push({ kind: 'limit', value: target.limit });
  return parts;
}

/** Segment filters with every value checked pick every customer (each customer is in one course segment, one R x F segment). */
const WHOLE: Partial<Record<TargetPart['kind'], readonly string[]>> = { segments: COURSE_SEGMENTS, rfSegments: RF_SEGMENTS };

/**
 * A target that reaches the whole customer base: no filter, a bare « at most N » (the first customers of the file, whoever
 * they are), or every segment checked (QA qa28class55 F2: a discount sent to all five segments was not said to be untargeted).
 */
export function wholeBase(target: Target | undefined): boolean {
  return targetParts(target).every((part) => part.kind === 'limit' || ('values' in part && WHOLE[part.kind]?.every((v) => part.values.includes(v)) === true));
}

export function decisionTimeline(decisions: DecisionsLog, reports: readonly PeriodRefusals[] = []): TimelineEntry[] {
  const rejectedAt = new Map<number, Map<number, RefusalReason>>();
  for (const r of reports) if (r.rejected.length) rejectedAt.set(r.tick, new Map(r.rejected.map((x) => [x.actionIndex, x.reason])));
  return [...decisions]
    .filter((d) => d.actions.length > 0)
    .sort((a, b) => a.tick - b.tick)
    .map((d) => ({
      tick: d.tick,
      period: d.tick + 1,
      actions: d.actions.map((action, i) => ({
        action,
        rejected: rejectedAt.get(d.tick)?.get(i) ?? null,
        target: 'target' in action ? targetParts(action.target) : [],
      })),
    }));
}
