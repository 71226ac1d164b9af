/**
 * The sentence a mission run's objective is shown with where its label is read (dashboard objectives, Bilan,
 * competencies: objectiveText.ts runObjectiveLabel), when the teacher's class link closed a tool it asks for: the
 * sentence without what asks for it (ui/missions/missionTargetText.ts shownObjective), as the mission's banner
 * says it. The banner sets it while the mission is played; the run keeps its whole label (its result file too).
 */
import type { LocalizedText } from '../scenario/schema.ts';

export const objectiveShown = $state<{ current: { whole: LocalizedText; shown: LocalizedText } | null }>({ current: null });

/** `label`, or the sentence shown in its place when it is the mission's whole objective. */
export function shownLabel(label: LocalizedText): LocalizedText {
  const c = objectiveShown.current;
  return c && c.whole.fr === label.fr && c.whole.en === label.en ? c.shown : label;
}
