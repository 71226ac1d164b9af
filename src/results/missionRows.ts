/**
 * A mission file in the class view: a result file handed in from the mission screen or the Bilan of
 * a mission's run (« Rendre mon travail », src/missions/handIn.ts; its scenario is
 * `<shop>-mission-<n>`, src/missions/missionScenario.ts). Neither a game in progress nor a file off
 * the class's game: it is listed apart, unranked, with the missions it says were passed.
 *
 * The success of the mission whose run the file carries is checked on the class view's replay of
 * that run (no replay more): confirmed when the file is confirmed, the replayed summary has the
 * mission's objective reached and the decisions the engine ran use the tools the mission asks for,
 * aimed where it says, with the questionnaire that counts after the tool it must follow (missions/evaluate.ts
 * missionTools, the learner's own rule) and a programme of the tool it keeps running that acted within the game
 * (evaluate.ts keptRunningStop: none stopped during its set-up, or launched too late, under the rule the run played); not confirmed
 * otherwise, with the reason. A failure of that mission, its run finished and confirmed, gets the reason the replay finds,
 * as the learner's screens gave it (replayFailed). The others stay declared by the learner's browser (unless the learner's
 * file of that mission confirms it: missionCrossCheck.ts), with the reason
 * the replay cannot check them: an answer to a question (the file does not say when the learner
 * counted), a mission played in another run than the file's, a failure the replay cannot explain, or a mission this version
 * does not know (its rules are needed for the tools). Pure.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Mission } from '../missions/schema.ts';
import { keptRunningStop, missionTools, unlockedTools, type Refusals, type SetupStop } from '../missions/evaluate.ts';
import type { Tool } from '../missions/tools.ts';
import type { HandedMission, ResultFile } from './resultFileSchema.ts';
import type { RefusedAction } from './strategyCounts.ts';
import type { VerificationStatus } from './verifyResult.ts';
import type { MessageKey, Params } from '../i18n/translate.ts';

/**
 * How a mission's outcome is known: the replay of the file's run confirmed the success or not, found why the mission failed
 * (replayFailed: the learner's own reason, its `why`), or only the learner's browser says so.
 */
export type MissionCheck = 'replayConfirmed' | 'replayNotConfirmed' | 'replayFailed' | 'declared';

/**
 * Why a mission is marked as it is (the class view's tooltip): declared ones, why the replay cannot
 * check them; not confirmed ones, what the replay found.
 */
export type MissionCheckWhy =
  | 'question'
  | 'otherRun'
  | 'failure'
  | 'unknownMission'
  | 'notReproduced'
  | 'notReached'
  | 'missingTools'
  | 'wrongTarget'
  | 'budgetStop'
  | 'budgetStopBeforeRule'
  | 'measuredEarly'
  | 'measuredEarlyBeforeRule'
  | 'setupStop'
  | 'setupStopBeforeRule'
  | 'lateStart'
  | 'lateStartBeforeRule'
  | 'confirmed'
  | 'otherFile';

export interface MissionEntry {
  number: number;
  id: string;
  title: LocalizedText;
  outcome: 'reussie' | 'echouee';
  answer: number | null;
  at?: string;
  check: MissionCheck;
  why: MissionCheckWhy;
  /** why 'setupStop', 'lateStart' and their …BeforeRule: the tool whose programme never acted (ObjectiveCheck.keepRunning), which the why names */
  tool?: Tool;
  /** why 'otherFile': the learner's file of this mission whose replay confirmed it (missionCrossCheck.ts) */
  confirmedBy?: { fileName: string; key: string };
  /**
   * the file's own mission, passed in the browser (it keeps a success, recordOutcome) after more than one attempt, while the
   * file's run does not pass it on the replay: said as such, not as a claim the replay refutes (QA qa32optician m2). The file
   * does not say which attempt passed (the replay may differ from the learner's): « peut-être lors d'un essai précédent »,
   * not asserted (review22 m3). Words only: still not confirmed, not counted
   */
  retry?: true;
}

