/**
 * The class table as CSV for the teacher's spreadsheet: one line per file, the same columns as
 * the screen plus one count per action type (the engine's refusals left out: listed in a column of their own, with their
 * reasons) and every decision period by period in one cell (« Décisions en détail », QA qa27class M1). Labels come from the caller (i18n), so this stays pure.
 * A game handed in before its end says so in the « Partie » column (its rank is empty: not ranked).
 * Each game's « sans action (même graine) » reference (noActionReference.ts) is a line after the
 * files, marked « réf. » in the rank column and never ranked, as in the table's foot; each compared
 * file gets its difference from it (net margin, active customers) in two columns of its own, as the
 * table gives it (noActionReference.ts comparedWithReference: a game handed in unfinished at the
 * period it stopped, said by « Partie »; a refuted file from its replay's figures, as its cells).
 * Cells are what the screen shows: a refuted file's figure the replay contradicts is the replay's
 * value (the forged one stays in « Remarques »: a spreadsheet sums and sorts the cells), a file
 * without a name is « (sans nom) », a file left out of the ranking says why in « Remarques »
 * (variante, ancien rendu, seul dans sa partie), as do identical results (« résultat identique à : … »,
 * « — stratégie simple… » for few actions) and a team's one game (« même équipe, même partie que : … »), each reference has the strategies its game's files
 * could use (the class link's locks left out). A file made before the objectives were adjusted to the
 * seed, on a seed that moves them (ClassRow.unadjustedTargets), says so in « Remarque sur les points »,
 * as the table writes it under its points: its points do not compare with adjusted files'.
 * A mission file's « Vérification » is the screen's (« … ; mission 2 non confirmée par le rejeu »), and the successes the
 * replay did not confirm, left out of « Missions réussies » as the screen leaves them out, have a column of their own; why
 * its own mission is marked so (a set-up stopped, a launch too late, an older rule) is in « Remarques », as the table says it.
 * Last, two columns per objective of the games' scenarios (QA qa31lesson n3: who met the churn objective?): its value at the
 * end (a share in percent) and « oui » / « non » / « en cours », empty for a file of another scenario, a mission file, a
 * reference, or an objective the replay contradicts (its note says so); after all the others, whose order sheets rely on.
 */
import { gameLetter, type ClassRow } from './classComparison.ts';
import { replayedValue } from './figureChecks.ts';
import { comparedWithReference, referenceStrategiesMax, type NoActionReference } from './noActionReference.ts';
import type { SummaryKpi } from './runSummary.ts';
import { toCsv, type CsvCell } from './csvWriter.ts';
import { progressCell } from './runProgress.ts';
import { missionCsvCells, missionStatusText } from './missionRows.ts';
import { ACTION_TYPES } from './strategyCounts.ts';
import { plainSpaces } from '../i18n/frenchSpacing.ts';
import { pluralKey } from '../i18n/plural.ts';
import type { MessageKey, Params } from '../i18n/translate.ts';
import type { LocalizedText } from '../scenario/schema.ts';
import { objectiveFormat } from '../ui/dashboard/objectiveFormat.ts';
import { missionWhyText } from '../ui/class/missionRowText.ts';

export interface ClassCsvLabels {
  /** translate an i18n key (keys checked: a component passes its t() as it is) */
  t: (key: MessageKey, params?: Params) => string;
  locale: 'fr' | 'en';
  /**
   * a row's decisions period by period and its refused actions with their reasons, as the table's « Détails » and refused
   * list write them (classViewText decisionsCell, actionList): the Bilan's words live in the UI; absent, the refused
   * actions are counted by type and the decisions left empty
   */
  rowTexts?: { decisions: (row: ClassRow) => string; refused: (row: ClassRow) => string };
}

const percent = (ratio: number | null): number | null => (ratio === null ? null : Math.round(ratio * 1000) / 10);
const money = (value: number | null): number | null => (value === null ? null : Math.round(value * 100) / 100);

/** The actions the engine refused (never counted in the columns before), as the screen lists them: « Avantage financier × 1 ». */
function refusedCell(row: ClassRow, t: ClassCsvLabels['t']): string {
  const counts = row.refusedActions;
  if (!counts) return '';
  return ACTION_TYPES.filter((type) => counts[type] > 0)
    .map((type) => t('classView.actionCount', { action: t(`vocabulary.actionType.${type}`), count: counts[type] }))
    .join(', ');
}

/** « résultat identique à : … », and « stratégie simple… » when those games hold few actions (ClassRow.simpleStrategyActions), as the table says them. */
function sameResultCell(row: ClassRow, { t, locale }: ClassCsvLabels): string {
  const same = t('classView.sameResultAs', { files: row.sameResultAs.join(', ') });
  const count = row.simpleStrategyActions;
  return count === undefined ? same : t('classView.sameResultSimple', { same, simple: t(pluralKey(locale, count, 'classView.copy.simple'), { count }) });
}

