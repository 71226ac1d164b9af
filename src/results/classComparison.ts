/**
 * The class view's logic: one row per imported result file (verified or not), ranked within each
 * game by objective points then cumulative net margin (one hand-in per learner: assignHandIns),
 * sortable by any column, with the
 * strategies each learner used and the files that hold the very same result (same final state,
 * as replayed, and decisions, a retouched one included: « résultat identique », or a team's one game). A refuted file's figures are told
 * apart (figureChecks.ts): only those its replay contradicts are marked. Retention is the replay's
 * whole-game figure (replayFigures.ts), not the last period's rate the file records. Pure: the
 * screen only displays it.
 */
import type { LocalizedText, Scenario } from '../scenario/schema.ts';
import { replayedValue, wrongFigures } from './figureChecks.ts';
import { unadjustedOlderFile } from './seedAdjustment.ts';
import { missionRow, type MissionRow, type MissionRowContext } from './missionRows.ts';
import { confirmAcrossFiles } from './missionCrossCheck.ts';
import { fingerprint } from './fingerprint.ts';
import { unfinishedRun } from './runProgress.ts';
import { runNameKind } from './runNameKind.ts';
import { teamKey } from './teamView.ts';
import { countActions, countPolicyLevels, fileStrategies, type ActionCounts, type PolicyLevelCounts, type RefusedAction } from './strategyCounts.ts';
import type { DecisionsLog } from '../engine/decisions.ts';
import { townNames } from '../engine/towns.ts';
import type { Difference, Verification, VerificationStatus } from './verifyResult.ts';
import type { ResultFile, ResultMode } from './resultFileSchema.ts';
import { toolOfAction, TOOLS, type Tool } from '../missions/tools.ts';

/** A class is about 30; beyond this the import is refused with a message (memory, time). */
export const MAX_CLASS_FILES = 60;

export interface ClassEntry {
  /** the imported file's id, carried to its row (to remove it) */
  id?: number;
  fileName: string;
  verification: Verification;
}

