/**
 * What a programme will cost period after period, before it starts: the engine's own cost rules
 * (strategies/*: a fee per member reached each period, and for a financial advantage the discount on
 * what the members buy, lifted by the discount) applied to what the engine expects of the target's
 * customers (budgetReserve.ts `targetCostCurves`, in the worker: their purchase rates, baskets, the
 * shop's calendar and how many are still there). Params only, so the page can price a decision
 * without loading the simulation: the strategy form and the period's estimate (src/app/costEstimate.ts).
 */
import { sqrt } from './detSqrt.ts';
import * as P from './params.ts';
import type { Strategy } from './vocabulary.ts';

/** Expectations for the customers of a target still there, period k = 0 being the next one played. */
export interface CostCurves {
  /** customers expected still there in period k (they are the ones charged) */
  members: number[];
  /** what they are expected to buy in period k at list price, euros, without any discount */
  spend: number[];
  /** the same, each customer weighted by their share of the full lift of a discount (1 / (1 + (rate / mean rate)^2)) */
  liftSpend: number[];
  /**
   * the variance of `spend` from the random purchases (a Poisson count of Gamma baskets, purchases.ts): what a
   * discount's cost may stray from its expectation period by period (forecastSpread). Absent: not known
   */
  spendVar?: number[];
}

/** The curves of a target: all its customers still there, and those of them an e-mail or SMS may reach (consent). */
export interface TargetCostCurves {
  all: CostCurves;
  consented: CostCurves;
}

export interface ForecastChoice {
  strategy: Strategy;
  instrument: string;
  /** financial advantage only */
  discountRate: number;
}

/**
 * Expected cost of `choice` in each of the first `ticks` periods on the customers of `curves`, of
 * whom the share `enrolled` is enrolled (the control group is a random part of them, not charged).
 * Without the set-up of a personalisation (paid once, on every member enrolled at the start).
 */
export function forecastCosts(curves: CostCurves, enrolled: number, choice: ForecastChoice, weeksPerTick: number, ticks: number): number[] {
  const n = Math.min(ticks, curves.members.length);
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const members = curves.members[k] * enrolled;
    let discounted = 0;
    if (choice.strategy === 'financier') {
      // applyFinancier's lift, and a points card's goal gradient at a half-full card on average (purchases.ts)
      const points = choice.instrument === 'points' ? 1 + P.POINTS_GOAL_GRADIENT / 2 : 1;
      const lift = P.FINANCIAL_RATE_LIFT_PER_10PCT * (choice.discountRate / 0.1) * points;
      discounted = (curves.spend[k] + lift * curves.liftSpend[k]) * enrolled;
    }
    out.push(periodCost(choice.strategy, choice.instrument, choice.discountRate, members, discounted, weeksPerTick));
  }
  return out;
}

/**
 * How far a financial advantage's cost may stray from forecastCosts each period (one standard deviation), on the
 * customers of `curves` of whom the share `enrolled` is enrolled: the discount on purchases drawn at random
 * (purchases.ts: a Poisson count of Gamma baskets), the members' lift included as forecastCosts counts it. Customers
 * buy independently, so a random share of them (the control group drawn out) has that share of the variance. QA
 * learner 1: coupons forecast at 330 € a week cost 407, 443, 298, 396 €, and which programme the budget stopped first
 * turned on those draws. The other strategies' fees do not depend on purchases: no spread (empty), nor without
 * `spendVar`. The one rule for a running programme (budgetReserve.ts, `enrolled` 1: its members are all there) and
 * for one queued this period (the app's costEstimate.ts, the runway of the decisions screen, issue #4).
 */
export function forecastSpread(curves: CostCurves, enrolled: number, choice: ForecastChoice, ticks: number): number[] {
  if (choice.strategy !== 'financier' || !curves.spendVar) return [];
  const points = choice.instrument === 'points' ? 1 + P.POINTS_GOAL_GRADIENT / 2 : 1;
  const lift = P.FINANCIAL_RATE_LIFT_PER_10PCT * (choice.discountRate / 0.1) * points;
  return curves.spendVar.slice(0, Math.min(ticks, curves.members.length)).map((v, k) => {
    const spend = curves.spend[k];
    const lifted = spend > 0 ? (spend + lift * curves.liftSpend[k]) / spend : 1;
    return choice.discountRate * sqrt(Math.max(0, v * enrolled * lifted));
  });
}

/**
 * The strategies' cost rule for one period (strategies/*): a fee per member reached, and for a
 * financial advantage the discount on `discounted`, the euros the members buy with the discount (its
 * lift included). Without a personalisation's set-up. The engine's budget reserve (programmes.ts
 * costOfMembers) and the forecast above both price a period with it.
 */
export function periodCost(strategy: Strategy, instrument: string, discountRate: number, members: number, discounted: number, weeksPerTick: number): number {
  switch (strategy) {
    case 'financier':
      return members * P.FINANCIAL_COST_PER_MEMBER_WEEK * weeksPerTick + discounted * discountRate;
    case 'lienSocial':
      return members * P.SOCIAL_COST_PER_MEMBER_WEEK[instrument as keyof typeof P.SOCIAL_COST_PER_MEMBER_WEEK] * weeksPerTick;
    case 'personnalisation':
      return members * P.PERSONALISATION_COST_PER_MEMBER_WEEK[instrument as keyof typeof P.PERSONALISATION_COST_PER_MEMBER_WEEK] * weeksPerTick;
    default:
      return members * P.CUSTOMISATION_COST_PER_MEMBER_WEEK[instrument as keyof typeof P.CUSTOMISATION_COST_PER_MEMBER_WEEK] * weeksPerTick;
  }
}
