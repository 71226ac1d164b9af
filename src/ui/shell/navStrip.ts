/**
 * A phone's navigation is one row that scrolls sideways in its own box (NavBar.svelte): brings a link of it
 * into that box, centred, scrolling the strip only, never the page (scrollIntoView would move the page too).
 * Nothing happens when the strip does not scroll (a wider screen wraps its links) or the link is already in it.
 */
export function showInStrip(link: HTMLElement): void {
  const strip = link.closest('nav');
  if (!strip || strip.scrollWidth <= strip.clientWidth) return;
  const [box, own] = [strip.getBoundingClientRect(), link.getBoundingClientRect()];
  if (own.left < box.left || own.right > box.right) strip.scrollLeft += own.left - box.left - (box.width - own.width) / 2;
}
