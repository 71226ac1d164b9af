/**
 * A phone's navigation is one row that scrolls sideways in its own box (NavBar.svelte): brings a link of it
 * into that box, centred, scrolling the strip only, never the page (scrollIntoView would move the page too).
 * Nothing happens when the strip does not scroll (a wider screen wraps its links) or the link is already in it.
 * Several links (a tour step's tabs): all of them, centred together, or from the first on when they do not fit
 * (QA qa21 F7: brought in one by one, the last pushed the first out).
 */
export function showInStrip(...links: HTMLElement[]): void {
  const strip = links[0]?.closest('nav');
  if (!strip || strip.scrollWidth <= strip.clientWidth) return;
  const box = strip.getBoundingClientRect();
  const own = links.filter((l) => l.closest('nav') === strip).map((l) => l.getBoundingClientRect());
  const left = Math.min(...own.map((b) => b.left));
  const right = Math.max(...own.map((b) => b.right));
  if (left < box.left || right > box.right) strip.scrollLeft += left - box.left - Math.max(0, (box.width - (right - left)) / 2);
}
