/**
 * The learner's tools on the decisions screen that a mission or a teacher's link can lock
 * (shown, not usable) or hide: the four loyalty strategies, complaint policy, surveys, data
 * collection and recruitment (acquisition). Ids are the action types that each tool produces.
 */
import type { ActionType } from '../engine/decisions.ts';

export const TOOLS = ['financier', 'lienSocial', 'personnalisation', 'customisation', 'politiqueReclamations', 'enquete', 'collecteDonnees', 'acquisition'] as const;
/** zod's enum of them: presets/runClassSchema.ts (no zod in the learner's startup) */
export type Tool = (typeof TOOLS)[number];

export function isTool(value: unknown): value is Tool {
  return typeof value === 'string' && (TOOLS as readonly string[]).includes(value);
}

/** The tool that produced an action (stopping a programme belongs to no tool: always allowed). */
export function toolOfAction(type: ActionType): Tool | null {
  return isTool(type) ? type : null;
}

/** How the decisions screen shows each tool. */
export interface ToolAccess {
  locked: readonly Tool[];
  hidden: readonly Tool[];
  /** of `locked`, those only the mission locks (unlocked by a later mission): said so to the learner */
  byMission?: readonly Tool[];
}

export const OPEN_ACCESS: ToolAccess = { locked: [], hidden: [] };

/**
 * Hidden wins over locked; both lists merged without duplicates, in TOOLS order. A tool stays
 * `byMission` only if every part that locks it is a mission's (the teacher's lock is the one to tell).
 */
export function combineAccess(...parts: ToolAccess[]): ToolAccess {
  const hidden = TOOLS.filter((tool) => parts.some((p) => p.hidden.includes(tool)));
  const locked = TOOLS.filter((tool) => !hidden.includes(tool) && parts.some((p) => p.locked.includes(tool)));
  const byMission = locked.filter((tool) => parts.every((p) => !p.locked.includes(tool) || (p.byMission ?? []).includes(tool)));
  return byMission.length > 0 ? { locked, hidden, byMission } : { locked, hidden };
}

/** Whether the learner may use `tool`: neither locked nor hidden. */
export function toolOpen(access: ToolAccess, tool: Tool): boolean {
  return !access.locked.includes(tool) && !access.hidden.includes(tool);
}

/** Why a tool is locked, for the learner: a later mission unlocks it, or the teacher's link locks it. */
export function lockReason(access: ToolAccess, tool: Tool): 'mission' | 'teacher' | null {
  if (!access.locked.includes(tool)) return null;
  return (access.byMission ?? []).includes(tool) ? 'mission' : 'teacher';
}
