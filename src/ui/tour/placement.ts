/**
 * Where the guided tour's panel goes so that it does not hide what the step points at (the time
 * bar, stuck to the bottom of the decisions screen, on a portrait tablet): bottom right by
 * default, top right when the element is under it there; when both hide some of it (a tall
 * element), the side that hides less (the bottom when it is about the same).
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TourPlacement = 'bottom' | 'top';

export interface TourInsets {
  top: number;
  bottom: number;
}
export const NO_INSETS: TourInsets = { top: 0, bottom: 0 };

/**
 * The insets from the page: the header's visible height at the top, and at the bottom the time bar's
 * when it is in view in the window's lower half, stuck to the bottom edge (compact, it is a few pixels
 * above it) or at the page's end (`bar`: its box, null when the screen has none).
 */
export function tourInsets(header: Box | null, bar: Box | null, viewportHeight: number): TourInsets {
  const top = header ? Math.max(0, Math.min(header.bottom, viewportHeight)) : 0;
  // in view, in the window's lower half (stuck there, or the page's end): the panel stays above it
  const low = bar !== null && bar.top < viewportHeight && bar.bottom > 0 && bar.top > viewportHeight / 2;
  return { top, bottom: low ? viewportHeight - bar.top : 0 };
}

/** Area of the intersection of two boxes (0 when they do not meet). */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * @param panel the panel's size
 * @param target the pointed element's box in the viewport, null when the screen has none
 * @param viewport the window's inner size
 * @param margin the panel's distance to the window's edges (CSS px)
 * @param insets what the panel must never cover at the window's top (the header, while in view) and
 *   bottom (the decisions screen's stuck time bar): the panel sits that much further in (CSS px)
 */
export function tourPlacement(
  panel: { width: number; height: number },
  target: Box | null,
  viewport: { width: number; height: number },
  margin: number,
  insets: TourInsets = NO_INSETS,
): TourPlacement {
  if (!target) return 'bottom';
  const right = viewport.width - margin;
  const left = right - panel.width;
  const bottomEdge = viewport.height - margin - insets.bottom;
  const bottom: Box = { left, right, top: bottomEdge - panel.height, bottom: bottomEdge };
  const top: Box = { left, right, top: margin + insets.top, bottom: margin + insets.top + panel.height };
  const hiddenAtBottom = overlap(bottom, target);
  // by more than a sliver: an element taller than the window, scrolled to its top (scrollToShow), hides
  // a fraction of a pixel less at the top, where the panel would then cover its heading
  const sliver = panel.width * 8;
  return hiddenAtBottom > 0 && overlap(top, target) + sliver < hiddenAtBottom ? 'top' : 'bottom';
}

/** The smallest box around all of these (null for none): the elements a step names, seen as one. */
export function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    right: Math.max(...boxes.map((b) => b.right)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/**
 * How far to scroll the page (CSS px, positive: down) so that the element a step names is seen: 0 when it
 * is wholly in the window above the stuck time bar (`bottomInset`), else what brings its top `margin` below
 * the window's top (a tall element shows its start; the panel then takes the side that hides less of it).
 * Never the page's `header` cut across (QA qa21 F7: the nav links under it, brought `margin` below the top, left
 * half of it above): then all of it, when the element still shows under it, else none of it.
 */
export function scrollToShow(target: Box, viewportHeight: number, bottomInset: number, margin: number, header?: Box | null): number {
  if (target.top >= 0 && target.bottom <= viewportHeight - bottomInset) return 0;
  const delta = target.top - margin;
  if (header && header.top < delta && header.bottom > delta) return Math.round(target.bottom - header.top <= viewportHeight - bottomInset ? header.top : header.bottom);
  return Math.round(delta);
}
