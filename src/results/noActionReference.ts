/**
 * The class view's « sans action (même graine) » reference: for each game of the class (scenario,
 * seed and mode: classComparison.ts assignGames), the same shop and seed replayed with an empty
 * decision log for the game's whole length. The engine has no chaos, so a learner's net margin minus
 * this one is what their decisions changed: a strategy that ranks first may still have done worse
 * than doing nothing. Only confirmed, finished games are ranked against it and counted in its
 * summary (`gapFromReference`). The others still get their difference, said as such
 * (`comparedWithReference`, QA class of 30, finding 15): a game handed in unfinished, at period t,
 * is compared with the reference at period t (the engine has no look-ahead: the empty log replayed
 * over the whole game and cut at t is the same run as one of t periods, so the reference keeps its
 * figures period by period, `periods`); a refuted file with its replay's figures, never the ones it
 * claims. Pure: the replay is the caller's (ui/class/noActionReferences.svelte.ts), the no-action game
 * the seed adjustment of the game's files plays too (noActionGame.ts sharedNoActionGame: played once).
 */
import { placeInRanking, type ClassRow, type RankPlace } from './classComparison.ts';
import { replayedValue } from './figureChecks.ts';
import { noActionPeriods, noActionRequest } from './noActionGame.ts';
import type { ReplayOutcome, ReplayRequest } from './replay.ts';
import type { ResultFile } from './resultFileSchema.ts';
import { unfinishedRun } from './runProgress.ts';
import { summarizeRun } from './runSummary.ts';
import { yearlyRetention } from './yearlyRetention.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';

export interface NoActionReference {
  /** the game it is the reference of (ClassRow.game.key) */
  gameKey: string;
  /** periods replayed: the scenario's whole length */
  ticks: number;
  points: number;
  maxPoints: number;
  turnover: number;
  grossMargin: number;
  netMargin: number;
  activeCustomers: number;
  /** share of customers kept over a year, as the class rows' retention (replayFigures.ts) */
  retention: number | null;
  /** the net margin cumulated up to each period and the active customers at its end (index t − 1 for period t), to compare a game handed in unfinished */
  periods?: readonly ReferenceFigures[];
}

/** What a file is compared on: its net margin (cumulated) and its active customers. */
export interface ReferenceFigures {
  netMargin: number;
  activeCustomers: number;
}

/** A student's result minus the reference's, in the same game. */
export type ReferenceGap = ReferenceFigures;

/** A file's difference from doing nothing as the class view shows it (comparedWithReference). */
export interface ComparedGap extends ReferenceGap {
  /** the game was handed in unfinished: compared with the reference at this period, not at the end */
  atPeriod: number | null;
  /** the file is refuted: its replay's figures, not those it claims */
  replayed: boolean;
}

/** The empty decision log over the whole game of `file`'s shop, seed and customer count. */
export function referenceRequest(file: Pick<ResultFile, 'scenario' | 'seed' | 'customers'>): ReplayRequest {
  return noActionRequest(file.scenario, file.seed, file.customers);
}

/**
 * The games that need a reference, each with the file its request is built from (the first
 * confirmed, finished file of that game: its scenario, edits included, is the one the game key
 * names). A game with no such file needs none: only those are compared with it.
 */
export function referenceSources(rows: readonly ClassRow[], fileOf: (id: number) => ResultFile | undefined): { gameKey: string; file: ResultFile }[] {
  const found = new Map<string, ResultFile>();
  for (const row of rows) {
    if (row.status !== 'confirmed' || row.game === null || row.fileId === undefined || found.has(row.game.key) || unfinishedRun(row) !== null) continue;
    const file = fileOf(row.fileId);
    if (file) found.set(row.game.key, file);
  }
  return [...found].map(([gameKey, file]) => ({ gameKey, file }));
}

/**
 * The reference's figures from the replay of the empty log (the same summary a result file records),
 * its points graded against the game's objectives adjusted to its seed (`seedTargets`, the confirmed
 * file's: the verifier's own), as the learners' are.
 */
export function referenceOf(
  gameKey: string,
  request: ReplayRequest,
  outcome: Pick<ReplayOutcome, 'kpis'>,
  seedTargets?: SeedAdjustment | null,
): NoActionReference {
  const summary = summarizeRun(request.scenario, outcome.kpis, request.customers, seedTargets);
  return {
    gameKey,
    ticks: outcome.kpis.length,
    points: summary.objectivePoints,
    maxPoints: summary.objectiveMaxPoints,
    turnover: summary.cumulativeTurnover,
    grossMargin: summary.cumulativeGrossMargin,
    netMargin: summary.cumulativeNetMargin,
    activeCustomers: summary.activeCustomers,
    retention: yearlyRetention(outcome.kpis, request.scenario.tickUnit),
    periods: noActionPeriods(outcome.kpis),
  };
}

