import { describe, expect, it } from 'vitest';
import { stripScrollLeft } from '../../../src/ui/shell/navStrip.ts';

// a 390 px phone: the strip from 0 to 390, scrolled 300 px along its row of links
const strip = { left: 0, right: 390 };

describe('a phone’s navigation strip', () => {
  it('stays put when the links are in its box', () => {
    expect(stripScrollLeft(300, strip, [{ left: 10, right: 120 }])).toBe(300);
    expect(
      stripScrollLeft(300, strip, [
        { left: 0, right: 120 },
        { left: 250, right: 390 },
      ]),
    ).toBe(300);
  });

  it('centres a link left out on either side', () => {
    // 100 px wide, 200 px right of the box's end: its left edge comes to 145
    expect(stripScrollLeft(300, strip, [{ left: 490, right: 590 }])).toBe(645);
    // cut at the left edge
    expect(stripScrollLeft(300, strip, [{ left: -40, right: 60 }])).toBe(115);
  });

  it('brings a tour step’s tabs in together, centred when they fit', () => {
    // « Tableau de bord » 40 px off the left edge, « Graphiques » in: all three in, 15 px to spare each side
    expect(
      stripScrollLeft(300, strip, [
        { left: -40, right: 100 },
        { left: 180, right: 290 },
        { left: 200, right: 320 },
      ]),
    ).toBe(245);
  });

  it('starts at the first tab when the tabs do not fit (QA qa21 F7: « Tableau de bord » left out, x = −100…12)', () => {
    const tabs = [
      { left: -100, right: 12 },
      { left: 110, right: 240 },
      { left: 240, right: 360 },
      { left: 360, right: 500 },
    ];
    const after = stripScrollLeft(300, strip, tabs);
    expect(after).toBe(200);
    // the first tab, moved by as much as the strip scrolled, is wholly in its box
    expect(tabs[0].left - (after - 300)).toBeGreaterThanOrEqual(strip.left);
    expect(tabs[0].right - (after - 300)).toBeLessThanOrEqual(strip.right);
  });
});
