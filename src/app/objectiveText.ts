/** How a scenario objective reads on a card: its own label plus the target value, formatted. */
import type { Objective } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent } from './format.ts';
import { localized } from './localized.ts';

const MONEY = new Set(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'cumulativeNetMargin', 'budgetLeft']);
const SHARES = new Set(['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare', 'segmentRetention']);

export function objectiveTarget(objective: Objective, locale: Locale): string {
  const v = objective.target;
  const value = MONEY.has(objective.metric)
    ? formatMoney(locale, v)
    : SHARES.has(objective.metric)
      ? formatPercent(locale, v, 1)
      : formatNumber(locale, v);
  return `${objective.comparator === '>=' ? '≥' : '≤'} ${value}`;
}

export function objectiveLine(objective: Objective, locale: Locale): string {
  return `${localized(objective.label, locale)} (${objectiveTarget(objective, locale)})`;
}
