/**
 * What the next tick will reserve from the budget for each running programme, before it acts
 * (step 3 of the tick, `suspendUnaffordable`): the same `runningTickCost`, on the state the next tick
 * will see (its price rise applied, the programmes reaching their planned end left out). Read-only:
 * the state is not changed, so the game's results and hash are not either. The page uses it to warn
 * the learner before a programme is stopped for lack of budget (src/app/budgetRunway.ts).
 */
import { buildContext, shopConditions, type TickContext } from './context.ts';
import { forecastCosts, forecastSpread, type TargetCostCurves } from './costForecast.ts';
import { exp } from './detMath.ts';
import { BUDGET_PRUDENCE_MARGIN } from './params.ts';
import { costOfMembers, expectedSpend, isRunning, productFactorMoments, reachedPlannedEnd, runningTickCost, type StrategyAction } from './programmes.ts';
import { priceLevelAt } from './step.ts';
import { NO_TICK, type ProgrammeState, type SimState } from './state.ts';
import { memberLift } from './strategies/financier.ts';
import { MOTIVES } from './vocabulary.ts';
import type { Scenario } from '../scenario/schema.ts';

export interface ProgrammeReserve {
  /** the programme's id (ProgrammeKpi.id) */
  id: string;
  /** euros the next tick reserves for it: its expected cost x BUDGET_PRUDENCE_MARGIN */
  reserve: number;
  /**
   * period after period from the next one (index 0), as long as it runs (its planned end, or the end
   * of the game): what it will reserve and what it is expected to cost, its members leaving and the
   * calendar's seasons and price rises taken into account (targetCostCurves)
   */
  ahead?: { reserve: number[]; cost: number[]; spread?: number[] };
}

/** The running programmes that the next tick keeps, oldest first (the order they reserve), with their reserve. */
export function nextTickReserves(state: SimState, scenario: Scenario): ProgrammeReserve[] {
  const kept = state.programmes.filter((p) => isRunning(p) && !reachedPlannedEnd(p, state.tick));
  if (kept.length === 0) return [];
  const priceLevel = priceLevelAt(state, scenario);
  // no competitor hazard: the reserve does not depend on it, and competitorStep would log its events
  const ctx = buildContext({ ...state, priceLevel }, scenario, false, new Float64Array(MOTIVES.length));
  const periodsOf = (p: ProgrammeState) => Math.min(scenario.durationTicks, p.plannedEndTick >= 0 ? p.plannedEndTick : Number.POSITIVE_INFINITY) - state.tick;
  const longest = kept.reduce((most, p) => Math.max(most, periodsOf(p)), 0);
  // the expectations every programme's forecast shares (calendar, other departures), worked out once
  const expect = longest > 0 ? expectations(state, scenario, longest) : null;
  return kept.map((p) => {
    const reserve = runningTickCost(ctx, p);
    const periods = periodsOf(p);
    return periods > 0 && expect ? { id: p.id, reserve, ahead: ahead(state, expect, p, reserve, periods) } : { id: p.id, reserve };
  });
}

/**
 * What a running programme will reserve and cost over its next `periods`: the reserve's rule
 * (costOfMembers) on the members expected still there and what they are expected to buy, scaled so the
 * next period is the engine's own `reserve`; the cost is the strategies' rule (costForecast.ts), a
 * discount with each member's own lift rather than the highest.
 */
function ahead(state: SimState, expect: Expectations, p: ProgrammeState, reserve: number, periods: number): NonNullable<ProgrammeReserve['ahead']> {
  const curves = curvesOf(state, expect, p.members, periods).all;
  const type = p.type as StrategyAction['type'];
  const rule = (k: number) => costOfMembers(type, p.instrument, p.discountRate, curves.members[k], curves.spend[k], state.weeksPerTick, 0);
  const first = rule(0);
  const reserves = curves.members.map((_, k) => (first > 0 ? (reserve * rule(k)) / first : BUDGET_PRUDENCE_MARGIN * rule(k)));
  const choice = { strategy: type, instrument: p.instrument, discountRate: p.discountRate };
  const cost = forecastCosts(curves, 1, choice, state.weeksPerTick, periods);
  return type === 'financier' ? { reserve: reserves, cost, spread: forecastSpread(curves, 1, choice, periods) } : { reserve: reserves, cost };
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
  return curvesOf(state, expectations(state, scenario, ticks), ids, ticks);
}

