/**
 * The tools a mission's card lists: those it unlocks and those open since earlier missions, less
 * what the teacher's class link locks or hides (the card shows what is really usable), and the
 * locked ones named apart. Hidden tools are not named at all, as on the decisions screen.
 */
import { unlockedTools } from '../../missions/evaluate.ts';
import type { Mission } from '../../missions/schema.ts';
import { toolOpen, type Tool, type ToolAccess } from '../../missions/tools.ts';

export interface BriefTools {
  /** unlocked by this mission and usable */
  newTools: Tool[];
  /** every usable tool at this mission (new ones included) */
  available: Tool[];
  /** unlocked by the missions but locked by the teacher's link */
  teacherLocked: Tool[];
}

export function briefTools(missions: readonly Mission[], index: number, teacher: ToolAccess): BriefTools {
  const usable = (tool: Tool) => toolOpen(teacher, tool);
  const unlocked = unlockedTools(missions, index);
  return {
    newTools: (missions[index]?.unlocks ?? []).filter(usable),
    available: unlocked.filter(usable),
    teacherLocked: unlocked.filter((tool) => teacher.locked.includes(tool) && !teacher.hidden.includes(tool)),
  };
}
