/**
 * The decisions the engine refused, as « Et si… ? » marks them (« (refusée : budget insuffisant) »): the past periods'
 * table, a period's report and the comparison of two timelines read them the same way.
 */
import type { PeriodRefusals, TickReport } from '../../engine/types.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { refusalKey } from '../../app/refusalKey.ts';

/** One refused decision: its number in the period's list, the engine's reason. */
export type Refusal = TickReport['rejected'][number];

/** The refusals of period `tick` (none: an empty list). */
export function refusedAt(rejections: readonly PeriodRefusals[], tick: number): readonly Refusal[] {
  return rejections.find((r) => r.tick === tick)?.rejected ?? [];
}

/** The reason's message (decisions.reason.*) of the period's decision number `index` if the engine refused it, else null. */
export function refusalReason(rejected: readonly Refusal[], index: number): MessageKey | null {
  const r = rejected.find((x) => x.actionIndex === index);
  return r ? refusalKey(r.reason) : null;
}