export interface ClassRow {
  /** unique within the table */
  key: string;
  /** the entry's id, when it has one */
  fileId?: number;
  fileName: string;
  learner: string;
  /**
   * the run's name as the learner saw it, when it says something: a what-if branch's (« … — et si…
   * (la semaine 2) ») or one the learner gave; absent when the file has none or the app's default
   * one (« Boulangerie du Marché (2026) »: runNameKind.ts)
   */
  runName?: string;
  /** the date the file says it was made (ISO, not verified; absent in older files) */
  createdAt?: string;
  /**
   * why a readable file is left out of the ranking besides its verification or an unfinished game:
   * 'variant' a what-if branch (an exploration, runNameKind.ts), 'olderHandIn' the learner handed in
   * a later file, 'retouchedTwin' a refuted file dated as the learner's confirmed one (two versions of
   * one hand-in, this one retouched: the confirmed one is ranked), 'alone' the only hand-in of its game
   * (another seed or mode than the class's: a rank among one means nothing). Absent: ranked, or
   * unranked for those other reasons.
   */
  unranked?: 'variant' | 'olderHandIn' | 'retouchedTwin' | 'alone';
  status: VerificationStatus;
  /** sandbox or committed, as the file says (null for an invalid file) */
  mode: ResultMode | null;
  /** reasons (invalid), differences (refuted), or the explanation then the differences (otherModel), one line each */
  problems: string[];
  /** the claimed figures the replay contradicts (refuted files only; figureChecks.ts) */
  wrongFigures: Difference[];
  scenarioId: string | null;
  scenarioName: LocalizedText | null;
  /** same value = same scenario, edits included */
  scenarioFingerprint: string | null;
  seed: number | null;
  /**
   * the game it is ranked in: files of the same scenario (edits included), seed and mode, `index` 0
   * for the game most files played (the class's), then by first appearance; null for an invalid file.
   * Ranks compare only within one game.
   */
  game: { key: string; index: number } | null;
  /** file names of the learner's other files (same name and team, other content: a newer hand-in, say) */
  sameLearnerAs: string[];
  /** the same files' row keys, in the same order (two files may share a name: classViewText tells them by date) */
  sameLearnerKeys?: string[];
  ticks: number | null;
  durationTicks: number | null;
  points: number | null;
  maxPoints: number | null;
  turnover: number | null;
  grossMargin: number | null;
  netMargin: number | null;
  /** active customers at the end, as the file says (absent in rows made before it existed) */
  activeCustomers?: number | null;
  /**
   * share of customers kept over a year at the game's pace, from the replay (replayFigures.ts; the
   * learner's dashboard shows the same): null for an invalid file, one of another model (its replay
   * is not the learner's game) or a verification made before it existed
   */
  retention: number | null;
  /** actions the engine ran (its refusals left out: they never ran) */
  actions: ActionCounts | null;
  /**
   * what the learner decided, for the row's « Détails » and the CSV (classViewText decisionLines: the Bilan's words): the
   * file's decisions, those the replay refused with the engine's reason, the period's unit and the shop's towns (a
   * target on towns); absent for an invalid file (QA qa27class M1: three plans read « Avantage financier × 1 » alike)
   */
  played?: { decisions: DecisionsLog; refused: RefusedAction[]; tickUnit: Scenario['tickUnit']; towns: readonly string[] };
  /** actions the engine refused in the replay (a lack of budget, say); absent: none known */
  refusedActions?: ActionCounts | null;
  /** the complaint policies of `actions` and `refusedActions` by level (absent in rows made before it existed) */
  policyLevels?: { accepted: PolicyLevelCounts; refused: PolicyLevelCounts };
  /** of the strategies the learner could use (strategiesMax) */
  strategiesUsed: number | null;
  /** the loyalty strategies the learner could use: 4, less those the teacher's link locked or hid (strategyCounts.ts strategiesAvailable) */
  strategiesMax: number | null;
  /** tools the file says the teacher's link locked or hid that its decisions used anyway (none when the file says nothing of locks) */
  lockedUsed?: Tool[];
  /** a file made before objectives were adjusted to the seed, on a seed that moves them: graded on the scenario's own targets, its points not comparable (verifyResult.ts unadjustedOlderFile) */
  unadjustedTargets?: boolean;
  /**
   * each objective of the file's scenario as graded at the end of its run (the file's summary, confirmed by the replay): its
   * value and whether it was met, for the CSV's columns per objective (classCsv.ts, QA qa31lesson n3: the teacher could not
   * filter who met the churn objective). A refuted file's objective the replay contradicts has neither (its note says why).
   * Absent for an unreadable file.
   */
  objectives?: readonly RowObjective[];
  /**
   * a mission file (missionRows.ts): the missions it says were passed; listed apart, in no game and
   * never ranked, neither « partie en cours » nor off the class's game. Absent: a free game's file
   */
  missions?: MissionRow | null;
  /** 1 = best of its game (assignRanks: equal results share a rank, the next takes the next one); null for a file not ranked (not confirmed, unfinished, `unranked`) */
  rank: number | null;
  /** file names of the other files with the same final state and decisions (markSameResults; a file of the same team is in sameTeamGameAs instead) */
  sameResultAs: string[];
  /** the same files' row keys, in the same order (two hand-ins may share a name: classViewText tells them by date) */
  sameResultKeys?: string[];
  /**
   * how many actions those identical games hold, when they are few (at most SIMPLE_STRATEGY_ACTIONS):
   * a simple strategy, the one several learners often choose on their own; absent otherwise
   */
  simpleStrategyActions?: number;
  /** file names of the files declaring the same team name with the same final state and decisions: the team's one game, never marked as identical results */
  sameTeamGameAs?: string[];
  /** the same files' row keys, in the same order */
  sameTeamGameKeys?: string[];
}

/** An objective of a row's scenario, graded (ClassRow.objectives). */
export interface RowObjective {
  id: string;
  label: LocalizedText;
  metric: Scenario['objectives'][number]['metric'];
  /** null: not measurable, or contradicted by the replay */
  value: number | null;
  /** null: contradicted by the replay */
  state: 'enCours' | 'atteint' | 'manque' | null;
}

/** The file's graded objectives in its scenario's order, those the replay contradicts (a refuted file) without value nor state. */
function rowObjectives(file: ResultFile, wrong: readonly Difference[]): RowObjective[] {
  const graded = new Map(file.summary.objectives.map((o) => [o.id, o]));
  const contradicted = new Set(wrong.filter((d) => d.what === 'objective').map((d) => d.id));
  return file.scenario.objectives.map((o) => {
    const g = contradicted.has(o.id) ? undefined : graded.get(o.id);
    return { id: o.id, label: o.label, metric: o.metric, value: g?.value ?? null, state: g?.state ?? null };
  });
}

