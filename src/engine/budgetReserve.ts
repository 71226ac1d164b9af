/**
 * What the next tick will reserve from the budget for each running programme, before it acts
 * (step 3 of the tick, `suspendUnaffordable`): the same `runningTickCost`, on the state the next tick
 * will see (its price rise applied, the programmes reaching their planned end left out). Read-only:
 * the state is not changed, so the game's results and hash are not either. The page uses it to warn
 * the learner before a programme is stopped for lack of budget (src/app/budgetRunway.ts).
 */
import { buildContext, shopConditions } from './context.ts';
import type { CostCurves, TargetCostCurves } from './costForecast.ts';
import { exp } from './detMath.ts';
import { expectedSpend, isRunning, meanProductFactor, reachedPlannedEnd, runningTickCost } from './programmes.ts';
import { priceLevelAt } from './step.ts';
import { NO_TICK, type SimState } from './state.ts';
import { memberLift } from './strategies/financier.ts';
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

/**
 * What the engine expects of the customers `ids` (a target, ascending) over the next `ticks` periods,
 * if a programme starts on them at the next tick: how many are still there, what they buy at list
 * price, and that spend weighted by each one's share of a discount's lift (costForecast.ts prices a
 * strategy with it). From the same rules as the reserve (expectedSpend: their purchase rate and basket,
 * the scenario's seasons and price rises), and each customer's own dropout (BG/NBD: a customer who
 * buys λ times a period and leaves with probability p after each purchase stays exp(-λp) of a period).
 * The other departures (dissatisfaction, competitors) are left out: a little more is forecast than
 * charged. Read-only, like nextTickReserves. Where the records could not see it: a new customer has one
 * purchase, yet buys again at their rate (the cost of a discount on a « nouveau » target, QA).
 */
export function targetCostCurves(state: SimState, scenario: Scenario, ids: ArrayLike<number>, ticks: number): TargetCostCurves {
  const c = state.customers;
  const priceLevel = priceLevelAt(state, scenario);
  // at the shop's usual purchase rate: each period's season or roadworks come from the calendar
  const ctx = { ...buildContext({ ...state, priceLevel }, scenario, false, new Float64Array(MOTIVES.length)), rateMultiplier: 1 };
  const factor = meanProductFactor(ctx);
  // the calendar: each period's purchase rate, and its price level against the next period's (in ctx)
  const calendar: number[] = [];
  let level = priceLevel;
  for (let k = 0; k < ticks; k++) {
    const tick = state.tick + k;
    if (k > 0) for (const ev of scenario.events) if (ev.kind === 'hausseDesPrix' && ev.tick === tick) level *= 1 + ev.intensity;
    calendar.push(shopConditions(scenario, tick).rate * (level / priceLevel));
  }
  const empty = (): CostCurves => ({ members: new Array<number>(ticks).fill(0), spend: new Array<number>(ticks).fill(0), liftSpend: new Array<number>(ticks).fill(0) });
  const all = empty();
  const consented = empty();
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    if (c.lostTick[i] !== NO_TICK) continue;
    const stay = exp(-c.lambda[i] * c.dropout[i]);
    const spend = expectedSpend(ctx, i, factor);
    const lift = memberLift(1, c.lambda[i] / ctx.meanLambda);
    const into = c.consent[i] !== 0 ? [all, consented] : [all];
    let there = 1;
    for (let k = 0; k < ticks; k++) {
      for (const curves of into) {
        curves.members[k] += there;
        curves.spend[k] += there * spend * calendar[k];
        curves.liftSpend[k] += there * spend * lift * calendar[k];
      }
      there *= stay;
    }
  }
  return { all, consented };
}
