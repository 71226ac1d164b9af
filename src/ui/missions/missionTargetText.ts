/**
 * A mission's objective sentence for its run: « … sans que le budget marketing passe sous 1 000 € » with
 * the figure the run is graded on when its seed moved it (src/engine/seedTargets.ts; the mission's
 * objective has the mission's id in its scenario, missionScenario.ts), and without the pieces that ask for
 * a tool the teacher's class link closed (missions/schema.ts objectivePart; missionTeacherLock.ts waived).
 */
import { localized } from '../../app/localized.ts';
import { withTargetInText, type ShownObjective } from '../../app/objectiveText.ts';
import type { MissionStatus } from '../../missions/evaluate.ts';
import { inObjectiveOrder } from '../../missions/missionText.ts';
import type { SeedAdjustment } from '../../engine/seedTargets.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { LocalizedText } from '../../scenario/schema.ts';
import type { Mission, ObjectivePart } from '../../missions/schema.ts';
import type { Tool } from '../../missions/tools.ts';

type ObjectiveOf = Pick<Mission, 'objective' | 'objectiveParts'>;

export function missionObjectiveText(
  mission: Pick<Mission, 'id'> & ObjectiveOf,
  locale: Locale,
  seedTargets?: SeedAdjustment | null,
  /** the tools the mission no longer asks for (MissionTeacherLock.waived) */
  waived: readonly Tool[] = [],
  /** the run is graded without the mission-only conditions (missionOnlyLeftOut): the sentence leaves them out, or those naming a tool */
  withoutMissionOnly: boolean | Tool = false,
): string {
  const text = localized(shownObjective(mission, waived, withoutMissionOnly), locale);
  const shift = seedTargets?.objectives.find((o) => o.id === mission.id);
  return shift ? withTargetInText(text, shift.base, shift.target, locale) : text;
}

/** A piece stays unless it asks for a waived tool: any of its tools, or all of them (`anyTool`). */
function kept(part: ObjectivePart, waived: readonly Tool[]): boolean {
  const tools = part.tools ?? [];
  if (tools.length === 0) return true;
  return part.anyTool ? tools.some((tool) => !waived.includes(tool)) : tools.every((tool) => !waived.includes(tool));
}

/**
 * The sentence of the pieces kept, in both languages: a sentence whose first piece went starts at the next one,
 * without its joining « ; » or « , » and with a capital (« Jouez 4 semaines… »). A file that gives the sentence
 * whole: the sentence as written (the same object). `run`: the sentence of the mission's run, as the dashboard, the
 * Bilan and the competencies grade it with the engine: without the mission-only pieces (objectivePart.missionOnly),
 * which only the mission's card, banner and bilan say, with the mission's own check; a tool: only the mission-only
 * pieces naming it (a rule the run was started before, missionOnlyLeftOut).
 */
export function shownObjective(mission: ObjectiveOf, waived: readonly Tool[] = [], run: boolean | Tool = false): LocalizedText {
  const parts = mission.objectiveParts?.filter((part) => !part.missionOnly || (run === false ? true : run === true ? false : !(part.tools ?? []).includes(run)));
  const shown = parts?.filter((part) => kept(part, waived));
  if (!parts || !shown || (run === true && shown.length === parts.length)) return mission.objective;
  const start = (text: string, locale: Locale) => {
    const rest = text.replace(/^[\s,;:]+/, '');
    return rest.charAt(0).toLocaleUpperCase(locale) + rest.slice(1);
  };
  const fr = start(shown.map((part) => part.fr).join(''), 'fr');
  const en = shown.every((part) => part.en !== undefined) ? start(shown.map((part) => part.en).join(''), 'en') : undefined;
  return en === undefined ? { fr } : { fr, en };
}

/**
 * The mission-only conditions a run is graded without (evaluate.ts MissionStatus): all of them for a run started before its
 * mission kept its programmes or measured after its tool (keepsProgrammes, measuresAfter false); for one started before it
 * kept its tool's programme through its set-up (keepsRunning false), the pieces naming that tool only, the run still graded
 * on keepProgrammes (mission 5, GRADING_RULES 6).
 */
export function missionOnlyLeftOut(mission: Pick<Mission, 'check'>, status: MissionStatus | null | undefined): boolean | Tool {
  if (status?.keepsProgrammes === false || status?.measuresAfter === false) return true;
  return status?.keepsRunning === false && mission.check.kind === 'objective' && mission.check.keepRunning ? mission.check.keepRunning : false;
}

/**
 * How a mission run's dashboard, Bilan and competencies show its objective (objectiveText.ts runObjectiveLabel,
 * missionShortfall): the sentence the engine grades, without what asks for a tool the class link closed (`waived`:
 * missionTeacherLock.ts), and why a figure met does not pass the mission (`status`: evaluate.ts evaluateMission). One
 * writer for the learner's run (missionController shownObjective) and the class view's Bilan of a learner's file
 * (ClassBilan, on its replay), so both say the same « Valeur atteinte, mesurée trop tôt » (QA qa30missions M1).
 */
export function missionShownObjective(mission: Mission, status: MissionStatus | null, waived: readonly Tool[] = []): ShownObjective | null {
  if (mission.check.kind !== 'objective') return null;
  return {
    id: mission.id,
    label: shownObjective(mission, waived, true),
    missingTools: inObjectiveOrder(mission, status?.missingTools ?? []),
    budgetStop: status?.budgetStop ?? null,
    wrongTarget: status?.wrongTarget ?? null,
    measuredEarly: status?.measuredEarly ?? null,
    setupStop: status?.setupStop ?? null,
  };
}
