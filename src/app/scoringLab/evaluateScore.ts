/**
 * How well a score predicted who was about to leave: the learner froze a ranking of customers at
 * one tick and targeted the top of it; ticks later we know who left. Hit rate = leavers in the
 * target / target size; base rate = leavers / everyone scored (what a random target of the same size
 * hits on average); lift = hit rate / base rate; confusion table; cumulative gains by tenths of the
 * ranking. Pure and deterministic: ties are broken by customer id.
 */
import { z } from 'zod/mini';

export interface ScoredCustomers {
  ids: readonly number[];
  /** higher = more at risk, same order as ids */
  scores: readonly number[];
}

/** The target: the N most at risk, or everyone at or above a score. */
export const targetRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('top'), n: z.int().check(z.gte(1)) }),
  z.object({ kind: z.literal('threshold'), min: z.number() }),
]);
export type TargetRule = z.infer<typeof targetRuleSchema>;

/** Customer ids from most to least at risk (equal scores: smaller id first). */
export function rankByScore(s: ScoredCustomers): number[] {
  const order = s.ids.map((_, k) => k);
  order.sort((a, b) => s.scores[b] - s.scores[a] || s.ids[a] - s.ids[b]);
  return order.map((k) => s.ids[k]);
}

/** The target a rule picks: the n first of the ranking, or everyone scoring at least `min`. */
export function selectByScore(s: ScoredCustomers, rule: TargetRule): number[] {
  if (rule.kind === 'top') return rankByScore(s).slice(0, Math.max(0, Math.floor(rule.n)));
  const byId = new Map(s.ids.map((id, k) => [id, s.scores[k]]));
  return rankByScore(s).filter((id) => byId.get(id)! >= rule.min);
}

export interface GainsPoint {
  /** share of the ranking targeted, 0.1 .. 1 */
  share: number;
  targeted: number;
  leaversCaught: number;
  /** share of all leavers caught */
  gain: number;
  /** hit rate of that target / base rate */
  lift: number | null;
}

export interface ScoreEvaluation {
  scored: number;
  targetSize: number;
  leavers: number;
  /** confusion table: targeted & left, targeted & stayed, not targeted & left, not targeted & stayed */
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** leavers in the target / target size; null for an empty target */
  hitRate: number | null;
  /** leavers / scored: the expected hit rate of a random target of the same size */
  baseRate: number | null;
  /** expected leavers caught by a random target of the same size */
  randomHits: number;
  /** hit rate / base rate; null when nobody left or the target is empty */
  lift: number | null;
  /** share of the leavers the target caught (recall) */
  captured: number | null;
  gains: GainsPoint[];
}

/**
 * @param s the frozen scores
 * @param target ids of the target (from selectByScore)
 * @param left ids of the scored customers who have left since
 */
export function evaluateScore(s: ScoredCustomers, target: readonly number[], left: ReadonlySet<number>): ScoreEvaluation {
  const scoredIds = new Set(s.ids);
  const inTarget = new Set(target.filter((id) => scoredIds.has(id)));
  let leavers = 0;
  for (const id of s.ids) if (left.has(id)) leavers++;
  let tp = 0;
  for (const id of inTarget) if (left.has(id)) tp++;
  const n = s.ids.length;
  const size = inTarget.size;
  const fp = size - tp;
  const fn = leavers - tp;
  const tn = n - size - fn;
  const baseRate = n > 0 ? leavers / n : null;
  const hitRate = size > 0 ? tp / size : null;
  const lift = hitRate !== null && baseRate !== null && baseRate > 0 ? hitRate / baseRate : null;
  return {
    scored: n,
    targetSize: size,
    leavers,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    hitRate,
    baseRate,
    randomHits: baseRate === null ? 0 : size * baseRate,
    lift,
    captured: leavers > 0 ? tp / leavers : null,
    gains: gainsCurve(s, left, leavers, baseRate),
  };
}

/** Cumulative gains at each tenth of the ranking (targeting the top 10 %, 20 %, ... 100 %). */
export function gainsCurve(s: ScoredCustomers, left: ReadonlySet<number>, leavers: number, baseRate: number | null, steps = 10): GainsPoint[] {
  const ranking = rankByScore(s);
  const n = ranking.length;
  if (n === 0) return [];
  const out: GainsPoint[] = [];
  let caught = 0;
  let k = 0;
  for (let step = 1; step <= steps; step++) {
    const upTo = Math.round((step * n) / steps);
    for (; k < upTo; k++) if (left.has(ranking[k])) caught++;
    out.push({
      share: step / steps,
      targeted: upTo,
      leaversCaught: caught,
      gain: leavers > 0 ? caught / leavers : 0,
      lift: upTo > 0 && baseRate !== null && baseRate > 0 ? caught / upTo / baseRate : null,
    });
  }
  return out;
}
