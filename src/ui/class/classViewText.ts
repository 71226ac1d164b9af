/**
 * What the class view computes for its markup (ClassScreen, ClassImportPanel, ClassTable,
 * ClassRowName, ClassRowStatus), kept out of it so it is unit-tested: the table's sort, each
 * game's reference in game order, the texts of a row (actions used and refused, locked tools,
 * copies, points as replayed, contradicted figures beyond the few named) and of the import
 * (files left out, what a clear does). Pure: the texts come from the caller's translator
 * (`ClassTexts`: the screen passes i18n's t and tCount, so a language's strings arriving late
 * still re-render the view).
 */
import type { MessageKey, Params, Locale } from '../../i18n/translate.ts';
import type { PluralBase } from '../../i18n/plural.ts';
import { localized } from '../../app/localized.ts';
import { DEFAULT_CLASS } from '../../db/classRecords.ts';
import { gameLetter, type ClassGame, type ClassRow, type SortColumn, type SortDirection } from '../../results/classComparison.ts';
import { replayedPoints, shownClaim, type WrongFigureLine } from '../../results/figureChecks.ts';
import { beatReference, referencePlace, type NoActionReference } from '../../results/noActionReference.ts';
import { ACTION_TYPES, type PolicyLevelCounts } from '../../results/strategyCounts.ts';
import type { ActionType } from '../../engine/decisions.ts';
import { refusalKey } from '../../app/refusalKey.ts';
import { slug } from '../../results/fileSlug.ts';
import { COMPLAINT_LEVELS } from '../../engine/actionCheck.ts';
import { decisionName } from '../debrief/decisionName.ts';
import type { Tool } from '../../missions/tools.ts';
import { decisionTimeline } from '../debrief/decisionTimeline.ts';
import { launchedIn, timelineActionLine, timelineActionWords } from '../debrief/actionText.ts';
import { periodInSentence, periodLabel } from '../dashboard/period.ts';
import type { PeriodRefusals } from '../../engine/types.ts';

/** The caller's translator: i18n's t and tCount and the language they speak. */
export interface ClassTexts {
  t: (key: MessageKey, params?: Params) => string;
  tCount: (base: PluralBase, count: number, params?: Params) => string;
  locale: Locale;
}

/** The table's order: a column and its direction. */
export interface ClassSort {
  column: SortColumn;
  direction: SortDirection;
}

/** The table's columns, each with its label's key, in order: every one sorts the table (its caption says so). */
export const CLASS_COLUMNS: readonly { id: SortColumn; label: MessageKey }[] = [
  { id: 'rank', label: 'classView.column.rank' },
  { id: 'learner', label: 'classView.column.learner' },
  { id: 'scenario', label: 'classView.column.scenario' },
  { id: 'status', label: 'classView.column.status' },
  { id: 'points', label: 'classView.column.points' },
  { id: 'turnover', label: 'classView.column.turnover' },
  { id: 'netMargin', label: 'classView.column.netMargin' },
  { id: 'retention', label: 'classView.column.retention' },
  { id: 'strategiesUsed', label: 'classView.column.strategiesUsed' },
  { id: 'gap', label: 'classView.reference.column' },
  { id: 'actions', label: 'classView.column.actions' },
];

/** The columns the projector shows (QA teacher 6: the whole table was 1 525 px wide in a 984 px box at 1024 x 768). */
export const PROJECTOR_COLUMNS: readonly SortColumn[] = ['rank', 'learner', 'gap', 'points', 'netMargin'];

/**
 * The columns in the table's order. With `gapFirst` (projector) only rank, learner, the difference
 * from doing nothing right after the learner's name, points and net margin: the table's other cells
 * are hidden there (ClassTable), the CSV and the standard display keep them all.
 */
export function tableColumns(gapFirst: boolean): (typeof CLASS_COLUMNS)[number][] {
  if (!gapFirst) return [...CLASS_COLUMNS];
  return PROJECTOR_COLUMNS.map((id) => CLASS_COLUMNS.find((c) => c.id === id)!);
}

