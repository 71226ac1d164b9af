/**
 * Attachment for a bar stuck to the bottom of the window (the decisions screen's time controls):
 * the page's `scroll-padding-bottom` follows the bar's real height, so a control reached with Tab
 * (or scrolled to) stops above the bar instead of under it. The theme's fixed 4.5rem only fits the
 * bar on one line: at 200 % zoom it wraps and covers 150 px or more. When the bar is not sticky
 * (a short window, see DecisionsScreen's media query) the theme's value comes back.
 *
 * The height goes through `--sticky-clearance` and the bar is marked `data-sticky-bar`: while the
 * focus is inside the bar the theme drops the padding (theme.css). The bar's own buttons lie in
 * that padding, so Chromium took them for hidden and scrolled the page about 350 px at each Tab
 * from one of them to the next (QA F17).
 */
import type { Attachment } from 'svelte/attachments';

/** room between a focused control and the bar, in CSS pixels */
const GAP = 8;

export function stickyClearance(): Attachment<HTMLElement> {
  return (bar) => {
    const root = bar.ownerDocument.documentElement;
    const view = bar.ownerDocument.defaultView;
    bar.dataset.stickyBar = '';
    function update() {
      const sticky = view?.getComputedStyle(bar).position === 'sticky';
      if (sticky) root.style.setProperty('--sticky-clearance', `${Math.ceil(bar.getBoundingClientRect().height) + GAP}px`);
      else root.style.removeProperty('--sticky-clearance');
    }
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(bar);
    view?.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      view?.removeEventListener('resize', update);
      root.style.removeProperty('--sticky-clearance');
      delete bar.dataset.stickyBar;
    };
  };
}