/** What targetCostCurves reads of the shop for up to `ticks` periods, the same for every target. */
interface Expectations {
  ctx: TickContext;
  /** mean basket factor of the product types */
  factor: number;
  /** each period's purchase rate, and its price level against the next period's */
  calendar: number[];
  /** otherDepartures(state) */
  other: number;
  /** a basket's second moment over its mean, but for the customer's own 1 / basketScale: (shape + 1) x E[factor²] / E[factor] x price level */
  second: number;
}

function expectations(state: SimState, scenario: Scenario, ticks: number): Expectations {
  const priceLevel = priceLevelAt(state, scenario);
  // at the shop's usual purchase rate: each period's season or roadworks come from the calendar
  const ctx = { ...buildContext({ ...state, priceLevel }, scenario, false, new Float64Array(MOTIVES.length)), rateMultiplier: 1 };
  const calendar: number[] = [];
  let level = priceLevel;
  for (let k = 0; k < ticks; k++) {
    const tick = state.tick + k;
    if (k > 0) for (const ev of scenario.events) if (ev.kind === 'hausseDesPrix' && ev.tick === tick) level *= 1 + ev.intensity;
    calendar.push(shopConditions(scenario, tick).rate * (level / priceLevel));
  }
  const { mean: factor, square } = productFactorMoments(ctx);
  const second = factor > 0 ? ((ctx.spendShape + 1) * square * ctx.state.priceLevel) / factor : 0;
  return { ctx, factor, calendar, other: otherDepartures(state), second };
}

/**
 * targetCostCurves from the shop's expectations (over at least `ticks` periods). O(customers x
 * periods): at 200,000 customers and 156 periods left, 31 million steps, so no array per customer and
 * the products shared by both curves; the sums are the same, customer after customer in the same order.
 */
function curvesOf(state: SimState, expect: Expectations, ids: ArrayLike<number>, ticks: number): TargetCostCurves {
  const c = state.customers;
  const { ctx, factor, calendar, other, second } = expect;
  const members = new Float64Array(ticks);
  const variances = new Float64Array(ticks);
  const spends = new Float64Array(ticks);
  const lifted = new Float64Array(ticks);
  const consentedMembers = new Float64Array(ticks);
  const consentedSpends = new Float64Array(ticks);
  const consentedLifted = new Float64Array(ticks);
  for (let j = 0; j < ids.length; j++) {
    const i = ids[j];
    if (c.lostTick[i] !== NO_TICK) continue;
    const stay = exp(-c.lambda[i] * c.dropout[i]) * (1 - other);
    const spend = expectedSpend(ctx, i, factor);
    const lift = memberLift(1, c.lambda[i] / ctx.meanLambda);
    // what one purchase's amount adds to the variance of its spend, per euro expected (compound Poisson: E[n] E[X²])
    const perEuro = second / c.basketScale[i];
    let there = 1;
    if (c.consent[i] !== 0) {
      for (let k = 0; k < ticks; k++) {
        const bought = there * spend;
        const atList = bought * calendar[k];
        const withLift = bought * lift * calendar[k];
        members[k] += there;
        spends[k] += atList;
        lifted[k] += withLift;
        variances[k] += atList * perEuro;
        consentedMembers[k] += there;
        consentedSpends[k] += atList;
        consentedLifted[k] += withLift;
        there *= stay;
      }
    } else {
      for (let k = 0; k < ticks; k++) {
        const bought = there * spend;
        members[k] += there;
        spends[k] += bought * calendar[k];
        lifted[k] += bought * lift * calendar[k];
        variances[k] += bought * calendar[k] * perEuro;
        there *= stay;
      }
    }
  }
  return {
    all: { members: Array.from(members), spend: Array.from(spends), liftSpend: Array.from(lifted), spendVar: Array.from(variances) },
    consented: { members: Array.from(consentedMembers), spend: Array.from(consentedSpends), liftSpend: Array.from(consentedLifted) },
  };
}

/**
 * The departures the BG/NBD dropout leaves out (dissatisfaction, competitors, novelty, prices,
 * incidents), per period: the base's observed churn (state.churnSmoothed) minus the mean BG/NBD part of
 * the customers still there, 0 before any period is known.
 */
function otherDepartures(state: SimState): number {
  if (state.churnSmoothed <= 0) return 0;
  const c = state.customers;
  let alive = 0;
  let btyd = 0;
  for (let i = 0; i < state.n; i++) {
    if (c.lostTick[i] !== NO_TICK || c.acquisitionTick[i] > state.tick) continue;
    alive++;
    btyd += 1 - exp(-c.lambda[i] * c.dropout[i]);
  }
  return alive > 0 ? Math.max(0, state.churnSmoothed - btyd / alive) : 0;
}
