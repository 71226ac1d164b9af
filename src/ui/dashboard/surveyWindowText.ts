/**
 * Why a satisfaction objective has no value: only a questionnaire run in its last periods counts (engine/objectives.ts
 * measurementWindow). Said by the dashboard's objectives (ObjectivesPanel) and the Bilan's table (DebriefObjectives) in
 * the same words: « non mesurée : aucun questionnaire dans le délai demandé, de la semaine 40 à la semaine 52 ; le
 * dernier date de la semaine 1 ».
 */
import { measurementWindow, type ObjectiveStatus } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import { t } from '../../i18n/locale.svelte.ts';
import { periodInSentence, type TickUnit } from './period.ts';
import { latestMeasure } from './satisfactionMeasure.ts';

/**
 * The periods whose questionnaire counts (« du mois 28 au mois 36 ») and when the last one before the checkpoint was run. A
 * survey run before them shows on the satisfaction card while « pas encore mesurée » read as a contradiction (QA qa10 F1), and
 * past the checkpoint « pas encore » read as a bug to a learner who did run one (QA qa24 m1): then it says that none was run in
 * the period asked for. Null for another metric, or a measured one: the caller says « non mesuré » its own way.
 */
export function surveyWindowText(s: ObjectiveStatus, tickUnit: TickUnit, kpis: readonly TickKpis[]): string | null {
  if (s.objective.metric !== 'measuredSatisfaction' || s.value !== null) return null;
  const from = periodInSentence(tickUnit, Math.max(0, s.checkTick - measurementWindow(s.checkTick)), 'from');
  const to = periodInSentence(tickUnit, s.checkTick - 1, 'to');
  const last = latestMeasure(kpis.slice(0, s.checkTick))?.tick;
  const key = s.state !== 'enCours' ? 'dashboard.objectives.missedWindow' : 'dashboard.objectives.notMeasuredWindow';
  const window = t(key, { from: t(from.key, from.params), to: t(to.key, to.params) });
  if (last === undefined) return window;
  const lastPeriod = periodInSentence(tickUnit, last, 'from');
  return t('dashboard.objectives.lastQuestionnaire', { window, last: t(lastPeriod.key, lastPeriod.params) });
}
