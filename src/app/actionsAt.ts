/**
 * The actions a decisions log holds for one period. Its own module, with type imports only: the dashboard's feed,
 * « Et si… ? » and the class view's replay read it, and importing engine/decisions.ts for it would bring its zod
 * schemas onto the learner's first load.
 */
import type { Action, DecisionsLog } from '../engine/decisions.ts';

/** The actions decided for `tick`, none when the log has no entry for it (a log has one entry a tick at most: decisionsLogSchema). */
export function actionsAt(log: DecisionsLog, tick: number): Action[] {
  return log.find((d) => d.tick === tick)?.actions ?? [];
}
