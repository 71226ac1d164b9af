/**
 * What the learner may know of satisfaction: the latest survey result (mean, margin of error,
 * sample, method, when), never the true satisfaction, which the engine keeps for the debrief.
 * A questionnaire measures the customers' satisfaction; a mystery shopper scores the shop's service
 * (engine survey.ts), so each is read apart (QA teacher F2: a mystery visit's score was shown as the
 * customers' satisfaction, « la vraie valeur est très probablement entre … »).
 */
import type { MeasuredSatisfaction, TickKpis } from '../../engine/types.ts';

export type MeasureMethod = MeasuredSatisfaction['method'];

/** The latest result of `method` (by default the questionnaire: the customers' satisfaction). */
export function latestMeasure(kpis: readonly TickKpis[], method: MeasureMethod = 'questionnaire'): MeasuredSatisfaction | null {
  for (let i = kpis.length - 1; i >= 0; i--) {
    const m = kpis[i].satisfactionMeasured;
    if (m && m.method === method) return m;
  }
  return null;
}

/** Every distinct result of `method` (by default the questionnaires), oldest first (one per survey tick). */
export function measureHistory(kpis: readonly TickKpis[], method: MeasureMethod = 'questionnaire'): MeasuredSatisfaction[] {
  const byTick = new Map<number, MeasuredSatisfaction>();
  for (const k of kpis) if (k.satisfactionMeasured && k.satisfactionMeasured.method === method) byTick.set(k.satisfactionMeasured.tick, k.satisfactionMeasured);
  return [...byTick.values()].sort((a, b) => a.tick - b.tick);
}