/** A figure of `row` as the replay gives it: the file's, unless the replay contradicts it (a refuted file), then the replay's (null: it has none). */
function replayed(row: ClassRow, kpi: SummaryKpi, value: number | null): number | null {
  const replay = replayedValue(row.wrongFigures, kpi);
  return replay === undefined ? value : replay;
}

/**
 * Why a mission file's own mission is marked as it is, in the words the table gives it (its details' line): « mission 5 : Au
 * rejeu…, le programme « Personnalisation » a été arrêté pendant sa mise en place… ». The Vérification cell says only « échec
 * retrouvé par le rejeu », alike for a set-up stopped and a launch too late, and a success of a run started under an older
 * rule is « déclarée » without what the replay saw (QA qa33teacherEn m3). Nothing for a success the replay confirms.
 */
function missionWhyCell(row: ClassRow, t: ClassCsvLabels['t']): string[] {
  const own = row.missions?.attempted.find((m) => m.number === row.missions?.current);
  if (!own || own.why === 'confirmed') return [];
  return [t('classView.missions.csvWhy', { n: own.number, why: missionWhyText(t, own) })];
}

/** The objectives of the games' scenarios (a mission file's are its mission's: left out), one per scenario and id, in the files' order. */
interface ObjectiveColumn {
  key: string;
  fingerprint: string | null;
  id: string;
  n: number;
  label: LocalizedText;
  scenarioName: LocalizedText | null;
  share: boolean;
}

function objectiveColumns(rows: readonly ClassRow[]): ObjectiveColumn[] {
  const columns = new Map<string, ObjectiveColumn>();
  for (const row of rows) {
    if (row.missions) continue;
    (row.objectives ?? []).forEach((o, i) => {
      const key = `${row.scenarioFingerprint ?? ''}\u0000${o.id}`;
      if (!columns.has(key))
        columns.set(key, { key, fingerprint: row.scenarioFingerprint, id: o.id, n: i + 1, label: o.label, scenarioName: row.scenarioName, share: objectiveFormat(o.metric) === 'percent' });
    });
  }
  return [...columns.values()];
}

/** The two headers of an objective's columns: its number and label (with its scenario's name when the class played several). */
function objectiveHeaders(column: ObjectiveColumn, several: boolean, { t, locale }: ClassCsvLabels): string[] {
  const own = column.label[locale] ?? column.label.fr;
  const label = several && column.scenarioName ? t('classView.objectiveCsv.ofScenario', { scenario: column.scenarioName[locale] ?? column.scenarioName.fr, label: own }) : own;
  return [t(column.share ? 'classView.objectiveCsv.valuePercent' : 'classView.objectiveCsv.value', { n: column.n, label }), t('classView.objectiveCsv.met', { n: column.n, label })];
}

/** A row's two cells for an objective's columns: its value (a share in percent, money to the cent) and « oui », « non » or « en cours »; empty when it has no such objective. */
function objectiveCells(row: ClassRow, column: ObjectiveColumn, t: ClassCsvLabels['t']): CsvCell[] {
  const o = row.missions || row.scenarioFingerprint !== column.fingerprint ? undefined : row.objectives?.find((x) => x.id === column.id);
  if (!o) return [null, null];
  const value = o.value === null ? null : column.share ? Math.round(o.value * 10000) / 100 : Math.round(o.value * 100) / 100;
  return [value, o.state === null ? null : t(`classView.objectiveCsv.state.${o.state}`)];
}