export interface MissionRow {
  shop: string;
  /** missions in the shop's path; null for an older file that does not say */
  total: number | null;
  /** the mission the file's run plays, if any */
  current: number | null;
  attempted: MissionEntry[];
  /** the numbers of the missions passed, in order: those the replay did not confirm left out (`unconfirmed`) */
  passed: number[];
  /** the numbers of the missions the file says passed and the replay did not confirm (QA qa30missions m3: not counted as passed) */
  unconfirmed: number[];
  /** a mission run's file made before files carried the missions (or from the Bilan tab before issue #4): it says nothing of them */
  older: boolean;
  /**
   * the tools the file's mission run let the learner use (those its mission and the earlier ones unlock, evaluate.ts
   * unlockedTools; none in mission 1, a question); absent while the path's rules are unknown
   */
  tools?: Tool[];
}

/** What the class view knows besides the file: the replay's refusals, and the shipped missions' rules (by shop and mission id). */
export interface MissionRowContext {
  /** the actions the engine refused in the replay (replayFigures.ts): they never ran, so they use no tool */
  refused?: readonly RefusedAction[];
  /** the programme the budget stopped first in the replay (replayFigures.ts), null if none; undefined: not known */
  budgetStop?: { id: string; tick: number } | null;
  /**
   * the period of the last questionnaire the engine measured in the replay (replayFigures.ts, evaluate.ts
   * lastQuestionnaireTick), null if none; undefined: not known, read on the file's decisions
   */
  questionnaireTick?: number | null;
  /**
   * the programmes the learner stopped during their set-up in the replay (replayFigures.ts, evaluate.ts setupStops);
   * undefined: not known (a verification kept before the replay gave it), not judged
   */
  setupStops?: readonly SetupStop[];
  /**
   * the tools none of whose programmes acted within the replayed game (replayFigures.ts, evaluate.ts notActed, GRADING_RULES
   * 7); undefined: not known (a verification kept before the replay gave it), the set-up stops read instead
   */
  notActed?: readonly SetupStop[];
  /** the rules of a shop's mission (its check: objective, tools, aim); undefined when unknown or not loaded yet */
  missionOf?: (shop: string, id: string) => Mission | undefined;
  /** a shop's whole path (the tools a mission unlocks add up along it); undefined when unknown or not loaded yet */
  pathOf?: (shop: string) => readonly Mission[] | undefined;
}

const MISSION_SCENARIO = /^(.+)-mission-(\d+)$/;

/** The shop and mission number a mission run's scenario id names, or null. */
export function missionOfScenario(scenarioId: string): { shop: string; number: number } | null {
  const match = MISSION_SCENARIO.exec(scenarioId);
  return match ? { shop: match[1], number: Number(match[2]) } : null;
}

