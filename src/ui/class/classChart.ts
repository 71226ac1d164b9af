/**
 * The class comparison chart's configuration, pure so it is unit-tested: one horizontal bar per
 * confirmed file (best rank first) for the chosen indicator, coloured by game (scenario, seed, mode) with the
 * Okabe-Ito palette (safe for colour-blind readers). The table is the chart's accessible alternative.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ClassRow } from '../../results/classComparison.ts';

export const CHART_METRICS = ['points', 'netMargin', 'turnover', 'retention'] as const;
export type ChartMetric = (typeof CHART_METRICS)[number];

/** Okabe & Ito (2008), distinguishable with every common colour-vision deficiency. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'] as const;

export interface ChartLabels {
  /** axis title of the metric */
  metric: string;
  /** a row's bar label (learner name or file name) */
  rowLabel: (row: ClassRow) => string;
  /** formatted value for the tip under the pointer (ClassChart gives it to followPointer) */
  format: (value: number) => string;
}

export function metricValue(row: ClassRow, metric: ChartMetric): number | null {
  if (metric === 'retention') return row.retention === null ? null : Math.round(row.retention * 1000) / 10;
  return row[metric];
}

/** The rows the chart shows: confirmed, with a value, game by game (the class's first; classComparison.ts assignGames), best rank first. */
export function chartRows(rows: readonly ClassRow[], metric: ChartMetric): ClassRow[] {
  return rows
    .filter((r) => r.status === 'confirmed' && metricValue(r, metric) !== null)
    .sort((a, b) => (a.game?.index ?? Infinity) - (b.game?.index ?? Infinity) || (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

/**
 * The metric the chart opens on: the first of the menu on which the confirmed files differ, else the
 * first where they are not all at 0, else the first. A class where every learner scored 0 points
 * would otherwise open on an empty chart (every bar at 0).
 */
export function defaultMetric(rows: readonly ClassRow[]): ChartMetric {
  const values = (metric: ChartMetric) => chartRows(rows, metric).map((r) => metricValue(r, metric));
  return (
    CHART_METRICS.find((m) => new Set(values(m)).size > 1) ??
    CHART_METRICS.find((m) => values(m).some((v) => v !== 0)) ??
    CHART_METRICS[0]
  );
}

/** Every bar of `metric` is at 0 (the chart looks empty: the screen says so in words). */
export function allZero(rows: readonly ClassRow[], metric: ChartMetric): boolean {
  const shown = chartRows(rows, metric);
  return shown.length > 0 && shown.every((r) => metricValue(r, metric) === 0);
}

/**
 * The axis of a bounded metric runs to its real maximum (the scenario's possible points, 100 %),
 * so 1 point of 5 draws a fifth of a bar; money is unbounded and scales to the data.
 */
export function axisRange(rows: readonly ClassRow[], metric: ChartMetric): { min?: number; max?: number } {
  if (metric === 'retention') return { min: 0, max: 100 };
  if (metric !== 'points') return {};
  const max = Math.max(0, ...rows.map((r) => r.maxPoints ?? 0), ...rows.map((r) => r.points ?? 0));
  return max > 0 ? { min: 0, max } : {};
}

export function classChartConfig(rows: readonly ClassRow[], metric: ChartMetric, labels: ChartLabels): ChartConfiguration<'bar'> {
  const shown = chartRows(rows, metric);
  // one colour per game (scenario, seed and mode): bars of different games do not compare
  const gameOf = (r: ClassRow) => r.game?.key ?? r.scenarioFingerprint;
  const games = [...new Set(shown.map(gameOf))];
  const colours = shown.map((r) => OKABE_ITO[games.indexOf(gameOf(r)) % OKABE_ITO.length]);
  return {
    type: 'bar',
    data: {
      labels: shown.map(labels.rowLabel),
      datasets: [{ label: labels.metric, data: shown.map((r) => metricValue(r, metric) ?? 0), backgroundColor: colours, borderColor: colours, borderWidth: 1 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ...axisRange(shown, metric), title: { display: true, text: labels.metric } } },
    },
  };
}
