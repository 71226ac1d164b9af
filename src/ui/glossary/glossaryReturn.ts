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
  /** which of the screen's « ? » of that concept it was (a concept can have several), in document order */
  index: number;
  /** that « ? »'s top in the window when it was left (null: not found): it comes back to the same height */
  top: number | null;
}

let pending: GlossaryReturn | null = null;

/**
 * Called when a pop-up's link to the full card is followed; `link`: a link straight to the card, that gets the focus back.
 * `root`: where the screen looks it up again, the root it passes `returnToPlace` (default: the screen's `main`, as the
 * app shell does): the index is counted there, not among every « ? » of the page (review21 m2: the mission bilan looks in
 * its article, and an earlier one of the same concept outside it sent the focus to another link).
 */
export function leaveForCard(concept: string, link?: HTMLElement, root?: ParentNode): void {
  const route = parseHash(window.location.hash).route;
  // the « ? » whose pop-up is open: the one the learner tapped
  const triggers = [...(root ?? document.querySelector('main') ?? document).querySelectorAll<HTMLElement>(`[data-concept="${concept}"]`)];
  const index = Math.max(
    0,
    triggers.findIndex((e) => (link ? e === link : e.getAttribute('aria-expanded') === 'true')),
  );
  const top = triggers[index]?.getBoundingClientRect().top ?? null;
  pending = route === 'glossary' ? null : { route, concept, scrollY: window.scrollY, index, top };
}

/**
 * Back on the screen a card was opened from (the app shell, once the screen is ready): the « ? » the
 * learner left from gets the focus, at the height it had in the window, not the screen's top and
 * heading (QA learner 13). False when that « ? » is no longer there (the shell focuses the heading).
 */
export function returnToPlace(root: ParentNode, place: GlossaryReturn): boolean {
  const triggers = root.querySelectorAll<HTMLElement>(`[data-concept="${place.concept}"]`);
  const trigger = triggers[place.index] ?? triggers[0];
  if (!trigger) return false;
  window.scrollTo({ top: place.scrollY, behavior: 'instant' });
  // the page may have another height now (charts drawn, a notice gone): the « ? » itself back where it was
  if (place.top !== null) {
    const shift = trigger.getBoundingClientRect().top - place.top;
    if (shift !== 0) window.scrollBy({ top: shift, behavior: 'instant' });
  }
  trigger.focus({ preventScroll: true });
  return true;
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
