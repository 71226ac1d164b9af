/**
 * QA tablet #21: turning the tablet on Décisions moved the form being read 1 400 px off screen. The
 * reading place (focused element on screen, else the block crossing the window's middle, where the
 * eyes are) is kept across a resize, at the same share of the window's height (QA tablet verify #21).
 * @vitest-environment jsdom
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepReadingPlace, readingPlace, scrollCorrection } from '../../../src/ui/shell/readingPlace.ts';

/** Elements placed at given tops (CSS px from the window's top), each 40 px high, moved by `scrollY`. */
function page(tops: Record<string, number>) {
  document.body.innerHTML = `<section id="root">${Object.keys(tops)
    .map((id) => `<h3 id="${id}" tabindex="-1">${id}</h3>`)
    .join('')}<button id="btn">ok</button></section>`;
  const state = { scrollY: 0, tops: { ...tops } as Record<string, number> };
  for (const id of Object.keys(tops)) {
    const el = document.getElementById(id)!;
    el.getBoundingClientRect = () => {
      const top = state.tops[id] - state.scrollY;
      return { top, bottom: top + 40, height: 40, left: 0, right: 100, width: 100, x: 0, y: top, toJSON: () => ({}) } as DOMRect;
    };
  }
  return { root: document.getElementById('root')!, state };
}

describe('reading place', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the block crossing the middle of the window, or the focused element on screen', () => {
    // the report's repro: « Stratégie » read at y 328 of a 768 px window, a block of the other column near the top
    const { root, state } = page({ a: 0, other: 610, strategy: 900, c: 1600 });
    state.scrollY = 572;
    const strategy = document.getElementById('strategy')!;
    expect(readingPlace(root, 768, null)).toMatchObject({ element: strategy, top: 328, viewportHeight: 768 });
    const c = document.getElementById('c')!;
    expect(readingPlace(root, 1200, c)).toMatchObject({ element: c, top: 1028 });
    // a focused element off screen does not count; no block on the middle line: the nearest to it
    expect(readingPlace(root, 768, c)?.element).toBe(strategy);
    state.scrollY = 0;
    expect(readingPlace(root, 300, c)?.element).toBe(document.getElementById('a'));
  });

  it('brings the place back at the same share of the new window height', () => {
    const { root, state } = page({ strategy: 900 });
    state.scrollY = 516; // at 384 px in a 768 px window: its middle
    const place = readingPlace(root, 768, null)!;
    state.tops.strategy = 2400; // the tablet turns to portrait (1 024 px high)
    expect(scrollCorrection(place, 1024)).toBe(2400 - 516 - 512);
  });

  it('scrolls the page back so the block read before a resize is where it was', () => {
    const { root, state } = page({ strategy: 600, complaints: 2000, other: 3000 });
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(((_x: number, y: number) => {
      state.scrollY += y;
    }) as typeof window.scrollBy);
    state.scrollY = 0;
    const stop = keepReadingPlace(root);
    state.scrollY = 576; // « Stratégie » read at 24 px from the top
    window.dispatchEvent(new Event('scroll'));
    // the tablet turns: the layout moves the strategy form 1 400 px further down the page
    state.tops.strategy = 2000;
    state.tops.complaints = 700;
    state.tops.other = 1986; // in the other column, 10 px from the top once the strategy is back at 24 px
    window.dispatchEvent(new Event('resize'));
    expect(scrollBy).toHaveBeenCalledTimes(1);
    expect(document.getElementById('strategy')!.getBoundingClientRect().top).toBe(24);
    // the page settling (the browser's own scroll) does not change the place: turned back, the same block
    window.dispatchEvent(new Event('scroll'));
    state.tops.strategy = 600;
    state.tops.complaints = 2000;
    state.tops.other = 3000;
    window.dispatchEvent(new Event('resize'));
    expect(document.getElementById('strategy')!.getBoundingClientRect().top).toBe(24);
    stop();
    window.dispatchEvent(new Event('resize'));
    expect(scrollBy).toHaveBeenCalledTimes(2);
  });
});
