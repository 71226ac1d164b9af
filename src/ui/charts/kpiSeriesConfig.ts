/**
 * KPI time series (turnover, active customers, retention and churn) as line charts: pure model
 * builders from the KPI series and a pure chart.js configuration builder.
 */
import type { ChartConfiguration } from 'chart.js';
import type { TickKpis } from '../../engine/types.ts';
import { formatMoney, formatNumber, formatPercent, withMinusSign } from '../../app/format.ts';
import { seriesStyle } from './palette.ts';
import type { SeriesModel, ValueKind } from './seriesModel.ts';

export type KpiSeriesId = 'turnover' | 'activeCustomers' | 'retentionRate' | 'churnRate' | 'grossMargin' | 'acquired' | 'lost';

export function kpiSeriesModel(
  kpis: readonly TickKpis[],
  periodLabels: readonly string[],
  series: readonly { id: KpiSeriesId; label: string }[],
  kind: ValueKind,
): SeriesModel {
  return {
    labels: [...periodLabels],
    kind,
    series: series.map((s) => ({ id: s.id, label: s.label, values: kpis.map((k) => k[s.id]) })),
  };
}

export interface LineOptions {
  /** y axis starts at 0 (counts, money) or fits the data (rates) */
  beginAtZero: boolean;
  /** percent axis: values 0..1 shown as % */
  percent?: boolean;
  locale: string;
}

/**
 * An axis's tick, written as the app writes figures (app/format.ts): « 14 000 », « 2 500 € »,
 * « 99,5 % », a true minus « −20 000 € » (the turnover and customer charts' axes read « 14000 »,
 * « 2500 », without the euro: QA tablet #17; chart.js's own Intl format writes a hyphen: QA tablet verify N4).
 */
export function axisTick(locale: string, kind: SeriesModel['kind'], value: number | string): string {
  const n = Number(value);
  const lang = locale.startsWith('fr') ? 'fr' : 'en';
  // a rate's axis moves by tenths of a point (99,15 % to 99,65 %): two decimals of the percentage at most
  if (kind === 'percent') return formatPercent(lang, n, 2);
  const digits = Number.isInteger(n) ? 0 : 2;
  return withMinusSign(kind === 'money' || kind === 'moneyCents' ? formatMoney(lang, n, digits) : formatNumber(lang, n, digits));
}

/**
 * The ticks of an axis of `kind` written by axisTick, never by chart.js's Intl format; `precision: 0`
 * on counts (no half customer between 0 and 1).
 */
export function appTicks(locale: string, kind: SeriesModel['kind']): { precision?: number; callback: (value: number | string) => string } {
  const callback = (value: number | string) => axisTick(locale, kind, value);
  return kind === 'number' ? { precision: 0, callback } : { callback };
}

export function lineConfig(model: SeriesModel, options: LineOptions): ChartConfiguration<'line'> {
  const percent = options.percent ?? model.kind === 'percent';
  const ticks = percent
    ? // two decimals: retention moves by tenths of a point, one decimal printed 99,7 % on two ticks
      { format: { style: 'percent' as const, minimumFractionDigits: 0, maximumFractionDigits: 2 }, ...appTicks(options.locale, 'percent') }
    : { precision: 0, format: { minimumFractionDigits: 0, maximumFractionDigits: 0 }, ...appTicks(options.locale, model.kind) };
  return {
    type: 'line',
    data: {
      labels: model.labels,
      datasets: model.series.map((s, i) => {
        const style = seriesStyle(i);
        return {
          label: s.label,
          data: s.values,
          borderColor: style.colour,
          backgroundColor: style.colour,
          borderDash: style.dash,
          pointStyle: style.pointStyle,
          pointRadius: model.labels.length > 40 ? 0 : 3,
          borderWidth: 2,
          tension: 0,
          spanGaps: true,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: {
        y: { beginAtZero: options.beginAtZero, ticks },
      },
      locale: options.locale,
    },
  };
}
