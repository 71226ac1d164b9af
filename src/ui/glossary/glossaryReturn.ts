/**
 * Where « Ouvrir la fiche complète » in a glossary pop-up was tapped from: the glossary offers the
 * way back (a tablet in full screen has no Back button) and that screen, once back (the link or the
 * browser's Back), finds the learner's place again instead of its top. Read once, at mount: not reactive.
 */
import { parseHash, type Route } from '../../app/routes.ts';

export interface GlossaryReturn {
  route: Route;
  /** the concept whose pop-up opened the card: its « ? » gets the focus back */
  concept: string;
  scrollY: number;
}

let pending: GlossaryReturn | null = null;

/** Called when a pop-up's link to the full card is followed. */
export function leaveForCard(concept: string): void {
  const route = parseHash(window.location.hash).route;
  pending = route === 'glossary' ? null : { route, concept, scrollY: window.scrollY };
}

/** Where the glossary leads back to, if it was opened from a pop-up of another screen. */
export function cardOpenedFrom(): Route | null {
  return pending?.route ?? null;
}

/** For the screen `route` when it mounts: the place it was left for a card (once), else null. */
export function takeReturn(route: Route): GlossaryReturn | null {
  if (pending?.route !== route) return null;
  const place = pending;
  pending = null;
  return place;
}
