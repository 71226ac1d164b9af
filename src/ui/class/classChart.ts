/**
 * The class comparison chart's configuration, pure so it is unit-tested: one horizontal bar per
 * confirmed file (highest value first) for the chosen indicator, coloured by game (scenario, seed, mode) with the
 * Okabe-Ito palette (safe for colour-blind readers). The table is the chart's accessible alternative.
 * The chart shows one game at a time (chartGameRows): a second shop's figures, several times the
 * class's, would stretch the axis and flatten the differences the debrief is about.
 */
import type { ChartConfiguration } from 'chart.js';
import { gamesOf, type ClassGame, type ClassRow } from '../../results/classComparison.ts';
import { gapFromReference, type NoActionReference } from '../../results/noActionReference.ts';
import { unfinishedRun } from '../../results/runProgress.ts';

/** `gap`: the net margin's difference from the game's « sans action » reference (0 for the reference itself). */
export const CHART_METRICS = ['points', 'netMargin', 'turnover', 'retention', 'gap'] as const;
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

export function metricValue(row: ClassRow, metric: ChartMetric, references: readonly NoActionReference[] = []): number | null {
  if (metric === 'gap') return gapFromReference(row, references)?.netMargin ?? null;
  if (metric === 'retention') return row.retention === null ? null : Math.round(row.retention * 1000) / 10;
  return row[metric];
}

