/**
 * The line under a mission objective that its figure alone does not pass (app/objectiveText.ts missionShortfall): the
 * programme the budget stopped, the tool aimed at other customers, the questionnaire run too early (in the complaint
 * policy's period or before: « Relancez un questionnaire la semaine suivante »), the tools still to use. One writer, and one set of
 * texts (debrief.missionShortfall, the debrief's part: loaded with the mission code, the Bilan's and the class view's), for the dashboard's objective card and
 * the Bilan's objectives table; the dashboard's also points to « Ma mission » (`area`).
 */
import type { MissionShortfall, ShownObjective } from '../../app/objectiveText.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';
import type { MeasuredEarly, SetupStop } from '../../missions/evaluate.ts';
import type { Tool } from '../../missions/tools.ts';
import { periodInSentence, type TickUnit } from './period.ts';

export function missionShortfallText(
  t: (key: MessageKey, params?: Params) => string,
  area: 'dashboard' | 'debrief',
  shown: ShownObjective,
  shortfall: MissionShortfall,
  /** « la semaine 4 »: the period in a sentence */
  period: (tick: number) => string,
  /** the shop's unit: « la semaine suivante » / « le mois suivant » */
  unit: TickUnit,
): string | null {
  const tool = (x: Tool) => t(`vocabulary.actionType.${x}`);
  if (shortfall === 'budgetStop') return shown.budgetStop ? t('debrief.missionShortfall.budgetStopped', { period: period(shown.budgetStop.tick) }) : null;
  if (shortfall === 'setupStop' || shortfall === 'lateStart') return shown.setupStop ? setupStopText(t, area, shown.setupStop, period, unit) : null;
  if (shortfall === 'wrongTarget')
    return shown.wrongTarget
      ? t('debrief.missionShortfall.wrongTarget', { tool: tool(shown.wrongTarget), seeMission: area === 'dashboard' ? t('debrief.missionShortfall.seeMission') : '' })
      : null;
  if (shortfall === 'measuredEarly') return shown.measuredEarly ? measuredEarlyText(t, area, shown.measuredEarly, period, unit) : null;
  return t('debrief.missionShortfall.toolsMissing', { tools: (shown.missingTools ?? []).map(tool).join(', ') });
}

/**
 * The questionnaire that does not count yet (evaluate.ts measuredEarly): run in the complaint policy's period, or before,
 * the mission's procedure, and what to do: « Relancez… » while the mission goes on (`dashboard`: the dashboard, the mission
 * card), « Il fallait relancer… » once the game is over (`debrief`: the dashboard after the last period, the Bilan, the
 * mission bilan). The period said in the shop's unit (« la semaine suivante », « le mois suivant »).
 */
export function measuredEarlyText(
  t: (key: MessageKey, params?: Params) => string,
  area: 'dashboard' | 'debrief',
  early: MeasuredEarly,
  period: (tick: number) => string,
  unit: TickUnit,
): string {
  const when = early.measuredTick === early.toolTick ? 'samePeriod' : 'before';
  const advice = t(`debrief.missionShortfall.measuredEarly.${area === 'dashboard' ? 'again' : 'later'}.${unit}`);
  const rule = t(`debrief.missionShortfall.measuredEarly.rule.${unit}`);
  return t(`debrief.missionShortfall.measuredEarly.${when}`, { measured: period(early.measuredTick), policy: period(early.toolTick), rule, advice });
}

/**
 * The programme the mission keeps running that never acted (evaluate.ts setupStop, ObjectiveCheck.keepRunning): stopped
 * during its set-up, when, when it was to act, and what the mission asks: another one kept while the mission goes on
 * (`dashboard`), the mission lost once over (`debrief`); or launched too late (`late`, GRADING_RULES 7): when, and the period
 * it was to act from, after the game's last (« à partir de la semaine 14 », « du mois 14 »: the shop's unit). Neutral words:
 * the teacher reads it too (class view's Bilan).
 */
export function setupStopText(t: (key: MessageKey, params?: Params) => string, area: 'dashboard' | 'debrief', stop: SetupStop, period: (tick: number) => string, unit: TickUnit): string {
  const tool = t(`vocabulary.actionType.${stop.type}`);
  if (stop.late) {
    const from = periodInSentence(unit, stop.effectTick, 'from');
    return t(`debrief.missionShortfall.lateStart.${area}`, { tool, period: period(stop.startTick), effect: t(from.key, from.params) });
  }
  return t(`debrief.missionShortfall.setupStop.${area}`, { tool, period: period(stop.tick), effect: period(stop.effectTick) });
}
