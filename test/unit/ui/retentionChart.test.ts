/**
 * The « Fidélisation » chart reads honestly (QA expert § 24, a teacher): its title says the period the rate
 * covers, from the scenario's tick unit; the rate and its yearly equivalent share one axis from 0 % to 100 %
 * (were: retention and churn on two mirrored axes fitted to the data, 99 %–99,9 % and 0,1 %–1 %, a week's
 * noise of a tenth of a point filling the chart), and the yearly series is the dashboard card's figure.
 */
import { describe, expect, it } from 'vitest';
import { yearlyRetention } from '../../../src/results/yearlyRetention.ts';
import { retentionConfig, retentionModel, retentionTitle } from '../../../src/ui/charts/retentionConfig.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the retention chart', () => {
  it('says the period its rate covers, from the tick unit, in both languages', () => {
    expect(retentionTitle('fr', 'week')).toBe('Fidélisation d’une semaine à l’autre et sur un an');
    expect(retentionTitle('fr', 'month')).toBe('Fidélisation d’un mois à l’autre et sur un an');
    expect(retentionTitle('en', 'week')).toBe('Retention from one week to the next and over a year');
    expect(retentionTitle('en', 'month')).toBe('Retention from one month to the next and over a year');
  });

  it('draws the rate and its yearly equivalent on one axis from 0 % to 100 %, not fitted to the data', () => {
    // a weekly retention between 99,1 % and 99,6 %: the old axis ran from about 99 % to 99,7 %
    const kpis = makeKpiSeries(60).map((k, i) => ({ ...k, retentionRate: 0.991 + (i % 6) * 0.001, churnRate: 0.009 - (i % 6) * 0.001 }));
    const model = retentionModel(
      kpis,
      kpis.map((k) => `S${k.tick + 1}`),
      'fr',
      'week',
    );
    const config = retentionConfig(model, 'fr', 'fr-FR');
    const scales = config.options!.scales!;
    expect(Object.keys(scales)).toEqual(['y']);
    expect(scales.y).toMatchObject({ min: 0, max: 1 });
    expect(norm((scales.y as { title: { text: string } }).title.text)).toBe('Clients gardés');
    // the series: the week's rate, then the yearly figure the card gave at each period (the last 52 weeks compounded)
    expect(model.series.map((s) => norm(s.label))).toEqual(['Taux de fidélisation d’une semaine à l’autre', 'Équivalent sur un an']);
    expect(model.series[0].values).toEqual(kpis.map((k) => k.retentionRate));
    const yearly = model.series[1].values;
    expect(yearly[59]).toBeCloseTo(yearlyRetention(kpis, 'week')!, 12);
    expect(yearly[0]).toBeCloseTo(0.991 ** 52, 12);
    // a week's 99,35 % on average keeps 71,5 % over a year: what the weekly line alone hides
    expect(yearly[59]).toBeCloseTo(0.715, 3);
  });

  it('compounds a month’s rate over 12 months', () => {
    const kpis = makeKpiSeries(3).map((k) => ({ ...k, retentionRate: 0.95 }));
    const model = retentionModel(kpis, ['M1', 'M2', 'M3'], 'en', 'month');
    expect(model.series[0].label).toBe('Retention rate from one month to the next');
    expect(model.series[1].values[2]).toBeCloseTo(0.95 ** 12, 12);
  });
});