/** A click on a column's header: the same column turns round; another starts A→Z for words, best first (descending) for figures. */
export function nextSort(sort: ClassSort, column: SortColumn): ClassSort {
  if (sort.column === column) return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  const words = column === 'rank' || column === 'learner' || column === 'scenario' || column === 'status';
  return { column, direction: words ? 'ascending' : 'descending' };
}

/** The game index of a reference (0 when its game is not shown). */
export function gameIndexOf(games: readonly ClassGame[], reference: Pick<NoActionReference, 'gameKey'>): number {
  return games.find((g) => g.key === reference.gameKey)?.index ?? 0;
}

/** The references of the games shown, in game order (a removed game's stays replayed, unseen). */
export function shownReferences(ready: readonly NoActionReference[], games: readonly ClassGame[]): NoActionReference[] {
  return ready.filter((r) => games.some((g) => g.key === r.gameKey)).sort((a, b) => gameIndexOf(games, a) - gameIndexOf(games, b));
}

/** A game's line when the class has several: « Partie B : La boulangerie — 2 fichiers, empreinte 1a2b3c4d ; graine 7, mode engagé ». */
export function gameLine(tx: ClassTexts, game: ClassGame): string {
  return tx.t('classView.gameLine', {
    letter: gameLetter(game.index),
    scenario: tx.tCount('classView.scenarioLine', game.files, {
      name: localized(game.scenarioName, tx.locale),
      fingerprint: game.scenarioFingerprint.slice(0, 8),
    }),
    seed: game.seed,
    mode: tx.t(`classView.modeName.${game.mode}`),
  });
}

/**
 * « Marge nette cumulée sans action (même graine) : … €. 1 élève sur 3 a fait mieux. » for a game's reference
 * (« , partie B » when the class has several games); the one learner compared is named (« Léa a fait mieux. »),
 * and with none compared yet the margin is said alone.
 */
export function referenceSummary(tx: ClassTexts, rows: readonly ClassRow[], games: readonly ClassGame[], reference: NoActionReference): string {
  const { better, learners } = beatReference(rows, reference);
  const compared = learners.length;
  const params = {
    game: games.length > 1 ? tx.t('classView.reference.summaryGame', { letter: gameLetter(gameIndexOf(games, reference)) }) : '',
    margin: shownClaim([], 'cumulativeNetMargin', reference.netMargin, tx.locale).text,
    compared,
  };
  // one learner compared: named, not « 0 élève sur 1 a fait mieux »; none (yet): no count at all (QA qa11 F10)
  const only = compared === 1 ? learners[0] : undefined;
  const summary =
    compared === 0
      ? tx.t('classView.reference.summaryNone', params)
      : only
        ? tx.t(better === 1 ? 'classView.reference.summaryAloneBetter' : 'classView.reference.summaryAloneNotBetter', { ...params, name: only.learner || only.fileName })
        : tx.tCount('classView.reference.summary', better, params);
  const place = referencePlaceText(tx, rows, reference);
  return place === '' ? summary : `${summary} ${place}`;
}

/**
 * The learners' names of the files with the same result as `row`, each with its file name (the file
 * name alone when it has no learner), and its date when another file of the class has that name
 * (« Anna (anna.json, 1 déc. 2026, 10:10) »: a learner's two hand-ins saved under one name, QA verify
 * 2, N8), as that file's row shows it. `short`, as the table shows it: a learner whose name no other file
 * of the class bears by the name alone (« Hugo, Théo »), the file names of a learner with several files
 * by the part that tells them apart (tableFileName). The shortened ends of whole names were the same for
 * every student (« Hugo (…du-marche-semaine-52.json) ; Théo (…du-marche-semaine-52.json) », QA qa24 m3).
 */
export function sameResultText(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow, short = false): string {
  return learnerFilesText(tx, rows, row, row.sameResultAs, row.sameResultKeys, short);
}

/** The same for the files of `row`'s team with the same result (ClassRow.sameTeamGameAs): the team's one game. */
export function sameTeamGameText(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow): string {
  return learnerFilesText(tx, rows, row, row.sameTeamGameAs ?? [], row.sameTeamGameKeys);
}

