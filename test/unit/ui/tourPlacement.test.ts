import { describe, expect, it } from 'vitest';
import { overlap, tourPlacement } from '../../../src/ui/tour/placement.ts';

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
});
