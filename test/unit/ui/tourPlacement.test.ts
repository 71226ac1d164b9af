import { describe, expect, it } from 'vitest';
import { overlap, tourInsets, tourPlacement } from '../../../src/ui/tour/placement.ts';

const tablet = { width: 820, height: 1180 };
const panel = { width: 416, height: 220 };

describe('guided tour placement', () => {
  it('measures the area two boxes share', () => {
    expect(overlap({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 5, top: 5, right: 20, bottom: 20 })).toBe(25);
    expect(overlap({ left: 0, top: 0, right: 10, bottom: 10 }, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(0);
  });

  it('stays at the bottom right when nothing is pointed at or the element is elsewhere', () => {
    expect(tourPlacement(panel, null, tablet, 16)).toBe('bottom');
    expect(tourPlacement(panel, { left: 16, top: 100, right: 804, bottom: 300 }, tablet, 16)).toBe('bottom');
    // under the panel's column but above it
    expect(tourPlacement(panel, { left: 16, top: 700, right: 804, bottom: 900 }, tablet, 16)).toBe('bottom');
  });

  it('goes to the top when the element is under it at the bottom (the time bar on a portrait tablet)', () => {
    expect(tourPlacement(panel, { left: 16, top: 1040, right: 804, bottom: 1180 }, tablet, 16)).toBe('top');
  });

  it('keeps the side that hides less of a tall element', () => {
    expect(tourPlacement(panel, { left: 16, top: 0, right: 804, bottom: 1100 }, tablet, 16)).toBe('bottom');
    expect(tourPlacement(panel, { left: 16, top: 150, right: 804, bottom: 1180 }, tablet, 16)).toBe('top');
  });

  it('never covers the header in view nor the stuck time bar (QA tablet #24)', () => {
    const header = { left: 0, top: -40, right: 820, bottom: 160 };
    const bar = { left: 0, top: 1080, right: 820, bottom: 1180 };
    expect(tourInsets(header, bar, tablet.height)).toEqual({ top: 160, bottom: 100 });
    // a compact stuck bar, a few pixels above the edge
    expect(tourInsets(null, { left: 0, top: 1140, right: 820, bottom: 1172 }, tablet.height)).toEqual({ top: 0, bottom: 40 });
    // scrolled away, or in the upper half of the window (the panel at the bottom cannot meet it)
    expect(tourInsets({ left: 0, top: -300, right: 820, bottom: -100 }, { left: 0, top: 300, right: 820, bottom: 400 }, tablet.height)).toEqual({ top: 0, bottom: 0 });
    expect(tourInsets(null, { left: 0, top: 1200, right: 820, bottom: 1300 }, tablet.height)).toEqual({ top: 0, bottom: 0 });
    expect(tourInsets(null, null, tablet.height)).toEqual({ top: 0, bottom: 0 });
    // an element just above the bar: at the bottom, the panel (now above the bar) would hide it, so it goes up
    const insets = tourInsets(header, bar, tablet.height);
    expect(tourPlacement(panel, { left: 16, top: 800, right: 804, bottom: 900 }, tablet, 16)).toBe('bottom');
    expect(tourPlacement(panel, { left: 16, top: 800, right: 804, bottom: 900 }, tablet, 16, insets)).toBe('top');
    // an element right under the header: the top place is below the header, so it would hide it there
    expect(tourPlacement(panel, { left: 16, top: 180, right: 804, bottom: 300 }, tablet, 16, insets)).toBe('bottom');
  });
});
