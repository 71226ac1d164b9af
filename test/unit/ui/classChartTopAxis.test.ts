/**
 * The class chart writes its figures above the bars as well as below (QA qa11 F4): with a class of 30 the
 * chart is 844 px high, taller than a 1024 x 768 or 1280 x 720 projector's screen, and with the first bars
 * (the best students) in view the only axis, at the bottom, was not: bars without a scale for the room.
 */
import { describe, expect, it } from 'vitest';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import { classChartConfig } from '../../../src/ui/class/classChart.ts';
import { classRow as row } from '../../fixtures/classRow.ts';

const labels = { metric: 'Marge nette', rowLabel: (r: ClassRow) => r.learner, format: (v: number) => `${v} €` };
const rows = [row('Léa', 1, 3), row('Tom', 2, 1), { ...row('Zoé', 3, 0), netMargin: -250 }];

describe('class chart axes', () => {
  it('has a value axis at the top with the bottom one’s range and figures, and no second grid', () => {
    const scales = classChartConfig(rows, 'netMargin', labels).options!.scales! as Record<string, Record<string, unknown>>;
    const { x, xTop } = scales;
    expect(xTop).toMatchObject({ type: 'linear', position: 'top', beginAtZero: true, suggestedMin: -250, suggestedMax: 300, grid: { drawOnChartArea: false } });
    // the range chart.js gives the bottom axis from the bars is the one the top axis is given
    expect(x).toMatchObject({ beginAtZero: true, suggestedMin: -250, suggestedMax: 300 });
    expect(x.position).toBeUndefined();
    const ticks = (axis: Record<string, unknown>) => axis.ticks as { precision: number; callback: (v: number) => string };
    expect(ticks(xTop).precision).toBe(ticks(x).precision);
    expect(ticks(xTop).callback(-250)).toBe('-250 €');
    expect(ticks(x).callback(-250)).toBe('-250 €');
    // the metric's name once, under the bars
    expect(x.title).toEqual({ display: true, text: 'Marge nette' });
    expect(xTop.title).toBeUndefined();
  });

  it('keeps a bounded metric’s fixed range on both axes', () => {
    for (const [metric, range] of [
      ['points', { min: 0, max: 4 }],
      ['retention', { min: 0, max: 100 }],
    ] as const) {
      const scales = classChartConfig(rows, metric, labels).options!.scales! as Record<string, Record<string, unknown>>;
      expect(scales.x).toMatchObject(range);
      expect(scales.xTop).toMatchObject({ ...range, position: 'top' });
    }
  });
});
