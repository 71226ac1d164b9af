/**
 * What the teacher's class link does to the mission being played, for its banner and card (QA qa12 F1: a mission-1
 * link that locks a later mission's tool). A tool the mission asks for is waived once closed (evaluate.ts
 * missionTools: the mission is passed without it), but an objective measured through it cannot be met
 * (METRIC_NEEDS: no measured satisfaction without the survey). Hidden tools are named too: the objective names them already.
 */
import type { Mission } from '../../missions/schema.ts';
import { toolOpen, type Tool, type ToolAccess } from '../../missions/tools.ts';
import { missionClosedTools } from '../presets/missionClosedTools.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';

export interface MissionTeacherLock {
  kind: 'waived' | 'impossible';
  /** the closed tools the mission asks for or is measured through, in TOOLS order */
  tools: Tool[];
  /** of `tools`, those the link hides (the teacher's « caché »), the others it locks: each said in the teacher's own word (QA qa23 F5) */
  hidden: Tool[];
  /**
   * of `tools`, those the mission no longer asks for (evaluate.ts waives every closed tool it requires): its objective
   * sentence leaves out what asks for them (missionTargetText.ts). Not the tool an impossible objective is measured
   * through: that sentence stays whole, the line below it says it cannot be met.
   */
  waived: Tool[];
}

/** null: the link closes none of the mission's tools (a question mission asks for none). */
export function missionTeacherLock(mission: Pick<Mission, 'check'>, teacher: ToolAccess): MissionTeacherLock | null {
  if (mission.check.kind !== 'objective') return null;
  const check = mission.check;
  const { tools, measure } = missionClosedTools(check, (tool) => !toolOpen(teacher, tool));
  if (tools.length === 0) return null;
  const impossible = measure?.kind === 'impossible' ? measure.tool : null;
  return {
    kind: impossible ? 'impossible' : 'waived',
    tools,
    hidden: tools.filter((tool) => teacher.hidden.includes(tool)),
    waived: tools.filter((tool) => check.requires.includes(tool) && tool !== impossible),
  };
}

/**
 * The sentence for the learner: « Verrouillé par votre enseignant : … », « Caché par votre enseignant : … », or both, then
 * what it does to the mission. A hidden tool was called « verrouillé » while the teacher had chosen « caché » (QA qa23 F5).
 */
export function missionTeacherLockText(lock: MissionTeacherLock, t: (key: MessageKey, params?: Params) => string): string {
  const names = (tools: Tool[]) => tools.map((tool) => t(`vocabulary.actionType.${tool}` as MessageKey)).join(', ');
  const locked = lock.tools.filter((tool) => !lock.hidden.includes(tool));
  const closed =
    locked.length === 0
      ? t('missions.teacherLock.hidden', { tools: names(lock.hidden) })
      : lock.hidden.length === 0
        ? t('missions.teacherLock.locked', { tools: names(locked) })
        : t('missions.teacherLock.lockedAndHidden', { locked: names(locked), hidden: names(lock.hidden) });
  return t(`missions.teacherLock.${lock.kind}`, { closed });
}