function referenceValue(reference: NoActionReference, metric: ChartMetric): number | null {
  if (metric === 'gap') return 0;
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
  const shown = chartRows(rows, metric, references);
  const referenceOf = (row: ClassRow) => references.find((r) => r.gameKey === row.game?.key);
  shown.forEach((row, i) => {
    const value = metricValue(row, metric, references)!;
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

/**
 * The rows the chart shows: confirmed, with a value, game by game (the class's first; classComparison.ts
 * assignGames), highest value of the metric shown first (then best rank), so the bars read in order and
 * the reference sits where the metric puts it (QA verify 2, N1: in rank order the gap bars zig-zagged and
 * the grey bar contradicted the table's « serait au rang N »). A game's unranked files (a what-if
 * variant, an older hand-in, a game still being played) are left out when the game has ranked ones:
 * the chart compares hand-ins, the table lists them all.
 */
export function chartRows(rows: readonly ClassRow[], metric: ChartMetric, references: readonly NoActionReference[] = []): ClassRow[] {
  const value = (row: ClassRow) => metricValue(row, metric, references)!;
  return chartable(rows.filter((r) => metricValue(r, metric, references) !== null))
    .sort((a, b) => (a.game?.index ?? Infinity) - (b.game?.index ?? Infinity) || value(b) - value(a) || (a.rank ?? Infinity) - (b.rank ?? Infinity));
}

/** Of `rows`, those the chart can show (chartRows, before the metric's values): confirmed, and a game's unranked files only when the game has no ranked one. */
function chartable(rows: readonly ClassRow[]): ClassRow[] {
  // a mission file is one mission's run, not a game to compare (listed apart in the table)
  const confirmed = rows.filter((r) => r.status === 'confirmed' && !r.missions);
  const ranked = new Set(confirmed.filter((r) => r.rank !== null).map((r) => r.game?.key));
  return confirmed.filter((r) => r.rank !== null || !ranked.has(r.game?.key));
}

/** The files of games in progress (runProgress.ts) the chart shows, labelled « en cours », and those it leaves out (QA qa16 F9). */
export function unfinishedInChart(rows: readonly ClassRow[]): { charted: number; leftOut: number } {
  const shown = new Set(chartable(rows));
  const unfinished = rows.filter((r) => unfinishedRun(r) !== null);
  const charted = unfinished.filter((r) => shown.has(r)).length;
  return { charted, leftOut: unfinished.length - charted };
}

/**
 * The order in which the chart looks for the metric it opens on: the difference in net margin from
 * doing nothing first (QA teacher 11: on points, a learner at 0 and the grey « sans action » bar at 0
 * drew nothing, and one survey's point ranked above a loss of margin), then the menu's order.
 */
const DEFAULT_ORDER: readonly ChartMetric[] = ['gap', ...CHART_METRICS.filter((m) => m !== 'gap')];

/**
 * The metric the chart opens on: the first of DEFAULT_ORDER on which the confirmed files differ, else
 * the first where they are not all at 0, else points. The difference from doing nothing has no value
 * until the class's « sans action » reference is ready: the chart opens on the next, then follows.
 * A class where every learner scored 0 points would otherwise open on an empty chart (every bar at 0).
 */
export function defaultMetric(rows: readonly ClassRow[], references: readonly NoActionReference[] = []): ChartMetric {
  const values = (metric: ChartMetric) => chartRows(rows, metric, references).map((r) => metricValue(r, metric, references));
  return (
    DEFAULT_ORDER.find((m) => new Set(values(m)).size > 1) ??
    DEFAULT_ORDER.find((m) => values(m).some((v) => v !== 0)) ??
    CHART_METRICS[0]
  );
}

/** Every bar of `metric` is at 0 (the chart looks empty: the screen says so in words). */
export function allZero(rows: readonly ClassRow[], metric: ChartMetric, references: readonly NoActionReference[] = []): boolean {
  const shown = chartRows(rows, metric, references);
  return shown.length > 0 && shown.every((r) => metricValue(r, metric, references) === 0);
}

/**
 * The game the chart shows: `chosen` when it is one of `games`, else the class's (the first: the one
 * most files played, classComparison.ts assignGames); null when the files form no game.
 */
export function chartGame(games: readonly ClassGame[], chosen: string | null): ClassGame | null {
  return games.find((g) => g.key === chosen) ?? games[0] ?? null;
}

/**
 * The games the chart can show: those with a file it draws (QA qa23 F7: a game whose only file was refuted was offered, and
 * drew « Pas encore de partie à comparer »).
 */
export function chartGames(rows: readonly ClassRow[]): ClassGame[] {
  const drawn = new Set(chartable(rows).map((r) => r.game?.key));
  return gamesOf(rows).filter((g) => drawn.has(g.key));
}

/**
 * What tells `game` from the other games of `games` named as it is (the same shop): its seed, mode or scenario's fingerprint,
 * each when one of them differs (QA qa23 F7: « Partie A : Boulangerie du Marché » and « Partie B : Boulangerie du Marché »).
 * Nothing for a game alone under its name.
 */
export function gameDifferences(game: ClassGame, games: readonly ClassGame[], name: (g: ClassGame) => string): { seed: boolean; mode: boolean; fingerprint: boolean } {
  const namesakes = games.filter((g) => g.key !== game.key && name(g) === name(game));
  return {
    seed: namesakes.some((g) => g.seed !== game.seed),
    mode: namesakes.some((g) => g.mode !== game.mode),
    fingerprint: namesakes.some((g) => g.scenarioFingerprint !== game.scenarioFingerprint),
  };
}

/** The rows of `game` (all rows when there is none: files that form no game, e.g. in tests). */
export function chartGameRows(rows: readonly ClassRow[], game: ClassGame | null): ClassRow[] {
  return game ? rows.filter((r) => r.game?.key === game.key) : [...rows];
}

/** Characters of a bar's label on the axis: a longer one ends with « … » (the table and the tip give it whole). */
export const LABEL_CHARS = 32;

/** `label` cut to `max` characters (code points, an accent never split from its letter's code point), ending with « … ». */
export function shortLabel(label: string, max = LABEL_CHARS): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
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

/**
 * `textSize`: the chart's text in px, names and figures (the projector's: the table's size, QA qa11 F9:
 * chart.js's 3/4 of the root font wrote the names at 15 px beside a 20 px table); none: chart.js's
 * defaults (pageText.ts followPageText).
 */
export function classChartConfig(
  rows: readonly ClassRow[],
  metric: ChartMetric,
  labels: ChartLabels,
  references: readonly NoActionReference[] = [],
  textSize?: number,
): ChartConfiguration<'bar'> {
  // the references give the difference's values even when their bars are not drawn
  const bars = chartBars(rows, metric, references).filter((b) => 'row' in b || labels.referenceLabel);
  // one colour per game (scenario, seed and mode): bars of different games do not compare; the references in grey
  const gameOf = (r: ClassRow) => r.game?.key ?? r.scenarioFingerprint;
  const games = [...new Set(bars.flatMap((b) => ('row' in b ? [gameOf(b.row)] : [])))];
  const colours = bars.map((b) => ('row' in b ? OKABE_ITO[games.indexOf(gameOf(b.row)) % OKABE_ITO.length] : REFERENCE_COLOUR));
  const shown = bars.flatMap((b) => ('row' in b ? [b.row] : []));
  const axisLabels = bars.map((b) => ('row' in b ? labels.rowLabel(b.row) : labels.referenceLabel!(b.reference)));
  // the figures as the table and the tip write them (labels.format: a true minus on « Écart avec sans action »,
  // where chart.js's Intl format wrote a hyphen in the browser's language: QA tablet verify N4), whole steps
  // as labels.format rounds (points 0 to 5 would read « 0, 1, 1, 2… »)
  const values = bars.map((b) => b.value);
  const font = textSize === undefined ? {} : { font: { size: textSize } };
  const valueAxis = {
    beginAtZero: true,
    ...axisRange(shown, metric),
    ...(values.length > 0 ? { suggestedMin: Math.min(...values), suggestedMax: Math.max(...values) } : {}),
    ticks: { precision: metric === 'retention' ? 1 : 0, callback: (value: string | number) => labels.format(Number(value)), ...font },
  };
  return {
    type: 'bar',
    data: {
      labels: axisLabels,
      datasets: [{ label: labels.metric, data: bars.map((b) => b.value), backgroundColor: colours, borderColor: colours, borderWidth: 1 }],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { ...valueAxis, title: { display: true, text: labels.metric, ...font } },
        // the same figures above the bars (QA qa11 F4): a class of 30 draws a chart taller than a 1024 x 768 or
        // 1280 x 720 projector's screen, and with its first bars in view the bottom axis was not. Bound to no
        // data, this axis takes its range from the bars' (suggestedMin/Max, the same on both): the same ticks.
        xTop: { ...valueAxis, type: 'linear', position: 'top', grid: { drawOnChartArea: false } },
        // long names (120 characters, a name and its file's) were clipped at the canvas's left edge
        y: { ticks: { callback: (_value, index) => shortLabel(axisLabels[index] ?? ''), ...font } },
      },
    },
  };
}