/** « Anna (anna.json) ; … »: the files `fileNames` (their row keys `keys`, in the same order) by learner and file name; `short`: as sameResultText's. */
function learnerFilesText(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow, fileNames: readonly string[], keys: readonly string[] | undefined, short = false): string {
  return fileNames
    .map((full, i) => {
      const key = keys?.[i];
      const other = rows.find((r) => (key === undefined ? r.fileName === full : r.key === key) && r !== row);
      if (short && other?.learner && !rows.some((r) => r !== other && r.learner === other.learner)) return other.learner;
      const fileName = short ? tableFileName(rows, other?.learner ?? '')(full) : full;
      const date = other && nameShared(rows, other) ? fileDate(tx.locale, other.createdAt) : '';
      if (!other?.learner) return date === '' ? fileName : tx.t('classView.namedFile', { file: fileName, date });
      return date === '' ? tx.t('classView.copy.learnerFile', { name: other.learner, file: fileName }) : tx.t('classView.copy.learnerFileDated', { name: other.learner, file: fileName, date });
    })
    .join(tx.t('app.listSeparator'));
}

/** The files left out of the last import, each with the name of the one kept when it differs. */
export function duplicateList(tx: ClassTexts, duplicates: readonly { fileName: string; sameAs: string }[]): string {
  return duplicates
    .map((d) => (d.fileName === d.sameAs ? d.fileName : tx.t('classView.duplicateOf', { file: d.fileName, same: d.sameAs })))
    .join(tx.t('app.listSeparator'));
}

/** The points as replayed when the file's are contradicted, or undefined. */
export function pointsReplayedText(tx: ClassTexts, row: ClassRow): string | undefined {
  const replay = replayedPoints(row.wrongFigures, row.points ?? 0, row.maxPoints ?? 0);
  return replay ? tx.t('classView.pointsOf', { points: replay.points, max: replay.max }) : undefined;
}

/**
 * « Avantage financier × 2, Politique de réclamations (Rapide) × 1 »: the action types with a count, in the engine's order;
 * the complaint policies by level when `levels` says them (two levels are two decisions, QA12 F9).
 */
export function actionList(
  tx: ClassTexts,
  counts: NonNullable<ClassRow['actions']>,
  levels?: PolicyLevelCounts,
  why: (type: ActionType, level?: string) => string = () => '',
): string {
  const counted = (action: string, count: number, reasons: string) => {
    const text = tx.t('classView.actionCount', { action, count });
    return reasons === '' ? text : tx.t('classView.refusedWhy', { action: text, reasons });
  };
  return ACTION_TYPES.filter((type) => counts[type] > 0)
    .flatMap((type) => {
      const named = type === 'politiqueReclamations' && levels ? COMPLAINT_LEVELS.filter((level) => (levels[level] ?? 0) > 0) : [];
      if (named.length === 0) return [counted(decisionName(tx.t, { type }), counts[type], why(type))];
      return named.map((level) => counted(decisionName(tx.t, { type, level }), levels![level]!, why(type, level)));
    })
    .join(', ');
}

/**
 * Why the engine refused a row's actions of `type` (a complaint policy's `level`), in the Bilan's words (« budget
 * insuffisant »), several joined by « ; »: '' when the row does not know (QA qa27class m1: the teacher saw that a
 * personal shopper was refused, not why).
 */
export function refusalReasons(tx: ClassTexts, row: Pick<ClassRow, 'played'>): (type: ActionType, level?: string) => string {
  return (type, level) => {
    if (!row.played) return '';
    const { decisions, refused } = row.played;
    const reasons = refused.flatMap((r) => {
      const action = decisions.find((d) => d.tick === r.tick)?.actions[r.actionIndex];
      if (!action || !r.reason || action.type !== type || (level !== undefined && (action.type !== 'politiqueReclamations' || action.level !== level))) return [];
      return [tx.t(refusalKey(r.reason))];
    });
    return [...new Set(reasons)].join(tx.t('app.listSeparator'));
  };
}

