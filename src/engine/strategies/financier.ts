/**
 * Financial advantages (avantage financier: coupon, points, remise de volume). Fast: acts from the
 * tick it starts. Raises the purchase rate of light and moderate buyers, hardly that of heavy
 * buyers (Liu 2007; small real effect, Leenheer et al. 2007); points cards accelerate purchases as
 * the reward nears (Kivetz et al. 2006, purchases.ts); a discount is applied to each purchase: the
 * turnover and the gross margin lose it once, and the budget pays it as the programme's cost
 * (discount x list amount, purchases.ts; the net margin does not take it off again, kpis.ts); paying less lowers the reference price
 * (satisfaction.ts), so stopping it feels like a price rise (backlash). Competitors imitate after
 * their imitationDelayTicks, which removes most of the edge (IMITATION_EDGE_LOSS). Builds a small
 * financial switching barrier (points more).
 */
import type { TickContext } from '../context.ts';
import { pow } from '../detMath.ts';
import * as P from '../params.ts';
import { NO_TICK, type ProgrammeState } from '../state.ts';

/** Writes the programme's effects on its alive members; returns the number of members reached. */
export function applyFinancier(ctx: TickContext, prog: ProgrammeState, index: number): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  const imitated = prog.imitatedTick >= 0 && ctx.tick >= prog.imitatedTick;
  const edge = imitated ? 1 - P.IMITATION_EDGE_LOSS : 1;
  const baseLift = P.FINANCIAL_RATE_LIFT_PER_10PCT * (prog.discountRate / 0.1) * edge;
  const instrument = prog.instrument as keyof typeof P.FINANCIAL_BARRIER_FACTOR;
  const barrier = P.FINANCIAL_BARRIER * P.FINANCIAL_BARRIER_FACTOR[instrument];
  const points = prog.instrument === 'points' ? 1 : 0;
  const meanLambda = ctx.meanLambda;
  let reached = 0;
  const members = prog.members;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    reached++;
    if (prog.discountRate <= e.discount[i]) continue;
    e.discount[i] = prog.discountRate;
    e.financialProgramme[i] = index;
    e.pointsCard[i] = points;
    e.financialLift[i] = memberLift(baseLift, c.lambda[i] / meanLambda);
    e.shield[i] = P.FINANCIAL_COMPETITOR_SHIELD * edge;
    if (barrier > e.financialBarrier[i]) e.financialBarrier[i] = barrier;
  }
  return reached;
}

/**
 * Purchase-rate lift of a member buying at `rel` times the shop's mean rate (Liu 2007): the full
 * `baseLift` for a light buyer, half at the mean, little for a heavy buyer. Also read by the cost
 * forecast (budgetReserve.ts).
 */
export function memberLift(baseLift: number, rel: number): number {
  return baseLift / (1 + pow(rel, P.HEAVY_BUYER_EXPONENT));
}

/** Fixed cost of the tick (administration, per member and per week); redemptions are added by purchases.ts. */
export function financierFixedCost(reached: number, weeksPerTick: number): number {
  return reached * P.FINANCIAL_COST_PER_MEMBER_WEEK * weeksPerTick;
}
