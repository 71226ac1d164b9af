/**
 * The class chart is made once and updated in place as files are verified (QA class of 30, finding
 * 5: made again for each of 30 files, chart.js held the page's thread up to 0.7 s at a time).
 */
import { render } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { describe, expect, it, vi } from 'vitest';
import ClassChart from '../../../src/ui/class/ClassChart.svelte';
import { drawsOnCanvas } from '../../fixtures/chartStandIn.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

vi.mock('chart.js', async () => {
  const standIn = (await import('../../fixtures/chartStandIn.ts')).chartJsStandIn();
  class CountedChart extends standIn.Chart {
    static made = 0;
    static updates: unknown[] = [];
    static last: CountedChart | null = null;
    constructor(...args: ConstructorParameters<typeof standIn.Chart>) {
      super(...args);
      CountedChart.made += 1;
      CountedChart.last = this;
    }
    override update(mode?: unknown) {
      CountedChart.updates.push(mode);
    }
    override destroy() {
      CountedChart.made -= 1000;
    }
  }
  return { ...standIn, Chart: CountedChart };
});

const counted = Chart as unknown as { made: number; updates: unknown[]; last: { data: { labels: string[] } } };

describe('class chart as files are verified', () => {
  drawsOnCanvas();

  it('keeps one chart and gives it the new bars, without animation', async () => {
    const { rerender } = render(ClassChart, { rows: [row('Alice', 1, 3)] });
    expect(counted.made).toBe(1);
    await rerender({ rows: [row('Alice', 1, 3), row('Bruno', 2, 1)] });
    await rerender({ rows: [row('Alice', 1, 3), row('Bruno', 2, 1), row('Chloé', 3, 0)] });
    // never destroyed nor made again
    expect(counted.made).toBe(1);
    expect(counted.updates.at(-1)).toBe('none');
    expect(counted.last.data.labels).toEqual(['Alice', 'Bruno', 'Chloé']);
  });
});
