/** Chart models and chart.js configurations are pure: checked here without a canvas. */
import { describe, expect, it } from 'vitest';
import { kpiSeriesModel, lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { segmentsModel, stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { funnelConfig, funnelModel } from '../../../src/ui/charts/lifecycleConfig.ts';
import { histogramModel, measuredConfig, measuredPoints } from '../../../src/ui/charts/satisfactionConfig.ts';
import { errorBarsPlugin, programmesChartHeight, programmesConfig, programmesModel, wrapLabel } from '../../../src/ui/charts/programmesConfig.ts';
import { legendEntries } from '../../../src/ui/charts/chartLegend.ts';
import { tipValueText } from '../../../src/ui/charts/valueText.ts';
import type { ChartConfiguration } from 'chart.js';
import { rfGridRows } from '../../../src/ui/charts/rfGrid.ts';
import { OKABE_ITO, SERIES_COLOURS, seriesStyle, withAlpha } from '../../../src/ui/charts/palette.ts';
import { valueText } from '../../../src/ui/charts/valueText.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';
import { STAGES } from '../../../src/engine/vocabulary.ts';

const kpis = makeKpiSeries(6);
const periods = kpis.map((k) => `S${k.tick + 1}`);

describe('palette', () => {
  it('uses only Okabe-Ito colours, with a distinct shape and dash per series', () => {
    const okabe = new Set<string>(Object.values(OKABE_ITO));
    expect(SERIES_COLOURS.every((c) => okabe.has(c))).toBe(true);
    const styles = [0, 1, 2, 3].map(seriesStyle);
    expect(new Set(styles.map((s) => s.pointStyle)).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash.join(','))).size).toBe(4);
    expect(withAlpha('#0072B2', 0.5)).toBe('#0072B280');
  });
});

describe('KPI line charts', () => {
  it('builds one dataset per series from the KPI series', () => {
    const model = kpiSeriesModel(kpis, periods, [{ id: 'turnover', label: 'CA' }, { id: 'activeCustomers', label: 'Actifs' }], 'number');
    expect(model.series[0].values).toEqual(kpis.map((k) => k.turnover));
    const config = lineConfig(model, { beginAtZero: true, locale: 'fr-FR' });
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(periods);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['CA', 'Actifs']);
    expect(config.data.datasets[0].borderColor).not.toBe(config.data.datasets[1].borderColor);
    expect(config.data.datasets[1].borderDash).toEqual([6, 4]);
    expect(config.options?.animation).toBe(false);
  });

  it('formats a rate axis as percent', () => {
    const model = kpiSeriesModel(kpis, periods, [{ id: 'churnRate', label: 'Attrition' }], 'percent');
    const y = lineConfig(model, { beginAtZero: false, locale: 'fr-FR' }).options?.scales?.y as { ticks: { format: Intl.NumberFormatOptions } };
    expect(y.ticks.format.style).toBe('percent');
  });

  it('gives chart.js a tick format with both fraction-digit bounds (it adds its own minimum otherwise)', () => {
    const model = kpiSeriesModel(kpis, periods, [{ id: 'turnover', label: 'CA' }], 'money');
    const y = lineConfig(model, { beginAtZero: true, locale: 'fr-FR' }).options?.scales?.y as { ticks: { format: Intl.NumberFormatOptions } };
    expect(y.ticks.format.minimumFractionDigits).toBe(0);
    expect(y.ticks.format.maximumFractionDigits).toBe(0);
  });
});

describe('segments over time', () => {
  it('stacks the five course segments', () => {
    const model = segmentsModel(kpis, periods, { nouveau: 'N', tresBon: 'TB', bon: 'B', futurNonClient: 'FNC', inactif: 'I' });
    expect(model.series.map((s) => s.id)).toEqual(['nouveau', 'tresBon', 'bon', 'futurNonClient', 'inactif']);
    expect(model.series[1].values).toEqual(kpis.map((k) => k.segments.tresBon));
    const config = stackedBarConfig(model, 'fr-FR');
    expect((config.options?.scales?.y as { stacked: boolean }).stacked).toBe(true);
    expect(new Set(config.data.datasets.map((d) => d.stack))).toEqual(new Set(['segments']));
  });
});

describe('lifecycle', () => {
  const names = Object.fromEntries(STAGES.map((s) => [s, s.toUpperCase()])) as Record<(typeof STAGES)[number], string>;
  it('draws the funnel in stage order without hidden stages, from the prospects (no record is ever a suspect)', () => {
    const model = funnelModel(kpis[5], ['dormant'], names, 'Clients');
    expect(model.labels).toEqual(['PROSPECT', 'NOUVEAU', 'ACTIF', 'PERDU']);
    expect(model.series[0].values).toEqual([1200, 80, 940, 375]);
    expect(funnelModel(kpis[5], [], names, 'Clients').labels[0]).toBe('PROSPECT');
    expect(funnelConfig(model, 'fr-FR').options?.indexAxis).toBe('y');
  });
});

