/** Chart labels follow the page's text: 12 px with a mouse, 14 px on a touch screen (theme.css --touch-text; QA tablet #17). */
import { afterEach, describe, expect, it } from 'vitest';
import { followPageText } from '../../../src/ui/charts/pageText.ts';

describe('chart text size', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--touch-text');
    document.documentElement.style.removeProperty('font-size');
  });

  it('is 3/4 of the root font with a mouse, and the touch small print (0.875rem) on a touch screen', () => {
    document.documentElement.style.fontSize = '16px';
    const chart = { defaults: { font: {} as { size?: number }, color: undefined as unknown } };
    document.documentElement.style.setProperty('--touch-text', '0px');
    followPageText(chart);
    expect(chart.defaults.font.size).toBe(12);
    document.documentElement.style.setProperty('--touch-text', '0.875rem');
    followPageText(chart);
    expect(chart.defaults.font.size).toBe(14);
    // the projector display's 20 px root on a touch screen: 0.875rem is 17.5 px there
    document.documentElement.style.fontSize = '20px';
    followPageText(chart);
    expect(chart.defaults.font.size).toBe(18);
  });
});
