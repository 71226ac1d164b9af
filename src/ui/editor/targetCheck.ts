/**
 * What an objective's « Valeur à atteindre » means for its metric (src/engine/objectives.ts
 * valueAtLast), and the targets a metric between 0 and 1 can never reach. The dashboard shows a
 * retention or a satisfaction as « 99,3 % », so a teacher types 90 or 70: a valid file that nobody
 * can ever win (QA qa27 M2). Such a target is to change before playing (the file format stays: a
 * file with it still loads, exports and shares), « au plus 90 » on such a metric is a remark.
 */
import { formatNumber } from '../../app/format.ts';
import { measurementWindowStart } from '../../engine/objectives.ts';
import { locale, t, tickWords } from '../../i18n/locale.svelte.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';
import { getAt, itemsOf } from './draftPath.ts';
import { tickUnitOf } from './gameTick.ts';

/** Metrics whose value is always between 0 and 1 (a rate, a share, a questionnaire's mean); segmentRetention may pass 1. */
export const UNIT_INTERVAL_METRICS: readonly string[] = ['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare'];

const MONEY_PER_PERIOD = ['turnover', 'grossMargin'];
const MONEY_CUMULATIVE = ['cumulativeTurnover', 'cumulativeMargin', 'cumulativeNetMargin'];

const positiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** The checkpoint in completed periods: the deadline, else the duration; null while neither is a number. */
function checkpointOf(objective: unknown, draft: unknown): number | null {
  const byTick = getAt(objective, ['byTick']);
  if (positiveInt(byTick)) return byTick;
  const duration = getAt(draft, ['durationTicks']);
  return positiveInt(duration) ? duration : null;
}

/** The hint under « Valeur à atteindre »: its unit and what it is measured on, for the objective's metric (undefined for none). */
export function targetHint(draft: unknown, index: number): string | undefined {
  const objective = getAt(draft, ['objectives', index]);
  const metric = getAt(objective, ['metric']);
  const unit = tickUnitOf(draft);
  const period = t(`editor.meaning.tick.${unit}.period`);
  // checked at every period (objectives.ts objectiveValue's worst): not « à l’échéance » alone (review of fixEditor31)
  if (getAt(objective, ['everyTick']) === true) {
    const key = metric === 'retentionRate' || metric === 'churnRate' ? 'rate' : typeof metric === 'string' && MONEY_PER_PERIOD.includes(metric) ? 'perPeriodMoney' : typeof metric === 'string' && MONEY_CUMULATIVE.includes(metric) ? 'cumulativeMoney' : metric;
    if (key === 'rate' || key === 'perPeriodMoney' || key === 'cumulativeMoney' || key === 'activeCustomers' || key === 'budgetLeft' || key === 'segmentRetention')
      return t(`editor.meaning.target.everyTick.${key}`, { ...tickWords(unit), unit: t(`editor.meaning.tick.${unit}.label`) });
  }
  if (metric === 'retentionRate' || metric === 'churnRate') return t('editor.meaning.target.rate', { period });
  if (typeof metric === 'string' && MONEY_PER_PERIOD.includes(metric)) return t('editor.meaning.target.perPeriodMoney', { period });
  if (typeof metric === 'string' && MONEY_CUMULATIVE.includes(metric)) return t('editor.meaning.target.cumulativeMoney');
  if (metric === 'measuredSatisfaction') {
    const what = t('editor.meaning.target.measuredSatisfaction');
    const check = checkpointOf(objective, draft);
    if (check === null) return what;
    // the questionnaire's window in the game's numbering: periods from+1 … check (objectives.ts measurementWindowStart)
    const survey = t(`editor.meaning.tick.${unit}.survey`, { from: formatNumber(locale.current, measurementWindowStart(check) + 1), to: formatNumber(locale.current, check) });
    return `${what} ${survey}`;
  }
  if (metric === 'activeCustomers' || metric === 'budgetLeft' || metric === 'segmentShare' || metric === 'segmentRetention' || metric === 'acquisitions')
    return t(`editor.meaning.target.${metric}`, tickWords(unit));
  return undefined;
}

function problem(severity: ScenarioError['severity'], path: JsonPath, field: string, message: string): ScenarioError {
  return { severity, path, where: path.join('.'), field, message, text: t('editor.errorLine', { field, message }) };
}

/** A target above 1 read as a percentage: « pour 90 %, écrivez 0,9 » (no suggestion beyond 100). */
function rateMessage(key: 'targetNever' | 'targetAlways', metric: string, target: number): string {
  const params = { metric: t(`editor.option.metric.${metric}` as 'editor.option.metric.retentionRate'), target: formatNumber(locale.current, target, 6) };
  return target <= 100 ? t(`editor.meaning.${key}Percent`, { ...params, suggest: formatNumber(locale.current, target / 100, 6) }) : t(`editor.meaning.${key}`, params);
}

/** Each objective whose metric stays between 0 and 1 but whose target asks for more (« au moins 90 ») or less than 0: never met. */
export function unreachableTargets(draft: unknown): ScenarioError[] {
  return itemsOf(getAt(draft, ['objectives'])).flatMap((objective, i) => {
    const metric = getAt(objective, ['metric']);
    const target = getAt(objective, ['target']);
    const comparator = getAt(objective, ['comparator']);
    if (typeof metric !== 'string' || !UNIT_INTERVAL_METRICS.includes(metric) || typeof target !== 'number' || !Number.isFinite(target)) return [];
    const never = (comparator === '>=' && target > 1) || (comparator === '<=' && target < 0);
    if (!never) return [];
    const field = `${t('scenario.items.objectives', { n: i + 1 })} › ${t('scenario.fields.objectives_target')}`;
    const message = target > 1 ? rateMessage('targetNever', metric, target) : t('editor.meaning.targetNever', { metric: t(`editor.option.metric.${metric}` as 'editor.option.metric.retentionRate'), target: formatNumber(locale.current, target, 6) });
    return [problem('error', ['objectives', i, 'target'], field, message)];
  });
}

/**
 * Remarks on a valid scenario's objectives: « au plus 90 » on a metric between 0 and 1 is always true;
 * « Satisfaction mesurée » checked « à chaque période » is never met once the questionnaire's window
 * does not reach back to the first period (objectives.ts: not measured there, and everyTick takes the worst).
 */
export function targetWarnings(scenario: { objectives: readonly { metric: string; comparator: string; target: number; byTick?: number | undefined; everyTick?: boolean | undefined }[]; durationTicks: number; tickUnit?: 'week' | 'month' }): ScenarioError[] {
  const out: ScenarioError[] = [];
  for (const [i, o] of scenario.objectives.entries()) {
    const name = t('scenario.items.objectives', { n: i + 1 });
    if (UNIT_INTERVAL_METRICS.includes(o.metric) && o.comparator === '<=' && o.target > 1)
      out.push(problem('warning', ['objectives', i, 'target'], `${name} › ${t('scenario.fields.objectives_target')}`, rateMessage('targetAlways', o.metric, o.target)));
    if (o.metric === 'measuredSatisfaction' && o.everyTick === true && measurementWindowStart(o.byTick ?? scenario.durationTicks) > 0)
      out.push(problem('warning', ['objectives', i, 'everyTick'], `${name} › ${t('scenario.fields.everyTick')}`, t('editor.meaning.everyTickSurvey', tickWords(scenario.tickUnit === 'month' ? 'month' : 'week'))));
  }
  return out;
}
