/**
 * The charts' axes write figures as the rest of the app does (QA tablet #17: « 14000 », « 2500 » without €;
 * QA tablet verify N4: « -20 000 € » with a hyphen through chart.js's Intl format).
 */
import type { ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/app/format.ts';
import { comparisonConfig } from '../../../src/ui/charts/programmeComparisonConfig.ts';
import { funnelConfig } from '../../../src/ui/charts/lifecycleConfig.ts';
import { lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { programmesConfig, programmesModel } from '../../../src/ui/charts/programmesConfig.ts';
import { retentionConfig } from '../../../src/ui/charts/retentionConfig.ts';
import { histogramConfig, measuredConfig } from '../../../src/ui/charts/satisfactionConfig.ts';
import { stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { classChartConfig } from '../../../src/ui/class/classChart.ts';
import type { ClassRow } from '../../../src/results/classComparison.ts';
import { classRow } from '../../fixtures/classRow.ts';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';

type Tick = (value: number | string) => string;
const tickOf = (kind: SeriesModel['kind'], locale: string) => {
  const model: SeriesModel = { labels: ['S1', 'S2'], kind, series: [{ id: 'turnover', label: 'CA', values: [14000, 15000] }] };
  const y = lineConfig(model, { beginAtZero: true, locale }).options?.scales?.y as { ticks: { callback?: Tick } };
  expect(y.ticks.callback).toBeTypeOf('function');
  return y.ticks.callback!;
};

describe('KPI line chart axis ticks', () => {
  it('groups thousands and adds the euro on money axes, in French', () => {
    expect(tickOf('money', 'fr-FR')(2500)).toBe('2\u202f500\u00a0€');
    expect(tickOf('money', 'fr-FR')(14000)).toBe('14\u202f000\u00a0€');
    expect(tickOf('number', 'fr-FR')(14000)).toBe('14\u202f000');
    expect(tickOf('number', 'fr-FR')(0)).toBe('0');
    expect(tickOf('money', 'fr-FR')(-500)).toBe('\u2212500\u00a0€');
  });

  it('and in English', () => {
    expect(tickOf('money', 'en-GB')(2500)).toBe('€2,500');
    expect(tickOf('number', 'en-GB')(14000)).toBe('14,000');
  });

  it('keeps the cents of a fractional tick on a small money axis', () => {
    expect(tickOf('moneyCents', 'fr-FR')(12.5)).toBe('12,50\u00a0€');
  });
});

describe('programme chart axis ticks', () => {
  // the error bars take the axis below 0: « −20 000 € » with a true minus, as the tables and tooltip (QA tablet verify N4)
  it('writes money as the app does, with a true minus sign', () => {
    const model = programmesModel([], () => '', { cost: 'Coût', margin: 'Marge' });
    const tick = (locale: string) => (programmesConfig(model, locale).options?.scales?.x as { ticks: { callback?: Tick } }).ticks.callback!;
    expect(tick('fr-FR')(-20000)).toBe('\u221220\u202f000\u00a0€');
    expect(tick('fr-FR')(40000)).toBe('40\u202f000\u00a0€');
    expect(tick('en-GB')(-20000)).toBe('\u2212\u2060€20,000');
  });
});

/** The tick callback of `axis` in a chart's configuration (it must have one: chart.js's own format writes a hyphen). */
function axisOf(config: ChartConfiguration<'line' | 'bar'> | ChartConfiguration<'line'> | ChartConfiguration<'bar'>, axis: 'x' | 'y'): Tick {
  const ticks = (config.options?.scales?.[axis] as { ticks?: { callback?: Tick } } | undefined)?.ticks;
  expect(ticks?.callback).toBeTypeOf('function');
  return ticks!.callback!;
}

describe('every chart axis goes through the app formatting', () => {
  const counts = (kind: SeriesModel['kind']): SeriesModel => ({ labels: ['A', 'B'], kind, series: [{ id: 's', label: 'S', values: [1200, 3400] }] });

  it('the members / control group chart: euros per customer with cents and a true minus', () => {
    expect(axisOf(comparisonConfig(counts('moneyCents'), 'fr-FR'), 'y')(-0.5)).toBe('\u22120,50\u00a0€');
    expect(axisOf(comparisonConfig(counts('moneyCents'), 'fr-FR'), 'y')(12)).toBe('12\u00a0€');
    expect(axisOf(comparisonConfig(counts('moneyCents'), 'en-GB'), 'y')(-0.5)).toBe('\u2212\u2060€0.50');
  });

  it('rate axes: the retention chart and the measured satisfaction', () => {
    const retention = retentionConfig(counts('percent'), 'fr', 'fr-FR');
    expect(axisOf(retention, 'y')(0.9915)).toBe('99,15\u00a0%');
    expect(axisOf(retention, 'y')(0.2)).toBe('20\u00a0%');
    expect(axisOf(measuredConfig([], { mean: 'm', interval: 'i' }, 'fr-FR'), 'y')(0.5)).toBe('50\u00a0%');
    expect(axisOf(measuredConfig([], { mean: 'm', interval: 'i' }, 'en-GB'), 'y')(0.5)).toBe('50%');
  });

  it('count axes: segments, the lifecycle funnel, the satisfaction histogram', () => {
    expect(axisOf(stackedBarConfig(counts('number'), 'fr-FR'), 'y')(1500)).toBe('1\u202f500');
    expect(axisOf(funnelConfig(counts('number'), 'fr-FR'), 'x')(1500)).toBe('1\u202f500');
    expect(axisOf(histogramConfig(counts('number'), 'en-GB'), 'y')(1500)).toBe('1,500');
  });

  it('the class chart writes its figures as its table does (« Écart avec sans action » below 0)', () => {
    const labels = { metric: 'Écart', rowLabel: (r: ClassRow) => r.learner, format: (v: number) => formatNumber('fr', v) };
    expect(axisOf(classChartConfig([classRow('Léa', 1, 3)], 'netMargin', labels), 'x')(-1500)).toBe('\u22121\u202f500');
  });
});