function rowOf(entry: ClassEntry, index: number, rules: Pick<MissionRowContext, 'missionOf' | 'pathOf'> = {}): ClassRow {
  const v = entry.verification;
  const base = {
    key: `${index}:${entry.fileName}`,
    ...(entry.id !== undefined ? { fileId: entry.id } : {}),
    fileName: entry.fileName,
    status: v.status,
    rank: null,
    sameResultAs: [],
    lockedUsed: [],
    wrongFigures: wrongFigures(v),
  };
  if (v.status === 'invalid')
    return {
      ...base,
      // the name the file holds when it can be read: the teacher finds the learner without opening the file
      learner: v.learner ?? '',
      problems: v.errors,
      mode: null,
      scenarioId: null,
      scenarioName: null,
      scenarioFingerprint: null,
      seed: null,
      game: null,
      sameLearnerAs: [],
      ticks: null,
      durationTicks: null,
      points: null,
      maxPoints: null,
      turnover: null,
      grossMargin: null,
      netMargin: null,
      activeCustomers: null,
      retention: null,
      actions: null,
      refusedActions: null,
      strategiesUsed: null,
      strategiesMax: null,
    };
  const { file } = v;
  // the engine's refusals, as the replay found them: another model's replay is not the learner's game, its refusals are not theirs
  const refused = v.status === 'otherModel' ? [] : (v.replayed?.refused ?? []);
  const actions = countActions(file.decisions, refused);
  const refusedActions = countActions(file.decisions, refused, 'refused');
  const policyLevels = { accepted: countPolicyLevels(file.decisions, refused), refused: countPolicyLevels(file.decisions, refused, 'refused') };
  const missions = missionFields(file, v.status, { refused, budgetStop: v.replayed?.budgetStop, questionnaireTick: v.replayed?.questionnaireTick, setupStops: v.replayed?.setupStops, notActed: v.replayed?.notActed, ...rules });
  // a mission's run: only the strategies its mission (and the earlier ones) unlock (QA class 2: « 0 sur 4 autorisées » in mission 1, which allows none)
  const strategies = fileStrategies(file, refused, missions.missions?.tools);
  const nameKind = runNameKind(file);
  return {
    ...base,
    learner: file.learner,
    ...(nameKind === 'branch' || nameKind === 'own' ? { runName: file.runName } : {}),
    // a branch by its name, or by the file's own mark (a renamed branch's name says nothing: QA more M10)
    ...(nameKind === 'branch' || file.branchTick !== undefined ? { unranked: 'variant' as const } : {}),
    ...(file.createdAt ? { createdAt: file.createdAt } : {}),
    problems: v.status === 'refuted' ? v.differences.map((d) => d.text) : v.status === 'otherModel' ? [...v.warnings, ...v.differences.map((d) => d.text)] : [],
    mode: file.mode,
    scenarioId: file.scenario.id,
    scenarioName: file.scenario.name,
    scenarioFingerprint: fingerprint(file.scenario),
    seed: file.seed,
    game: null,
    sameLearnerAs: [],
    ticks: file.ticks,
    durationTicks: file.scenario.durationTicks,
    points: file.summary.objectivePoints,
    maxPoints: file.summary.objectiveMaxPoints,
    turnover: file.summary.cumulativeTurnover,
    grossMargin: file.summary.cumulativeGrossMargin,
    netMargin: file.summary.cumulativeNetMargin,
    activeCustomers: file.summary.activeCustomers,
    retention: v.status === 'otherModel' ? null : (v.replayed?.yearlyRetention ?? null),
    actions,
    played: { decisions: file.decisions, refused, tickUnit: file.scenario.tickUnit, towns: townNames(file.scenario) },
    refusedActions,
    policyLevels,
    strategiesUsed: strategies.used,
    strategiesMax: strategies.available,
    lockedUsed: lockedToolsUsed(file),
    ...(unadjustedOlderFile(file) ? { unadjustedTargets: true } : {}),
    objectives: rowObjectives(file, base.wrongFigures),
    ...missions,
  };
}

/** A mission file's missions (missionRows.ts), or nothing for a free game's file. */
function missionFields(file: ResultFile, status: VerificationStatus, context: MissionRowContext): { missions?: MissionRow } {
  const missions = missionRow(file, status, context);
  return missions ? { missions } : {};
}

