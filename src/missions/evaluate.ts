/**
 * Where a mission stands, from the run's KPIs and decisions (pure): a question mission is won by
 * a right answer; an objective mission is decided at its last tick by the engine's objectives
 * mechanism, and also needs the required tools to have been used.
 */
import type { DecisionsLog } from '../engine/decisions.ts';
import { evaluateObjective, type ObjectiveStatus } from '../engine/objectives.ts';
import type { TickKpis } from '../engine/types.ts';
import type { CourseSegment } from '../engine/vocabulary.ts';
import type { Scenario } from '../scenario/schema.ts';
import { missionObjective } from './missionScenario.ts';
import type { Mission, ObjectiveCheck, QuestionCheck } from './schema.ts';
import { toolOfAction, type Tool } from './tools.ts';

export type MissionOutcome = 'enCours' | 'reussie' | 'echouee';

export interface MissionStatus {
  outcome: MissionOutcome;
  /** objective missions: the engine's status of the mission objective */
  objective: ObjectiveStatus | null;
  /** required tools not used yet */
  missingTools: Tool[];
  /** the check names whom its tool is for (ObjectiveCheck.aim) and no action of that tool aimed there: the tool, else null */
  wrongTarget: Tool | null;
  /** ticks played in the mission's run */
  ticks: number;
  /** the check keeps its programmes (ObjectiveCheck.keepProgrammes) and the budget stopped one: the first stopped, else null */
  budgetStop?: { id: string; tick: number } | null;
  /** false: a run started before its mission kept its programmes, graded without that rule, whose sentence it leaves out */
  keepsProgrammes?: boolean;
  /** the check measures after a tool (ObjectiveCheck.measuredAfter) and the last questionnaire came too early: when, else null */
  measuredEarly?: MeasuredEarly | null;
  /** false: a run started before its mission measured after its tool, graded without that rule, whose sentence it leaves out */
  measuresAfter?: boolean;
  /** the check keeps a tool's programme through its set-up (ObjectiveCheck.keepRunning) and the learner stopped it during it: which, else null */
  setupStop?: SetupStop | null;
  /** false: a run started before its mission kept that programme through its set-up, graded without that rule */
  keepsRunning?: boolean;
}

/**
 * A programme that never acted (ObjectiveCheck.keepRunning): the learner ended it during its set-up (their stop, or the
 * duration they gave it) in the period its first effect was due or before; or (`late`, GRADING_RULES 7) it was launched so
 * late that its first effect period came after the game's last.
 */
export interface SetupStop {
  id: string;
  type: Tool;
  /** the period (tick) it was launched */
  startTick: number;
  /** the period (tick) it ended: it did not run from that period on (`late`: the period after the game's last, it ran to the end) */
  tick: number;
  /** the first period (tick) its effect was due (the engine's ProgrammeKpi.setupUntilTick) */
  effectTick: number;
  /** launched too late: its first effect period comes after the game's last (notActed, GRADING_RULES 7) */
  late?: true;
}

/**
 * What the engine's KPIs say of the programmes a mission keeps running (ObjectiveCheck.keepRunning), under each rule: the
 * programmes stopped during their set-up (setupStops, GRADING_RULES 6) and the tools none of whose programmes acted within the
 * game (notActed, GRADING_RULES 7). Computed on the learner's KPIs and on the class view's replay (replayFigures.ts).
 */
export interface KeptRunningFound {
  setupStops?: readonly SetupStop[];
  /** undefined: not known (a replay kept before GRADING_RULES 7 gave it): the set-up stops are read instead */
  notActed?: readonly SetupStop[];
}

/**
 * The last questionnaire the engine ran (the one the measured satisfaction is) came in the period of the first `tool`
 * decision it took, or earlier (ObjectiveCheck.measuredAfter): it measured nothing of what the tool does.
 */
export interface MeasuredEarly {
  tool: Tool;
  /** the period (tick) of the first decision of `tool` the engine took */
  toolTick: number;
  /** the period (tick) of the last questionnaire the engine ran */
  measuredTick: number;
}

/** Actions the engine refused, by tick (the session's `rejections`): a refused action is not a use of its tool. */
export type Refusals = readonly { tick: number; rejected: readonly { actionIndex: number }[] }[];

/**
 * The decisions without the actions the engine refused: they never ran, so they use no tool, aim at no one, and the
 * course has nothing to say of them (the mission's check, the Bilan's findings: QA qa28class55 F2).
 */