/** The reference of `row`'s game, if it has one yet. */
export function referenceFor(row: Pick<ClassRow, 'game'>, references: readonly NoActionReference[]): NoActionReference | null {
  return row.game === null ? null : (references.find((r) => r.gameKey === row.game!.key) ?? null);
}

/**
 * `row`'s difference from doing nothing: null unless the file is confirmed, of a game with a
 * reference, and played to the end (the reference's length).
 */
export function gapFromReference(row: ClassRow, references: readonly NoActionReference[]): ReferenceGap | null {
  const reference = referenceFor(row, references);
  if (!reference || row.status !== 'confirmed' || row.ticks !== reference.ticks || row.netMargin === null) return null;
  if (row.activeCustomers === undefined || row.activeCustomers === null) return null;
  return { netMargin: row.netMargin - reference.netMargin, activeCustomers: row.activeCustomers - reference.activeCustomers };
}

/**
 * `row`'s difference from doing nothing as the table and the Bilan show it: as gapFromReference for a
 * confirmed, finished game; for a game handed in unfinished, from the reference at the period it
 * stopped (`atPeriod`); for a refuted file, from its replay's figures (`replayed`). Null for a file
 * not read, of another model version, of a game without a reference yet, or with no period played.
 */
export function comparedWithReference(row: ClassRow, references: readonly NoActionReference[]): ComparedGap | null {
  const reference = referenceFor(row, references);
  if (!reference || (row.status !== 'confirmed' && row.status !== 'refuted') || row.ticks === null || row.ticks < 1 || row.ticks > reference.ticks) return null;
  const replayed = row.status === 'refuted';
  // a refuted file's figures as its replay gives them (undefined: the replay gives the file's own)
  const figure = (kpi: 'cumulativeNetMargin' | 'activeCustomers', claimed: number | null | undefined): number | null => {
    const value = replayed ? replayedValue(row.wrongFigures, kpi) : undefined;
    return value === undefined ? (claimed ?? null) : value;
  };
  const netMargin = figure('cumulativeNetMargin', row.netMargin);
  const activeCustomers = figure('activeCustomers', row.activeCustomers);
  if (netMargin === null || activeCustomers === null) return null;
  const finished = row.ticks === reference.ticks;
  const base = finished ? reference : reference.periods?.[row.ticks - 1];
  if (!base) return null;
  return { netMargin: netMargin - base.netMargin, activeCustomers: activeCustomers - base.activeCustomers, atPeriod: finished ? null : row.ticks, replayed };
}

/**
 * The learners compared with `reference` (gapFromReference: confirmed, played to the end, of its game), and how many of
 * them made more net margin than doing nothing. Learners, not files: a what-if branch, an older hand-in or a retouched
 * version of the same learner (classComparison.ts assignHandIn) is shown with its difference but not counted again.
 */
export function beatReference(rows: readonly ClassRow[], reference: NoActionReference): { better: number; learners: ClassRow[] } {
  const learners = rows.filter(
    (r) => r.game?.key === reference.gameKey && r.unranked !== 'variant' && r.unranked !== 'olderHandIn' && r.unranked !== 'retouchedTwin' && gapFromReference(r, [reference]) !== null,
  );
  return { better: learners.filter((r) => gapFromReference(r, [reference])!.netMargin > 0).length, learners };
}

/**
 * Where doing nothing would sit in its game's ranking (classComparison.ts placeInRanking: points,
 * then net margin), and how many of the learners ranked ahead of it made less net margin than it: a
 * ranking by points can put above « sans action » a learner who lost money against it. Null when
 * the game has no ranked file.
 */
export function referencePlace(rows: readonly ClassRow[], reference: NoActionReference): (RankPlace & { aheadWorse: number }) | null {
  const place = placeInRanking(rows, reference.gameKey, reference);
  if (!place) return null;
  const aheadWorse = place.ahead.filter((row) => (gapFromReference(row, [reference])?.netMargin ?? 0) < 0).length;
  return { ...place, aheadWorse };
}

/**
 * The loyalty strategies doing nothing could have used, as its game's files count them (the class
 * link's locked and hidden tools left out, as in theirs: strategyCounts.ts): the count most of the
 * game's files have, 4 when no file says.
 */
export function referenceStrategiesMax(rows: readonly ClassRow[], reference: Pick<NoActionReference, 'gameKey'>): number {
  const counts = new Map<number, number>();
  for (const row of rows)
    if (row.game?.key === reference.gameKey && row.strategiesMax !== null) counts.set(row.strategiesMax, (counts.get(row.strategiesMax) ?? 0) + 1);
  let best: [number, number] = [4, 0];
  for (const [max, n] of counts) if (n > best[1]) best = [max, n];
  return best[0];
}
