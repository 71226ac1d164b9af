/**
 * Scrolls `element` into view (block nearest) and keeps it there while `active()` holds.
 *
 * What appears above it afterwards would otherwise push it below the fold: on a slow machine the
 * class view's import progress was scrolled into view, then the class picker showed up above it once
 * the storage had opened, and the progress ended 168 px lower, out of a 1280 x 720 projector's view
 * (CI, stop 39). The page is watched for changes of size; each time the element has left the window
 * it is scrolled back. The user's own move wins: a wheel, a touch, a click or a key stops the
 * following, as does `active()` turning false. Returns the function that stops it.
 */
const USER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function followIntoView(element: HTMLElement, active: () => boolean): () => void {
  element.scrollIntoView?.({ block: 'nearest' });
  const win = element.ownerDocument.defaultView;
  if (!win || typeof win.ResizeObserver === 'undefined') return () => {};
  const observer = new win.ResizeObserver(() => {
    if (!active() || !element.isConnected) return stop();
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > win.innerHeight) element.scrollIntoView({ block: 'nearest' });
  });
  function stop(): void {
    observer.disconnect();
    for (const move of USER_MOVES) win!.removeEventListener(move, stop, true);
  }
  observer.observe(element.ownerDocument.body);
  observer.observe(element);
  for (const move of USER_MOVES) win.addEventListener(move, stop, { capture: true, passive: true });
  return stop;
}
