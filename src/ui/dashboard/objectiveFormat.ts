/** How an objective's metric is written: money, share (percent) or count. */
import type { Objective } from '../../scenario/schema.ts';
import type { ValueFormat } from './kpiCards.ts';

const MONEY: ReadonlySet<Objective['metric']> = new Set(['turnover', 'cumulativeTurnover', 'grossMargin', 'cumulativeMargin', 'budgetLeft']);
const SHARES: ReadonlySet<Objective['metric']> = new Set(['retentionRate', 'churnRate', 'measuredSatisfaction', 'segmentShare', 'segmentRetention']);

export function objectiveFormat(metric: Objective['metric']): ValueFormat {
  return MONEY.has(metric) ? 'money' : SHARES.has(metric) ? 'percent' : 'number';
}
