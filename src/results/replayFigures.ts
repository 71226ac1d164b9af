/**
 * Figures the class view takes from the replay itself, not from what a file claims: they need the
 * whole KPI series of the run, which a result file does not carry. Its summary keeps only the last
 * period's retention rate (99,3 % a week for every learner, which says nothing of the game), and
 * that field's meaning cannot change without refuting the files already handed in. So the replay
 * the class view runs anyway gives the whole-game figure: the share of customers kept over a year
 * at the pace of the game, the very figure the learner's dashboard shows (« Sur un an, à ce
 * rythme… »; for a 52-week game, the product of its 52 weekly rates). Pure.
 */
import type { TickKpis } from '../engine/types.ts';
import type { ReplayOutcome } from './replay.ts';
import type { RefusedAction } from './strategyCounts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { yearlyRetention } from './yearlyRetention.ts';
import { firstBudgetStop, lastQuestionnaireTick, notActed, setupStops, type SetupStop } from '../missions/evaluate.ts';
import { isTool } from '../missions/tools.ts';

export interface ReplayFigures {
  /** share of customers kept over a year at the run's pace (0..1), null before any period with customers */
  yearlyRetention: number | null;
  /**
   * the decisions the engine refused in the replay (a lack of budget, say), by tick and index of the
   * action in that tick's decisions, with the engine's reason: they never ran, so the class view does not count them as used;
   * absent in a verification made before it existed
   */
  refused?: RefusedAction[];
  /**
   * the first programme the budget stopped in the replay (missions/evaluate.ts firstBudgetStop), null if none: a mission
   * that keeps its programmes (missions 2 and 4 to 6) is not confirmed with one (missionRows.ts); absent in a verification made before it existed
   */
  budgetStop?: { id: string; tick: number } | null;
  /**
   * the period of the last questionnaire the engine measured in the replay (missions/evaluate.ts lastQuestionnaireTick), null
   * if none: the one a mission measuring after a tool reads (missionRows.ts); absent in a verification made before it existed
   */
  questionnaireTick?: number | null;
  /**
   * the programmes the learner stopped during their set-up in the replay (missions/evaluate.ts setupStops: the first of each
   * tool none of whose programmes got past it): a mission that keeps its tool's programme running (ObjectiveCheck.keepRunning,
   * mission 5) is not confirmed with one of its tool (missionRows.ts); absent in a verification made before it existed
   */
  setupStops?: SetupStop[];
  /**
   * the tools none of whose programmes acted within the replayed game (missions/evaluate.ts notActed, GRADING_RULES 7: stopped
   * during the set-up, or launched too late, `late`): the same check for a run started under that rule; absent in a
   * verification made before it existed (the set-up stops are read instead)
   */
  notActed?: SetupStop[];
}

export function replayFigures(scenario: Pick<Scenario, 'tickUnit' | 'durationTicks'>, kpis: readonly TickKpis[], rejected: ReplayOutcome['rejected'] = []): ReplayFigures {
  const refused = rejected.flatMap((r) => r.rejected.map((x) => ({ tick: r.tick, actionIndex: x.actionIndex, reason: x.reason })));
  return { yearlyRetention: yearlyRetention(kpis, scenario.tickUnit), refused, budgetStop: firstBudgetStop(kpis), questionnaireTick: lastQuestionnaireTick(kpis), setupStops: setupStops(kpis), notActed: notActed(kpis, scenario.durationTicks - 1) };
}

/** Whether a kept value is a ReplayFigures (read back from storage). */
export function isReplayFigures(value: unknown): value is ReplayFigures {
  if (value === null || typeof value !== 'object') return false;
  const { yearlyRetention: y, refused, budgetStop: stop, questionnaireTick: q, setupStops: setup, notActed: idle } = value as {
    yearlyRetention?: unknown;
    refused?: unknown;
    budgetStop?: unknown;
    questionnaireTick?: unknown;
    setupStops?: unknown;
    notActed?: unknown;
  };
  const questionnaireOk = q === undefined || q === null || Number.isInteger(q);
  const stopsOk = (list: unknown) =>
    list === undefined ||
    (Array.isArray(list) &&
      list.every((s: unknown) => {
        const x = s as Partial<Record<keyof SetupStop, unknown>> | null;
        return x !== null && typeof x === 'object' && typeof x.id === 'string' && isTool(x.type) && [x.startTick, x.tick, x.effectTick].every(Number.isInteger) && (x.late === undefined || x.late === true);
      }));
  const setupOk = stopsOk(setup) && stopsOk(idle);
  const stopOk = stop === undefined || stop === null || (typeof stop === 'object' && typeof (stop as { id?: unknown }).id === 'string' && Number.isInteger((stop as { tick?: unknown }).tick));
  const refusedOk =
    refused === undefined ||
    (Array.isArray(refused) &&
      refused.every(
        (r: unknown) =>
          r !== null &&
          typeof r === 'object' &&
          Number.isInteger((r as { tick?: unknown }).tick) &&
          Number.isInteger((r as { actionIndex?: unknown }).actionIndex) &&
          // kept before a refusal kept its reason: replayed again to have it (the class view says why, QA qa27class m1)
          typeof (r as { reason?: unknown }).reason === 'string',
      ));
  return refusedOk && stopOk && questionnaireOk && setupOk && (y === null || (typeof y === 'number' && Number.isFinite(y) && y >= 0 && y <= 1));
}
