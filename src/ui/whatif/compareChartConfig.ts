/**
 * The chart.js configuration of one compared KPI: timeline A solid, timeline B dashed (the shared
 * line style), and B's points enlarged where it differs from A so the divergence stands out. Money and
 * counts on an axis fitted to the values (QA class 6: from zero, two turnovers 300 € apart a week were one
 * line); a rate on its floor (percentFloor). The gap B − A has its own chart, around a marked zero (gapChartConfig).
 */
import type { ChartConfiguration } from 'chart.js';
import { lineConfig } from '../charts/kpiSeriesConfig.ts';
import { GRID_LINE, ZERO_LINE } from '../charts/palette.ts';
import type { SeriesModel } from '../charts/seriesModel.ts';

export const SAME_POINT_RADIUS = 2;
export const DIFFERENT_POINT_RADIUS = 6;

/**
 * The floor of a rate's axis: the tenth below its lowest value (90 % for a weekly retention of
 * 99,2 %), the axis ending at 100 %. chart.js alone zooms on the values (99,15 % to 99,65 %), and on
 * a projector a 0,4-point weekly wobble then looks like a collapse. Null for other kinds, or no value.
 */
export function percentFloor(model: SeriesModel): number | null {
  if (model.kind !== 'percent') return null;
  const values = model.series.flatMap((s) => s.values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return null;
  return Math.max(0, Math.min(0.9, Math.floor(Math.min(...values) * 10) / 10));
}

export function compareChartConfig(model: SeriesModel, differs: readonly boolean[], locale: string): ChartConfiguration<'line'> {
  const config = lineConfig(model, {
    beginAtZero: false,
    percent: model.kind === 'percent',
    locale,
  });
  const floor = percentFloor(model);
  if (floor !== null && config.options?.scales?.y) Object.assign(config.options.scales.y, { min: floor, max: 1 });
  const [a, b] = config.data.datasets;
  if (a) a.pointRadius = SAME_POINT_RADIUS;
  if (b) b.pointRadius = model.labels.map((_, i) => (differs[i] ? DIFFERENT_POINT_RADIUS : SAME_POINT_RADIUS));
  return config;
}

/** The zero line of a gap's axis, where B and A are level (palette.ts). */
export { ZERO_LINE };

/**
 * The chart of a gap B − A (cumulativeMargin): one line on an axis that always holds zero, drawn as a
 * marked line, so the learner sees on which side of A and by how much B stands, period after period.
 */
export function gapChartConfig(model: SeriesModel, locale: string): ChartConfiguration<'line'> {
  const config = lineConfig(model, { beginAtZero: true, locale });
  const y = config.options?.scales?.y;
  if (y)
    Object.assign(y, {
      grid: {
        color: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? ZERO_LINE.colour : GRID_LINE),
        lineWidth: (ctx: { tick?: { value: number } }) => (ctx.tick?.value === 0 ? ZERO_LINE.width : 1),
      },
    });
  return config;
}
