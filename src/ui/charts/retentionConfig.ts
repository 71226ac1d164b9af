/**
 * The « Fidélisation » chart: the rate of each period and the same rate over a year, on one axis from 0 %
 * to 100 %. Before (QA expert § 24, a teacher), the retention (99 %–99,9 %) and the churn (0,1 %–1 %) each
 * had their own axis fitted to the data, mirrored, and a week's noise of a tenth of a point filled the
 * chart's height like a crisis; nothing said the rates were a week's, nor gave the yearly figure the
 * dashboard's card gives. The churn is not drawn: it is 100 % minus the retention (engine/kpis.ts), the
 * same line upside down; the chart's note says so.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TickKpis } from '../../engine/types.ts';
import type { Locale } from '../../i18n/translate.ts';
import { translate } from '../../i18n/translate.ts';
import { yearlyRetention } from '../../results/yearlyRetention.ts';
import { lineConfig } from './kpiSeriesConfig.ts';
import type { SeriesModel } from './seriesModel.ts';

type TickUnit = 'week' | 'month';

/**
 * The rate axis's floor: a share of customers kept reads from none to all. A floor fitted to the data
 * (chart.js's default, 99 %) turned a tenth of a point into the chart's whole height; the yearly
 * equivalent runs from about 30 % to 90 % across the shops, so any floor above 0 would zoom again.
 */
export const RETENTION_AXIS_FLOOR = 0;

/** « Fidélisation d’une semaine à l’autre et sur un an »: the period the rates cover, from the scenario's tick unit. */
export function retentionTitle(locale: Locale, tickUnit: TickUnit): string {
  return translate(locale, 'charts.retention.title', { period: translate(locale, `dashboard.kpiPeriod.${tickUnit}`) });
}

/**
 * Per period: the retention rate, and the yearly equivalent the dashboard's card gave at that period
 * (results/yearlyRetention.ts: the rates of the last year played, or of all played, compounded over a year).
 */
export function retentionModel(kpis: readonly TickKpis[], periodLabels: readonly string[], locale: Locale, tickUnit: TickUnit): SeriesModel {
  const period = translate(locale, `dashboard.kpiPeriod.${tickUnit}`);
  return {
    labels: [...periodLabels],
    kind: 'percent',
    series: [
      { id: 'retentionRate', label: translate(locale, 'charts.retention.retention', { period }), values: kpis.map((k) => k.retentionRate) },
      {
        id: 'yearlyRetention',
        label: translate(locale, 'charts.retention.yearly'),
        values: kpis.map((_, i) => yearlyRetention(kpis.slice(0, i + 1), tickUnit)),
      },
    ],
  };
}

/** Both series on one left axis, from RETENTION_AXIS_FLOOR to 100 %, named « Clients gardés ». */
export function retentionConfig(model: SeriesModel, locale: Locale, localeTag: string): ChartConfiguration<'line'> {
  const config = lineConfig(model, { beginAtZero: true, percent: true, locale: localeTag });
  const y = config.options?.scales?.y ?? {};
  return {
    ...config,
    options: {
      ...config.options,
      scales: {
        ...config.options?.scales,
        y: { ...y, min: RETENTION_AXIS_FLOOR, max: 1, title: { display: true, text: translate(locale, 'charts.retention.axis') } },
      },
    },
  };
}
