/**
 * Where the guided tour's panel goes so that it does not hide what the step points at (the time
 * bar, stuck to the bottom of the decisions screen, on a portrait tablet): bottom right by
 * default, top right when the element is under it there; when both hide some of it (a tall
 * element), the side that hides less.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TourPlacement = 'bottom' | 'top';

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
 */
export function tourPlacement(panel: { width: number; height: number }, target: Box | null, viewport: { width: number; height: number }, margin: number): TourPlacement {
  if (!target) return 'bottom';
  const right = viewport.width - margin;
  const left = right - panel.width;
  const bottom: Box = { left, right, top: viewport.height - margin - panel.height, bottom: viewport.height - margin };
  const top: Box = { left, right, top: margin, bottom: margin + panel.height };
  const hiddenAtBottom = overlap(bottom, target);
  return hiddenAtBottom > 0 && overlap(top, target) < hiddenAtBottom ? 'top' : 'bottom';
}
