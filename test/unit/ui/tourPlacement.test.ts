import { describe, expect, it } from 'vitest';
import { overlap, scrollToShow, tourInsets, tourPlacement, unionBox } from '../../../src/ui/tour/placement.ts';

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

  it('stays at the bottom over an element taller than the window scrolled to its top, leaving its heading in view', () => {
    const phone = { width: 320, height: 640 };
    // the scenario cards, their top 0.06 px under the panel's top place (16): the top hid a sliver less
    expect(tourPlacement({ width: 288, height: 373 }, { left: 16, top: 16.06, right: 304, bottom: 5526 }, phone, 16)).toBe('bottom');
  });

  it('brings the elements a step names into view, above the stuck time bar (QA tablet #15)', () => {
    const links = [
      { left: 16, top: 16, right: 120, bottom: 60 },
      { left: 130, top: 64, right: 250, bottom: 108 },
    ];
    expect(unionBox(links)).toEqual({ left: 16, top: 16, right: 250, bottom: 108 });
    expect(unionBox([])).toBeNull();
    // wholly in view: the page does not move
    expect(scrollToShow({ left: 16, top: 100, right: 304, bottom: 400 }, 640, 0, 16)).toBe(0);
    // below the window, or under the time bar: its top comes 16 px under the window's top
    expect(scrollToShow({ left: 16, top: 900, right: 304, bottom: 1000 }, 640, 0, 16)).toBe(884);
    expect(scrollToShow({ left: 16, top: 450, right: 304, bottom: 560 }, 640, 135, 16)).toBe(434);
    // above the window (the nav links once the page is scrolled down): back up
    expect(scrollToShow({ left: 16, top: -248, right: 120, bottom: -204 }, 640, 0, 16)).toBe(-264);
    // taller than the window: its start
    expect(scrollToShow({ left: 16, top: 300, right: 304, bottom: 5000 }, 640, 0, 16)).toBe(284);
  });

  it('never leaves the header cut across (QA qa21 F7: the subtitle cut at the top of a tablet)', () => {
    // 1024 × 768, scrolled 700 px down to the shops' cards: the header (0…62 on the page) and the nav links under it above the window
    const header = { left: 0, top: -700, right: 1024, bottom: -638 };
    const links = { left: 200, top: -637, right: 500, bottom: -593 };
    // back to the top: all of the header, the links under it (16 px below the top would have left 47 px of the header above)
    expect(scrollToShow(links, 768, 0, 16, header)).toBe(-700);
    // an element under the header taller than the window without it: the header wholly out, the element from its top
    expect(scrollToShow({ left: 16, top: -630, right: 1000, bottom: 200 }, 768, 0, 16, header)).toBe(-638);
    // the header out of the way either way: as before
    expect(scrollToShow({ left: 16, top: 900, right: 304, bottom: 1000 }, 768, 0, 16, header)).toBe(884);
    expect(scrollToShow({ left: 16, top: 900, right: 304, bottom: 1000 }, 768, 0, 16, null)).toBe(884);
    // the header wholly in view after the scroll: as before
    expect(scrollToShow({ left: 16, top: 900, right: 304, bottom: 1000 }, 768, 0, 16, { left: 0, top: 940, right: 1024, bottom: 1002 })).toBe(884);
  });
});