/** The locked or hidden tools (as the file records them) its decisions used, in TOOLS order. */
export function lockedToolsUsed(file: Pick<ResultFile, 'decisions' | 'lock' | 'hide'>): Tool[] {
  const barred = [...(file.lock ?? []), ...(file.hide ?? [])];
  if (barred.length === 0) return [];
  const used = new Set(file.decisions.flatMap((d) => d.actions.map((a) => toolOfAction(a.type))));
  return TOOLS.filter((tool) => barred.includes(tool) && used.has(tool));
}

/** Better first: more objective points, then more net margin. */
function compareForRank(a: ClassRow, b: ClassRow): number {
  return (b.points ?? 0) - (a.points ?? 0) || (b.netMargin ?? 0) - (a.netMargin ?? 0);
}

/**
 * Sorts the readable rows into games: same scenario (edits included), same seed, same mode. Another
 * seed is another customer base, a sandbox game can be replayed at will: their figures do not
 * compare with the class's. The game most files played comes first (index 0).
 */
function assignGames(rows: ClassRow[]): void {
  const counts = new Map<string, number>();
  // a mission file is in no game: listed apart, never ranked (missionRows.ts)
  const keyOf = (row: ClassRow) => (row.scenarioFingerprint === null || row.missions ? null : `${row.scenarioFingerprint}|${row.seed}|${row.mode}`);
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // stable: equal counts keep their first appearance
  const order = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  for (const row of rows) {
    const key = keyOf(row);
    row.game = key === null ? null : { key, index: order.indexOf(key) };
  }
}

/** Same learner: same name and same team (trimmed, case and accents ignored); files without a name are nobody's. */
function markSameLearner(rows: ClassRow[], entries: readonly ClassEntry[]): void {
  const fold = teamKey; // names folded as team names are (teamView.ts)
  const byLearner = new Map<string, ClassRow[]>();
  entries.forEach((entry, i) => {
    const v = entry.verification;
    if (v.status === 'invalid' || fold(v.file.learner) === '') return;
    const key = `${fold(v.file.learner)}|${fold(v.file.team ?? '')}`;
    byLearner.set(key, [...(byLearner.get(key) ?? []), rows[i]]);
  });
  for (const same of byLearner.values()) {
    if (same.length < 2) continue;
    for (const row of same) {
      const others = same.filter((r) => r !== row);
      row.sameLearnerAs = others.map((r) => r.fileName);
      row.sameLearnerKeys = others.map((r) => r.key);
    }
    assignHandIn(same.filter((row) => !row.missions));
    // a mission file is a hand-in of its mission: only an older file of the same mission is an older hand-in (QA qa18 F4)
    const byMission = new Map<string, ClassRow[]>();
    for (const row of same.filter((r) => r.missions)) {
      const mission = `${row.missions!.shop}|${row.missions!.current}`;
      byMission.set(mission, [...(byMission.get(mission) ?? []), row]);
    }
    for (const files of byMission.values()) assignHandIn(files);
  }
}

/** A file's date as a number to compare (NaN when it has none or it does not read as a date). */
const madeAt = (row: ClassRow): number => (row.createdAt ? Date.parse(row.createdAt) : NaN);

/**
 * One hand-in per learner: of the files of one learner (`same`, in import order), the latest that
 * is not a what-if branch is the one ranked: the latest by the date it says it was made, else the
 * last imported (a file without a date counts as older than a dated one). At the same date a
 * confirmed file wins over a refuted one whatever the import order: a copy of the hand-in with a
 * figure retouched (its date kept) is not a newer hand-in, and must not put the honest file out of
 * the ranking. The others are shown, unranked: branches as 'variant' already (rowOf), a refuted
 * file of the ranked one's date as 'retouchedTwin', the earlier files as 'olderHandIn'.
 */
function assignHandIn(same: readonly ClassRow[]): void {
  const handIns = same.filter((row) => row.unranked !== 'variant');
  if (handIns.length < 2) return;
  let latest = handIns[0];
  for (const row of handIns.slice(1)) {
    const a = madeAt(latest);
    const b = madeAt(row);
    const sameDate = !Number.isNaN(a) && a === b;
    if (sameDate && row.status === 'refuted' && latest.status === 'confirmed') continue;
    if (sameDate && latest.status === 'refuted' && row.status === 'confirmed') {
      latest = row;
      continue;
    }
    // later in import order wins unless its date says it is older (or it has none and the other has one)
    if (Number.isNaN(b) ? Number.isNaN(a) : Number.isNaN(a) || b >= a) latest = row;
  }
  const ranked = madeAt(latest);
  for (const row of handIns) {
    if (row === latest) continue;
    row.unranked = row.status === 'refuted' && latest.status === 'confirmed' && madeAt(row) === ranked ? 'retouchedTwin' : 'olderHandIn';
  }
}

