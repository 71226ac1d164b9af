/**
 * Which mission of a shop's path the missions screen shows first (before the learner picks one in the list).
 *
 * The mission being played (or just finished) is the learner's place, so a reload of the same class link
 * lands on it again (its bilan, « Rendre mon travail »). But a class link for a LATER mission wins over it:
 * next lesson the teacher projects the link for mission 2 and a learner who did mission 1 must land on
 * mission 2, not on mission 1's bilan (QA qa17 F5); mission 1 stays in the list. A learner who went past
 * the link's mission (« Mission suivante ») keeps their place, and the banner's « voir le bilan » always
 * lands on the mission played.
 */
export interface ShownMissionInput {
  /** index of the mission being played in this shop, null if none */
  played: number | null;
  /** index the class link names for this shop, null if none */
  linked: number | null;
  /** the address asks for the played mission's bilan (#/missions/<shop>:bilan) */
  debrief: boolean;
  /** index of the first mission not passed yet, -1 if all are */
  firstTodo: number;
}

export function shownMission({ played, linked, debrief, firstTodo }: ShownMissionInput): number {
  if (played !== null && (linked === null || debrief || played >= linked)) return played;
  if (linked !== null) return linked;
  return firstTodo < 0 ? 0 : firstTodo;
}
