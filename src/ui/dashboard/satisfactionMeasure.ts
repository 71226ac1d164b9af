/**
 * What the learner may know of satisfaction: the latest survey result (mean, margin of error,
 * sample, method, when), never the true satisfaction, which the engine keeps for the debrief.
 */
import type { MeasuredSatisfaction, TickKpis } from '../../engine/types.ts';

export function latestMeasure(kpis: readonly TickKpis[]): MeasuredSatisfaction | null {
  for (let i = kpis.length - 1; i >= 0; i--) {
    const m = kpis[i].satisfactionMeasured;
    if (m) return m;
  }
  return null;
}

/** Every distinct survey result, oldest first (one per survey tick). */
export function measureHistory(kpis: readonly TickKpis[]): MeasuredSatisfaction[] {
  const byTick = new Map<number, MeasuredSatisfaction>();
  for (const k of kpis) if (k.satisfactionMeasured) byTick.set(k.satisfactionMeasured.tick, k.satisfactionMeasured);
  return [...byTick.values()].sort((a, b) => a.tick - b.tick);
}
