/**
 * Where a glossary « ? » pop-up goes across the page: under its button, starting at the button's left
 * edge, but never past the window's edges. On a 375 px phone a « ? » near the right edge opened a
 * 352 px panel that ran to 644 px: the text was cut and the page grew wider (the browser zoomed out).
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

/** Keeps an absolutely positioned pop-up inside the window when it opens and when the window is resized. */
export function keepInViewport(margin = 16): Attachment<HTMLElement> {
  return (panel) => {
    const doc = panel.ownerDocument;
    const view = doc.defaultView;
    function place() {
      const anchor = panel.parentElement;
      if (!anchor) return;
      const left = popupLeft(anchor.getBoundingClientRect().left, panel.getBoundingClientRect().width, doc.documentElement.clientWidth, margin);
      panel.style.left = `${Math.round(left)}px`;
    }
    place();
    view?.addEventListener('resize', place);
    return () => view?.removeEventListener('resize', place);
  };
}
