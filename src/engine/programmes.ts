/**
 * Programmes: the lasting actions (the four strategies). Each starts with its target resolved once
 * (members, ascending), lasts until its planned end or an arreterProgramme, and each tick writes
 * its effects on its alive members into the effects scratch, is charged its cost, and accumulates
 * the incremental gross margin of its members for the ROI: their margin minus what its control group
 * (groupe témoin, controlGroup.ts) made per customer, times the members, from its launch to the end
 * of the game (after it stops too: its lasting effect). Without a control group the effect is not
 * measured (incremental margin and ROI null). Margins are at list price: the discounts of a financial
 * advantage are in its cost (the budget pays them), so incremental margin - cost counts them once.
 */
import { clearEffects, type TickContext } from './context.ts';
import { periodCost } from './costForecast.ts';
import type { Action } from './decisions.ts';
import { programmeId } from './programmeId.ts';
import { imitationTick } from './imitation.ts';
import { EV, logEvent } from './events.ts';
import { NO_TICK, type ProgrammeState, type SimState } from './state.ts';
import { applyCustomisation, customisationCost } from './strategies/customisation.ts';
import { applyFinancier, financierFixedCost } from './strategies/financier.ts';
import { applyLienSocial, lienSocialCost } from './strategies/lienSocial.ts';
import { applyPersonnalisation, personnalisationCost } from './strategies/personnalisation.ts';
import { weeksToTicks } from './context.ts';
import { sqrt } from './detMath.ts';
import * as P from './params.ts';
import type { PriceReturn, ProgrammeKpi } from './types.ts';
import type { Scenario } from '../scenario/schema.ts';

export type StrategyAction = Extract<Action, { type: 'financier' | 'lienSocial' | 'personnalisation' | 'customisation' }>;

/** What the shop knew of a personalisation's members at its start: how many had profile data, and the mean share known (a record, read by no mechanism). */
function profileData(state: SimState, members: Int32Array): { membersWithData: number; membersDataKnown: number } {
  const known = state.customers.dataKnown;
  let withData = 0;
  let sum = 0;
  for (let k = 0; k < members.length; k++) {
    const d = known[members[k]];
    if (d > 0) withData++;
    sum += d;
  }
  return { membersWithData: withData, membersDataKnown: members.length > 0 ? sum / members.length : 0 };
}

/**
 * What the shop knows now of a running personalisation's members still customers: how many, how many it holds
 * profile data on, the mean share known (a record, read by no mechanism): the Bilan says what the programme could
 * use up to its end, collections made after its launch included (QA shops F4).
 */
function profileDataNow(state: SimState, members: Int32Array): { members: number; withData: number; known: number } {
  const c = state.customers;
  let alive = 0;
  let withData = 0;
  let sum = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    alive++;
    const d = c.dataKnown[i];
    if (d > 0) withData++;
    sum += d;
  }
  return { members: alive, withData, known: alive > 0 ? sum / alive : 0 };
}

export function startProgramme(
  state: SimState,
  scenario: Scenario,
  action: StrategyAction,
  actionIndex: number,
  members: Int32Array,
  control: Int32Array,
  withoutConsent = 0,
): ProgrammeState {
  const tick = state.tick;
  const imitation = action.type === 'financier' ? imitationTick(state, scenario, tick) : { tick: -1, by: -1 };
  const prog: ProgrammeState = {
    id: programmeId(tick, actionIndex),
    type: action.type,
    strategy: action.type,
    instrument: action.instrument,
    startTick: tick,
    effectTick: action.type === 'personnalisation' ? tick + weeksToTicks(P.PERSONALISATION_SETUP_WEEKS, state.weeksPerTick) : tick,
    endTick: -1,
    plannedEndTick: action.durationTicks ? tick + action.durationTicks : -1,
    discountRate: action.type === 'financier' ? action.discountRate : 0,
    imitatedTick: imitation.tick,
    imitatedBy: imitation.by,
    ...(withoutConsent > 0 ? { withoutConsent } : {}),
    ...(action.type === 'personnalisation' ? profileData(state, members) : {}),
    members,
    costThisTick: 0,
    costToDate: 0,
    control,
    memberCumulative: new Float64Array(control.length > 0 ? members.length : 0),
    controlCumulative: new Float64Array(control.length),
    incrementalMarginToDate: 0,
    incrementalMarginError: 0,
    comparedTick: -1,
    memberMarginTick: 0,
    controlMarginTick: 0,
    memberShare: 0,
    controlShare: 0,
  };
  for (let k = 0; k < members.length; k++) logEvent(state, members[k], EV.cibleParAction, actionIndex);
  if (action.type === 'lienSocial' && action.instrument === 'club')
    for (let k = 0; k < members.length; k++) {
      const i = members[k];
      if (!state.customers.clubMember[i]) logEvent(state, i, EV.adhesionClub, 0);
    }
  return prog;
}

