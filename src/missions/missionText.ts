/** How mission figures read: an objective's value and target formatted like the dashboard's. */
import type { Objective } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';
import type { Mission } from './schema.ts';
import type { Tool } from './tools.ts';
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

/**
 * `tools` in the order the mission's objective names them (« Collectez…, puis lancez une personnalisation »: the collection
 * first, QA qa27missions m7), not its check's `requires` order, which the grading fingerprint hashes; a tool its sentence
 * does not name goes last.
 */
export function inObjectiveOrder(mission: Pick<Mission, 'objectiveParts'>, tools: readonly Tool[]): Tool[] {
  const parts = mission.objectiveParts ?? [];
  const at = (tool: Tool) => {
    const i = parts.findIndex((p) => p.tools?.includes(tool));
    return i < 0 ? parts.length : i;
  };
  return [...tools].sort((a, b) => at(a) - at(b));
}
