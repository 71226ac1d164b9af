/**
 * The customer base over the run as an identity that always adds up:
 *   customers at the start + recruited − lost = customers now,
 * every term counting the same people: customers of the shop not lost, whether active (nouveau or
 * actif: bought recently) or dormant (no purchase for a while, not gone yet). Counting only the active
 * ones at both ends left a gap (customers who went dormant or woke up), so the balance never closed.
 *
 * What the engine's KPIs give (src/engine/kpis.ts, step.ts): at the end of each tick the alive
 * customers are exactly stages.nouveau + actif + dormant (a recruit counts from its arrival; the
 * initial base all arrived in the pre-history, before tick 0), `acquired` counts the tick's recruits
 * (referrals, walk-ins, campaigns), `lost` the tick's departures among customers alive at its start
 * (a recruit cannot leave in its arrival tick). So alive at the start of a tick = alive at its end
 * + lost − acquired, and alive(t) = alive(t − 1) + acquired(t) − lost(t).
 */
import type { TickKpis } from '../../engine/types.ts';

export interface CustomerFlow {
  /** customers (active or dormant) before the first tick */
  atStart: number;
  recruited: number;
  lost: number;
  /** customers (active or dormant) at the end of the last tick: atStart + recruited − lost */
  atEnd: number;
  /** of atEnd: nouveau + actif, the dashboard's « clients actifs » (TickKpis.activeCustomers) */
  activeAtEnd: number;
  /** of atEnd: dormant */
  dormantAtEnd: number;
}

/** Customers of the shop not lost at the end of the tick: active (nouveau, actif) or dormant. */
export function customersInBase(k: TickKpis): number {
  return k.stages.nouveau + k.stages.actif + k.stages.dormant;
}

export function customerFlow(kpis: readonly TickKpis[]): CustomerFlow {
  const first = kpis[0];
  const last = kpis[kpis.length - 1];
  if (!first || !last) return { atStart: 0, recruited: 0, lost: 0, atEnd: 0, activeAtEnd: 0, dormantAtEnd: 0 };
  let recruited = 0;
  let lost = 0;
  for (const k of kpis) {
    recruited += k.acquired;
    lost += k.lost;
  }
  return {
    atStart: customersInBase(first) + first.lost - first.acquired,
    recruited,
    lost,
    atEnd: customersInBase(last),
    activeAtEnd: last.activeCustomers,
    dormantAtEnd: last.stages.dormant,
  };
}