/** `stopProgramme` reason: the budget could not pay this tick's cost (detail of 'programmeSuspendu'). */
export const SUSPENDED_FOR_BUDGET = 0;

/**
 * Ends a programme at the state's tick. Members of a financial advantage are told (finAvantage);
 * with a `suspendedFor` reason every alive member is told why it stopped (programmeSuspendu).
 */
export function stopProgramme(state: SimState, prog: ProgrammeState, suspendedFor = -1): void {
  prog.endTick = state.tick;
  const c = state.customers;
  if (suspendedFor >= 0) prog.suspendedMembers = 0;
  for (let k = 0; k < prog.members.length; k++) {
    const i = prog.members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    if (suspendedFor >= 0) {
      logEvent(state, i, EV.programmeSuspendu, suspendedFor);
      prog.suspendedMembers!++;
    }
    if (prog.type === 'financier') logEvent(state, i, EV.finAvantage, 0);
    if (prog.type === 'lienSocial' && prog.instrument === 'club') c.clubMember[i] = 0;
  }
}

export function isRunning(prog: ProgrammeState): boolean {
  return prog.endTick < 0;
}

/** Whether a programme's planned duration is over at `tick` (it ends before that tick's decisions). */
export function reachedPlannedEnd(prog: ProgrammeState, tick: number): boolean {
  return prog.plannedEndTick >= 0 && tick >= prog.plannedEndTick;
}

/** Ends programmes whose planned duration is over. */
export function endFinishedProgrammes(state: SimState): void {
  for (const prog of state.programmes) if (isRunning(prog) && reachedPlannedEnd(prog, state.tick)) stopProgramme(state, prog);
}

/**
 * Effects of every running programme for this tick (after suspending those the budget cannot pay), and
 * their fixed costs; notes whether some programme, running or stopped, is measured this tick (its spend kept).
 */
export function applyProgrammes(ctx: TickContext): void {
  const state = ctx.state;
  clearEffects(ctx.effects);
  if (!ctx.history) suspendUnaffordable(ctx);
  const w = state.weeksPerTick;
  state.programmes.forEach((prog, index) => {
    prog.costThisTick = 0;
    if (prog.control.length > 0) ctx.programmesMeasured = true;
    if (!isRunning(prog)) return;
    ctx.programmesRunning = true;
    let reached: number;
    switch (prog.type) {
      case 'financier':
        reached = applyFinancier(ctx, prog, index);
        prog.costThisTick += financierFixedCost(reached, w);
        break;
      case 'lienSocial':
        reached = applyLienSocial(ctx, prog);
        prog.costThisTick += lienSocialCost(prog, reached, w);
        break;
      case 'personnalisation':
        reached = applyPersonnalisation(ctx, prog);
        prog.costThisTick += personnalisationCost(prog, reached, w, ctx.tick === prog.startTick);
        break;
      default:
        reached = applyCustomisation(ctx, prog);
        prog.costThisTick += customisationCost(prog, reached, w);
    }
  });
}

/** How many running programmes each customer is a member of (scratch, kept at 0 between ticks; grown, never shrunk). */
let memberships = new Uint16Array(0);

/**
 * Adds this tick's margin of each customer of `group` (at list price: `spend` holds the list amounts, a
 * discount being in the cost of the programme that gave it) to their margin since the start (`cumulative`);
 * returns the group's margin this tick and how many are still customers.
 */
