/**
 * Attachment for a region whose buttons get disabled or replaced as the game moves on
 * (« Annuler la dernière décision » once nothing is left to undo, the time buttons while a period
 * is computed and at the end of the game). The browser then drops the focus on the page body
 * and a keyboard or screen-reader user starts again from the top of the page.
 *
 * With `{@attach keepFocus(fallback)}`, when the focused element inside the region is disabled
 * or removed, the focus goes to `fallback(region)` (made focusable if it is a heading or a
 * paragraph), and back to the element if it becomes usable again while the focus is still where
 * it was put. A user who has moved elsewhere meanwhile keeps their place.
 *
 * The rule for an action whose button disables or removes itself (« Appliquer à la cible »,
 * « Vérifier ma réponse », « Calculer le RFM », « Renommer »…): the focus goes to what the action
 * produced, which `fallback` names (the new decision in the list, a status, the new field). With
 * `{ toResult: true }` it never goes back to the button: while the fallback changes (a « calcul… »
 * status, then the result) the focus follows it, as long as the user has not moved elsewhere.
 * `focusResult(...selectors)` is the usual fallback: the first match in the region, then in the page.
 */
import type { Attachment } from 'svelte/attachments';

const NATIVE = 'a[href], button, input, select, textarea';

function unusable(element: HTMLElement): boolean {
  return !element.isConnected || (element as HTMLButtonElement).disabled === true;
}

/**
 * Whether `element` is already in sight: inside the window and not covered where its centre is (what
 * is on top there is the element, inside it, or holds it), or visually hidden there (a 1 px heading
 * that names a region: no scroll would show it). The focus then moves without scrolling. A plain
 * focus() scrolled the page whenever the element was in the time bar: the bar is sticky and the
 * page's scroll-padding-bottom keeps its height free (stickyClearance.ts), so the browser scrolled to
 * lift the bar's own heading, then its « Avancer » button, above that padding — the page jumped down
 * twice at each period played on a 1024 x 768 tablet (389 then 32 px), the second time when the period
 * was saved, under the finger of a learner already tapping elsewhere: a tap on « Tableau de bord »
 * right after « Semaine 2 » landed on a radio of the decisions form (touchTablet e2e, flaky under load).
 */
function inSight(element: HTMLElement): boolean {
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return false;
  const box = element.getBoundingClientRect();
  if (box.top < 0 || box.left < 0 || box.bottom > win.innerHeight || box.right > win.innerWidth) return false;
  if (box.width > 0 && box.width <= 1 && box.height > 0 && box.height <= 1) return true;
  const onTop = doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return onTop !== null && (element.contains(onTop) || onTop.contains(element));
}

/**
 * Moves the focus to `element`, scrolling only when it is not in sight (inSight): for the focus moves
 * into the time bar (« Annuler » of the end-of-game question, « Aller jusqu’à la fin » after it), which
 * scrolled the page 25 then 410 px on a 1024 x 768 tablet.
 */
export function focusInPlace(element: HTMLElement): void {
  element.focus({ preventScroll: inSight(element) });
}

/** The screen's title (the first h2 of `main`), made focusable from script, else `main` itself: where the shell puts the focus on a new screen. */
export function screenHeading(main: HTMLElement | null | undefined): HTMLElement | null {
  const heading = main?.querySelector<HTMLElement>('h2') ?? null;
  if (heading && !heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  return heading ?? main ?? null;
}

function put(element: HTMLElement): void {
  if (!element.matches(NATIVE) && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  focusInPlace(element);
}

/** A fallback for keepFocus: the first element matching one of `selectors` inside the region, else in the whole page. */
export function focusResult(...selectors: string[]): (region: HTMLElement) => HTMLElement | null {
  return (region) => {
    for (const selector of selectors) {
      const found = region.querySelector<HTMLElement>(selector) ?? region.ownerDocument.querySelector<HTMLElement>(selector);
      if (found) return found;
    }
    return null;
  };
}

export function keepFocus(fallback: (region: HTMLElement) => HTMLElement | null, options: { toResult?: boolean } = {}): Attachment<HTMLElement> {
  return (region) => {
    /** the element of the region that had the focus */
    let current: HTMLElement | null = null;
    /** where the focus was put when `current` lost it */
    let parked: HTMLElement | null = null;
    /** the region's owner has been destroyed: the fallback may read its props no more */
    let stopped = false;

    const dropped = () => {
      const active = region.ownerDocument.activeElement;
      return !active || active === region.ownerDocument.body;
    };

    /** stops listening to the parked element (before the focus leaves it on purpose) */
    let unwatch: (() => void) | null = null;

    /**
     * Parks the focus on `element`. One outside the region (the new decision in « Décisions de la période ») is
     * watched: the region hears no focusout of it, so a user who Tabs away from it would leave the region holding
     * its old button, and the next moment the focus falls on the body — the time bar swapping « Avancer de 4
     * périodes » for « Arrêter » — the region took it back to that button, mid-page (QA a11y F1)
     */
    function park(element: HTMLElement | null) {
      unwatch?.();
      unwatch = null;
      parked = element;
      if (!element) return;
      put(element);
      if (region.contains(element)) return;
      const onout = (event: FocusEvent) => {
        if (event.relatedTarget) forget();
      };
      element.addEventListener('focusout', onout);
      unwatch = () => element.removeEventListener('focusout', onout);
    }

    function check() {
      const active = region.ownerDocument.activeElement;
      if (!current || stopped) return;
      if (parked) {
        if (active !== parked && !dropped()) return forget();
        if (!options.toResult && !unusable(current)) {
          park(null);
          put(current);
          return;
        }
        const next = fallback(region);
        if (next && next !== parked && !unusable(next)) park(next);
        return;
      }
      if (unusable(current) && (dropped() || active === current)) {
        const next = fallback(region);
        if (next && !unusable(next)) park(next);
      }
    }

    function forget() {
      current = null;
      park(null);
    }

    function onfocusin(event: FocusEvent) {
      const target = event.target as HTMLElement;
      if (target === parked) return;
      current = target;
      park(null);
    }

    function onfocusout(event: FocusEvent) {
      const target = event.target as HTMLElement;
      const next = event.relatedTarget as Node | null;
      if (next) {
        if (!region.contains(next) && next !== parked) forget();
        return;
      }
      // no next element: disabled or removed (then `check` takes over), or the user clicked the
      // page's background or left the window. Chromium says a removal while the element is still in
      // the page (the mission's answer field, removed with its form): decide once it is gone. Also when
      // the whole screen goes (browser Back): the region is then torn down before the microtask runs, and
      // asking `fallback` then read the destroyed screen's props (Svelte's derived_inert, QA tablet verify N6)
      queueMicrotask(() => {
        if (stopped) return;
        if ((target === current || target === parked) && !unusable(target) && region.ownerDocument.activeElement !== target) forget();
        else check();
      });
    }

    const observer = new MutationObserver(check);
    observer.observe(region, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
    region.addEventListener('focusin', onfocusin);
    region.addEventListener('focusout', onfocusout);
    return () => {
      stopped = true;
      unwatch?.();
      observer.disconnect();
      region.removeEventListener('focusin', onfocusin);
      region.removeEventListener('focusout', onfocusout);
    };
  };
}
