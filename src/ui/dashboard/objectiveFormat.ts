/** How an objective's metric is written (money, share or count) and how close it is to the target. */
import { formatPercent, formatShare } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { Objective } from '../../scenario/schema.ts';
import type { ValueFormat } from './kpiCards.ts';

const MONEY: ReadonlySet<Objective['metric']> = new Set(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'budgetLeft']);
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