function groupTick(group: Int32Array, cumulative: Float64Array, spend: Float32Array, lostTick: Int32Array, rate: number): { margin: number; alive: number } {
  let margin = 0;
  let alive = 0;
  for (let k = 0; k < group.length; k++) {
    const i = group[k];
    const m = spend[i] * rate;
    cumulative[k] += m;
    margin += m;
    if (lostTick[i] === NO_TICK) alive++;
  }
  return { margin, alive };
}

/** Sample variance (n - 1) of the values. */
function variance(values: Float64Array): number {
  const n = values.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let k = 0; k < n; k++) mean += values[k];
  mean /= n;
  let ss = 0;
  for (let k = 0; k < n; k++) ss += (values[k] - mean) * (values[k] - mean);
  return ss / (n - 1);
}

/**
 * Half-width of the 95 % interval of a programme's incremental margin since the start: members x
 * 1.96 x the standard error of the difference of two means (members' and control group's margin
 * per customer since the start), the control group being a random part of the same target.
 */
function incrementalError(prog: ProgrammeState): number {
  const m = prog.memberCumulative.length;
  const c = prog.controlCumulative.length;
  return m * P.Z95 * sqrt(variance(prog.memberCumulative) / m + variance(prog.controlCumulative) / c);
}

/**
 * After the customer loop: each programme with a control group, running or stopped, compares its
 * members to it (margin per customer, share still customers; those who left count with a margin of
 * 0, so a retention effect shows) and adds its incremental margin: each member's margin minus the
 * control group's margin per customer. A stopped programme is measured on to the end of the game:
 * its members and its control group stay apart, so what it left behind (barriers that decay slowly,
 * trust, a lower reference price) is counted in its margin and ROI like what it did while it ran
 * (QA class F1: a contract stopped at week 5 was « non démontré » while the whole gain came after).
 * A customer in several measured programmes counts for an equal share in each (linear attribution),
 * so the programmes' margins add up to the members' uplift once, not once per programme. Then the
 * running programmes' total cost this tick.
 */
export function accountProgrammes(ctx: TickContext): number {
  const spend = ctx.effects.spendTick;
  const lostTick = ctx.state.customers.lostTick;
  const rate = ctx.scenario.economics.marginRate;
  const measured = ctx.state.programmes.filter((p) => p.control.length > 0);
  const shared = measured.length > 1;
  if (shared && memberships.length < ctx.state.n) memberships = new Uint16Array(ctx.state.capacity);
  if (shared) for (const prog of measured) for (let k = 0; k < prog.members.length; k++) memberships[prog.members[k]]++;
  for (const prog of measured) {
    const { members, control } = prog;
    const held = groupTick(control, prog.controlCumulative, spend, lostTick, rate);
    const enrolled = groupTick(members, prog.memberCumulative, spend, lostTick, rate);
    const expected = held.margin / control.length;
    let uplift = 0;
    if (shared)
      for (let k = 0; k < members.length; k++) {
        const i = members[k];
        uplift += (spend[i] * rate - expected) / memberships[i];
      }
    else uplift = enrolled.margin - members.length * expected;
    prog.incrementalMarginToDate += uplift;
    prog.incrementalMarginError = incrementalError(prog);
    prog.comparedTick = ctx.tick;
    prog.memberMarginTick = members.length > 0 ? enrolled.margin / members.length : 0;
    prog.controlMarginTick = expected;
    prog.memberShare = members.length > 0 ? enrolled.alive / members.length : 0;
    prog.controlShare = held.alive / control.length;
  }
  if (shared) for (const prog of measured) for (let k = 0; k < prog.members.length; k++) memberships[prog.members[k]] = 0;
  let total = 0;
  for (const prog of ctx.state.programmes) {
    if (!isRunning(prog)) continue;
    prog.costToDate += prog.costThisTick;
    total += prog.costThisTick;
  }
  return total;
}

/** Whether a competitor has copied this financial advantage by the state's tick, while it ran. */
function imitatedNow(p: ProgrammeState, tick: number): boolean {
  return p.imitatedTick >= 0 && p.imitatedTick <= tick && (p.endTick < 0 || p.imitatedTick < p.endTick);
}

