/**
 * A shop whose customers buy far apart next to the RFM window (QA self-learner finding 6): the engine
 * scores recency, frequency and amount over the last RFM_WINDOW_WEEKS (12 months) whatever the trade,
 * so where a customer buys every year or two (an optician) many loyal customers score at the bottom
 * of the grid and land in « Inactif ». The screens say so there. Pure, from the scenario's purchase
 * rate (gamma-distributed per customer: mean r / alpha purchases per period).
 */
import { RFM_WINDOW_WEEKS, WEEKS_PER_MONTH } from '../../engine/params.ts';
import type { Scenario } from '../../scenario/schema.ts';

/** The mean time between two purchases of a customer, in weeks. */
export function meanPurchaseIntervalWeeks(scenario: Pick<Scenario, 'tickUnit' | 'customers'>): number {
  const { r, alpha } = scenario.customers.purchaseRate;
  return ((scenario.tickUnit === 'week' ? 1 : WEEKS_PER_MONTH) * alpha) / r;
}

/** Purchases on average half the RFM window apart or more: the months between them, else null. */
export function longPurchaseCycle(scenario: Pick<Scenario, 'tickUnit' | 'customers'>): { months: number } | null {
  const weeks = meanPurchaseIntervalWeeks(scenario);
  return weeks >= RFM_WINDOW_WEEKS / 2 ? { months: Math.round(weeks / WEEKS_PER_MONTH) } : null;
}