/** What a file says of missions, or null for a file that is not a mission file. */
export function missionRow(file: ResultFile, status: VerificationStatus, context: MissionRowContext = {}): MissionRow | null {
  const own = missionOfScenario(file.scenario.id);
  const handed = file.missions;
  const path = own ? context.pathOf?.(own.shop) : undefined;
  const tools = own && path && own.number <= path.length ? { tools: unlockedTools(path, own.number - 1) } : {};
  if (!handed) return own ? { shop: own.shop, total: null, current: own.number, attempted: [], passed: [], unconfirmed: [], older: true, ...tools } : null;
  const runsMission = own !== null && own.shop === handed.shop && own.number === handed.current;
  const refusals: Refusals = [...new Set((context.refused ?? []).map((r) => r.tick))].map((tick) => ({
    tick,
    rejected: (context.refused ?? []).filter((r) => r.tick === tick).map((r) => ({ actionIndex: r.actionIndex })),
  }));
  const waived = [...(file.lock ?? []), ...(file.hide ?? [])];
  /**
   * The replay's programme of the tool the mission keeps running (ObjectiveCheck.keepRunning) that never acted, under the rule
   * `acts` (GRADING_RULES 7: stopped during its set-up or launched too late) or rule 6 (stopped during its set-up, none other
   * kept), else null (a waived tool asks nothing): the learner's own reading (evaluate.ts keptRunningStop).
   */
  const setupStopOf = (rules: Mission, acts: boolean): SetupStop | null => keptRunningStop(rules.check, context, waived, acts);
  const stopWhy = (stop: SetupStop) => (stop.late ? ('lateStart' as const) : ('setupStop' as const));
  type Checked = { check: MissionCheck; why: MissionCheckWhy; tool?: Tool };
  /** How the class view knows the outcome of mission `m`, and why. */
  const checked = (m: (typeof handed.attempted)[number]): Checked => {
    const rules = context.missionOf?.(handed.shop, m.id);
    const declared = (why: MissionCheckWhy) => ({ check: 'declared' as const, why });
    const notConfirmed = (why: MissionCheckWhy) => ({ check: 'replayNotConfirmed' as const, why });
    if (m.outcome !== 'reussie') return failure(m, rules);
    if (rules?.check.kind === 'question' || (!rules && m.answer != null)) return declared('question');
    if (!runsMission || m.number !== handed.current) return declared('otherRun');
    if (!rules || rules.check.kind !== 'objective') return declared('unknownMission');
    // only a confirmed file's summary is the replay's
    if (status !== 'confirmed') return notConfirmed('notReproduced');
    const reached = file.summary.objectives.some((o) => o.id === m.id && o.state === 'atteint' && o.pointsEarned === o.pointsPossible);
    if (!reached) return notConfirmed('notReached');
    const tools = missionTools(rules.check, file.decisions, refusals, waived, context.questionnaireTick);
    if (tools.missingTools.length > 0) return notConfirmed('missingTools');
    if (tools.wrongTarget !== null) return notConfirmed('wrongTarget');
    // the learner's own rule (evaluate.ts keepProgrammes): a file whose run played under it and says passed with a programme the
    // budget stopped is not confirmed; one that does not say it (a run started before the rule, or a file edited) keeps the
    // outcome its rule of the day gave, as the learner's own check does: declared and counted, never « confirmée » (review14
    // #1), its why saying the older rule (review20 M1: GRADING_RULES 5 had stopped counting these honest successes)
    if (rules.check.keepProgrammes && context.budgetStop) return m.keepProgrammes ? notConfirmed('budgetStop') : declared('budgetStopBeforeRule');
    // the same for the questionnaire that must come after a tool (evaluate.ts measuredAfter, GRADING_RULES 4)
    if (tools.measuredEarly) return m.measuredAfter ? notConfirmed('measuredEarly') : declared('measuredEarlyBeforeRule');
    // the same for the programme that never acted (evaluate.ts keepRunning): a run started under GRADING_RULES 7
    // (keepRunningActs) is judged by it, one started under rule 6 by its own rule (stopped during its set-up) and declared when
    // only the later rule finds it (launched too late, or relaunched after a stop), one started before either declared
    const stop = setupStopOf(rules, true);
    if (stop) {
      if (m.keepRunningActs) return { ...notConfirmed(stopWhy(stop)), tool: stop.type };
      const older = m.keepRunning ? setupStopOf(rules, false) : null;
      return { ...(older ? notConfirmed('setupStop') : declared(`${stopWhy(stop)}BeforeRule`)), tool: stop.type };
    }
    return { check: 'replayConfirmed', why: 'confirmed' };
  };
  /**
   * A failure of the file's own mission, finished, on a confirmed replay: why, as the learner's screens said it (the figure
   * missed, then the same order as app/objectiveText.ts missionShortfall), under the rules the file says its run was started
   * under (QA qa30missions M1: « le rejeu ne vérifie que les réussites » beside a replay that has every figure). Otherwise,
   * or when the replay finds no reason (a file edited), the browser's word.
   */
  const failure = (m: HandedMission, rules: Mission | undefined): Checked => {
    const declared = { check: 'declared' as const, why: 'failure' as const };
    if (!runsMission || m.number !== handed.current || rules?.check.kind !== 'objective' || status !== 'confirmed') return declared;
    const objective = file.summary.objectives.find((o) => o.id === m.id);
    if (!objective || objective.state === 'enCours') return declared;
    const found = (why: MissionCheckWhy) => ({ check: 'replayFailed' as const, why });
    if (objective.state !== 'atteint' || objective.pointsEarned !== objective.pointsPossible) return found('notReached');
    const tools = missionTools(rules.check, file.decisions, refusals, waived, context.questionnaireTick);
    if (rules.check.keepProgrammes && m.keepProgrammes && context.budgetStop) return found('budgetStop');
    const stop = m.keepRunning ? setupStopOf(rules, m.keepRunningActs === true) : null;
    if (stop) return { ...found(stopWhy(stop)), tool: stop.type };
    if (tools.wrongTarget !== null) return found('wrongTarget');
    if (tools.measuredEarly && m.measuredAfter) return found('measuredEarly');
    if (tools.missingTools.length > 0) return found('missingTools');
    return declared;
  };
  const byNumber = [...handed.attempted].sort((a, b) => a.number - b.number);
  const attempted = byNumber
    .map((m) => ({
      number: m.number,
      id: m.id,
      title: m.title,
      outcome: m.outcome,
      answer: m.answer ?? null,
      ...(m.at ? { at: m.at } : {}),
      ...checked(m),
    }))
    .map((m, k) => (m.check === 'replayNotConfirmed' && m.why !== 'notReproduced' && m.number === handed.current && byNumber[k].attempts > 1 ? { ...m, retry: true as const } : m));
  return {
    shop: handed.shop,
    total: handed.total,
    current: handed.current,
    attempted,
    passed: attempted.filter((m) => m.outcome === 'reussie' && m.check !== 'replayNotConfirmed').map((m) => m.number),
    unconfirmed: attempted.filter((m) => m.outcome === 'reussie' && m.check === 'replayNotConfirmed').map((m) => m.number),
    older: false,
    ...tools,
  };
}