/** Where the alive members' reference price stands against the normal price (a financial advantage that just ended). */
export function priceReturn(state: SimState, prog: ProgrammeState): PriceReturn {
  const c = state.customers;
  let members = 0;
  let above = 0;
  let beyond = 0;
  for (let k = 0; k < prog.members.length; k++) {
    const i = prog.members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    members++;
    const ref = c.referencePrice[i];
    above += state.priceLevel / ref - 1;
    if (state.priceLevel > ref * (1 + P.PRICE_TOLERANCE)) beyond++;
  }
  return { members, aboveReference: members > 0 ? above / members : 0, beyondTolerance: beyond };
}

export function programmeKpis(state: SimState, scenario: Scenario): ProgrammeKpi[] {
  return state.programmes.map((p) => ({
    id: p.id,
    type: p.type,
    strategy: p.strategy,
    instrument: p.instrument,
    startTick: p.startTick,
    ...(p.endTick >= 0 ? { endTick: p.endTick } : {}),
    ...(p.suspendedMembers !== undefined ? { suspendedMembers: p.suspendedMembers } : {}),
    targeted: p.members.length,
    controlGroup: p.control.length,
    ...(p.withoutConsent ? { withoutConsent: p.withoutConsent } : {}),
    ...(p.membersWithData !== undefined ? { membersWithData: p.membersWithData, membersDataKnown: p.membersDataKnown ?? 0 } : {}),
    ...(p.endTick < 0 && state.tick < p.effectTick ? { setupUntilTick: p.effectTick } : {}),
    ...(p.type === 'personnalisation' && p.endTick < 0 ? { membersDataNow: profileDataNow(state, p.members) } : {}),
    ...(p.type === 'personnalisation' ? { setupCost: setupCost(p) } : {}),
    costThisTick: p.costThisTick,
    costToDate: p.costToDate,
    incrementalMarginToDate: p.control.length > 0 ? p.incrementalMarginToDate : null,
    incrementalMarginError: p.control.length > 0 ? p.incrementalMarginError : null,
    roi: p.control.length > 0 && p.costToDate > 0 ? (p.incrementalMarginToDate - p.costToDate) / p.costToDate : null,
    ...(p.comparedTick === state.tick
      ? { comparison: { memberMargin: p.memberMarginTick, controlMargin: p.controlMarginTick, memberShare: p.memberShare, controlShare: p.controlShare } }
      : {}),
    ...(imitatedNow(p, state.tick) ? { imitated: { tick: p.imitatedTick, competitor: scenario.competitors[p.imitatedBy ?? -1]?.id ?? '' } } : {}),
    ...(p.type === 'financier' && p.endTick === state.tick ? { priceReturn: priceReturn(state, p) } : {}),
  }));
}

/** A personalisation's one-off set-up cost, paid with its first tick's cost (strategies/personnalisation.ts personnalisationCost). */
function setupCost(p: ProgrammeState): number {
  return p.members.length * P.PERSONALISATION_SETUP_COST_PER_MEMBER[p.instrument as keyof typeof P.PERSONALISATION_SETUP_COST_PER_MEMBER];
}

/** Expected euros customer i spends this tick at list price (season, satisfaction ignored, price level). */
export function expectedSpend(ctx: TickContext, i: number, meanFactor: number): number {
  const c = ctx.state.customers;
  return ((c.lambda[i] * ctx.rateMultiplier * ctx.spendShape) / c.basketScale[i]) * meanFactor * ctx.state.priceLevel;
}

/** Highest purchase-rate lift a financial advantage can give (light buyer, full points card). */
function maxFinancialLift(instrument: string, discountRate: number): number {
  const lift = P.FINANCIAL_RATE_LIFT_PER_10PCT * (discountRate / 0.1);
  return instrument === 'points' ? lift * (1 + P.POINTS_GOAL_GRADIENT) : lift;
}

/**
 * The basket factor of the scenario's product types, weighted by their shares: its mean (what a basket
 * costs on average, expectedSpend) and its second moment E[factor²] (how far one purchase's amount
 * strays, budgetReserve.ts). One walk over the product table serves both.
 */
