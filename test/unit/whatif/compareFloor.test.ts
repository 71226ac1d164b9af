/** The what-if chart of a weekly rate starts at a sensible floor, not zoomed on a 0,4-point wobble (QA teacher #14). */
import { describe, expect, it } from 'vitest';
import { compareChartConfig, percentFloor } from '../../../src/ui/whatif/compareChartConfig.ts';

const rates = (a: number[], b: number[]) => ({
  labels: a.map((_, i) => `S${i + 1}`),
  kind: 'percent' as const,
  series: [
    { id: 'a', label: 'A', values: a },
    { id: 'b', label: 'B', values: b },
  ],
});

describe('what-if rate axis', () => {
  it('runs from the tenth below the lowest rate to 100 %', () => {
    const config = compareChartConfig(rates([0.9915, 0.9932], [0.9965, 0.9941]), [false, true], 'fr');
    expect(config.options?.scales?.y).toMatchObject({ min: 0.9, max: 1 });
    expect(percentFloor(rates([0.85, 0.99], [0.9, 1]))).toBe(0.8);
    expect(percentFloor(rates([1], [1]))).toBe(0.9);
  });

  it('sets no bounds on money and counts: chart.js fits them to the values (compareGap.test.ts)', () => {
    const config = compareChartConfig({ ...rates([1, 2], [1, 3]), kind: 'money' }, [false, true], 'fr');
    expect(config.options?.scales?.y).not.toHaveProperty('min');
  });
});