/** Whether a readable row is a learner's hand-in (not a branch, an older file nor a retouched version of one). */
const isHandIn = (row: ClassRow): boolean => row.unranked !== 'variant' && row.unranked !== 'olderHandIn' && row.unranked !== 'retouchedTwin';

/** Whether a row can be ranked: a confirmed hand-in of a finished game. */
const rankable = (row: ClassRow): boolean => row.status === 'confirmed' && row.game !== null && isHandIn(row) && unfinishedRun(row) === null;

/**
 * The ranking's one rule, identical games and exact ties alike: within each game (assignGames: scenario,
 * seed and mode), the confirmed hand-ins of finished games (one per learner: assignHandIn) are put
 * in order of objective points, then net margin; equal results share a rank and the next result
 * takes the next one (1, 2, 2, 3: « dense » ranking), so a rank is a place among the different
 * results. Two files with the very same result are either the same game (markSameResults: which is
 * the original the replay cannot tell) or an exact tie (two runs the engine ended in the same
 * figures): neither is a result ahead of the other. A game handed in before its end is not ranked
 * (its figures cover fewer periods), nor is a game with a single hand-in ('alone': a learner who
 * followed another seed or mode than the class's, whose rank among one means nothing).
 */
function assignRanks(rows: ClassRow[]): void {
  const handIns = new Map<string, number>();
  for (const row of rows) if (row.game !== null && isHandIn(row)) handIns.set(row.game.key, (handIns.get(row.game.key) ?? 0) + 1);
  const groups = new Map<string, ClassRow[]>();
  for (const row of rows) {
    if (!rankable(row)) continue;
    if (handIns.get(row.game!.key) === 1) {
      row.unranked = 'alone';
      continue;
    }
    groups.set(row.game!.key, [...(groups.get(row.game!.key) ?? []), row]);
  }
  for (const group of groups.values()) {
    group.sort(compareForRank);
    group.forEach((row, i) => {
      row.rank = i === 0 ? 1 : compareForRank(group[i - 1], row) === 0 ? group[i - 1].rank : group[i - 1].rank! + 1;
    });
  }
}

/** Where a result (the « sans action » reference's, say) would sit in a game's ranking: its rank, whether it ties a ranked file, and the ranked rows ahead of it. */
export interface RankPlace {
  rank: number;
  tied: boolean;
  ahead: ClassRow[];
}

/** `result`'s place among the ranked rows of game `gameKey`, by the ranking's rule (assignRanks); null when the game has no ranked row. */
export function placeInRanking(rows: readonly ClassRow[], gameKey: string, result: { points: number; netMargin: number }): RankPlace | null {
  const ranked = rows.filter((row) => row.rank !== null && row.game?.key === gameKey);
  if (ranked.length === 0) return null;
  const probe = { points: result.points, netMargin: result.netMargin } as ClassRow;
  const ahead = ranked.filter((row) => compareForRank(row, probe) < 0);
  const tied = ranked.some((row) => compareForRank(row, probe) === 0);
  const ranksAhead = new Set(ahead.map((row) => row.rank));
  return { rank: ranksAhead.size + 1, tied, ahead };
}

/**
 * The final state a file's replay reached: a confirmed file's own (the replay gave it), a refuted
 * file's as replayed (the stateHash difference's, or its own when the replay gave it: only figures
 * were retouched). Null for other files: another model's replay is not the learner's game.
 */
function replayedStateHash(v: Verification): string | null {
  if (v.status === 'confirmed') return v.file.stateHash;
  if (v.status !== 'refuted') return null;
  const replayed = v.differences.find((d) => d.what === 'stateHash');
  if (!replayed) return v.file.stateHash;
  return typeof replayed.recomputed === 'string' ? replayed.recomputed : null;
}

/**
 * At most this many actions in the whole game (the decisions log's, every period): a simple
 * strategy, one that several learners often choose on their own (QA qa11 F7: in a class told « faites
 * une action », several apply the one obvious action, the club on « Très bon client » at week 1, and
 * hand in the very same game). Their identical results say so, for the teacher not to suspect them.
 */
