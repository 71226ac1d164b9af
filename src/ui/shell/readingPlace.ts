/**
 * Keeps the learner's reading place when the window changes size (a tablet turned from portrait to
 * landscape, the on-screen keyboard): the screen's layout changes (one column, two columns) and the
 * part being read jumped ±1 400 px off screen (QA tablet #21). While the page scrolls, the element
 * being read is noted — the focused one when it is on screen, else the block nearest the top of the
 * window — with its distance from the top; after a resize the page scrolls so it is at that distance
 * again. An attachment on a screen's root: `{@attach keepReadingPlace}`.
 */

/** The blocks a reading place can be (small enough to be read whole, common on every screen). */
const BLOCKS = 'h2, h3, h4, legend, label, p, li, tr, fieldset, dt, dd';

export interface Place {
  element: Element;
  /** its top edge's distance from the window's top, in CSS px */
  top: number;
}

/**
 * The element being read in `root`: the focused element when it is inside and on screen, else the
 * block whose top is nearest the window's top among those still (partly) visible; null when none.
 */
export function readingPlace(root: Element, viewportHeight: number, focused: Element | null): Place | null {
  if (focused && focused !== root && root.contains(focused)) {
    const box = focused.getBoundingClientRect();
    if (box.bottom > 0 && box.top < viewportHeight) return { element: focused, top: box.top };
  }
  let best: Place | null = null;
  for (const element of root.querySelectorAll(BLOCKS)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= 0 || box.top >= viewportHeight) continue;
    if (!best || Math.abs(box.top) < Math.abs(best.top)) best = { element, top: box.top };
  }
  return best;
}

/** How far to scroll so the place is back at its distance from the top (0 when it left the page). */
export function scrollCorrection(place: Place): number {
  if (!place.element.isConnected) return 0;
  return place.element.getBoundingClientRect().top - place.top;
}

/**
 * After a resize the browser clamps the scroll and the page settles (fonts, charts, sticky bars):
 * those scrolls are not the learner's, so for this long the place noted before stays the one kept,
 * and turning the tablet back brings back the same place (in two columns, a block of the other
 * column can be nearer the top than the one being read).
 */
const SETTLING_MS = 600;

export function keepReadingPlace(root: HTMLElement): () => void {
  const win = root.ownerDocument.defaultView;
  if (!win) return () => {};
  let place: Place | null = null;
  let settlingUntil = 0;
  const note = () => {
    if (win.performance.now() < settlingUntil) return;
    place = readingPlace(root, win.innerHeight, root.ownerDocument.activeElement);
  };
  const restore = () => {
    settlingUntil = win.performance.now() + SETTLING_MS;
    if (!place) return;
    const by = scrollCorrection(place);
    if (Math.abs(by) >= 1) win.scrollBy(0, by);
  };
  note();
  win.addEventListener('scroll', note, { passive: true });
  win.addEventListener('resize', restore);
  root.addEventListener('focusin', note);
  return () => {
    root.removeEventListener('focusin', note);
    win.removeEventListener('scroll', note);
    win.removeEventListener('resize', restore);
  };
}
