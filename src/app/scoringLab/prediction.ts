/**
 * A frozen prediction of the scoring lab: the scores and the target at one tick of one run, kept so
 * that ticks later the lab can say who of them has left. Pure helpers; the reactive holder is
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
});
export type FrozenPrediction = z.infer<typeof frozenPredictionSchema>;

/** Ids of the prediction's customers who are lost in the current records. */
export function leftSince(p: FrozenPrediction, records: readonly CustomerRecord[]): Set<number> {
  const byId = new Map(records.map((c) => [c.id, c]));
  const out = new Set<number>();
  for (const id of p.ids) if (byId.get(id)?.stage === 'perdu') out.add(id);
  return out;
}

/** The evaluation once at least one tick has been played since the prediction; null before. */
export function evaluatePrediction(p: FrozenPrediction, records: readonly CustomerRecord[], tick: number): ScoreEvaluation | null {
  if (tick <= p.tick) return null;
  return evaluateScore({ ids: p.ids, scores: p.scores }, p.target, leftSince(p, records));
}
