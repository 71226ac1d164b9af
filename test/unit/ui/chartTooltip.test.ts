/**
 * The page's own chart tip (chartTooltip.ts) reads what chart.js found under the pointer, or the
 * category the arrow keys reached: checked on the tests' stand-in chart (test/fixtures/chartStandIn.ts).
 */
import { describe, expect, it } from 'vitest';
import { chartTip, chartTipAt, followKeys, followPointer, spokenTip, stepCategory, tipLine, type ChartTip } from '../../../src/ui/charts/chartTooltip.ts';
import { cellText, tipValueText } from '../../../src/ui/charts/valueText.ts';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';
import { standInChart, type StandInSeries } from '../../fixtures/chartStandIn.ts';

// the stand-in as the cases below call it
const fakeChart = standInChart;

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
    expect(chartTip(chart, event, { format: (v) => `${v} pts` })).toMatchObject({ title: 'Bob', lines: [{ text: '7 pts', colour: '#E69F00' }] });
  });

  it('writes « label : value » with a narrow no-break space before the colon in French, none in English', () => {
    expect(tipLine('Membres', '42,11 €', 'fr')).toBe('Membres\u00a0: 42,11 €');
    expect(tipLine('Members', '€42.11', 'en')).toBe('Members: €42.11');
    const { chart } = fakeChart([{ label: 'Membres', colour: '#000', points: [{ label: 'S2', value: '42,1', parsed: { y: 42.11 }, x: 1, y: 1 }] }]);
    expect(chartTip(chart, event, { lang: 'fr' })?.lines[0].text).toBe('Membres\u00a0: 42,1');
  });
});

describe('tip values written as the table writes them', () => {
  const nb = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  const model: SeriesModel = {
    labels: ['S1'],
    kind: 'moneyCents',
    series: [
      { id: 'members', label: 'Membres', values: [42.11] },
      { id: 'share', label: 'Encore clients', values: [0.5], kind: 'percent' },
    ],
  };
  it('gives euros with two decimals, the series’ own kind when it has one, the model’s otherwise', () => {
    expect(nb(tipValueText('fr', model, 9.1, 'Membres'))).toBe('9,10 €');
    expect(nb(tipValueText('fr', model, 0.673, 'Encore clients'))).toBe('67,3 %');
    expect(nb(tipValueText('fr', model, 42.11, 'Intervalle'))).toBe('42,11 €');
    expect(nb(tipValueText('fr', { ...model, kind: 'money' }, 13753, 'Chiffre d’affaires'))).toBe('13 753 €');
  });

  it('a programme’s margin bar says what its table cell says, the estimate ± its error, not the bare margin', () => {
    // the charts screen's programmes model: the table writes the margin with its error (ChartsScreen roiModel, Series.texts)
    const programmes: SeriesModel = {
      labels: ['Coupon', 'Club'],
      kind: 'money',
      series: [
        { id: 'cost', label: 'Coût', values: [1000, 500] },
        { id: 'margin', label: 'Marge supplémentaire', values: [-3376, 800], texts: ['-3 376 € ± 9 722 €', '800 € ± 120 €'] },
      ],
    };
    const bar = (value: number, x: number) => ({ label: 'Club', value: String(value), parsed: { y: value }, x, y: 10 });
    const { chart } = fakeChart(
      [
        { label: 'Coût', colour: '#D55E00', points: [bar(1000, 10), bar(500, 50)] },
        { label: 'Marge supplémentaire', colour: '#009E73', points: [bar(-3376, 20), bar(800, 60)] },
      ],
      { mode: 'index', under: 1 },
    );
    const text = { lang: 'fr' as const, format: (v: number, series: string, index?: number) => tipValueText('fr', programmes, v, series, index) };
    const table = programmes.series.map((s) => tipLine(s.label, cellText('fr', programmes, s, 1), 'fr'));
    expect(chartTip(chart, event, text)?.lines.map((l) => nb(l.text))).toEqual(table.map(nb));
    expect(nb(table[1])).toBe('Marge supplémentaire : 800 € ± 120 €');
    expect(chartTipAt(chart, 0, text)?.lines.map((l) => nb(l.text))).toEqual(['Coût : 1 000 €', 'Marge supplémentaire : -3 376 € ± 9 722 €']);
  });
});

