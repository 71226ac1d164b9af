/**
 * What one complaint handled and one recruit cost in a given shop: both follow the shop's expected
 * basket (params.ts POLICY_STAFF_COST_PER_COMPLAINT and POLICY_GESTURE_BASKETS, ACQUISITION_COST_PER_RECRUIT, ACQUISITION_WELCOME_BASKETS,
 * REFERRAL_REWARD_BASKETS).
 * Params only, so the page prices a decision without loading the simulation (decision forms, glass
 * box, event feed, scenario editor); the engine charges the same amounts (context.ts).
 */
import * as P from './params.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ComplaintPolicy } from './vocabulary.ts';

/** Euros rounded to the cent: the amounts the forms show are the amounts charged. */
function cents(x: number): number {
  return Math.floor(x * 100 + 0.5) / 100;
}

/**
 * Gross margin of purchases customers paid `paid` for, after `discounts` off their list amount: what they paid
 * minus the cost of the goods at list price ((paid + discounts) x (1 - rate)), written paid x rate - discounts x
 * (1 - rate): a discount lowers it by its whole amount, once (the shop's KPIs, a campaign's return, the glass box).
 */
export function grossMarginOf(paid: number, discounts: number, rate: number): number {
  return paid * rate - discounts * (1 - rate);
}

/** The Gamma-Gamma mean spend per visit p v / (q - 1); p v when q <= 1, where the mean is not defined (the engine's spend scale, context.ts). */
export function meanSpendPerVisit(spend: Scenario['customers']['spend']): number {
  return spend.q > 1 ? (spend.p * spend.v) / (spend.q - 1) : spend.p * spend.v;
}

/**
 * The scenario's expected basket before price events, euros to the cent (the basket the forms show is the one
 * the costs are built on): the Gamma-Gamma mean p v / (q - 1) (p v when q <= 1, where the mean is not defined,
 * as context.ts does) x the product mix's mean basket factor.
 */
export function scenarioBasket(scenario: Pick<Scenario, 'customers' | 'economics'>): number {
  const spend = meanSpendPerVisit(scenario.customers.spend);
  const types = scenario.economics.productTypes;
  let shares = 0;
  let factor = 0;
  for (const t of types) {
    shares += t.share;
    factor += t.share * t.basketFactor;
  }
  if (shares > 0) return cents((spend * factor) / shares);
  // no share given: every type equally likely, as context.ts draws them
  let sum = 0;
  for (const t of types) sum += t.basketFactor;
  return cents(types.length > 0 ? (spend * sum) / types.length : spend);
}

/** Euros paid for one complaint handled under `policy` in a shop whose expected basket is `basket`. */
export function complaintUnitCost(policy: ComplaintPolicy, basket: number): number {
  return cents(P.POLICY_STAFF_COST_PER_COMPLAINT[policy] + P.POLICY_GESTURE_BASKETS[policy] * basket);
}

/** Euros a paid campaign spends per recruit on `channel` in a shop whose expected basket is `basket`: contact cost + welcome offer. */
export function recruitUnitCost(channel: P.PaidChannel, basket: number): number {
  return cents(P.ACQUISITION_COST_PER_RECRUIT[channel] + P.ACQUISITION_WELCOME_BASKETS * basket);
}

/** Euros a referral campaign pays to each side, sponsor and sponsee, of a referral that comes: REFERRAL_REWARD_BASKETS baskets within 10-20 euros. */
export function referralReward(basket: number): number {
  return cents(Math.min(P.REFERRAL_REWARD_MAX, Math.max(P.REFERRAL_REWARD_MIN, P.REFERRAL_REWARD_BASKETS * basket)));
}

/**
 * What a referral recruit costs at best, when every customer invited is satisfied: the invitations it takes
 * (REFERRAL_INVITATION_COST ÷ participation ÷ conversion) and the reward of both sides. The engine's is
 * higher as the shop has fewer satisfied customers or its campaigns already used their referrals (acquisition.ts referralPlan).
 */
export function referralUnitCost(basket: number): number {
  return cents(P.REFERRAL_INVITATION_COST / (P.REFERRAL_CAMPAIGN_PARTICIPATION * P.REFERRAL_CONVERSION) + 2 * referralReward(basket));
}
