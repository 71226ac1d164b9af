/**
 * The one way a tick's report becomes stored rows: its KPIs (always), its purchase batch and its
 * event batch (only when not empty: a tick without purchases or events has no row), each keyed
 * [runId, tick]. commitTick writes one tick with it, rewriteRunHistory every tick of a replay.
 */
import type { TickReport } from '../engine/types.ts';

/** The raw stores of the transaction the rows are queued on (synchronously, see transactions.ts). */
export type TickRowStores = (name: 'kpis' | 'purchases' | 'events') => IDBObjectStore;

/** Queues the puts of one tick's rows (no await: the caller awaits the transaction once). */
export function putTickRows(store: TickRowStores, runId: string, report: TickReport): void {
  store('kpis').put({ ...report.kpis, tick: report.tick, runId });
  if (report.purchases.length > 0) store('purchases').put({ ...report.purchases, tick: report.tick, runId });
  if (report.events.length > 0) store('events').put({ ...report.events, tick: report.tick, runId });
}
