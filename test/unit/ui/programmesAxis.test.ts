/**
 * QA phone F11: the programmes chart's axis held every 95 % interval whole, so early in a game a margin of 50 € ± 2 000 €
 * beside a 600 € cost made the bars slivers under black whiskers on a 390 px phone, and chart.js's skipping left 0, where
 * the bars start, unlabelled. The axis now stops at twice the longest bar (a longer line ends in an arrow), labels
 * round amounts spaced for its width with 0 among them, draws 0 darker, and a phone's whiskers are thinner.
 */
import { describe, expect, it } from 'vitest';
import type { Scale } from 'chart.js';
import { axisTicks, programmesAxisEnds } from '../../../src/ui/charts/programmesAxis.ts';
import { errorBarsPlugin, programmesAxis, programmesConfig, programmesModel } from '../../../src/ui/charts/programmesConfig.ts';
import { ZERO_LINE } from '../../../src/ui/charts/palette.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const base = makeKpiSeries(1)[0].programmes[0];
const labels = { cost: 'Coût', margin: 'Marge', notShown: 'Marge : effet non démontré' };
const model = (cost: number, margin: number, error: number) =>
  programmesModel([{ ...base, costToDate: cost, incrementalMarginToDate: margin, incrementalMarginError: error }], (p) => p.id, labels);

describe('programmes chart axis', () => {
  it('stops at twice the longest bar when an interval is longer, with a little room, and says so', () => {
    const ends = programmesAxisEnds([600, 50], [[-1950, 2050]]);
    expect(ends.cut).toBe(true);
    expect(ends.min).toBeCloseTo(-1200 - 120);
    expect(ends.max).toBeCloseTo(1200 + 120);
    // the chart's axis is that one, not chart.js's fit of the whole intervals
    const x = programmesConfig(model(600, 50, 2000), 'fr-FR', labels.notShown).options?.scales?.x as { min: number; max: number };
    expect([x.min, x.max]).toEqual([ends.min, ends.max]);
    expect(programmesAxis(model(600, 50, 2000))).toEqual(ends);
  });

  it('keeps every interval whole when it is no longer than twice the longest bar', () => {
    const ends = programmesAxisEnds([2400, 2820], [[1320, 4320]]);
    expect(ends).toMatchObject({ min: 0, cut: false });
    expect(ends.max).toBeGreaterThan(4320);
    // an interval below 0 keeps 0 and reaches down to its low end
    expect(programmesAxisEnds([3000, -500], [[-2500, 1500]]).min).toBeLessThan(-2500);
    // no bar at all: the intervals set the axis
    expect(programmesAxisEnds([0, 0], [[-300, 300]]).cut).toBe(false);
  });

  it('labels round amounts spaced for the width, 0 always among them', () => {
    // a phone's chart area, some 195 px: chart.js labelled −2 000 € and 2 000 € and skipped 0
    expect(axisTicks(-1320, 1320, 195)).toEqual([-1000, 0, 1000]);
    expect(axisTicks(-1312, 2720, 195)).toEqual([0, 2000]);
    expect(axisTicks(0, 3000, 600)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000]);
    expect(axisTicks(-51239, 21995, 195)).toContain(0);
    const config = programmesConfig(model(600, 50, 2000), 'fr-FR', labels.notShown);
    const x = config.options?.scales?.x as unknown as {
      afterBuildTicks: (s: Scale) => void;
      grid: { color: (c: { tick?: { value: number } }) => string; lineWidth: (c: { tick?: { value: number } }) => number };
      ticks: { autoSkip: boolean };
    };
    const scale = { width: 195, ticks: [] } as unknown as Scale;
    x.afterBuildTicks(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual([-1000, 0, 1000]);
    expect(x.ticks.autoSkip).toBe(false);
    expect(x.grid.color({ tick: { value: 0 } })).toBe(ZERO_LINE.colour);
    expect(x.grid.lineWidth({ tick: { value: 0 } })).toBe(ZERO_LINE.width);
    expect(x.grid.color({ tick: { value: 1000 } })).not.toBe(ZERO_LINE.colour);
  });
});

describe('error bars on a phone', () => {
  function draw(width: number) {
    const lines: [string, number, number][] = [];
    const widths: number[] = [];
    const ctx = {
      save() {},
      restore() {},
      beginPath() {},
      stroke() {},
      set lineWidth(w: number) {
        widths.push(w);
      },
      moveTo: (x: number, y: number) => lines.push(['M', x, y]),
      lineTo: (x: number, y: number) => lines.push(['L', x, y]),
    };
    // a lying bar at 50 ± 200 on an axis from −100 (x = 0) to 100 (x = 200)
    const chart = {
      ctx,
      width,
      chartArea: { left: 0, right: 200, top: 0, bottom: 100 },
      options: { indexAxis: 'y' },
      data: { datasets: [{ data: [50], errorBars: [200] }] },
      isDatasetVisible: () => true,
      getDatasetMeta: () => ({ xAxisID: 'x', yAxisID: 'y', data: [{ y: 40, height: 40 }] }),
      scales: { x: { getPixelForValue: (v: number) => 100 + v } },
    };
    (errorBarsPlugin.afterDatasetsDraw as unknown as (c: unknown) => void)(chart);
    return { lines, widths };
  }

  it('stops a line longer than the chart at its edges with arrows pointing on', () => {
    const { lines } = draw(330);
    expect(lines.slice(0, 2)).toEqual([
      ['M', 200, 40],
      ['L', 0, 40],
    ]);
    // right edge: > pointing right; left edge: < pointing left (no caps)
    expect(lines.slice(2, 5)).toEqual([
      ['M', 195, 35],
      ['L', 200, 40],
      ['L', 195, 45],
    ]);
    expect(lines.slice(5, 8)).toEqual([
      ['M', 5, 35],
      ['L', 0, 40],
      ['L', 5, 45],
    ]);
  });

  it('draws thinner lines and shorter caps on a phone-wide chart than on a wide one', () => {
    expect(draw(330).widths).toEqual([1]);
    expect(draw(800).widths).toEqual([1.5]);
    // the arrowheads' size follows: 5 px on a phone, 8 wider
    expect(draw(800).lines[2]).toEqual(['M', 200 - 8, 40 - 8]);
  });
});