export function acceptedDecisions(decisions: DecisionsLog, refusals: Refusals = []): DecisionsLog {
  if (refusals.every((r) => r.rejected.length === 0)) return decisions;
  return decisions.map((d) => {
    const refused = new Set(refusals.filter((r) => r.tick === d.tick).flatMap((r) => r.rejected.map((x) => x.actionIndex)));
    return refused.size > 0 ? { ...d, actions: d.actions.filter((_, i) => !refused.has(i)) } : d;
  });
}

export function toolsUsed(decisions: DecisionsLog, refusals: Refusals = []): Set<Tool> {
  const used = new Set<Tool>();
  for (const d of acceptedDecisions(decisions, refusals))
    for (const a of d.actions) {
      const tool = toolOfAction(a.type);
      if (tool) used.add(tool);
    }
  return used;
}

/** `answered`: a right answer was given (question missions). */
export function evaluateMission(
  mission: Mission,
  scenario: Scenario,
  kpis: readonly TickKpis[],
  decisions: DecisionsLog,
  answered = false,
  refusals: Refusals = [],
  /** tools the teacher locked or hid: a mission cannot ask for them */
  waived: readonly Tool[] = [],
  /**
   * the rules the run was started under, when known (missionController: its attempt's keepProgrammes): false, a run
   * started before its mission kept its programmes is graded without that rule, as it is on its own objective
   */
  keepProgrammes = true,
  /** the same for ObjectiveCheck.measuredAfter (its attempt's measuredAfter): false, a run started before the rule is graded without it */
  measuredAfter = true,
  /** the same for ObjectiveCheck.keepRunning (its attempt's keepRunning) */
  keepRunning = true,
  /** the kept programme must act within the game (its attempt's keepRunningActs, GRADING_RULES 7); false: only not stopped during its set-up (rule 6) */
  keepRunningActs = true,
): MissionStatus {
  const ticks = kpis.length;
  if (mission.check.kind === 'question') return { outcome: answered ? 'reussie' : 'enCours', objective: null, missingTools: [], wrongTarget: null, ticks, budgetStop: null };
  const tools = missionTools(mission.check, decisions, refusals, waived, lastQuestionnaireTick(kpis));
  const { missingTools, wrongTarget } = tools;
  const budgetStop = mission.check.keepProgrammes && keepProgrammes ? firstBudgetStop(kpis) : null;
  const measuredEarly = measuredAfter ? tools.measuredEarly : null;
  const keptTool = mission.check.keepRunning;
  const found: KeptRunningFound = { setupStops: setupStops(kpis), notActed: notActed(kpis, scenario.durationTicks - 1) };
  const setupStop = keptTool && keepRunning ? keptRunningStop(mission.check, found, waived, keepRunningActs) : null;
  const rule = {
    ...(mission.check.keepProgrammes ? { keepsProgrammes: keepProgrammes } : {}),
    ...(mission.check.measuredAfter ? { measuredEarly, measuresAfter: measuredAfter } : {}),
    ...(keptTool ? { setupStop, keepsRunning: keepRunning } : {}),
  };
  // the run's own objective when it has it: its target adjusted to the run's seed (src/engine/seedTargets.ts), as the dashboard grades it
  const own = missionObjective(mission);
  const goal = own && (scenario.objectives.find((o) => o.id === own.id && o.metric === own.metric) ?? own);
  if (!goal) return { outcome: 'enCours', objective: null, missingTools, wrongTarget, ticks, budgetStop, ...rule };
  const objective = evaluateObjective(scenario, goal, kpis);
  const outcome: MissionOutcome =
    objective.state === 'enCours'
      ? 'enCours'
      : objective.state === 'atteint' && missingTools.length === 0 && wrongTarget === null && budgetStop === null && !measuredEarly && !setupStop
        ? 'reussie'
        : 'echouee';
  return { outcome, objective, missingTools, wrongTarget, ticks, budgetStop, ...rule };
}

/** The first programme the engine stopped for lack of budget (its members told, `suspendedMembers`), and the period it stopped. */
export function firstBudgetStop(kpis: readonly TickKpis[]): { id: string; tick: number } | null {
  const stopped = (kpis.at(-1)?.programmes ?? [])
    .filter((p) => p.suspendedMembers !== undefined && p.endTick !== undefined)
    .sort((a, b) => a.endTick! - b.endTick!)[0];
  return stopped ? { id: stopped.id, tick: stopped.endTick! } : null;
}