/** A row's scenario name in `locale` ('' for a file without a readable scenario). */
export function rowScenarioName(locale: Locale, row: Pick<ClassRow, 'scenarioName'>): string {
  return row.scenarioName ? localized(row.scenarioName, locale) : '';
}

/** The actions the engine ran for a row (« aucune action » when none), or '' for a file without a replay. */
export function actionsText(tx: ClassTexts, row: ClassRow): string {
  if (!row.actions) return '';
  const list = actionList(tx, row.actions, row.policyLevels?.accepted);
  return list === '' ? tx.t('classView.noAction') : list;
}

/** The actions the engine refused, as refused (never counted as used), or ''. */
export function refusedText(tx: ClassTexts, row: ClassRow): string {
  const list = refusedList(tx, row);
  return list === '' ? '' : tx.t('classView.refusedActions', { actions: list });
}

/** The refused actions with their reasons, « Avantage financier × 1 (budget insuffisant) », as the row and the CSV say them. */
export function refusedList(tx: ClassTexts, row: ClassRow): string {
  return row.refusedActions ? actionList(tx, row.refusedActions, row.policyLevels?.refused, refusalReasons(tx, row)) : '';
}

/**
 * What the learner decided, period by period, in the Bilan's words (debrief/actionText.ts timelineActionWords): « Semaine 1 »,
 * « Avantage financier : Bons de réduction, remise de 15 % — cible : toute la clientèle », a refused one with its reason
 * (« (refusée : budget insuffisant) »). The family counts alone read alike for a 15 % coupon at week 1 and an 11 % one at
 * week 34 (QA qa27class M1). Empty for a file without decisions or without a replay.
 */
export function decisionLines(tx: ClassTexts, row: Pick<ClassRow, 'played'>): { period: string; actions: { text: string; refused: boolean }[] }[] {
  if (!row.played) return [];
  const { decisions, refused, tickUnit, towns } = row.played;
  const reports: PeriodRefusals[] = [...new Set(refused.map((r) => r.tick))].map((tick) => ({
    tick,
    rejected: refused.flatMap((r) => (r.tick === tick && r.reason ? [{ actionIndex: r.actionIndex, reason: r.reason }] : [])),
  }));
  const timeline = decisionTimeline(decisions, reports);
  const launched = launchedIn(timeline);
  const periodName = (tick: number) => {
    const label = periodInSentence(tickUnit, tick);
    return tx.t(label.key, label.params);
  };
  return timeline.map((entry) => {
    const label = periodLabel(tickUnit, entry.tick);
    return {
      period: tx.t(label.key, label.params),
      actions: entry.actions.map((a) => ({ text: timelineActionLine(timelineActionWords(a, tx.locale, tickUnit, periodName, launched, towns), tx.locale), refused: a.rejected !== null })),
    };
  });
}

/** The same on one line for a spreadsheet's cell: « Semaine 1 : Avantage financier : … | Semaine 34 : … » (classCsv; « | » as « ; » is the file's separator). */
export function decisionsCell(tx: ClassTexts, row: Pick<ClassRow, 'played'>): string {
  return decisionLines(tx, row)
    .map((line) => tx.t('classView.decisionsPeriodLine', { period: line.period, actions: line.actions.map((a) => a.text).join(tx.t('app.listSeparator')) }))
    .join(' | ');
}

/** The warning for tools the class link locked and the file used anyway, or '' when none. */
export function lockedUsedText(tx: ClassTexts, row: Pick<ClassRow, 'lockedUsed'>): string {
  const tools: readonly Tool[] = row.lockedUsed ?? [];
  return tools.length === 0 ? '' : tx.t('classView.lockedUsed', { tools: tools.map((tool) => tx.t(`vocabulary.actionType.${tool}`)).join(', ') });
}

/** Contradicted figures named in a row; beyond this many, the rest are counted (all are under Détails). */
export const WRONG_LINES = 3;

/** The contradicted figures' lines named in the row, and how many more are only counted. */
export function namedWrongLines(lines: readonly WrongFigureLine[]): { named: WrongFigureLine[]; more: number } {
  return { named: lines.slice(0, WRONG_LINES), more: Math.max(0, lines.length - WRONG_LINES) };
}

