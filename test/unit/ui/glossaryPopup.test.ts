import { describe, expect, it } from 'vitest';
import { popupAbove, popupLeft } from '../../../src/ui/glossary/popupPlacement.ts';

const phone = 375;
const panel = 343; // min(22rem, 100vw - 2rem) on a 375 px phone

describe('glossary pop-up placement', () => {
  it('stays at its button when it fits', () => {
    expect(popupLeft(40, 352, 1280, 16)).toBe(0);
    expect(popupLeft(16, panel, phone, 16)).toBe(0);
  });

  it('moves left so that it ends 16 px before the right edge (a « ? » at the end of a phone line)', () => {
    // the QA's case: the « ? » at 292 px opened a panel running to 644 px
    const left = popupLeft(292, panel, phone, 16);
    expect(292 + left).toBe(16);
    expect(292 + left + panel).toBe(phone - 16);
    // on a desktop, a « ? » 100 px from the right edge
    expect(1180 + popupLeft(1180, 352, 1280, 16) + 352).toBe(1280 - 16);
  });

  it('moves right when its anchor starts left of the margin (a table scrolled sideways)', () => {
    expect(popupLeft(-40, 300, 1280, 16)).toBe(56);
  });

  it('keeps the left margin when the panel is wider than the window', () => {
    expect(100 + popupLeft(100, 400, 320, 16)).toBe(16);
  });
});

describe('glossary pop-up above or below its button', () => {
  const tablet = 1024;
  it('opens below when it fits there', () => {
    expect(popupAbove(300, 326, 190, tablet, 16)).toBe(false);
    // just fits above the 72 px the time bar may cover
    expect(popupAbove(700, 726, 226, tablet, 16, 72)).toBe(false);
  });

  it('flips above when the bottom of the screen would cut it (the QA’s « ? » at y = 870 on a 1 024 px tablet)', () => {
    expect(popupAbove(844, 870, 190, tablet, 16)).toBe(true);
    // the time bar's reserve: it would fit the screen but not above the bar
    expect(popupAbove(700, 726, 240, tablet, 16, 72)).toBe(true);
  });

  it('a panel taller than both halves goes where there is more room', () => {
    expect(popupAbove(200, 226, 700, 768, 16)).toBe(false);
    expect(popupAbove(500, 526, 700, 768, 16)).toBe(true);
  });

  it('near the top, stays below even when it is cut there too', () => {
    expect(popupAbove(40, 66, 800, 768, 16)).toBe(false);
  });
});