/** `teams`: each file id's team (teamColumn.ts), in « Équipe » beside the learner's name; empty without one. */
export function classCsv(
  rows: readonly ClassRow[],
  labels: ClassCsvLabels,
  decimalComma: boolean,
  references: readonly NoActionReference[] = [],
  teams: ReadonlyMap<number, string> = new Map(),
): string {
  const { t, locale } = labels;
  // mission files after the games' files, as the table lists them apart (missionRows.ts)
  const ordered = [...rows.filter((row) => !row.missions), ...rows.filter((row) => row.missions)];
  // after every other column, whose order the teachers' sheets rely on
  const objectives = objectiveColumns(ordered);
  const several = new Set(objectives.map((c) => c.fingerprint)).size > 1;
  const header: string[] = [
    t('classView.column.rank'),
    t('classView.column.learner'),
    t('classView.column.team'),
    t('classView.column.file'),
    t('classView.column.scenario'),
    t('classView.column.seed'),
    t('classView.column.ticks'),
    t('classView.unfinished.csvColumn'),
    t('classView.column.status'),
    t('classView.column.points'),
    t('classView.column.maxPoints'),
    t('classView.unadjustedTargetsCsvColumn'),
    t('classView.column.turnover'),
    t('classView.column.grossMargin'),
    t('classView.column.netMargin'),
    t('classView.column.retentionPercent'),
    t('classView.reference.csvGapMargin'),
    t('classView.reference.csvGapCustomers'),
    t('classView.column.strategiesUsed'),
    ...ACTION_TYPES.map((type) => t(`vocabulary.actionType.${type}`)),
    t('classView.refusedCsvColumn'),
    t('classView.decisionsCsvColumn'),
    t('classView.column.strategiesMax'),
    t('classView.column.game'),
    t('classView.column.mode'),
    t('classView.column.notes'),
    t('classView.missions.csvColumn'),
    t('classView.missions.csvReplayColumn'),
    t('classView.missions.csvUnconfirmedColumn'),
    ...objectives.flatMap((c) => objectiveHeaders(c, several, labels)),
  ];
  const lines = ordered.map((row): CsvCell[] => {
    const gap = comparedWithReference(row, references);
    return [
      row.rank,
      row.learner || t('classView.noName'),
      row.fileId === undefined ? '' : (teams.get(row.fileId) ?? ''),
      row.fileName,
      row.scenarioName ? (row.scenarioName[locale] ?? row.scenarioName.fr) : null,
      row.seed,
      row.ticks,
      progressCell(row, t),
      // a mission file's Vérification cell as the screen writes it (ClassRowStatus): « … ; mission 2 non confirmée par le rejeu »
      (row.missions ? missionStatusText(t, row.status, row.missions) : null) ?? t(`results.status.${row.status}`),
      replayed(row, 'objectivePoints', row.points),
      replayed(row, 'objectiveMaxPoints', row.maxPoints),
      row.unadjustedTargets ? t('classView.unadjustedTargets') : '',
      money(replayed(row, 'cumulativeTurnover', row.turnover)),
      money(replayed(row, 'cumulativeGrossMargin', row.grossMargin)),
      money(replayed(row, 'cumulativeNetMargin', row.netMargin)),
      percent(row.retention),
      gap ? money(gap.netMargin) : null,
      gap ? gap.activeCustomers : null,
      row.strategiesUsed,
      ...ACTION_TYPES.map((type) => (row.actions ? row.actions[type] : null)),
      labels.rowTexts ? labels.rowTexts.refused(row) : refusedCell(row, t),
      labels.rowTexts?.decisions(row) ?? '',
      row.strategiesMax,
      // ranks compare only within a game (same scenario, seed and mode): its letter, as on screen
      row.game ? gameLetter(row.game.index) : null,
      row.mode ? t(`classView.modeName.${row.mode}`) : null,
      [
        ...(row.unranked ? [t(`classView.unranked.${row.unranked}`)] : []),
        ...row.problems,
        ...(row.sameResultAs.length ? [sameResultCell(row, labels)] : []),
        ...(row.sameTeamGameAs?.length ? [t('classView.sameTeamGameAs', { files: row.sameTeamGameAs.join(', ') })] : []),
        ...missionWhyCell(row, t),
      ].join(' | '),
      ...missionCsvCells(t, row.missions),
      // the successes the file says and the replay did not confirm, left out of « Missions réussies » as on screen (review m3)
      row.missions?.unconfirmed.join(', ') ?? '',
      ...objectives.flatMap((c) => objectiveCells(row, c, t)),
    ];
  });
  // the references of the games shown, after the files (a removed game's is left out), in the games' order
  const games = new Map(rows.flatMap((row) => (row.game ? [[row.game.key, row] as const] : [])));
  const referenceLines = references
    .flatMap((reference) => {
      const row = games.get(reference.gameKey);
      return row?.game ? [{ reference, row, index: row.game.index }] : [];
    })
    .sort((a, b) => a.index - b.index)
    .map(({ reference, row, index }): CsvCell[] => [
      t('classView.reference.rank'),
      t('classView.reference.name'),
      '',
      t('classView.reference.note'),
      row.scenarioName ? (row.scenarioName[locale] ?? row.scenarioName.fr) : null,
      row.seed,
      reference.ticks,
      t('classView.unfinished.csvFinished'),
      t('classView.reference.status'),
      reference.points,
      reference.maxPoints,
      '',
      money(reference.turnover),
      money(reference.grossMargin),
      money(reference.netMargin),
      percent(reference.retention),
      null,
      null,
      0,
      ...ACTION_TYPES.map(() => 0),
      '',
      '',
      referenceStrategiesMax(rows, reference),
      gameLetter(index),
      row.mode ? t(`classView.modeName.${row.mode}`) : null,
      '',
      '',
      '',
      '',
      // the reference's objectives one by one are not kept (its points are)
      ...objectives.flatMap(() => [null, null]),
    ]);
  // headers in ordinary spaces (csvExport.ts headerCell); cells read by people keep the French spaces
  return toCsv([header.map(plainSpaces), ...lines, ...referenceLines], { decimalComma });
}
