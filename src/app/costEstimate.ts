/**
 * What a decision will cost, estimated before advancing, from the engine's own cost
 * parameters (src/engine/params.ts) so the estimate and the simulation agree. Discounts
 * depend on what members will buy: estimated from the last period's basket and frequency.
 */
import type { Strategy } from '../engine/vocabulary.ts';
import type { TickKpis } from '../engine/types.ts';
import {
  CUSTOMISATION_COST_PER_MEMBER_WEEK,
  DATA_COST_PER_CONTACT,
  FINANCIAL_COST_PER_MEMBER,
  MYSTERY_COST_PER_VISIT,
  PERSONALISATION_COST_PER_MEMBER_WEEK,
  PERSONALISATION_SETUP_COST_PER_MEMBER,
  PERSONALISATION_SETUP_WEEKS,
  SOCIAL_COST_PER_MEMBER_WEEK,
  SURVEY_COST_PER_RESPONDENT,
  WEEKS_PER_MONTH,
} from '../engine/params.ts';
import type { StrategyChoice } from './strategyForm.ts';

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

/** Cost of one strategy on `members` customers. */
export function strategyCost(choice: StrategyChoice, members: number, tickUnit: 'week' | 'month', last: TickKpis | undefined): CostEstimate {
  const weeks = weeksPerTick(tickUnit);
  const perMember: Record<Strategy, () => number> = {
    financier: () => {
      // the discount given on what a member is expected to buy in a tick, plus administration
      const spendPerTick = last ? last.frequency * last.averageBasket : 0;
      return FINANCIAL_COST_PER_MEMBER + choice.discountRate * spendPerTick;
    },
    lienSocial: () => SOCIAL_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof SOCIAL_COST_PER_MEMBER_WEEK] * weeks,
    personnalisation: () => PERSONALISATION_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof PERSONALISATION_COST_PER_MEMBER_WEEK] * weeks,
    customisation: () => CUSTOMISATION_COST_PER_MEMBER_WEEK[choice.instrument as keyof typeof CUSTOMISATION_COST_PER_MEMBER_WEEK] * weeks,
  };
  const setup =
    choice.strategy === 'personnalisation'
      ? members * PERSONALISATION_SETUP_COST_PER_MEMBER[choice.instrument as keyof typeof PERSONALISATION_SETUP_COST_PER_MEMBER]
      : 0;
  const delayTicks = choice.strategy === 'personnalisation' ? Math.ceil(PERSONALISATION_SETUP_WEEKS / weeks) : 0;
  return { perTick: members * perMember[choice.strategy](), setup, delayTicks };
}

export function surveyCost(method: 'questionnaire' | 'clientMystere', sampleSize: number): number {
  return sampleSize * (method === 'questionnaire' ? SURVEY_COST_PER_RESPONDENT : MYSTERY_COST_PER_VISIT);
}

export function dataCollectionCost(instrument: keyof typeof DATA_COST_PER_CONTACT, contacts: number): number {
  return contacts * DATA_COST_PER_CONTACT[instrument];
}