/**
 * What fails ObjectiveCheck.keepRunning, on what the learner's KPIs or the class view's replay found (`found`): under the rule
 * the run was started with (`acts`: GRADING_RULES 7, a programme of the tool must act within the game, notActed; else rule 6,
 * none stopped during its set-up without another kept, setupStops), the programme of the tool the check keeps running that
 * did not, unless the teacher locked or hid that tool; null when none or no such rule. The one reading of the rule for the
 * learner's screens (evaluateMission) and the class view's (missionRows.ts).
 */
export function keptRunningStop(check: Mission['check'], found: KeptRunningFound, waived: readonly Tool[], acts: boolean): SetupStop | null {
  const tool = check.kind === 'objective' ? check.keepRunning : undefined;
  const stops = (acts ? found.notActed : undefined) ?? found.setupStops ?? [];
  return tool && !waived.includes(tool) ? (stops.find((s) => s.type === tool) ?? null) : null;
}

/**
 * The programmes the learner ended during their set-up (ObjectiveCheck.keepRunning), the first of each type, for the types
 * none of whose programmes got past its set-up (a launch corrected by another, kept, is not one). Read on the engine's KPIs:
 * the set-up is the programme's setupUntilTick in the KPIs of its launch period (the first period its effect acts: it acts
 * from then while it runs), its end its endTick (it does not run from that period: a stop decided then, or the planned end
 * of the duration chosen at the launch); one the budget stopped is keepProgrammes' (firstBudgetStop), not the learner's.
 * Ended in its first effect period or before: it never acted. Kept: still running at the end, or ended after it.
 * A programme without a recorded set-up (another tool, or a run recorded before the engine said it) is not judged.
 */
export function setupStops(kpis: readonly TickKpis[]): SetupStop[] {
  // rule 6 is rule 7 without an end: a programme not ended during its set-up counts as kept, however late it acts
  return notActed(kpis, Number.POSITIVE_INFINITY);
}

/**
 * GRADING_RULES 7 (ObjectiveCheck.keepRunning): the tools none of whose programmes acted within the game, each with why:
 * the first programme of the tool the learner ended during its set-up (as setupStops), else the first launched so late
 * that its first effect period comes after `lastTick` (the game's last period: `late`). A programme acts from its first
 * effect period (setupUntilTick in the KPIs of its launch period) while it runs: it acted if that period is the last one or
 * before and it was not ended in it or before. Rule 6 (setupStops) counted a programme still running at the end as kept,
 * so a personalisation stopped during its set-up then launched again in the last weeks, or only launched then, passed
 * (review21 m8, QA qa30missions): it never acted. While the game goes on, a programme running that will act within it
 * counts as acting. One the budget stopped is keepProgrammes' (firstBudgetStop), neither kept nor named here.
 */
export function notActed(kpis: readonly TickKpis[], lastTick: number): SetupStop[] {
  const acted = new Set<Tool>();
  const stops: SetupStop[] = [];
  const late: SetupStop[] = [];
  for (const p of kpis.at(-1)?.programmes ?? []) {
    const effectTick = kpis.find((k) => k.tick === p.startTick)?.programmes.find((x) => x.id === p.id)?.setupUntilTick;
    const type = toolOfAction(p.type);
    if (effectTick === undefined || !type) continue;
    const ended = p.endTick !== undefined && p.endTick <= effectTick;
    if (ended) {
      if (p.suspendedMembers === undefined) stops.push({ id: p.id, type, startTick: p.startTick, tick: p.endTick!, effectTick });
    } else if (effectTick <= lastTick) acted.add(type);
    else late.push({ id: p.id, type, startTick: p.startTick, tick: lastTick + 1, effectTick, late: true });
  }
  const first = new Map<Tool, SetupStop>();
  for (const s of [...stops.sort((a, b) => a.tick - b.tick), ...late.sort((a, b) => a.startTick - b.startTick)]) if (!acted.has(s.type) && !first.has(s.type)) first.set(s.type, s);
  return [...first.values()];
}

/**
 * The period (tick) of the last questionnaire the engine measured, the one the measured satisfaction reads
 * (engine/objectives.ts recentQuestionnaire), null if none. Read on the KPIs, not the decisions: the engine keeps one
 * measurement a period, the last survey run (a mystery shopper after a questionnaire hides it), and none without a
 * respondent (review19 m1).
 */