/**
 * The table's caption: it names the class shown once the teacher keeps more than one (the default
 * one as « Ma classe »), since the selector is then out of view on a projector scrolled to the
 * table (QA qa16 F8); a teacher with the single default class keeps the plain caption.
 */
export function tableCaption(tx: ClassTexts, classes: readonly string[], current: string): string {
  return `${tableTitle(tx, classes, current)} ${tx.t('classView.tableSortHint')}`;
}

/** The table's caption without its sort hint, which is not printed (paper sorts nothing: QA qa31lesson n2). */
export function tableTitle(tx: ClassTexts, classes: readonly string[], current: string): string {
  if (classes.length < 2) return tx.t('classView.tableCaption');
  return tx.t('classView.tableCaptionNamed', { name: current === DEFAULT_CLASS ? tx.t('classView.classes.defaultName') : current });
}

/** What a clear does to the class itself: a named one leaves the list, the default one stays, empty. */
export function clearMessage(tx: ClassTexts, fileCount: number, current: string, className: string): string {
  if (fileCount === 0) return tx.t('classView.confirmClear.emptyMessage', { name: className });
  const fate = tx.t(current === DEFAULT_CLASS ? 'classView.confirmClear.keepsDefault' : 'classView.confirmClear.removesName', { name: className });
  return `${tx.tCount('classView.confirmClear.message', fileCount, { name: className })} ${fate}`;
}

/**
 * Where doing nothing would sit in its game's ranking, and how many of the learners ranked ahead of
 * it lost money against it (« Au classement…, sans action serait au rang 9. 3 des 8 élèves classés
 * devant lui ont pourtant perdu de l’argent… »); '' when the game has no ranked file.
 */
export function referencePlaceText(tx: ClassTexts, rows: readonly ClassRow[], reference: NoActionReference): string {
  const place = referencePlace(rows, reference);
  if (!place) return '';
  const sentence = tx.t('classView.reference.placeSentence', { rank: place.rank, tied: place.tied ? tx.t('classView.reference.placeTied') : '' });
  const ahead = place.ahead.length;
  if (ahead === 0) return sentence;
  const worse =
    place.aheadWorse === 0
      ? tx.tCount('classView.reference.aheadNoneWorse', ahead)
      : place.aheadWorse === ahead
        ? tx.tCount('classView.reference.aheadAllWorse', ahead)
        : tx.tCount('classView.reference.aheadWorse', place.aheadWorse, { ahead });
  return `${sentence} ${worse}`;
}

/** The reference row's place in the ranking, for its rank cell (« serait au rang 9 »), or ''. */
export function referenceRankText(tx: ClassTexts, rows: readonly ClassRow[], reference: NoActionReference): string {
  const place = referencePlace(rows, reference);
  return place ? tx.t(place.tied ? 'classView.reference.rankPlaceTied' : 'classView.reference.rankPlace', { rank: place.rank }) : '';
}

/** Why a readable row is not ranked, beyond its verification or an unfinished game (ClassRow.unranked), or ''. */
export function unrankedText(tx: ClassTexts, row: Pick<ClassRow, 'unranked'>): string {
  return row.unranked ? tx.t(`classView.unranked.${row.unranked}`) : '';
}