describe('the tip from the keyboard', () => {
  const series: StandInSeries[] = [
    {
      label: 'Membres',
      colour: '#0072B2',
      points: [
        { label: 'S1', value: '10 %', parsed: { y: 0.1 }, x: 100, y: 10 },
        { label: 'S2', value: '20 %', parsed: { y: 0.2 }, x: 300, y: 30 },
      ],
    },
    {
      label: 'Témoins',
      colour: '#D55E00',
      points: [
        { label: 'S1', value: '30 %', parsed: { y: 0.3 }, x: 100, y: 50 },
        { label: 'S2', value: '40 %', parsed: { y: 0.4 }, x: 300, y: 70 },
      ],
    },
  ];

  it('shows every visible series at a category, marked as a keyboard tip and spoken as one sentence', () => {
    const tip = chartTipAt(fakeChart(series).chart, 1, { lang: 'fr' });
    expect(tip).toEqual({ title: 'S2', lines: [{ text: 'Membres\u00a0: 20 %', colour: '#0072B2' }, { text: 'Témoins\u00a0: 40 %', colour: '#D55E00' }], x: 300, y: 50, flip: true, keyboard: true });
    expect(spokenTip(tip)).toBe('S2, Membres\u00a0: 20 %, Témoins\u00a0: 40 %');
    expect(chartTipAt(fakeChart([{ ...series[0], hidden: true }, series[1]]).chart, 0)?.lines.map((l) => l.text)).toEqual(['Témoins: 30 %']);
    // a pointer's tip is not read aloud on every move
    expect(spokenTip({ ...tip!, keyboard: undefined })).toBe('');
  });

  it('steps through the categories with the arrows, Home and End, and ignores other keys', () => {
    expect(stepCategory('ArrowRight', null, 3)).toBe(0);
    expect(stepCategory('ArrowLeft', null, 3)).toBe(2);
    expect(stepCategory('ArrowRight', 2, 3)).toBe(2);
    expect(stepCategory('ArrowLeft', 0, 3)).toBe(0);
    expect(stepCategory('ArrowDown', 0, 3)).toBe(1);
    expect(stepCategory('End', 0, 3)).toBe(2);
    expect(stepCategory('Home', 2, 3)).toBe(0);
    expect(stepCategory('a', 1, 3)).toBeUndefined();
    expect(stepCategory('ArrowRight', null, 0)).toBeUndefined();
  });

  it('shows the tip on arrow keys, hides it on Escape and when the chart loses focus', () => {
    const canvas = new EventTarget() as HTMLElement;
    const shown: (ChartTip | null)[] = [];
    const stop = followKeys(canvas, fakeChart(series).chart, (tip) => shown.push(tip));
    const press = (key: string) => {
      const e = Object.assign(new Event('keydown', { cancelable: true }), { key });
      canvas.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(press('ArrowRight')).toBe(true);
    expect(press('ArrowRight')).toBe(true);
    expect(shown.map((t) => t?.title)).toEqual(['S1', 'S2']);
    expect(press('Tab')).toBe(false);
    press('Escape');
    expect(shown.at(-1)).toBeNull();
    press('ArrowLeft');
    expect(shown.at(-1)?.title).toBe('S1');
    canvas.dispatchEvent(new Event('blur'));
    expect(shown.at(-1)).toBeNull();
    stop();
    press('ArrowRight');
    expect(shown).toHaveLength(5);
  });

  it('hides a pointer’s tip on Escape anywhere in the page (WCAG 1.4.13)', () => {
    const page = new EventTarget();
    const canvas = Object.assign(new EventTarget(), { ownerDocument: page }) as unknown as HTMLCanvasElement;
    const shown: (ChartTip | null)[] = ['x' as unknown as ChartTip];
    const stop = followPointer(canvas, fakeChart(series).chart, (tip) => shown.push(tip));
    page.dispatchEvent(Object.assign(new Event('keydown'), { key: 'Escape' }));
    expect(shown.at(-1)).toBeNull();
    stop();
    page.dispatchEvent(Object.assign(new Event('keydown'), { key: 'Escape' }));
    expect(shown).toHaveLength(2);
  });
});