export const SIMPLE_STRATEGY_ACTIONS = 2;

/** The actions of a decisions log, every period's. */
const actionsIn = (decisions: readonly { actions: readonly unknown[] }[]): number => decisions.reduce((n, d) => n + d.actions.length, 0);

/**
 * Files whose replays reached the same final state by the same decisions (not just the same empty
 * run): « résultat identique ». A fact, not a verdict (QA qa11 F7): the same simple strategy chosen
 * on one's own, work done together or a copied file give the same, and the replay cannot tell which
 * is the original. A refuted file counts by its replay, not by the figures it claims: a copy of
 * another learner's file with its margin raised is still that learner's game (QA play F9), marked
 * both « réfuté » and « résultat identique ». A learner's own retouched file is not marked against
 * their honest one (same name and team: it is refuted already, and listed among the learner's files);
 * two confirmed files are paired whoever handed them in. Files that declare the same team name are
 * the team's one game (sameTeamGameAs), never marked as identical results; few actions in the game
 * (SIMPLE_STRATEGY_ACTIONS) are said to be a simple strategy (simpleStrategyActions).
 */
function markSameResults(rows: ClassRow[], entries: readonly ClassEntry[]): void {
  const byResult = new Map<string, number[]>();
  const actions = new Map<string, number>();
  entries.forEach((entry, i) => {
    const v = entry.verification;
    // a mission asks the whole class for the same few actions on a common seed: the same game is expected, not a mark (QA qa18 F8)
    if (v.status === 'invalid' || rows[i].missions || actionsIn(v.file.decisions) === 0) return;
    const hash = replayedStateHash(v);
    if (hash === null) return;
    const key = `${hash}|${fingerprint(v.file.decisions)}`;
    byResult.set(key, [...(byResult.get(key) ?? []), i]);
    actions.set(key, actionsIn(v.file.decisions));
  });
  const learnerOf = (i: number): string | null => {
    const v = entries[i].verification;
    if (v.status === 'invalid' || teamKey(v.file.learner) === '') return null;
    return `${teamKey(v.file.learner)}|${teamKey(v.file.team ?? '')}`;
  };
  const teamOf = (i: number): string => {
    const v = entries[i].verification;
    return v.status === 'invalid' ? '' : teamKey(v.file.team ?? '');
  };
  const paired = (i: number, j: number): boolean => {
    if (rows[i].status === 'confirmed' && rows[j].status === 'confirmed') return true;
    const learner = learnerOf(i);
    return learner === null || learner !== learnerOf(j);
  };
  const sameTeam = (i: number, j: number): boolean => teamOf(i) !== '' && teamOf(i) === teamOf(j);
  for (const [key, same] of byResult)
    for (const i of same) {
      const matches = same.filter((j) => j !== i && paired(i, j));
      const team = matches.filter((j) => sameTeam(i, j)).map((j) => rows[j]);
      const others = matches.filter((j) => !sameTeam(i, j)).map((j) => rows[j]);
      if (team.length > 0) {
        rows[i].sameTeamGameAs = team.map((r) => r.fileName);
        rows[i].sameTeamGameKeys = team.map((r) => r.key);
      }
      if (others.length === 0) continue;
      rows[i].sameResultAs = others.map((r) => r.fileName);
      rows[i].sameResultKeys = others.map((r) => r.key);
      const count = actions.get(key)!;
      if (count <= SIMPLE_STRATEGY_ACTIONS) rows[i].simpleStrategyActions = count;
    }
}

/**
 * `options.missionOf`: the shipped missions' rules, to check a mission file's own mission on its replay; `options.pathOf`: a
 * shop's path, for the tools a mission file's run allowed (missionRows.ts).
 */
export function compareClass(entries: readonly ClassEntry[], options: Pick<MissionRowContext, 'missionOf' | 'pathOf'> = {}): ClassRow[] {
  const rows = entries.map((entry, i) => rowOf(entry, i, options));
  assignGames(rows);
  markSameResults(rows, entries);
  markSameLearner(rows, entries);
  confirmAcrossFiles(rows);
  assignRanks(rows);
  return rows;
}

/** A game of the class (assignGames): its scenario, seed and mode, and how many files played it. */
export interface ClassGame {
  key: string;
  index: number;
  scenarioName: LocalizedText;
  scenarioFingerprint: string;
  seed: number;
  mode: ResultMode;
  files: number;
}

