/** How an objective's metric is written (money, share or count) and how close it is to the target. */
import { formatMoney, formatNumber, formatPercent, formatShare } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { Objective } from '../../scenario/schema.ts';
import type { ObjectiveStatus } from '../../engine/objectives.ts';
import type { ValueFormat } from './kpiCards.ts';

const MONEY: ReadonlySet<Objective['metric']> = new Set(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin', 'budgetLeft']);
const SHARES: ReadonlySet<Objective['metric']> = new Set(['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare', 'segmentRetention']);

export function objectiveFormat(metric: Objective['metric']): ValueFormat {
  return MONEY.has(metric) ? 'money' : SHARES.has(metric) ? 'percent' : 'number';
}

/**
 * The progress bar's percentage in words. 100 % only when the objective is met (progress 1): below,
 * the share is cut down, never rounded up, so 2 321 clients of 2 330 reads « 99,6 % », not a « 100 % »
 * beside « Non atteint ». Whole percents up to 99 %, then one decimal (99,0 % to 99,9 %) so the last
 * stretch still moves.
 */
export function objectiveProgressText(locale: Locale, progress: number): string {
  if (progress >= 1) return formatPercent(locale, 1, 0);
  const tenths = Math.min(999, Math.max(0, Math.floor(progress * 1000 + 1e-9)));
  return tenths >= 990 ? formatShare(locale, tenths / 1000, 1) : formatPercent(locale, Math.floor(tenths / 10) / 100, 0);
}

/** Sums that only grow (recruits, turnover, gross margin): once reached before the checkpoint, reached for good. */
const REACHED_FOR_GOOD: ReadonlySet<Objective['metric']> = new Set(['acquisitions', 'cumulativeTurnover', 'cumulativeMargin']);

/**
 * An objective met now but checked later whose value can still go back (a level to keep, « garder au moins 2 660 clients
 * actifs », a net margin): its full bar does not mean achieved, it must hold until the checkpoint (QA shops F13).
 */
export function mustStillHold(status: Pick<ObjectiveStatus, 'state' | 'metNow' | 'objective'>): boolean {
  return status.state === 'enCours' && status.metNow && !REACHED_FOR_GOOD.has(status.objective.metric);
}

/** How many decimals a value may gain so that a missed objective does not read as its target. */
const MAX_EXTRA_DECIMALS = 4;

function writeValue(locale: Locale, format: ValueFormat, value: number, extra: number): string {
  if (format === 'money') return formatMoney(locale, value, extra);
  if (format === 'percent') return formatPercent(locale, value, 1 + extra);
  return formatNumber(locale, value, extra);
}

/** Units of the last digit written with `extra` more decimals, per unit of the value (a share's 0,1 % is 1/1000). */
function scaleOf(format: ValueFormat, extra: number): number {
  return 10 ** (extra + (format === 'percent' ? 3 : 0));
}

/**
 * An objective's value in its metric's format (money without cents, shares with one decimal, counts),
 * as the dashboard and the debrief write the target. A value that misses the target gets the decimals
 * it takes not to read as the target: 397 999,6 € for « ≥ 398 000 € », 67,96 % for « ≥ 68,0 % »,
 * 999,99 € (not « 1 000,0 € ») for « ≥ 1 000 € ».
 */
export function objectiveValueText(locale: Locale, objective: Pick<Objective, 'metric' | 'comparator' | 'target'>, value: number): string {
  const format = objectiveFormat(objective.metric);
  const missed = objective.comparator === '>=' ? value < objective.target : value > objective.target;
  let extra = 0;
  // written with a last digit worth 1/scale, a value within half a digit of the target rounds to it
  if (missed) while (extra < MAX_EXTRA_DECIMALS && Math.abs(value - objective.target) * scaleOf(format, extra) <= 0.5 + 1e-9) extra++;
  // a survey's mean keeps its decimal, as the satisfaction card and the feed write the same survey (« 68,0 % », QA qa13 S2, review16 m6)
  if (objective.metric === 'measuredSatisfaction') return formatShare(locale, value, 1 + extra);
  return writeValue(locale, format, value, extra);
}

/** An objective's target as the scenario states it (« ≥ 68 % »): a survey's target is a round figure, not a measure. */
export function objectiveTargetText(locale: Locale, objective: Pick<Objective, 'metric' | 'target'>): string {
  return writeValue(locale, objectiveFormat(objective.metric), objective.target, 0);
}
