/**
 * The class comparison chart's configuration, pure so it is unit-tested: one horizontal bar per
 * confirmed file (best rank first) for the chosen indicator, coloured by game (scenario, seed, mode) with the
 * Okabe-Ito palette (safe for colour-blind readers). The table is the chart's accessible alternative.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ClassRow } from '../../results/classComparison.ts';
import type { NoActionReference } from '../../results/noActionReference.ts';

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
  /** a game's « sans action » reference bar's label (noActionReference.ts) */
  referenceLabel?: (reference: NoActionReference) => string;
}

/** The reference bars' colour: a neutral grey apart from the games' palette, 4.5:1 on white. */
export const REFERENCE_COLOUR = '#767676';

export function metricValue(row: ClassRow, metric: ChartMetric): number | null {
  if (metric === 'retention') return row.retention === null ? null : Math.round(row.retention * 1000) / 10;
  return row[metric];
}

function referenceValue(reference: NoActionReference, metric: ChartMetric): number | null {
  if (metric === 'retention') return reference.retention === null ? null : Math.round(reference.retention * 1000) / 10;
  return reference[metric];
}

/** A bar: a learner's file, or a game's « sans action (même graine) » reference. */
export type ChartBar = { row: ClassRow; value: number } | { reference: NoActionReference; value: number };

/**
 * The bars in order: chartRows, with each game's reference (of the games shown) placed among its
 * game's bars before the first one below it, so the bars above it are those that did better than
 * doing nothing.
 */
export function chartBars(rows: readonly ClassRow[], metric: ChartMetric, references: readonly NoActionReference[] = []): ChartBar[] {
  const bars: ChartBar[] = [];
  const placed = new Set<NoActionReference>();
  const shown = chartRows(rows, metric);
  const referenceOf = (row: ClassRow) => references.find((r) => r.gameKey === row.game?.key);
  shown.forEach((row, i) => {
    const value = metricValue(row, metric)!;
    const reference = referenceOf(row);
    const referenceAt = reference ? referenceValue(reference, metric) : null;
    if (reference && referenceAt !== null && !placed.has(reference) && value < referenceAt) {
      bars.push({ reference, value: referenceAt });
      placed.add(reference);
    }
    bars.push({ row, value });
    // the game's last bar: its reference goes after it when every file did at least as well
    const next = shown[i + 1];
    if (reference && referenceAt !== null && !placed.has(reference) && (next === undefined || referenceOf(next) !== reference)) {
      bars.push({ reference, value: referenceAt });
      placed.add(reference);
    }
  });
  return bars;
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

export function classChartConfig(
  rows: readonly ClassRow[],
  metric: ChartMetric,
  labels: ChartLabels,
  references: readonly NoActionReference[] = [],
): ChartConfiguration<'bar'> {
  const bars = chartBars(rows, metric, labels.referenceLabel ? references : []);
  // one colour per game (scenario, seed and mode): bars of different games do not compare; the references in grey
  const gameOf = (r: ClassRow) => r.game?.key ?? r.scenarioFingerprint;
  const games = [...new Set(bars.flatMap((b) => ('row' in b ? [gameOf(b.row)] : [])))];
  const colours = bars.map((b) => ('row' in b ? OKABE_ITO[games.indexOf(gameOf(b.row)) % OKABE_ITO.length] : REFERENCE_COLOUR));
  const shown = bars.flatMap((b) => ('row' in b ? [b.row] : []));
  return {
    type: 'bar',
    data: {
      labels: bars.map((b) => ('row' in b ? labels.rowLabel(b.row) : labels.referenceLabel!(b.reference))),
      datasets: [{ label: labels.metric, data: bars.map((b) => b.value), backgroundColor: colours, borderColor: colours, borderWidth: 1 }],
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
