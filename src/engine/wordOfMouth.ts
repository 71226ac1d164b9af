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

/**
 * The chance that a customer of satisfaction s recommends the shop this tick: 0 at or below
 * REFERRAL_SATISFACTION_MIN, then growing with s; `boost` for a supporter (REFERRAL_SUPPORTER_BOOST), else 1.
 */
export function referralChance(ctx: TickContext, s: number, boost: number): number {
  return s <= P.REFERRAL_SATISFACTION_MIN ? 0 : ctx.referralRate * boost * ((s - P.REFERRAL_SATISFACTION_MIN) / (1 - P.REFERRAL_SATISFACTION_MIN));
}

/** Bins of satisfaction of referralChanceBounds (a power of two: s x REFERRAL_BINS is exact). */
export const REFERRAL_BINS = 128;

/**
 * Upper bounds of referralChance(ctx, s, 1) by bin of s: entry b is the chance at the bin's top, (b + 1) / REFERRAL_BINS
 * (1 for the last entry, s = 1). The chance never falls as s rises (each step is monotone under IEEE rounding), so for s
 * in [0, 1] none is above the entry (s x REFERRAL_BINS) | 0. The customer loop's idle path calls wordOfMouthStep only for
 * a referral uniform below it (most draws are far above).
 */
export function referralChanceBounds(ctx: TickContext): Float64Array {
  const bounds = new Float64Array(REFERRAL_BINS + 1);
  for (let b = 0; b <= REFERRAL_BINS; b++) bounds[b] = referralChance(ctx, Math.min(1, (b + 1) / REFERRAL_BINS), 1);
  return bounds;
}

/** Referral of customer i; `bonded` is the customer loop's flag: 0 when i has no trust and is no club member (not read then). */
export function wordOfMouthStep(ctx: TickContext, i: number, bonded: number): void {
  const c = ctx.state.customers;
  const s = c.satisfaction[i];
  if (s < P.DISSATISFACTION_THRESHOLD) ctx.counters.dissatisfied++;
  if (ctx.history || s <= P.REFERRAL_SATISFACTION_MIN) return;
  const boost = bonded !== 0 && (c.clubMember[i] !== 0 || c.trust[i] > P.SUPPORTER_TRUST) ? P.REFERRAL_SUPPORTER_BOOST : 1;
  const p = referralChance(ctx, s, boost);
  if (!uniformBelowH(ctx.keys.referral, ctx.cur.hash, 0, p)) return;
  if (uniformBelowH(ctx.keys.referral, ctx.cur.hash, 1, P.REFERRAL_CONVERSION)) ctx.referrers.push(i);
}

/** Acquisition yield after negative word of mouth, 0..1. */
export function wordOfMouthYield(dissatisfiedShare: number): number {
  return Math.max(0, 1 - P.NEGATIVE_WOM_WEIGHT * dissatisfiedShare);
}
