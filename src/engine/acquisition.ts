/**
 * Recruitment (conquête): converted referrals of this tick (wordOfMouth.ts), then organic walk-ins
 * (people of the catchment area who come by themselves: passing trade, search, hearsay; their
 * number rises with the base's mean satisfaction and falls with negative word of mouth), then the
 * acquisition campaigns decided this tick. A campaign buys recruits at a cost per recruit that depends on the
 * channel, reduced by negative word of mouth, within the prospects left in the catchment area. A
 * recruit is appended as a new customer index and makes its first purchase now (stage nouveau). A paid
 * campaign's recruits are less loyal than the base (customers.ts campaignDropout): few stay, so a
 * recruit who stays costs more than a customer kept.
 */
import { countInDistributions, effectsFor, type TickContext } from './context.ts';
import { initCustomer } from './customers.ts';
import { EV, logEvent } from './events.ts';
import { updateLadder } from './lifecycle.ts';
import * as P from './params.ts';
import { recordPurchases } from './purchases.ts';
import { GLOBAL_CUSTOMER, poisson, uniform } from './rng.ts';
import { windowStep } from './rfmWindow.ts';
import { ensureCapacity, type SimState } from './state.ts';
import { recruitUnitCost } from './unitCosts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { STAGES, type AcquisitionChannel } from './vocabulary.ts';
import { wordOfMouthYield } from './wordOfMouth.ts';

export interface Campaign {
  channel: AcquisitionChannel;
  budget: number;
  actionIndex: number;
}

/** Number of recruits a campaign buys this tick (one global draw rounds the fraction). */
export function campaignRecruits(ctx: TickContext, campaign: Campaign, dissatisfiedShare: number): number {
  const expected = (campaign.budget / recruitUnitCost(campaign.channel, ctx.basket)) * wordOfMouthYield(dissatisfiedShare);
  const whole = Math.floor(expected);
  return whole + (uniform(ctx.keys.acquisition, GLOBAL_CUSTOMER, campaign.actionIndex) < expected - whole ? 1 : 0);
}

const STAGE_PROSPECT = STAGES.indexOf('prospect');

/** The organic draw's own customer slot on the acquisition stream (campaigns use GLOBAL_CUSTOMER). */
const ORGANIC_CUSTOMER = GLOBAL_CUSTOMER - 1;

/**
 * Size of the run's initial base: initial customers hold indexes [0, n0) with an arrival tick
 * before 0, recruits are appended with arrival ticks >= 0, so n0 is found by bisection.
 */
export function initialBaseSize(state: SimState): number {
  const arrival = state.customers.acquisitionTick;
  let lo = 0;
  let hi = state.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arrival[mid] < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Walk-ins per tick at the scenario's satisfaction for an initial base of `baseSize` (scaled like the prospect pool). */
export function nominalWalkIns(scenario: Scenario, weeksPerTick: number, baseSize: number): number {
  const cs = scenario.customers;
  const nominal = cs.organicAcquisitionPerTick ?? P.ORGANIC_ACQUISITION_SHARE_PER_WEEK * cs.initial * weeksPerTick;
  return (nominal * baseSize) / cs.initial;
}

/** Walk-ins per tick at the scenario's satisfaction, for the run's base size (scaled like the prospect pool). */
export function organicPerTick(state: SimState, scenario: Scenario): number {
  return nominalWalkIns(scenario, state.weeksPerTick, initialBaseSize(state));
}

/**
 * Expected walk-ins this tick: nominal x (1 + slope x (mean satisfaction - S_ref)) x negative word-of-mouth
 * yield, less those the period's unresolved complaints turned away (UNRESOLVED_COMPLAINT_TOLD people told
 * each, REFERRAL_CONVERSION of them deterred), never below zero.
 */
export function organicMean(ctx: TickContext, dissatisfiedShare: number): number {
  const ctr = ctx.counters;
  const meanSatisfaction = ctr.aliveEnd > 0 ? ctr.satisfactionSum / ctr.aliveEnd : ctx.satisfactionRef;
  let word = 1 + P.ORGANIC_SATISFACTION_SLOPE * (meanSatisfaction - ctx.satisfactionRef);
  if (word < 0) word = 0;
  else if (word > P.ORGANIC_WORD_MAX) word = P.ORGANIC_WORD_MAX;
  const deterred = (ctr.complaints - ctr.complaintsResolved) * P.UNRESOLVED_COMPLAINT_TOLD * P.REFERRAL_CONVERSION;
  const walkIns = organicPerTick(ctx.state, ctx.scenario) * word * wordOfMouthYield(dissatisfiedShare);
  // reported only (KPIs' deterredByComplaints): the walk-ins the complaints took off the mean, no more than it had
  ctr.deterredByComplaints = Math.min(walkIns, deterred);
  return Math.max(0, walkIns - deterred);
}

function addCustomer(ctx: TickContext, referred: boolean, campaign = false): number {
  const state = ctx.state;
  const i = state.n;
  ensureCapacity(state, i + 1);
  ctx.effects = effectsFor(state.capacity);
  state.n = i + 1;
  state.prospectsRemaining--;
  initCustomer(state, ctx.scenario, ctx.keys.init, i, ctx.tick, referred, false, campaign);
  logEvent(state, i, EV.recrute, referred ? 1 : 0);
  const spent = recordPurchases(ctx, i, 1);
  windowStep(ctx, i, 1, spent);
  const c = state.customers;
  countInDistributions(ctx.counters, c.stage[i], c.ladder[i], c.satisfaction[i]);
  // an arrival: a prospect of the catchment area becomes a customer at its first stage (nouveau)
  ctx.counters.stageFlows[STAGE_PROSPECT * STAGES.length + c.stage[i]]++;
  ctx.counters.aliveEnd++;
  ctx.counters.acquired++;
  if (referred) ctx.counters.acquiredByReferral++;
  return i;
}

export function recruit(ctx: TickContext, campaigns: readonly Campaign[]): void {
  const state = ctx.state;
  for (const referrer of ctx.referrers) {
    if (state.prospectsRemaining < 1) break;
    const i = addCustomer(ctx, true);
    const c = state.customers;
    c.hasReferred[referrer] = 1;
    ctx.counters.ladder[c.ladder[referrer]]--;
    updateLadder(ctx, referrer);
    ctx.counters.ladder[c.ladder[referrer]]++;
    logEvent(state, referrer, EV.parrainage, i);
  }
  const alive = Math.max(1, ctx.counters.aliveEnd);
  const dissatisfiedShare = ctx.counters.dissatisfied / alive;
  const walkIns = poisson(ctx.keys.acquisition, ORGANIC_CUSTOMER, 0, organicMean(ctx, dissatisfiedShare));
  for (let k = 0; k < walkIns && state.prospectsRemaining >= 1; k++) addCustomer(ctx, false);
  for (const campaign of campaigns) {
    const count = campaignRecruits(ctx, campaign, dissatisfiedShare);
    for (let k = 0; k < count && state.prospectsRemaining >= 1; k++) addCustomer(ctx, campaign.channel === 'parrainage', campaign.channel !== 'parrainage');
  }
}
