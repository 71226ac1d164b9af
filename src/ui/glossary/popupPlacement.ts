/**
 * Where a glossary « ? » pop-up goes across the page: under its button, starting at the button's left
 * edge, but never past the window's edges. On a 375 px phone a « ? » near the right edge opened a
 * 352 px panel that ran to 644 px: the text was cut and the page grew wider (the browser zoomed out).
 * Up and down: above its button when there is no room below (on a tablet, a « ? » just above the
 * decisions screen's time bar opened a panel whose « Fermer » was under the bottom of the screen).
 */
import type { Attachment } from 'svelte/attachments';

/**
 * The panel's left edge relative to its anchor (the span around the button, CSS px): 0 when the
 * panel fits there, otherwise moved left (or right, for an anchor left of the margin) so that it stays
 * `margin` away from both edges; a panel wider than the window keeps the left margin.
 * @param anchorLeft the anchor's left edge in the viewport
 * @param panelWidth the panel's width
 * @param viewportWidth the window's width without its scroll bar
 */
export function popupLeft(anchorLeft: number, panelWidth: number, viewportWidth: number, margin: number): number {
  const furthest = viewportWidth - margin - panelWidth;
  const left = Math.max(margin, Math.min(anchorLeft, furthest));
  return left - anchorLeft;
}

/**
 * Whether the panel opens above its anchor: only when it does not fit below, and then if it fits above
 * or there is more room above than below (a panel taller than both halves goes where it is cut least).
 * @param anchorTop the anchor's top edge in the viewport
 * @param anchorBottom the anchor's bottom edge in the viewport
 * @param panelHeight the panel's height (with its gap to the anchor)
 * @param viewportHeight the visible height (visualViewport: an on-screen keyboard shortens it)
 * @param margin kept free at the top
 * @param bottomReserve kept free at the bottom: what the page says may be covered there (html's
 *   scroll-padding-bottom, the decisions screen's sticky time bar), at least `margin`
 */
export function popupAbove(anchorTop: number, anchorBottom: number, panelHeight: number, viewportHeight: number, margin: number, bottomReserve = margin): boolean {
  const below = viewportHeight - Math.max(margin, bottomReserve) - anchorBottom;
  if (panelHeight <= below) return false;
  const above = anchorTop - margin;
  return panelHeight <= above || above > below;
}

/** Keeps an absolutely positioned pop-up inside the window when it opens and when the window is resized. */
export function keepInViewport(margin = 16): Attachment<HTMLElement> {
  return (panel) => {
    const doc = panel.ownerDocument;
    const view = doc.defaultView;
    function place() {
      const anchor = panel.parentElement;
      if (!anchor) return;
      const box = anchor.getBoundingClientRect();
      const left = popupLeft(box.left, panel.getBoundingClientRect().width, doc.documentElement.clientWidth, margin);
      panel.style.left = `${Math.round(left)}px`;
      // measured where the stylesheet puts it (below); its gap (margin-top) counts with its height
      delete panel.dataset.place;
      const style = view?.getComputedStyle(panel);
      const height = panel.getBoundingClientRect().height + (style ? parseFloat(style.marginTop) || 0 : 0);
      const viewportHeight = view?.visualViewport?.height ?? doc.documentElement.clientHeight;
      const reserve = view ? parseFloat(view.getComputedStyle(doc.documentElement).scrollPaddingBottom) || 0 : 0;
      if (popupAbove(box.top, box.bottom, height, viewportHeight, margin, reserve)) panel.dataset.place = 'above';
    }
    place();
    view?.addEventListener('resize', place);
    view?.visualViewport?.addEventListener('resize', place);
    return () => {
      view?.removeEventListener('resize', place);
      view?.visualViewport?.removeEventListener('resize', place);
    };
  };
}
