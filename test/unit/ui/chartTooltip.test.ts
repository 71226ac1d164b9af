/** The page's own chart tip (chartTooltip.ts) reads what chart.js found under the pointer: checked on a stand-in chart. */
import { describe, expect, it } from 'vitest';
import { chartTip, type TipSource } from '../../../src/ui/charts/chartTooltip.ts';

interface FakeSeries {
  label?: string;
  colour: string | string[];
  /** per index: the axis' text of the category and of the value, and what chart.js parsed */
  points: { label: string; value: string; parsed: Record<string, unknown>; x: number; y: number }[];
  hidden?: boolean;
}

function fakeChart(series: FakeSeries[], options: { mode?: 'index' | 'nearest'; intersect?: boolean; width?: number; under?: number } = {}) {
  const calls: { mode: string; options: object }[] = [];
  const under = options.under ?? 0;
  const chart: TipSource = {
    width: options.width ?? 400,
    data: { datasets: series.map((s) => ({ label: s.label, backgroundColor: s.colour, borderColor: '#ffffff' })) },
    options: { interaction: { mode: options.mode, intersect: options.intersect } },
    getElementsAtEventForMode(_event, mode, found) {
      calls.push({ mode, options: found });
      const datasets = mode === 'index' ? series.map((_, i) => i) : [0];
      return datasets.filter((d) => series[d].points[under]).map((d) => ({ datasetIndex: d, index: under, element: { x: series[d].points[under].x, y: series[d].points[under].y } }));
    },
    getDatasetMeta(datasetIndex) {
      const s = series[datasetIndex];
      return {
        controller: { getLabelAndValue: (i) => ({ label: s.points[i].label, value: s.points[i].value }), getParsed: (i) => s.points[i].parsed },
        vScale: { axis: 'y', getLabelForValue: (v) => `${Math.round(v * 100)} %` },
      };
    },
    isDatasetVisible: (i) => !series[i].hidden,
  };
  return { chart, calls };
}

const event = new Event('pointermove');

describe('chartTip', () => {
  it('names the category and every series at that period, as the axes write values, in each series’ colour', () => {
    const { chart, calls } = fakeChart(
      [
        { label: 'Fidélisation', colour: '#0072B2', points: [{ label: 'S3', value: '91,5 %', parsed: { y: 0.915 }, x: 300, y: 40 }] },
        { label: 'Attrition', colour: '#D55E00', points: [{ label: 'S3', value: '8,5 %', parsed: { y: 0.085 }, x: 300, y: 200 }] },
      ],
      { mode: 'index', intersect: false },
    );
    const tip = chartTip(chart, event);
    expect(calls[0]).toEqual({ mode: 'index', options: { intersect: false, axis: 'x' } });
    expect(tip).toEqual({
      title: 'S3',
      lines: [
        { text: 'Fidélisation: 91,5 %', colour: '#0072B2' },
        { text: 'Attrition: 8,5 %', colour: '#D55E00' },
      ],
      x: 300,
      y: 120,
      flip: true,
    });
  });

  it('leaves out the series the legend hid, and gives nothing when the pointer is over nothing', () => {
    const points = [{ label: 'S1', value: '12', parsed: { y: 12 }, x: 50, y: 80 }];
    const { chart } = fakeChart(
      [
        { label: 'CA', colour: '#000', points, hidden: true },
        { label: 'Marge', colour: '#111', points },
      ],
      { mode: 'index' },
    );
    const tip = chartTip(chart, event);
    expect(tip?.lines.map((l) => l.text)).toEqual(['Marge: 12']);
    expect(tip?.flip).toBe(false);
    expect(chartTip(fakeChart([{ label: 'CA', colour: '#000', points: [] }]).chart, event)).toBeNull();
  });

  it('uses chart.js’s own defaults (the bar under the pointer) when the chart sets no interaction', () => {
    const { chart, calls } = fakeChart([{ label: 'Coût', colour: '#D55E00', points: [{ label: 'Carte', value: '120 €', parsed: { y: 120 }, x: 10, y: 10 }] }]);
    expect(chartTip(chart, event)?.lines).toEqual([{ text: 'Coût: 120 €', colour: '#D55E00' }]);
    expect(calls[0]).toEqual({ mode: 'nearest', options: { intersect: true, axis: 'x' } });
  });

  it('writes a floating bar (the satisfaction interval) as a formatted range, not chart.js’s raw « [0.61, 0.74] »', () => {
    const { chart } = fakeChart([
      { label: 'Intervalle', colour: '#56B4E9', points: [{ label: 'S4', value: '[0.61, 0.74]', parsed: { y: 0.675, _custom: { start: 0.61, end: 0.74 } }, x: 10, y: 10 }] },
    ]);
    expect(chartTip(chart, event)?.lines[0].text).toBe('Intervalle: 61 % – 74 %');
  });

  it('formats with the caller’s format when given, and takes a bar’s own colour from a per-bar list', () => {
    const { chart } = fakeChart(
      [
        {
          colour: ['#0072B2', '#E69F00'],
          points: [
            { label: 'Alice', value: '12.345', parsed: { y: 12.345 }, x: 10, y: 10 },
            { label: 'Bob', value: '7', parsed: { y: 7 }, x: 10, y: 40 },
          ],
        },
      ],
      { under: 1 },
    );
    expect(chartTip(chart, event, (v) => `${v} pts`)).toMatchObject({ title: 'Bob', lines: [{ text: '7 pts', colour: '#E69F00' }] });
  });
});
