/**
 * What the teacher's class link does to the mission being played, for its banner and card (QA qa12 F1: a mission-1
 * link that locks a later mission's tool). A tool the mission asks for is waived once closed (evaluate.ts
 * missionTools: the mission is passed without it), but an objective measured through it cannot be met
 * (METRIC_NEEDS: no measured satisfaction without the survey). Hidden tools are named too: the objective names them already.
 */
import type { Mission } from '../../missions/schema.ts';
import { toolOpen, type Tool, type ToolAccess } from '../../missions/tools.ts';
import { missionClosedTools } from '../presets/missionClosedTools.ts';

export interface MissionTeacherLock {
  kind: 'waived' | 'impossible';
  /** the closed tools the mission asks for or is measured through, in TOOLS order */
  tools: Tool[];
}

/** null: the link closes none of the mission's tools (a question mission asks for none). */
export function missionTeacherLock(mission: Pick<Mission, 'check'>, teacher: ToolAccess): MissionTeacherLock | null {
  if (mission.check.kind !== 'objective') return null;
  const { tools, measure } = missionClosedTools(mission.check, (tool) => !toolOpen(teacher, tool));
  if (tools.length === 0) return null;
  return { kind: measure?.kind === 'impossible' ? 'impossible' : 'waived', tools };
}