/**
 * A mission file's « Vérification » cell, in the words of the group's note and the session plan (QA class 2: « confirmé »
 * alone, beside an answer only declared): what the replay checked of the file's run (« partie confirmée par le rejeu »,
 * or the file's status), then of the mission that run plays, « mission 2 confirmée par le rejeu » (or « non confirmée »,
 * « déclarée (non vérifiable) »), or for a question « réponse déclarée (non vérifiable) »; null for an older file (it
 * says nothing of its missions: the file's status alone).
 */
export function missionStatusText(
  t: (key: MessageKey, params?: Params) => string,
  status: VerificationStatus,
  missions: MissionRow,
): string | null {
  if (missions.older) return null;
  const game = status === 'confirmed' ? t('classView.missions.status.game') : t(`results.status.${status}`);
  const own = missions.attempted.find((m) => m.number === missions.current);
  if (!own) return game;
  const mission = own.why === 'question' ? t('classView.missions.status.answer') : t(`classView.missions.status.${own.retry ? 'retry' : own.check}`, { n: own.number });
  return t('classView.missions.status.line', { game, mission });
}

/** The CSV's cells (classCsv.ts): the missions passed (« 1, 2 sur 6 ») and those the replay confirmed (« 2 »); empty for a free game's file. */
export function missionCsvCells(
  t: (key: MessageKey, params?: Params) => string,
  missions: MissionRow | null | undefined,
): [string, string] {
  if (!missions) return ['', ''];
  const passed =
    missions.older || missions.total === null
      ? t('classView.missions.older', { n: missions.current ?? '?' })
      : t('classView.missions.csvPassed', { list: missions.passed.length === 0 ? '0' : missions.passed.join(', '), total: missions.total });
  const replayed = missions.attempted.filter((m) => m.check === 'replayConfirmed').map((m) => m.number);
  return [passed, replayed.join(', ')];
}
