/** The KPI line charts' y axes write figures as the rest of the app does (QA tablet #17: « 14000 », « 2500 » without €). */
import { describe, expect, it } from 'vitest';
import { lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { programmesConfig, programmesModel } from '../../../src/ui/charts/programmesConfig.ts';
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
    const tick = (locale: string) => (programmesConfig(model, locale).options?.scales?.y as { ticks: { callback?: Tick } }).ticks.callback!;
    expect(tick('fr-FR')(-20000)).toBe('\u221220\u202f000\u00a0€');
    expect(tick('fr-FR')(40000)).toBe('40\u202f000\u00a0€');
    expect(tick('en-GB')(-20000)).toBe('\u2212€20,000');
  });
});
