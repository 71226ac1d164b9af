/**
 * The complaints the engine expects next period of some customers, before it draws them: read-only, like
 * budgetReserve.ts targetCostCurves (the page asks it with a target, engineHandler `selectTarget`). The budget
 * runway prices the complaint handling from the complaints of the last periods (app/programmesRunway.ts); before
 * the first period is played there are none, and it priced them at 0 €. Same rule as service.ts serviceStep: a
 * customer still there buys a Poisson number of times at their purchase rate (x the period's season, shopConditions),
 * at least one visit goes wrong with probability 1 - (1 - incident rate)^visits, whose expectation over the Poisson
 * count is 1 - exp(-rate x incident rate); an incident becomes a complaint with the scenario's propensity, boosted by
 * the customer's dissatisfaction. The customer's own multipliers (satisfaction, programmes, competitors) are left
 * out, as in the reserve's expectations. Deterministic (detMath), no random draw, the state untouched.
 */
import { exp } from './detMath.ts';
import { incidentRateOf, shopConditions } from './context.ts';
import { complaintChance } from './service.ts';
import { NO_TICK, type SimState } from './state.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Complaints expected in the next period (state.tick) of the customers `ids` still there and already arrived. */
export function expectedComplaints(state: SimState, scenario: Scenario, ids: ArrayLike<number>): number {
  const { rate, incidentMultiplier } = shopConditions(scenario, state.tick);
  const incidentRate = incidentRateOf(scenario, incidentMultiplier);
  if (incidentRate <= 0 || rate <= 0) return 0;
  const c = state.customers;
  let total = 0;
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    // lost, or not arrived yet (a customer's first purchase, at their arrival, has no service step)
    if (c.lostTick[i] !== NO_TICK || c.acquisitionTick[i] >= state.tick) continue;
    const incident = 1 - exp(-c.lambda[i] * rate * incidentRate);
    total += incident * complaintChance(scenario, c.satisfaction[i]);
  }
  return total;
}
