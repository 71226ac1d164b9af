/**
 * Word of mouth and referrals (Kumar, Petersen & Leone 2007; East et al. 2007): satisfied
 * customers recommend the shop at a small rate (more when they are club members or supporters);
 * 12-14 % of referrals become customers. Converted referrals are collected here and turned into
 * new customers after the customer loop (acquisition.ts), in index order. Negative word of mouth
 * (share of dissatisfied customers) lowers the yield of acquisition campaigns.
 */
import type { TickContext } from './context.ts';
import * as P from './params.ts';
import { uniformBelowH } from './rng.ts';

/** Referral of customer i; `bonded` is the customer loop's flag: 0 when i has no trust and is no club member (not read then). */
export function wordOfMouthStep(ctx: TickContext, i: number, bonded: number): void {
  const c = ctx.state.customers;
  const s = c.satisfaction[i];
  if (s < P.DISSATISFACTION_THRESHOLD) ctx.counters.dissatisfied++;
  if (ctx.history || s <= P.REFERRAL_SATISFACTION_MIN) return;
  const boost = bonded !== 0 && (c.clubMember[i] !== 0 || c.trust[i] > P.SUPPORTER_TRUST) ? P.REFERRAL_SUPPORTER_BOOST : 1;
  const p = ctx.referralRate * boost * ((s - P.REFERRAL_SATISFACTION_MIN) / (1 - P.REFERRAL_SATISFACTION_MIN));
  if (!uniformBelowH(ctx.keys.referral, ctx.cur.hash, 0, p)) return;
  if (uniformBelowH(ctx.keys.referral, ctx.cur.hash, 1, P.REFERRAL_CONVERSION)) ctx.referrers.push(i);
}

/** Acquisition yield after negative word of mouth, 0..1. */
export function wordOfMouthYield(dissatisfiedShare: number): number {
  return Math.max(0, 1 - P.NEGATIVE_WOM_WEIGHT * dissatisfiedShare);
}
