/**
 * Satisfaction by expectation-disconfirmation with loss aversion (Oliver 1980; Anderson &
 * Sullivan 1993; Tversky & Kahneman 1992), once per period with a purchase:
 *   P = shop performance + noise + price vs reference price + personalisation + trust + customisation - incident
 *   D = P - E;  S <- (1 - w) S + w (S0 + k+ max(D, 0) - k- max(-D, 0));  E <- theta E + (1 - theta) P
 *   R <- phi R + (1 - phi) price paid   (Kalyanaram & Winer 1995: discounts lower the reference price,
 *   so stopping them feels like a price rise)
 */
import type { TickContext } from './context.ts';
import * as P from './params.ts';
import { uniformH } from './rng.ts';
import { MOTIVES } from './vocabulary.ts';

const PRICE_WEIGHT = Float64Array.from(MOTIVES.map((m) => P.MOTIVE_PRICE_WEIGHT[m]));
const TRUST_PERFORMANCE = Float64Array.from(MOTIVES.map((m) => P.TRUST_PERFORMANCE * P.MOTIVE_RELATIONSHIP_WEIGHT[m]));

/** Perceived performance of a visit of customer i (without noise). */
export function perceivedPerformance(ctx: TickContext, i: number, incident: number): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  // without a running programme every effect is 0: the same sums without reading the effect arrays
  const running = ctx.programmesRunning;
  const pricePaid = running ? ctx.state.priceLevel * (1 - e.discount[i]) : ctx.state.priceLevel;
  let p = ctx.performance;
  p += P.PRICE_PERCEPTION * PRICE_WEIGHT[c.motive[i]] * (c.referencePrice[i] - pricePaid);
  if (running) p += P.PERSONALISATION_PERFORMANCE * e.personalisation[i];
  p += TRUST_PERFORMANCE[c.motive[i]] * c.trust[i];
  if (running) p += e.customPerformance[i];
  if (incident !== 0) p -= P.INCIDENT_PERFORMANCE_DROP;
  return p;
}

export function satisfactionStep(ctx: TickContext, i: number, incident: number): void {
  const c = ctx.state.customers;
  const noise = (2 * uniformH(ctx.keys.satisfaction, ctx.cur.hash, 0) - 1) * P.PERFORMANCE_NOISE;
  const perf = perceivedPerformance(ctx, i, incident) + noise;
  const d = perf - c.expectation[i];
  const target = c.satisfactionBase[i] + (d > 0 ? P.GAIN_SENSITIVITY * d : P.GAIN_SENSITIVITY * P.LOSS_SENSITIVITY * d);
  let s = (1 - P.SATISFACTION_WEIGHT) * c.satisfaction[i] + P.SATISFACTION_WEIGHT * target;
  if (s < 0) s = 0;
  else if (s > 1) s = 1;
  c.satisfaction[i] = s;
  c.expectation[i] = P.EXPECTATION_INERTIA * c.expectation[i] + (1 - P.EXPECTATION_INERTIA) * perf;
  const pricePaid = ctx.programmesRunning ? ctx.state.priceLevel * (1 - ctx.effects.discount[i]) : ctx.state.priceLevel;
  c.referencePrice[i] = P.REFERENCE_PRICE_INERTIA * c.referencePrice[i] + (1 - P.REFERENCE_PRICE_INERTIA) * pricePaid;
}
