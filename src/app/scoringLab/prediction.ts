/**
 * A frozen prediction of the scoring lab: the scores and the target at one tick of one run, kept so
 * that ticks later the lab can say who of them has left (hasLeft). Pure helpers; the reactive holder is
 * labStore.svelte.ts.
 */
import type { CustomerRecord } from '../../engine/types.ts';
import { z } from 'zod/mini';
import { evaluateScore, targetRuleSchema, type ScoreEvaluation } from './evaluateScore.ts';
import { SCORE_METHODS } from './labScores.ts';

const customerId = z.int().check(z.gte(0));

export const frozenPredictionSchema = z.object({
  runId: z.string().check(z.minLength(1)),
  /** the next tick to be played when the prediction was made */
  tick: z.int().check(z.gte(0)),
  method: z.enum(SCORE_METHODS),
  rule: targetRuleSchema,
  ids: z.array(customerId),
  scores: z.array(z.number()),
  target: z.array(customerId),
  /**
   * of `ids`, those already dormant at the freeze (dormantAt): counted apart, the rates are on the others (QA qa29self
   * M-2: a low RFM score « predicted » 94 % of departures by picking customers who had already stopped); absent in a
   * prediction kept before, evaluated on all as then
   */
  dormant: z.optional(z.array(customerId)),
});
export type FrozenPrediction = z.infer<typeof frozenPredictionSchema>;

/**
 * « Parti » at the end of the check: no longer an active customer of the shop, lost (perdu) or
 * dormant (no purchase for longer than the customer's own rhythm, src/engine/lifecycle.ts). Lost
 * alone is not enough: the engine marks a departure the moment it happens, and (BG/NBD) a customer
 * can only drop out right after a purchase, so among customers not yet lost the frequent buyers are
 * the ones who get lost next, and a low RFM score or a low P(alive), which spot customers who have
 * stopped buying, would look worse than chance. What a shop sees, and what these scores predict, is
 * who stops buying.
 */
export function hasLeft(c: Pick<CustomerRecord, 'stage'>): boolean {
  return c.stage === 'perdu' || c.stage === 'dormant';
}

/**
 * Ids of the prediction's customers who have left (hasLeft) in the current records. The prediction
 * scored only customers not lost at the freeze (scorableCustomers); one already dormant then counts
 * as left if they are still dormant (or lost) now, as stayed if they came back to buy.
 */
export function leftSince(p: FrozenPrediction, records: readonly CustomerRecord[]): Set<number> {
  const byId = new Map(records.map((c) => [c.id, c]));
  const out = new Set<number>();
  for (const id of p.ids) {
    const c = byId.get(id);
    if (c && hasLeft(c)) out.add(id);
  }
  return out;
}

/** Of the scored `ids`, those dormant in `records` (read at the freeze): they have already stopped buying. */
export function dormantAt(ids: readonly number[], records: readonly CustomerRecord[]): number[] {
  const dormant = new Set(records.filter((c) => c.stage === 'dormant').map((c) => c.id));
  return ids.filter((id) => dormant.has(id));
}

/**
 * The evaluation once at least one tick has been played since the prediction; null before. On the customers active at
 * the freeze only: one already dormant had already stopped buying, a score that spots them states a departure, it does
 * not predict one (dormantAtFreeze counts them apart).
 */
export function evaluatePrediction(p: FrozenPrediction, records: readonly CustomerRecord[], tick: number): ScoreEvaluation | null {
  if (tick <= p.tick) return null;
  const dormant = new Set(p.dormant ?? []);
  const k = p.ids.flatMap((id, i) => (dormant.has(id) ? [] : [i]));
  const ids = k.map((i) => p.ids[i]);
  return evaluateScore({ ids, scores: k.map((i) => p.scores[i]) }, p.target.filter((id) => !dormant.has(id)), leftSince(p, records));
}

export interface DormantAtFreeze {
  /** scored customers dormant at the freeze */
  count: number;
  /** of them, in the target */
  inTarget: number;
  /** of them, active again now (came back to buy) */
  back: number;
}

/** The scored customers already dormant at the freeze, counted apart from the rates; null for a prediction kept without them, or before a period is played. */
export function dormantAtFreeze(p: FrozenPrediction, records: readonly CustomerRecord[], tick: number): DormantAtFreeze | null {
  if (tick <= p.tick || !p.dormant) return null;
  const target = new Set(p.target);
  const left = leftSince({ ...p, ids: p.dormant }, records);
  return { count: p.dormant.length, inTarget: p.dormant.filter((id) => target.has(id)).length, back: p.dormant.length - left.size };
}
