/**
 * The missions screen's address param: a shop (`#/missions/boulangerie`), or a shop and its mission's
 * bilan (`#/missions/boulangerie:bilan`), where the banner's « Mission terminée : voir le bilan » lands:
 * the screen scrolls to the mission's bilan and focuses its heading (QA tablet #5: it landed on the top
 * of the screen, the bilan 1 150 px below, and a second tap did nothing).
 */
const DEBRIEF = 'bilan';

export function missionsParam(shop: string, debrief = false): string {
  return debrief ? `${shop}:${DEBRIEF}` : shop;
}

/**
 * A shop's mission by its number (`#/missions/boulangerie:2`), where « Mission suivante » puts the address: it stayed on
 * `…:bilan` while the next mission's brief was shown, and a reload or Back showed the bilan again (QA qa29self m9).
 */
export function missionParam(shop: string, n: number): string {
  return `${shop}:${n}`;
}

/** What a missions param asks for: its shop (absent: none named), whether to land on the bilan, or which mission (from 1) to show. */
export function missionsLanding(param: string | undefined): { shop: string | undefined; debrief: boolean; mission?: number } {
  if (param?.endsWith(`:${DEBRIEF}`)) return { shop: param.slice(0, -DEBRIEF.length - 1) || undefined, debrief: true };
  const numbered = param ? /^(.*):([1-9]\d*)$/.exec(param) : null;
  if (numbered) return { shop: numbered[1] || undefined, debrief: false, mission: Number(numbered[2]) };
  return { shop: param, debrief: false };
}

/** The id of a mission bilan's heading (MissionDebrief.svelte). */
export const DEBRIEF_HEADING = 'mission-debrief-title';

/** Brings the mission's bilan heading into view and focuses it; false when it is not on the page. */
export function landOnDebrief(doc: Document = document): boolean {
  const heading = doc.getElementById(DEBRIEF_HEADING);
  if (!heading) return false;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus();
  return true;
}
