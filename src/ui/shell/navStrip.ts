/** A box's sides along the strip (viewport px). */
export interface Span {
  left: number;
  right: number;
}

/**
 * The strip's new scrollLeft that brings these links (their boxes) into its box: unchanged when they are all in it
 * already, else all of them centred together, or from the first on when they do not fit (QA qa21 F7: brought in one
 * by one, the last pushed the first out). The browser keeps the result between 0 and the strip's end.
 */
export function stripScrollLeft(scrollLeft: number, strip: Span, links: readonly Span[]): number {
  const left = Math.min(...links.map((b) => b.left));
  const right = Math.max(...links.map((b) => b.right));
  if (left >= strip.left && right <= strip.right) return scrollLeft;
  return scrollLeft + left - strip.left - Math.max(0, (strip.right - strip.left - (right - left)) / 2);
}

/**
 * A phone's navigation is one row that scrolls sideways in its own box (NavBar.svelte): brings links of it (the
 * current one, a tour step's tabs) into that box (stripScrollLeft), scrolling the strip only, never the page
 * (scrollIntoView would move the page too). Nothing happens when the strip does not scroll (a wider screen wraps its links).
 */
export function showInStrip(...links: HTMLElement[]): void {
  const strip = links[0]?.closest('nav');
  if (!strip || strip.scrollWidth <= strip.clientWidth) return;
  const own = links.filter((l) => l.closest('nav') === strip).map((l) => l.getBoundingClientRect());
  strip.scrollLeft = stripScrollLeft(strip.scrollLeft, strip.getBoundingClientRect(), own);
}
