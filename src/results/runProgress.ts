/**
 * A result file handed in before the end of its game (« Rendre mon travail maintenant » in the
 * Bilan): the file is honest, its replay plays only the periods it records, but its figures cover
 * those periods only. A 13-period margin is not comparable with a 52-period one, so the class view
 * says « partie en cours : 13 / 52 semaines » (the file's unit) next to the learner, does not rank such a file with
 * the finished games, and flags it in the chart and the CSV. Pure.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';

/** What a class row knows of a run's length (null: the file could not be read). */
export interface RunLength {
  ticks: number | null;
  durationTicks: number | null;
  /** a mission file (missionRows.ts): its run is one mission's, not a game in progress */
  missions?: unknown;
  /** the file's unit (classComparison.ts ClassRow played): « 13 / 52 semaines », « 3 / 12 mois »; absent: an unread file */
  played?: { tickUnit: 'week' | 'month' };
}

export interface RunProgress {
  played: number;
  total: number;
}

/** The periods played and the game's length when the file stops before the end; null for a finished game or an unread file. */
export function unfinishedRun(row: RunLength): RunProgress | null {
  if (row.ticks === null || row.durationTicks === null || row.ticks >= row.durationTicks || row.missions) return null;
  return { played: row.ticks, total: row.durationTicks };
}

/** How many of the rows are games in progress. */
export function unfinishedCount(rows: readonly RunLength[]): number {
  return rows.filter((row) => unfinishedRun(row) !== null).length;
}

/** Translates a key of the class view's texts with its values (keys checked: a component passes its t() as it is). */
export type ProgressTranslate = (key: MessageKey, params?: Params) => string;

/** « partie en cours : 13 / 52 semaines » (or « mois », the file's unit: a class mixes shops), or null for a finished game. */
export function unfinishedText(row: RunLength, t: ProgressTranslate): string | null {
  const progress = unfinishedRun(row);
  return progress ? t(`classView.unfinished.flag.${row.played?.tickUnit ?? 'week'}`, { ...progress }) : null;
}

/** A chart bar's label: the name, followed by « (en cours 13/52) » for a game in progress. */
export function progressLabel(name: string, row: RunLength, t: ProgressTranslate): string {
  const progress = unfinishedRun(row);
  return progress ? t('classView.unfinished.chartLabel', { name, ...progress }) : name;
}

/** The CSV's « Partie » cell: « terminée », « en cours : 13 / 52 », empty for an unread file. */
export function progressCell(row: RunLength, t: ProgressTranslate): string | null {
  if (row.ticks === null || row.durationTicks === null) return null;
  if (row.missions) return t('classView.missions.csvGame');
  const progress = unfinishedRun(row);
  return progress ? t('classView.unfinished.csvUnfinished', { ...progress }) : t('classView.unfinished.csvFinished');
}
