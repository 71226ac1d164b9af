/**
 * Satisfaction charts. For the learner: each survey's measured mean with its 95 % interval drawn
 * as a floating bar (the error bar) under the line of means. For the teacher / debrief only: the
 * distribution of the TRUE satisfaction (hidden from the player) at the last tick.
 */
import type { ChartConfiguration } from 'chart.js';
import type { MeasuredSatisfaction, TickKpis } from '../../engine/types.ts';
import { appTicks } from './kpiSeriesConfig.ts';
import { OKABE_ITO, withAlpha } from './palette.ts';
import type { SeriesModel } from './seriesModel.ts';

export interface MeasuredPoint {
  label: string;
  mean: number;
  low: number;
  high: number;
  sampleSize: number;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function measuredPoints(measures: readonly MeasuredSatisfaction[], periodLabel: (tick: number) => string): MeasuredPoint[] {
  return measures.map((m) => ({
    label: periodLabel(m.tick),
    mean: m.mean,
    low: clamp01(m.mean - m.marginOfError),
    high: clamp01(m.mean + m.marginOfError),
    sampleSize: m.sampleSize,
  }));
}

export function measuredConfig(points: readonly MeasuredPoint[], labels: { mean: string; interval: string }, locale: string): ChartConfiguration<'bar' | 'line'> {
  return {
    type: 'bar',
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        {
          type: 'line',
          label: labels.mean,
          data: points.map((p) => p.mean),
          borderColor: OKABE_ITO.blue,
          backgroundColor: OKABE_ITO.blue,
          pointStyle: 'circle',
          pointRadius: 4,
          order: 0,
        },
        {
          type: 'bar',
          label: labels.interval,
          data: points.map((p) => [p.low, p.high] as [number, number]),
          backgroundColor: withAlpha(OKABE_ITO.skyBlue, 0.45),
          borderColor: OKABE_ITO.blue,
          borderWidth: 1,
          barPercentage: 0.25,
          order: 1,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { min: 0, max: 1, ticks: { format: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 }, ...appTicks(locale, 'percent') } } },
      locale,
    },
  };
}

/** Ten bins over 0..1 of the true satisfaction of alive customers (teacher / debrief view). */
export function histogramModel(now: TickKpis, binLabel: (low: number, high: number) => string, seriesLabel: string): SeriesModel {
  const bins = now.satisfactionHistogram;
  const n = bins.length;
  return {
    labels: bins.map((_, i) => binLabel(i / n, (i + 1) / n)),
    kind: 'number',
    series: [{ id: 'customers', label: seriesLabel, values: [...bins] }],
  };
}

export function histogramConfig(model: SeriesModel, locale: string): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: model.series.map((s) => ({ label: s.label, data: s.values, backgroundColor: withAlpha(OKABE_ITO.reddishPurple, 0.8), borderColor: OKABE_ITO.black, borderWidth: 1 })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: appTicks(locale, model.kind) } },
      locale,
    },
  };
}
