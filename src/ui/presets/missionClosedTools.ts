/**
 * The tools a class link closes (locks or hides) that a mission relies on: those it asks to use, and the one its
 * objective is measured through (METRIC_NEEDS). Read by the student's mission banner and card (missionTeacherLock.ts)
 * and by the teacher's link builder (lockConflicts.ts): here beside objectiveLock.ts, not in lockConflicts.ts, so the
 * student's side does not bring in the builder's checks. Pure.
 */
import type { Objective } from '../../scenario/schema.ts';
import { TOOLS, type Tool } from '../../missions/tools.ts';
import { METRIC_NEEDS } from './objectiveLock.ts';

export interface MissionClosedTools {
  /** the closed tools the mission asks for or is measured through, in TOOLS order */
  tools: Tool[];
  /** the closed tool its objective is measured through, and what closing it does; null: none, or open */
  measure: { tool: Tool; kind: 'impossible' | 'harder' } | null;
}

export function missionClosedTools(
  mission: { readonly metric: Objective['metric'] | null; readonly requires: readonly Tool[] },
  closed: (tool: Tool) => boolean,
): MissionClosedTools {
  const need = mission.metric ? METRIC_NEEDS[mission.metric] : undefined;
  const measure = need && closed(need.tool) ? { tool: need.tool, kind: need.kind } : null;
  const tools = TOOLS.filter((tool) => (tool === measure?.tool || mission.requires.includes(tool)) && closed(tool));
  return { tools, measure };
}
