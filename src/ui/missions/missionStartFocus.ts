/**
 * A game just started: the screen it opens gives the focus to what says where the player is, not to the screen's h2.
 * A mission: the mission banner's title, so that a screen-reader user hears the task first; the banner sits before
 * <main> (QA qa20 F3). A shop started from the home or the editor's « Jouer ce commerce » under the open guided tour:
 * the tour's « Suivant », where its step is read (QA qa27editor: the tour was 81 Tabs away, behind the « Décisions »
 * heading). Set by whoever starts the game, taken once by App's focusScreen; without that element there (the banner's
 * chunk still coming, no tour open), the h2 as before.
 */
let pending: string | null = null;

export function focusMissionNext(): void {
  pending = '[data-mission-title]';
}

export function focusTourNext(): void {
  pending = '[data-tour-next]';
}

/** True when the element asked for took the focus. */
export function focusStartTarget(): boolean {
  const target = pending ? document.querySelector<HTMLElement>(pending) : null;
  pending = null;
  target?.focus();
  return !!target;
}
