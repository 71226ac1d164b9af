/**
 * QA tablet #21: turning the tablet on Décisions moved the form being read 1 400 px off screen. The
 * reading place (focused element on screen, else the block nearest the top) is kept across a resize.
 * @vitest-environment jsdom
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepReadingPlace, readingPlace } from '../../../src/ui/shell/readingPlace.ts';

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

  it('is the block nearest the top of the window, or the focused element on screen', () => {
    const { root, state } = page({ a: 0, b: 600, c: 1200 });
    state.scrollY = 580;
    expect(readingPlace(root, 1024, null)).toMatchObject({ element: document.getElementById('b'), top: 20 });
    const c = document.getElementById('c')!;
    expect(readingPlace(root, 1024, c)).toMatchObject({ element: c, top: 620 });
    // a focused element off screen does not count
    state.scrollY = 0;
    expect(readingPlace(root, 300, c)?.element).toBe(document.getElementById('a'));
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
