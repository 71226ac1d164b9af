/**
 * The decisions the engine refused, as « Et si… ? » marks them (« (refusée : budget insuffisant) »): the past periods'
 * table, a period's report and the comparison of two timelines read them the same way.
 */
import type { TickReport } from '../../engine/types.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { refusalKey } from '../../app/refusalKey.ts';
import type { PeriodRefusals } from '../../app/whatif/branching.ts';

/** A period's refusals (session.rejections keeps the periods played that have any; a saved timeline's are replayed). */
export type { PeriodRefusals };
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