export function productFactorMoments(ctx: TickContext): { mean: number; square: number } {
  let prev = 0;
  let mean = 0;
  let square = 0;
  for (let k = 0; k < ctx.productFactor.length; k++) {
    const weighted = (ctx.productCumulative[k] - prev) * ctx.productFactor[k];
    mean += weighted;
    square += weighted * ctx.productFactor[k];
    prev = ctx.productCumulative[k];
  }
  return { mean, square };
}

/** Expected cost this tick of a programme of `type`/`instrument` on `members` (alive ones), with or without set-up. */
function tickCostEstimate(
  ctx: TickContext,
  type: StrategyAction['type'],
  instrument: string,
  discountRate: number,
  members: Int32Array,
  setUp: boolean,
): number {
  const c = ctx.state.customers;
  const w = ctx.state.weeksPerTick;
  const factor = type === 'financier' ? productFactorMoments(ctx).mean : 0;
  let alive = 0;
  let spend = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    alive++;
    if (type === 'financier') spend += expectedSpend(ctx, i, factor);
  }
  return costOfMembers(type, instrument, discountRate, alive, spend, w, setUp ? members.length : 0);
}

/**
 * The expected cost of a tick from its totals: `alive` members reached, who buy `spend` euros at list
 * price (a financial advantage: counted with its highest lift), and `setUpMembers` a personalisation
 * sets up (0: none): costForecast.ts periodCost, plus the set-up. The reserve's rule (tickCostEstimate), also read by its forecast (budgetReserve.ts).
 */
export function costOfMembers(
  type: StrategyAction['type'],
  instrument: string,
  discountRate: number,
  alive: number,
  spend: number,
  w: number,
  setUpMembers: number,
): number {
  const discounted = type === 'financier' ? spend * (1 + maxFinancialLift(instrument, discountRate)) : 0;
  const cost = periodCost(type, instrument, discountRate, alive, discounted, w);
  if (type !== 'personnalisation' || setUpMembers <= 0) return cost;
  return cost + setUpMembers * P.PERSONALISATION_SETUP_COST_PER_MEMBER[instrument as keyof typeof P.PERSONALISATION_SETUP_COST_PER_MEMBER];
}

/** Cost of a programme's first tick, with the prudence margin, to refuse what the budget cannot pay. */
export function estimateFirstTickCost(ctx: TickContext, action: StrategyAction, members: Int32Array): number {
  const discount = action.type === 'financier' ? action.discountRate : 0;
  return P.BUDGET_PRUDENCE_MARGIN * tickCostEstimate(ctx, action.type, action.instrument, discount, members, true);
}

/** Cost of a running programme this tick, with the prudence margin (budget reserved for it). */
export function runningTickCost(ctx: TickContext, prog: ProgrammeState): number {
  const setUp = prog.type === 'personnalisation' && ctx.tick === prog.startTick;
  return P.BUDGET_PRUDENCE_MARGIN * tickCostEstimate(ctx, prog.type as StrategyAction['type'], prog.instrument, prog.discountRate, prog.members, setUp);
}

/** Budget reserved this tick for the running programmes (what a new action cannot take). */
export function committedBudget(ctx: TickContext): number {
  let total = 0;
  for (const prog of ctx.state.programmes) if (isRunning(prog)) total += runningTickCost(ctx, prog);
  return total;
}

/**
 * Never spend money the budget does not have, and never silently: before the programmes act, each
 * running programme (oldest first) reserves its expected cost this tick; one the remaining budget
 * cannot pay is suspended, and its members get a 'programmeSuspendu' event (detail 0 = budget).
 */
export function suspendUnaffordable(ctx: TickContext): void {
  const state = ctx.state;
  let left = state.budget;
  for (const prog of state.programmes) {
    if (!isRunning(prog)) continue;
    const cost = runningTickCost(ctx, prog);
    if (cost <= left) {
      left -= cost;
      continue;
    }
    stopProgramme(state, prog, SUSPENDED_FOR_BUDGET);
  }
}
