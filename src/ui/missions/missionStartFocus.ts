/**
 * A mission just started: the screen it opens gives the focus to the mission banner's title, not the screen's h2, so that
 * a screen-reader user hears the task first; the banner sits before <main> (QA qa20 F3). Set by MissionsScreen, taken
 * once by App's focusScreen; without the banner there yet (its chunk still coming), the h2 as before.
 */
let pending = false;

export function focusMissionNext(): void {
  pending = true;
}

/** True when the banner's title took the focus. */
export function focusMissionTitle(): boolean {
  const title = pending ? document.querySelector<HTMLElement>('[data-mission-title]') : null;
  pending = false;
  title?.focus();
  return !!title;
}
