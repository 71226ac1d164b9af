/**
 * The outline of the elements a guided tour step names (QA tablet #15): the first alternative of the
 * step's `data-tour` marks found on the current screen (TOUR_TARGETS) is marked with
 * `data-tour-current` (theme.css draws a thick outline), the previous step's marks removed. Only an
 * element that is shown counts: a folded nav group or another screen's form is passed over.
 */
export const CURRENT_ATTRIBUTE = 'data-tour-current';

export interface FoundTargets {
  /** the alternative found (its marks, as in TOUR_TARGETS), null when none is on screen */
  alternative: string | null;
  elements: HTMLElement[];
}

function shown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** The shown elements of the first alternative that has any. */
export function findTargets(alternatives: readonly string[], root: ParentNode = document): FoundTargets {
  for (const alternative of alternatives) {
    const selector = alternative
      .split(/\s+/)
      .filter(Boolean)
      .map((mark) => `[data-tour="${mark}"]`)
      .join(', ');
    const elements = [...root.querySelectorAll<HTMLElement>(selector)].filter(shown);
    if (elements.length > 0) return { alternative, elements };
  }
  return { alternative: null, elements: [] };
}

/** Marks a set of elements, unmarking the ones marked before; remembers which alternative of which step was brought into view. */
export class TourHighlight {
  private marked: HTMLElement[] = [];
  /** the step and alternative last scrolled into view: not again while they stay (the learner may scroll away) */
  private seen: string | null = null;

  /** Marks these elements (and only these). */
  show(elements: readonly HTMLElement[]): void {
    for (const element of this.marked) if (!elements.includes(element)) element.removeAttribute(CURRENT_ATTRIBUTE);
    for (const element of elements) if (!element.hasAttribute(CURRENT_ATTRIBUTE)) element.setAttribute(CURRENT_ATTRIBUTE, '');
    this.marked = [...elements];
  }

  /** True the first time a step's alternative is found (it is to be brought into view), false after. */
  firstSight(key: string): boolean {
    if (this.seen === key) return false;
    this.seen = key;
    return true;
  }

  /** Unmarks everything; `forget` also lets the next opening of the tour scroll again. */
  clear(forget = false): void {
    this.show([]);
    if (forget) this.seen = null;
  }
}
