/**
 * What the next tick will reserve from the budget for each running programme, before it acts
 * (step 3 of the tick, `suspendUnaffordable`): the same `runningTickCost`, on the state the next tick
 * will see (its price rise applied, the programmes reaching their planned end left out). Read-only:
 * the state is not changed, so the game's results and hash are not either. The page uses it to warn
 * the learner before a programme is stopped for lack of budget (src/app/budgetRunway.ts).
 */
import { buildContext } from './context.ts';
import { isRunning, reachedPlannedEnd, runningTickCost } from './programmes.ts';
import { priceLevelAt } from './step.ts';
import type { SimState } from './state.ts';
import { MOTIVES } from './vocabulary.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface ProgrammeReserve {
  /** the programme's id (ProgrammeKpi.id) */
  id: string;
  /** euros the next tick reserves for it: its expected cost x BUDGET_PRUDENCE_MARGIN */
  reserve: number;
}

/** The running programmes that the next tick keeps, oldest first (the order they reserve), with their reserve. */
export function nextTickReserves(state: SimState, scenario: Scenario): ProgrammeReserve[] {
  const kept = state.programmes.filter((p) => isRunning(p) && !reachedPlannedEnd(p, state.tick));
  if (kept.length === 0) return [];
  const priceLevel = priceLevelAt(state, scenario);
  // no competitor hazard: the reserve does not depend on it, and competitorStep would log its events
  const ctx = buildContext({ ...state, priceLevel }, scenario, false, new Float64Array(MOTIVES.length));
  return kept.map((p) => ({ id: p.id, reserve: runningTickCost(ctx, p) }));
}
