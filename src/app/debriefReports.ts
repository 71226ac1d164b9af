/**
 * The debrief reads every tick's KPIs and refusals, not the purchases and events, which the
 * session only keeps for recent ticks (memory). This builds report-shaped records without them.
 */
import type { TickReport } from '../engine/types.ts';
import type { GameSession } from './session.svelte.ts';

export function debriefReports(session: Pick<GameSession, 'kpis' | 'rejections'>): TickReport[] {
  const rejected = new Map(session.rejections.map((r) => [r.tick, r.rejected]));
  return session.kpis.map((kpis) => ({
    tick: kpis.tick,
    kpis,
    rejected: rejected.get(kpis.tick) ?? [],
    purchases: { tick: kpis.tick, length: 0, customer: new Int32Array(0), amount: new Float32Array(0), productType: new Uint8Array(0), channel: new Uint8Array(0) },
    events: { tick: kpis.tick, length: 0, customer: new Int32Array(0), type: new Uint8Array(0), detail: new Int32Array(0) },
  }));
}
