/**
 * The chart.js configuration of one compared KPI: timeline A solid, timeline B dashed (the shared
 * line style), and B's points enlarged where it differs from A so the divergence stands out.
 */
import type { ChartConfiguration } from 'chart.js';
import { lineConfig } from '../charts/kpiSeriesConfig.ts';
import type { SeriesModel } from '../charts/seriesModel.ts';

export const SAME_POINT_RADIUS = 2;
export const DIFFERENT_POINT_RADIUS = 6;

export function compareChartConfig(model: SeriesModel, differs: readonly boolean[], locale: string): ChartConfiguration<'line'> {
  const config = lineConfig(model, {
    beginAtZero: model.kind !== 'percent',
    percent: model.kind === 'percent',
    locale,
  });
  const [a, b] = config.data.datasets;
  if (a) a.pointRadius = SAME_POINT_RADIUS;
  if (b) b.pointRadius = model.labels.map((_, i) => (differs[i] ? DIFFERENT_POINT_RADIUS : SAME_POINT_RADIUS));
  return config;
}
