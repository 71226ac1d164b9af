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

/** What a missions param asks for: its shop (absent: none named) and whether to land on the bilan. */
export function missionsLanding(param: string | undefined): { shop: string | undefined; debrief: boolean } {
  if (param?.endsWith(`:${DEBRIEF}`)) return { shop: param.slice(0, -DEBRIEF.length - 1) || undefined, debrief: true };
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