describe('satisfaction', () => {
  it('turns surveys into means with a clamped 95 % interval drawn as floating bars', () => {
    const points = measuredPoints([{ method: 'questionnaire', sampleSize: 50, mean: 0.95, marginOfError: 0.1, tick: 2 }], (t) => `S${t + 1}`);
    expect(points).toEqual([{ label: 'S3', mean: 0.95, low: 0.85, high: 1, sampleSize: 50 }]);
    const config = measuredConfig(points, { mean: 'm', interval: 'i' }, 'fr-FR');
    expect(config.data.datasets[0].type).toBe('line');
    expect(config.data.datasets[1].data).toEqual([[0.85, 1]]);
  });

  it('bins the true satisfaction for the teacher view', () => {
    const model = histogramModel(kpis[5], (lo, hi) => `${lo}-${hi}`, 'Clients');
    expect(model.labels[0]).toBe('0-0.1');
    expect(model.series[0].values).toEqual(kpis[5].satisfactionHistogram);
  });
});

describe('programmes', () => {
  it('puts cost and margin side by side per programme', () => {
    const model = programmesModel(kpis[5].programmes, (p) => p.id, { cost: 'Coût', margin: 'Marge' });
    expect(model.labels).toEqual(['0:0']);
    expect(model.series.map((s) => s.values[0])).toEqual([2400, 520 * 6 - 300]);
    expect(programmesConfig(model, 'fr-FR').data.datasets).toHaveLength(2);
  });

  // QA tablet #12: « −14 622 € » drawn as a plain bar while the Bilan said « effet non démontré »
  const measured = (margin: number, error: number) => ({ ...kpis[5].programmes[0], incrementalMarginToDate: margin, incrementalMarginError: error });
  const labels = { cost: 'Coût', margin: 'Marge', notShown: 'Marge : effet non démontré' };

  it('draws a margin whose interval holds 0 as its own pale dataset « effet non démontré », with error bars on every margin', () => {
    const model = programmesModel([measured(-14622, 36617), measured(8000, 3000)], (p) => String(p.incrementalMarginToDate), labels);
    const config = programmesConfig(model, 'fr-FR', labels.notShown);
    const [, shown, unshown] = config.data.datasets as unknown as { label: string; data: (number | null)[]; errorBars: number[]; backgroundColor: string }[];
    expect(shown.data).toEqual([null, 8000]);
    expect(unshown.label).toBe('Marge : effet non démontré');
    expect(unshown.data).toEqual([-14622, null]);
    expect(unshown.backgroundColor).toBe(withAlpha(OKABE_ITO.bluishGreen, 0.25));
    expect(shown.errorBars).toEqual([36617, 3000]);
    expect(legendEntries(config as ChartConfiguration).map((e) => e.label)).toEqual(['Coût', 'Marge', 'Marge : effet non démontré']);
    // the axis reaches the interval's high end, and its low end up to twice the longest bar, with 5 % room (programmesAxis.ts, QA phone F11)
    const room = 0.05 * (-14622 + 36617 + 2 * 14622);
    const x = config.options?.scales?.x as { min: number; max: number };
    expect(x.min).toBeCloseTo(-2 * 14622 - room);
    expect(x.max).toBeCloseTo(-14622 + 36617 + room);
    expect(config.plugins).toContain(errorBarsPlugin);
    // a tip on the pale bar reads the margin with its error, as the table does
    const texted = { ...model, series: model.series.map((s) => (s.id === 'margin' ? { ...s, texts: ['−14 622 € ± 36 617 €', '8 000 € ± 3 000 €'] } : s)) };
    expect(tipValueText('fr', texted, -14622, 'Marge : effet non démontré', 0)).toBe('−14 622 € ± 36 617 €');
  });

  it('draws pale too an estimate too weak to conclude (small control group, too few periods: QA shops F6), as its line says', () => {
    const model = programmesModel([measured(8000, 3000), measured(9000, 3000)], (p) => p.id, labels);
    const [, shown, unshown] = programmesConfig(model, 'fr-FR', labels.notShown, [true, false]).data.datasets as unknown as { data: (number | null)[] }[];
    expect(shown.data).toEqual([null, 9000]);
    expect(unshown.data).toEqual([8000, null]);
  });

  it('keeps one margin dataset when every interval is clear of 0', () => {
    const model = programmesModel([measured(8000, 3000)], (p) => p.id, labels);
    expect(programmesConfig(model, 'fr-FR', labels.notShown).data.datasets).toHaveLength(2);
  });

  it('draws each visible bar’s interval, value ± error, as a capped vertical line', () => {
    const lines: [string, number, number][] = [];
    const ctx = {
      save() {},
      restore() {},
      beginPath() {},
      stroke() {},
      moveTo: (x: number, y: number) => lines.push(['M', x, y]),
      lineTo: (x: number, y: number) => lines.push(['L', x, y]),
    };
    const chart = {
      ctx,
      data: { datasets: [{ data: [100] }, { data: [50, null], errorBars: [20, 5] }] },
      isDatasetVisible: () => true,
      getDatasetMeta: () => ({ xAxisID: 'x', yAxisID: 'y', data: [{ x: 10, width: 16 }, { x: 30, width: 16 }] }),
      scales: { y: { getPixelForValue: (v: number) => 1000 - v } },
    };
    (errorBarsPlugin.afterDatasetsDraw as unknown as (c: unknown) => void)(chart);
    expect(lines.slice(0, 2)).toEqual([
      ['M', 10, 1000 - 70],
      ['L', 10, 1000 - 30],
    ]);
    expect(lines).toHaveLength(6);
  });

  // QA phone F2: upright, the programmes' names slanted under the bars ran into each other at 390 px and left the bars a sixth of the chart
  it('lays the programmes’ bars down, each name on short lines at its left, the chart as tall as they need', () => {
    const model = programmesModel([measured(8000, 3000)], () => 'Personnalisation — Relance personnalisée (Mois 2)', labels);
    const config = programmesConfig(model, 'fr-FR', labels.notShown);
    expect(config.options?.indexAxis).toBe('y');
    const names = (config.options?.scales?.y as { ticks: { callback: (v: number, i: number) => string[] } }).ticks.callback;
    expect(names(0, 0)).toEqual(['Personnalisation —', 'Relance', 'personnalisée', '(Mois 2)']);
    expect(wrapLabel('Avantage financier — Bons de réduction (Mois 1)')).toEqual(['Avantage financier', '— Bons de', 'réduction (Mois 1)']);
    expect(programmesChartHeight(2)).toBe(260);
    expect(programmesChartHeight(6)).toBeGreaterThan(6 * 60);
  });

  it('draws a lying bar’s interval as a capped horizontal line', () => {
    const lines: [string, number, number][] = [];
    const ctx = { save() {}, restore() {}, beginPath() {}, stroke() {}, moveTo: (x: number, y: number) => lines.push(['M', x, y]), lineTo: (x: number, y: number) => lines.push(['L', x, y]) };
    const chart = {
      ctx,
      options: { indexAxis: 'y' },
      data: { datasets: [{ data: [50], errorBars: [20] }] },
      isDatasetVisible: () => true,
      getDatasetMeta: () => ({ xAxisID: 'x', yAxisID: 'y', data: [{ y: 40, height: 16 }] }),
      scales: { x: { getPixelForValue: (v: number) => 100 + v }, y: { getPixelForValue: () => NaN } },
    };
    (errorBarsPlugin.afterDatasetsDraw as unknown as (c: unknown) => void)(chart);
    expect(lines.slice(0, 4)).toEqual([
      ['M', 170, 40],
      ['L', 130, 40],
      ['M', 170, 36],
      ['L', 170, 44],
    ]);
  });
});

describe('R x F grid', () => {
  it('lays out R = 5 on top, F = 1..5 left to right, with MODEL.md segment names', () => {
    const grid = Array.from({ length: 25 }, (_, i) => i);
    const rows = rfGridRows(grid);
    expect(rows[0].map((c) => [c.r, c.f])).toEqual([[5, 1], [5, 2], [5, 3], [5, 4], [5, 5]]);
    expect(rows[0][0]).toMatchObject({ count: 20, segment: 'new' });
    expect(rows[0][4]).toMatchObject({ count: 24, segment: 'champions', intensity: 1 });
    expect(rows[4][4].segment).toBe('cantLoseThem');
    expect(rows[4][0]).toMatchObject({ r: 1, f: 1, count: 0, segment: 'hibernating' });
    expect(rows[2][2].segment).toBe('needAttention');
    expect(rows.flat().reduce((a, c) => a + c.share, 0)).toBeCloseTo(1, 12);
  });
});

describe('valueText', () => {
  it('writes table values by kind', () => {
    expect(valueText('fr', 0.25, 'percent')).toBe('25,0 %'.replace(' ', '\u00a0'));
    expect(valueText('fr', null, 'number')).toBe('—');
  });
});