export function lastQuestionnaireTick(kpis: readonly TickKpis[]): number | null {
  for (let i = kpis.length - 1; i >= 0; i--) {
    const m = kpis[i].satisfactionMeasured;
    if (m && m.method === 'questionnaire') return m.tick;
  }
  return null;
}

/**
 * The tools an objective mission asks for that the decisions did not use (the engine's refusals left
 * out, the teacher's waived tools asking nothing), the tool aimed elsewhere than the mission says, and
 * the questionnaire run too early for the tool it must come after (ObjectiveCheck.measuredAfter).
 * Shared by the learner's check (evaluateMission) and the class view's, on a file's replayed decisions
 * (results/missionRows.ts).
 */
export function missionTools(
  check: ObjectiveCheck,
  decisions: DecisionsLog,
  refusals: Refusals = [],
  waived: readonly Tool[] = [],
  /**
   * the period of the last questionnaire the engine measured (lastQuestionnaireTick), null if none; undefined: not known (a
   * verification kept before the replay gave it), read on the decisions instead
   */
  measuredTick?: number | null,
): { missingTools: Tool[]; wrongTarget: Tool | null; measuredEarly: MeasuredEarly | null } {
  const used = toolsUsed(decisions, refusals);
  const missingTools = check.requires.filter((tool) => !used.has(tool) && !waived.includes(tool));
  // judged once the tool is used (before, missingTools says it); a waived tool asks nothing
  const aim = check.aim;
  const wrongTarget = aim && used.has(aim.tool) && !waived.includes(aim.tool) && !targetedWithin(decisions, refusals, aim.tool, aim.segments) ? aim.tool : null;
  return { missingTools, wrongTarget, measuredEarly: measuredEarlyOf(check, decisions, refusals, waived, measuredTick) };
}

/**
 * ObjectiveCheck.measuredAfter: the last questionnaire the engine measured (`measuredTick`), run in the period of the first
 * decision of the tool the engine took or before, else null (no rule, a waived tool, the tool not used yet: missingTools
 * says it, no questionnaire: the figure is not measured). That questionnaire is the one the measured satisfaction reads
 * (engine/objectives.ts recentQuestionnaire), so a later one is the answer: « relancez un questionnaire ». `measuredTick`
 * not known: the last accepted questionnaire of the decisions.
 */
function measuredEarlyOf(check: ObjectiveCheck, decisions: DecisionsLog, refusals: Refusals, waived: readonly Tool[], measuredTick?: number | null): MeasuredEarly | null {
  const tool = check.measuredAfter;
  if (!tool || waived.includes(tool)) return null;
  let toolTick = Infinity;
  let surveyTick = -Infinity;
  for (const d of acceptedDecisions(decisions, refusals))
    for (const a of d.actions) {
      if (toolOfAction(a.type) === tool) toolTick = Math.min(toolTick, d.tick);
      if (a.type === 'enquete' && a.instrument === 'questionnaire') surveyTick = Math.max(surveyTick, d.tick);
    }
  const measured = measuredTick === undefined ? (surveyTick === -Infinity ? null : surveyTick) : measuredTick;
  return toolTick !== Infinity && measured !== null && measured <= toolTick ? { tool, toolTick, measuredTick: measured } : null;
}

/** Some action of `tool` the engine took targets course segments, every one of them among `segments`. */
function targetedWithin(decisions: DecisionsLog, refusals: Refusals, tool: Tool, segments: readonly CourseSegment[]): boolean {
  return acceptedDecisions(decisions, refusals).some((d) =>
    d.actions.some((a) => {
      if (toolOfAction(a.type) !== tool || !('target' in a)) return false;
      const chosen = a.target.segments ?? [];
      return chosen.length > 0 && chosen.every((s) => segments.includes(s));
    }),
  );
}

/** Checks an answer against the exact count; the count comes from the engine (the current state). */
export function answerIsRight(check: QuestionCheck, answer: number, exact: number): boolean {
  return Number.isFinite(answer) && Math.abs(answer - exact) <= check.tolerance;
}

/** Tools usable in mission `index` of a path: the ones unlocked by it and every earlier mission. */
export function unlockedTools(missions: readonly Mission[], index: number): Tool[] {
  const out = new Set<Tool>();
  for (let i = 0; i <= index && i < missions.length; i++) for (const tool of missions[i].unlocks) out.add(tool);
  return [...out];
}
