/**
 * What a decision will cost, estimated before advancing, from the engine's own cost
 * parameters (src/engine/params.ts) so the estimate and the simulation agree. A discount costs
 * the discount rate on what the members will buy: estimated from what the shop's records say the
 * target's customers spend per period (targetSpend.ts, asked with the target's count), raised by
 * the purchase lift the discount gives a typical member. Without those records (a summary that
 * only knows the target's size) it falls back on the last period's frequency x average basket of
 * all customers, which is 0 before the first period and off for a target unlike the average.
 */
import { enrolment } from './enrolment.ts';
import type { Strategy } from '../engine/vocabulary.ts';
import type { TickKpis } from '../engine/types.ts';
import {
  CUSTOMISATION_COST_PER_MEMBER_WEEK,
  DATA_COST_PER_CONTACT,
  FINANCIAL_COST_PER_MEMBER,
  FINANCIAL_RATE_LIFT_PER_10PCT,
  MYSTERY_COST_PER_VISIT,
  PERSONALISATION_COST_PER_MEMBER_WEEK,
  PERSONALISATION_SETUP_COST_PER_MEMBER,
  PERSONALISATION_SETUP_WEEKS,
  SOCIAL_COST_PER_MEMBER_WEEK,
  SURVEY_COST_PER_RESPONDENT,
  WEEKS_PER_MONTH,
} from '../engine/params.ts';
import type { StrategyChoice } from './strategyForm.ts';
import type { TargetSpend } from './targetSpend.ts';

export interface CostEstimate {
  /** euros per tick while it runs */
  perTick: number;
  /** euros paid once at the start */
  setup: number;
  /** ticks before any effect is expected (0 = from the next period) */
  delayTicks: number;
}

export function weeksPerTick(tickUnit: 'week' | 'month'): number {
  return tickUnit === 'week' ? 1 : WEEKS_PER_MONTH;
}

/**
 * Purchase lift a discount of `rate` gives a member who buys at the shop's mean rate: the engine
 * gives lift / (1 + (rate of the member / mean rate)^HEAVY_BUYER_EXPONENT) (strategies/financier.ts),
 * so half the full lift at the mean; light buyers get more, heavy buyers less.
 */
export function typicalFinancialLift(rate: number): number {
  return (FINANCIAL_RATE_LIFT_PER_10PCT * (rate / 0.1)) / 2;
}

/**
 * Cost of one strategy on a target of `members` customers. `spend` (the target's records, see
 * targetSpend.ts) prices a discount and counts only the customers a programme reaches (not lost);
 * without it the discount is priced on `last` (see the header). Only the customers enrolled are
 * charged: the control group the engine holds out of the rest costs nothing, nor do the customers an
 * e-mail or SMS instrument may not contact for want of consent (enrolment.ts).
 */
export function strategyCost(
  choice: StrategyChoice,
  members: number,
  tickUnit: 'week' | 'month',
  last: TickKpis | undefined,
  spend?: TargetSpend | null,
): CostEstimate {
  const weeks = weeksPerTick(tickUnit);
  const alive = spend ? spend.active : members;
  const reached = enrolment(members, alive, choice.instrument, spend?.withoutConsent ?? 0).enrolled;
  const perMember: Record<Strategy, () => number> = {
    financier: () => {
      // the discount given on what a member is expected to buy in a tick, plus administration
      const spendPerMember = spend
        ? (alive > 0 ? spend.spendPerTick / alive : 0) * (1 + typicalFinancialLift(choice.discountRate))
        : last
          ? last.frequency * last.averageBasket
          : 0;
      return FINANCIAL_COST_PER_MEMBER + choice.discountRate * spendPerMember;
    },
    lienSocial: () => SOCIAL_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof SOCIAL_COST_PER_MEMBER_WEEK] * weeks,
    personnalisation: () => PERSONALISATION_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof PERSONALISATION_COST_PER_MEMBER_WEEK] * weeks,
    customisation: () => CUSTOMISATION_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof CUSTOMISATION_COST_PER_MEMBER_WEEK] * weeks,
  };
  const setup =
    choice.strategy === 'personnalisation'
      ? reached * PERSONALISATION_SETUP_COST_PER_MEMBER[choice.instrument as keyof typeof PERSONALISATION_SETUP_COST_PER_MEMBER]
      : 0;
  const delayTicks = choice.strategy === 'personnalisation' ? Math.ceil(PERSONALISATION_SETUP_WEEKS / weeks) : 0;
  return { perTick: reached * perMember[choice.strategy](), setup, delayTicks };
}

export function surveyCost(method: 'questionnaire' | 'clientMystere', sampleSize: number): number {
  return sampleSize * (method === 'questionnaire' ? SURVEY_COST_PER_RESPONDENT : MYSTERY_COST_PER_VISIT);
}

export function dataCollectionCost(instrument: keyof typeof DATA_COST_PER_CONTACT, contacts: number): number {
  return contacts * DATA_COST_PER_CONTACT[instrument];
}
