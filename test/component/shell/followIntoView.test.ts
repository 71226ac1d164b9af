/**
 * followIntoView (ui/shell/followIntoView.ts): the class import's progress stays in view while what
 * appears above it pushes it down, until the import is done or the user moves the page. jsdom has no
 * layout nor ResizeObserver: the element's box and the observer are played by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followIntoView } from '../../../src/ui/shell/followIntoView.ts';

let observers: { callback: () => void; observed: Element[]; connected: boolean }[] = [];

class FakeResizeObserver {
  #entry: (typeof observers)[number];
  constructor(callback: () => void) {
    this.#entry = { callback, observed: [], connected: true };
    observers.push(this.#entry);
  }
  observe(target: Element): void {
    this.#entry.observed.push(target);
  }
  disconnect(): void {
    this.#entry.connected = false;
  }
}

/** the page's layout changed: every observer still connected is told */
const layoutChanged = () => observers.filter((o) => o.connected).forEach((o) => o.callback());

function progressAt(top: number, height = 80) {
  document.body.innerHTML = '<div id="progress">0 fichier vérifié sur 3</div>';
  const element = document.getElementById('progress')!;
  const box = { top, height };
  element.getBoundingClientRect = () => ({ top: box.top, bottom: box.top + box.height, height: box.height, left: 0, right: 100, width: 100, x: 0, y: box.top, toJSON: () => ({}) });
  element.scrollIntoView = vi.fn(() => {
    if (box.top + box.height > innerHeight) box.top = innerHeight - box.height;
  });
  return { element, box, scrolls: element.scrollIntoView as ReturnType<typeof vi.fn> };
}

describe('followIntoView', () => {
  beforeEach(() => {
    observers = [];
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('scrolls the element into view, then back into view each time content above pushes it out', () => {
    const { element, box, scrolls } = progressAt(innerHeight + 200);
    followIntoView(element, () => true);
    expect(scrolls).toHaveBeenCalledTimes(1);
    expect(box.top + box.height).toBeLessThanOrEqual(innerHeight);
    expect(observers[0].observed).toEqual([document.body, element]);

    // a change that leaves it in view: no scroll
    layoutChanged();
    expect(scrolls).toHaveBeenCalledTimes(1);

    // the class picker shows above it: 168 px lower, out of the window
    box.top += 168;
    layoutChanged();
    expect(scrolls).toHaveBeenCalledTimes(2);
    expect(scrolls).toHaveBeenLastCalledWith({ block: 'nearest' });
    expect(box.top + box.height).toBeLessThanOrEqual(innerHeight);
  });

  it('stops following once the user scrolls, clicks or presses a key: their own move wins', () => {
    for (const move of [new WheelEvent('wheel'), new PointerEvent('pointerdown'), new KeyboardEvent('keydown', { key: 'Tab' })]) {
      observers = [];
      const { element, box, scrolls } = progressAt(100);
      followIntoView(element, () => true);
      document.body.dispatchEvent(move);
      box.top += 2 * innerHeight;
      layoutChanged();
      expect(scrolls, move.type).toHaveBeenCalledTimes(1);
      expect(observers[0].connected, move.type).toBe(false);
    }
  });

  it('brings the element back one last time when following ends, then stops', () => {
    let verifying = true;
    const { element, box, scrolls } = progressAt(100);
    followIntoView(element, () => verifying);
    // the change that ends the import is the one that pushes it out
    verifying = false;
    box.top += 2 * innerHeight;
    layoutChanged();
    expect(scrolls).toHaveBeenCalledTimes(2);
    expect(box.top + box.height).toBeLessThanOrEqual(innerHeight);
    expect(observers[0].connected).toBe(false);
    box.top += 2 * innerHeight;
    layoutChanged();
    expect(scrolls).toHaveBeenCalledTimes(2);
  });

  it('stops following once the element has left the page, and when stopped by hand', () => {
    const first = progressAt(100);
    followIntoView(first.element, () => true);
    first.element.remove();
    first.box.top += 2 * innerHeight;
    layoutChanged();
    expect(first.scrolls).toHaveBeenCalledTimes(1);
    expect(observers[0].connected).toBe(false);

    const second = progressAt(100);
    const stop = followIntoView(second.element, () => true);
    stop();
    second.box.top += 2 * innerHeight;
    layoutChanged();
    expect(second.scrolls).toHaveBeenCalledTimes(1);
  });

  it('scrolls once where there is no ResizeObserver', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { element, scrolls } = progressAt(innerHeight + 200);
    const stop = followIntoView(element, () => true);
    expect(scrolls).toHaveBeenCalledTimes(1);
    expect(() => stop()).not.toThrow();
  });
});
