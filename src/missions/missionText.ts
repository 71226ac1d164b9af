/** How mission figures read: an objective's value and target formatted like the dashboard's. */
import type { Objective } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent } from '../app/format.ts';

const MONEY = new Set<Objective['metric']>(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin', 'budgetLeft']);
const SHARES = new Set<Objective['metric']>(['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare', 'segmentRetention']);

export function metricText(metric: Objective['metric'], value: number, locale: Locale): string {
  if (MONEY.has(metric)) return formatMoney(locale, value);
  if (SHARES.has(metric)) return formatPercent(locale, value, 1);
  return formatNumber(locale, value);
}

export function comparatorSign(comparator: Objective['comparator']): string {
  return comparator === '>=' ? '≥' : '≤';
}