/** The games present among readable files, in index order (more than one: each is ranked apart). */
export function gamesOf(rows: readonly ClassRow[]): ClassGame[] {
  const found = new Map<string, ClassGame>();
  for (const row of rows) {
    if (row.game === null || row.scenarioName === null || row.scenarioFingerprint === null || row.seed === null || row.mode === null) continue;
    const seen = found.get(row.game.key);
    if (seen) seen.files += 1;
    else
      found.set(row.game.key, {
        key: row.game.key,
        index: row.game.index,
        scenarioName: row.scenarioName,
        scenarioFingerprint: row.scenarioFingerprint,
        seed: row.seed,
        mode: row.mode,
        files: 1,
      });
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/** A game's name on screen: A, B, C… in index order (the class's game is A). */
export function gameLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** Scenarios present among readable files, by fingerprint (more than one: rankings are per scenario). */
export function scenariosOf(rows: readonly ClassRow[]): { fingerprint: string; id: string; name: LocalizedText; files: number }[] {
  const found = new Map<string, { fingerprint: string; id: string; name: LocalizedText; files: number }>();
  for (const row of rows) {
    if (row.scenarioFingerprint === null || row.scenarioId === null || row.scenarioName === null) continue;
    const seen = found.get(row.scenarioFingerprint);
    if (seen) seen.files += 1;
    else found.set(row.scenarioFingerprint, { fingerprint: row.scenarioFingerprint, id: row.scenarioId, name: row.scenarioName, files: 1 });
  }
  return [...found.values()];
}

/** `gap`: the net margin minus doing nothing's (the caller's `gapOf`); `actions`: how many actions the engine ran. */
export const SORT_COLUMNS = ['rank', 'learner', 'scenario', 'status', 'points', 'turnover', 'netMargin', 'retention', 'strategiesUsed', 'gap', 'actions'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

const STATUS_ORDER: Record<VerificationStatus, number> = { confirmed: 0, otherModel: 1, refuted: 2, invalid: 3 };

/** `value`, the file's claim of `kpi`, or the replay's where it contradicts it (null: the replay has none). */
function replayedFigure(row: ClassRow, kpi: 'objectivePoints' | 'cumulativeTurnover' | 'cumulativeNetMargin', value: number | null): number | null {
  const replayed = replayedValue(row.wrongFigures, kpi);
  return replayed === undefined ? value : replayed;
}

function sortValue(row: ClassRow, column: SortColumn, gapOf: (row: ClassRow) => number | null): string | number | null {
  switch (column) {
    case 'rank':
      // the games one after the other (the class's first), each in rank order
      return row.rank === null || row.game === null ? null : row.game.index * 1000 + row.rank;
    case 'learner':
      return row.learner === '' ? row.fileName : row.learner;
    case 'scenario':
      return row.scenarioId;
    case 'status':
      return STATUS_ORDER[row.status];
    // a figure the replay contradicts (a refuted file) by the replay's value, as the cell shows it first and the CSV gives it:
    // a forged margin sorted by its claim put the cheater high in the list (QA qa33teacherEn m2)
    case 'points':
      return replayedFigure(row, 'objectivePoints', row.points);
    case 'turnover':
      return replayedFigure(row, 'cumulativeTurnover', row.turnover);
    case 'netMargin':
      return replayedFigure(row, 'cumulativeNetMargin', row.netMargin);
    case 'retention':
      return row.retention;
    case 'strategiesUsed':
      return row.strategiesUsed;
    case 'gap':
      return gapOf(row);
    case 'actions':
      return row.actions ? Object.values(row.actions).reduce((sum, n) => sum + n, 0) : null;
  }
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * A sorted copy; rows without a value (null) always go last, ties keep import order. `gapOf`: a
 * row's difference of net margin from doing nothing (noActionReference.ts gapFromReference), for the
 * `gap` column; none by default.
 */
export function sortRows(rows: readonly ClassRow[], column: SortColumn, direction: SortDirection, gapOf: (row: ClassRow) => number | null = () => null): ClassRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, value: sortValue(row, column, gapOf) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.i - b.i;
      const order = typeof a.value === 'string' ? collator.compare(a.value, String(b.value)) : a.value - (b.value as number);
      return sign * order || a.i - b.i;
    })
    .map(({ row }) => row);
}
