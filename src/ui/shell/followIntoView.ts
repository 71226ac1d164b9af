/**
 * Scrolls `element` into view (block nearest) and keeps it there while `following()` holds.
 *
 * What appears above it afterwards would otherwise push it below the fold: on a slow machine the
 * class view's import progress was scrolled into view, then the class picker showed up above it once
 * the storage had opened, and the progress, by then « Vérification terminée », ended 168 px lower, out
 * of a 1280 x 720 projector's view (CI, stop 39). The page is watched for changes of size; each time
 * the element has left the window it is scrolled back, the last time when `following()` has turned
 * false (the change that ended the import may be the one that pushed it). The user's own move wins:
 * a wheel, a touch, a click or a key stops the following, as does the element leaving the page.
 * Returns the function that stops it.
 */
const USER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

export function followIntoView(element: HTMLElement, following: () => boolean): () => void {
  element.scrollIntoView?.({ block: 'nearest' });
  const win = element.ownerDocument.defaultView;
  if (!win || typeof win.ResizeObserver === 'undefined') return () => {};
  const observer = new win.ResizeObserver(() => {
    if (!element.isConnected) return stop();
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.bottom > win.innerHeight) element.scrollIntoView({ block: 'nearest' });
    if (!following()) stop();
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