/** A file's date as made (the date and the time, in the teacher's time zone), or '' when it has none that reads as a date. */
export function fileDate(locale: ClassTexts['locale'], createdAt: string | undefined): string {
  const time = createdAt ? Date.parse(createdAt) : NaN;
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

/** Whether another row of the class has `row`'s file name (two hand-ins saved under one name): then its date tells them apart. */
function nameShared(rows: readonly ClassRow[], row: Pick<ClassRow, 'key' | 'fileName'>): boolean {
  return rows.some((r) => r.key !== row.key && r.fileName === row.fileName);
}

/** « fichier du 1 déc. 2026, 15:30 » under a file's name when another file of the class has the same name, or ''. */
export function fileDateText(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow): string {
  const date = fileDate(tx.locale, row.createdAt);
  return date !== '' && nameShared(rows, row) ? tx.t('classView.fileDate', { date }) : '';
}

/** The file's name, with its date when another file of the class has the same name (« anna.json (1 déc. 2026, 15:30) »): the accessible name of its « Retirer ». */
export function fileLabel(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow): string {
  const date = nameShared(rows, row) ? fileDate(tx.locale, row.createdAt) : '';
  return date === '' ? row.fileName : tx.t('classView.namedFile', { file: row.fileName, date });
}

/**
 * The accessible name of a row's « Voir le bilan » (refuted: « Voir le rejeu de ses décisions »): the learner, and which of
 * their files when it is not the only one (QA class 11: two buttons « Voir le bilan de Léa Martin »): a mission file by its
 * mission (« (mission 1) »), another by its name (with its date when that name is shared).
 */
export function bilanOpenLabel(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow): string {
  const name = row.learner || row.fileName;
  const refuted = row.status === 'refuted';
  const current = row.missions?.current ?? null;
  const which = current !== null ? tx.t('classView.bilan.ofMission', { n: current }) : row.sameLearnerAs.length > 0 && row.learner ? fileLabel(tx, rows, row) : '';
  if (which === '') return tx.t(refuted ? 'classView.bilan.openReplayLabel' : 'classView.bilan.openLabel', { name });
  return tx.t(refuted ? 'classView.bilan.openReplayLabelOf' : 'classView.bilan.openLabelOf', { name, which });
}

/** The longest file name the table shows whole (QA class 10: « fidelis-resultat-lea-martin-boulangerie-du-marche-mission-1-p0.json », as files were named then, took 8 lines at 1366 px). */
export const SHORT_FILE_NAME = 26;

/**
 * A file name as the table shows it: whole up to SHORT_FILE_NAME characters, else its end after « … »
 * (« …du-marche-mission-1.json »: the end tells a learner's files apart, the start is the learner's
 * name, already in the cell). The cell gives the full name too (title, and text for screen readers).
 */
export function shortFileName(fileName: string, max = SHORT_FILE_NAME): string {
  const chars = [...fileName];
  // « …du-marche-mission-1.json », not « …-du-marche-… »
  return chars.length <= max ? fileName : `…${chars.slice(chars.length - (max - 1)).join('').replace(/^[-_. ]+/, '')}`;
}

/**
 * A file name shown short among `names`, the file names of the same learner (itself among them or not): when
 * another differs from it, from the word where they part (« …mission-2-p0.json », « …hugo-v2-boulangerie-du… »), cut at a word,
 * since the end shortFileName keeps may be the same for them; else as shortFileName.
 */
export function distinctFileName(fileName: string, names: readonly string[], max = SHORT_FILE_NAME): string {
  const chars = [...fileName];
  const others = names.filter((n) => n !== fileName).map((n) => [...n]);
  if (chars.length <= max || others.length === 0) return shortFileName(fileName, max);
  let common = 0;
  for (const other of others) {
    let i = 0;
    while (i < chars.length && i < other.length && chars[i] === other[i]) i += 1;
    common = Math.max(common, i);
  }
  let from = Math.min(common, chars.length - 1);
  while (from > 0 && !/[-_. ]/.test(chars[from - 1])) from -= 1;
  // the end shortFileName keeps holds the difference
  if (from >= chars.length - (max - 1)) return shortFileName(fileName, max);
  const part = chars.slice(from, from + (from > 0 ? max - 2 : max - 1)).join('');
  // cut at a word, as shortFileName does not: « …boulangerie-du-marche… », not « …boulangerie-du-marche-se… »
  const word = Math.max(...[...'-_. '].map((c) => part.lastIndexOf(c)));
  return `${from > 0 ? '…' : ''}${(word > 0 ? part.slice(0, word) : part).replace(/[-_. ]+$/, '')}…`;
}

/**
 * Whether a row's file name tells the teacher nothing its cells do not: the learner's only file, named after them as the
 * app names a result file (« fidelis-resultat-eva-moreau-boulangerie-du-marche-semaine-52.json »: the shop is in the
 * Scénario column, an unfinished game and a branch are said in the row). Shortened, every student's read
 * « …du-marche-semaine-52.json » (QA qa27class m4); a renamed file (« devoir_final_JULES.json ») or one of a learner's
 * several keeps its line, and so does a name short enough to be shown whole. The name stays in the « Retirer » button's
 * accessible name.
 */
export function fileNameAddsNothing(rows: readonly Pick<ClassRow, 'learner' | 'fileName'>[], row: Pick<ClassRow, 'learner' | 'fileName'>): boolean {
  // a short name is shown whole, and read at a glance
  if (row.learner === '' || [...row.fileName].length <= SHORT_FILE_NAME || rows.filter((r) => r.learner === row.learner || r.fileName === row.fileName).length > 1) return false;
  const learner = slug(row.learner);
  // « fidelis-resultat- » (« fidelis-result- » in English) then the learner's name, as exportResultFile names it
  const app = /^fidelis-[a-z]+-(.*)$/.exec(slug(row.fileName));
  return learner !== '' && app !== null && app[1].startsWith(`${learner}-`);
}

/**
 * How the table shows the file names of the learner called `learner` ('' : the files without a name): distinctFileName among
 * theirs and among the other learners' files whose short end would read the same. Files renamed alike (« sA-fidelis-resultat-
 * lea-martin-fromagerie-des-halles-semaine-26.json », « sB-… ») all read « …es-halles-semaine-26.json » (QA qa31lesson n1): each is
 * now shown by the part where it parts from the others (« sA-fidelis-resultat… »).
 */
export function tableFileName(rows: readonly ClassRow[], learner: string): (fileName: string) => string {
  const names = rows.filter((r) => r.learner === learner).map((r) => r.fileName);
  return (fileName) => {
    const end = shortFileName(fileName);
    const alike = end === fileName ? [] : rows.filter((r) => r.learner !== learner && r.fileName !== fileName && shortFileName(r.fileName) === end).map((r) => r.fileName);
    return distinctFileName(fileName, [...names, ...alike]);
  };
}

/**
 * The learner's other files, each by its name, with its date when that name is shared (« autre fichier du même élève : a.json (1 déc. 2026, 15:30) »), or '';
 * `shorten` shows each name as the table does (shortFileName)
 */
export function sameLearnerText(tx: ClassTexts, rows: readonly ClassRow[], row: ClassRow, shorten: (fileName: string) => string = (name) => name): string {
  if (row.sameLearnerAs.length === 0) return '';
  const names = row.sameLearnerAs.map((fileName, i) => {
    const other = rows.find((r) => r.key === row.sameLearnerKeys?.[i]);
    const date = other && nameShared(rows, other) ? fileDate(tx.locale, other.createdAt) : '';
    return date === '' ? shorten(fileName) : tx.t('classView.namedFile', { file: shorten(fileName), date });
  });
  return tx.t('classView.sameLearnerAs', { files: names.join(tx.t('app.listSeparator')) });
}

/**
 * The files that did not play the class's game (the one most files played, game A: another seed,
 * mode or scenario), named with their game, what-if variants left out (an exploration, said in
 * their rows); '' when all did.
 */
export function offGameText(tx: ClassTexts, rows: readonly ClassRow[], games: readonly ClassGame[]): string {
  const main = games.find((g) => g.index === 0);
  if (!main || games.length < 2) return '';
  const off = rows.filter((row) => row.game !== null && row.game.index !== 0 && row.unranked !== 'variant');
  if (off.length === 0) return '';
  return tx.tCount('classView.offGame', off.length, {
    game: tx.t('classView.offGameClass', { name: localized(main.scenarioName, tx.locale), seed: main.seed, mode: tx.t(`classView.modeName.${main.mode}`) }),
    files: off
      .map((row) =>
        tx.t('classView.offGameFile', { name: row.learner || row.fileName, game: tx.t('classView.gameOf', { letter: gameLetter(row.game!.index) }) }),
      )
      .join(tx.t('app.listSeparator')),
  });
}
