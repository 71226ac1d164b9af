/**
 * Keeps the learner's reading place when the window changes size (a tablet turned from portrait to
 * landscape, the on-screen keyboard): the screen's layout changes (one column, two columns) and the
 * part being read jumped ±1 400 px off screen (QA tablet #21). While the page scrolls, the element
 * being read is noted — the focused one when it is on screen, else the block crossing the middle of
 * the window, where the eyes are (the block nearest the top was often one of the other column or the
 * page's top: QA tablet verify #21) — with where it is in the window, as a share of its height; after
 * a resize the page scrolls so it is at the same share of the new height. An attachment on a screen's
 * root: `{@attach keepReadingPlace}`.
 */

/** The blocks a reading place can be (small enough to be read whole, common on every screen). */
const BLOCKS = 'h2, h3, h4, legend, label, p, li, tr, fieldset, dt, dd';

export interface Place {
  element: Element;
  /** its top edge's distance from the window's top, in CSS px */
  top: number;
  /** the window's height then, in CSS px */
  viewportHeight: number;
}

/**
 * The element being read in `root`: the focused element when it is inside and on screen, else the
 * smallest block crossing the window's middle line (a label rather than its fieldset), else the block
 * nearest that line; null when no block is visible.
 */
export function readingPlace(root: Element, viewportHeight: number, focused: Element | null): Place | null {
  if (focused && focused !== root && root.contains(focused)) {
    const box = focused.getBoundingClientRect();
    if (box.bottom > 0 && box.top < viewportHeight) return { element: focused, top: box.top, viewportHeight };
  }
  const middle = viewportHeight / 2;
  let best: { element: Element; top: number; distance: number; height: number } | null = null;
  for (const element of root.querySelectorAll(BLOCKS)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.bottom <= 0 || box.top >= viewportHeight) continue;
    const distance = box.top > middle ? box.top - middle : box.bottom < middle ? middle - box.bottom : 0;
    if (!best || distance < best.distance || (distance === best.distance && box.height < best.height)) {
      best = { element, top: box.top, distance, height: box.height };
    }
  }
  return best && { element: best.element, top: best.top, viewportHeight };
}

/**
 * How far to scroll so the place is back at the same share of the window's height (0 when it left
 * the page).
 */
export function scrollCorrection(place: Place, viewportHeight = place.viewportHeight): number {
  if (!place.element.isConnected) return 0;
  const wanted = place.viewportHeight > 0 ? (place.top / place.viewportHeight) * viewportHeight : place.top;
  return place.element.getBoundingClientRect().top - wanted;
}

/**
 * After a resize the browser clamps the scroll and the page settles (fonts, charts, sticky bars):
 * those scrolls are not the learner's, so for this long the place noted before stays the one kept,
 * and turning the tablet back brings back the same place (in two columns, a block of the other
 * column can be nearer the middle than the one being read).
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
    const by = scrollCorrection(place, win.innerHeight);
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
