/**
 * Recruitment (conquête): converted referrals of this tick (wordOfMouth.ts), then organic walk-ins
 * (people of the catchment area who come by themselves: passing trade, search, hearsay; their
 * number rises with the base's mean satisfaction and falls with negative word of mouth), then the
 * acquisition campaigns decided this tick. A paid campaign buys recruits at a cost per recruit that depends on the
 * channel, reduced by negative word of mouth, within the prospects left in the catchment area. A
 * recruit is appended as a new customer index and makes its first purchase now (stage nouveau). A paid
 * campaign's recruits are less loyal than the base (customers.ts campaignDropout): few stay, so a
 * recruit who stays costs more than a customer kept. A referral campaign (referralCampaign) needs
 * sponsors: its recruits are referred customers who stay better, but they are capped by the shop's
 * satisfied customers, and the campaign pays only the invitations it sends and the rewards of the
 * referrals that come (the rest of its budget goes back: Campaign.spent).
 */
import { countInDistributions, effectsFor, weeksToTicks, type TickContext } from './context.ts';
import { initCustomer } from './customers.ts';
import { EV, logEvent } from './events.ts';
import { updateLadder } from './lifecycle.ts';
import * as P from './params.ts';
import { recordPurchases } from './purchases.ts';
import { GLOBAL_CUSTOMER, poisson, uniform } from './rng.ts';
import { windowStep } from './rfmWindow.ts';
import { ensureCapacity, recruitChannels, type SimState } from './state.ts';
import { recruitUnitCost, referralReward } from './unitCosts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { ACQUISITION_CHANNELS, STAGES, type AcquisitionChannel } from './vocabulary.ts';
import { NO_TICK } from './state.ts';
import { wordOfMouthYield } from './wordOfMouth.ts';

export interface Campaign {
  channel: AcquisitionChannel;
  budget: number;
  actionIndex: number;
  /** euros the campaign really spent (set by recruit; a referral campaign may spend less than its budget) */
  spent: number;
}

/** `expected` rounded by the campaign's one global draw. */
function drawCount(ctx: TickContext, campaign: Campaign, expected: number): number {
  const whole = Math.floor(expected);
  return whole + (uniform(ctx.keys.acquisition, GLOBAL_CUSTOMER, campaign.actionIndex) < expected - whole ? 1 : 0);
}

/** Number of recruits a paid campaign buys this tick (one global draw rounds the fraction). */
export function campaignRecruits(ctx: TickContext, campaign: Campaign & { channel: P.PaidChannel }, dissatisfiedShare: number): number {
  return drawCount(ctx, campaign, (campaign.budget / recruitUnitCost(campaign.channel, ctx.basket)) * wordOfMouthYield(dissatisfiedShare));
}

/** customers.referred of a recruit brought by a referral campaign (1: a spontaneous referral, wordOfMouth.ts). */
export const REFERRED_BY_CAMPAIGN = 2;

export interface ReferralPool {
  /** living customers (not lost): the campaign invites them */
  alive: number;
  /** of them, those satisfied enough to recommend the shop (satisfaction above REFERRAL_SATISFACTION_MIN) */
  satisfied: number;
  /** recruits that referral campaigns brought within the window (REFERRAL_CAMPAIGN_WINDOW_WEEKS, this tick included) */
  recent: number;
  /** referrals the campaigns can still bring: satisfied x participation x conversion - recent, at least 0 */
  potential: number;
}

/** The shop's sponsors now: who a referral campaign invites, who may refer, and what is left of their referrals. */
export function referralPool(state: SimState): ReferralPool {
  const c = state.customers;
  let alive = 0;
  let satisfied = 0;
  for (let i = 0; i < state.n; i++) {
    if (c.lostTick[i] !== NO_TICK) continue;
    alive++;
    if (c.satisfaction[i] > P.REFERRAL_SATISFACTION_MIN) satisfied++;
  }
  // recruits are appended in arrival order: the window's are the last indexes
  const from = state.tick - weeksToTicks(P.REFERRAL_CAMPAIGN_WINDOW_WEEKS, state.weeksPerTick) + 1;
  let recent = 0;
  for (let i = state.n - 1; i >= 0 && c.acquisitionTick[i] >= from; i--) if (c.referred[i] === REFERRED_BY_CAMPAIGN) recent++;
  const potential = Math.max(0, satisfied * P.REFERRAL_CAMPAIGN_PARTICIPATION * P.REFERRAL_CONVERSION - recent);
  return { alive, satisfied, recent, potential };
}

/**
 * A referral campaign's plan: it invites the share `invited` of the living customers (all of them when the
 * budget allows, REFERRAL_INVITATION_COST each) and pays `reward` to both sides of each referral that comes;
 * `expected` recruits: that share of the sponsors' potential, reduced by negative word of mouth.
 */
export function referralPlan(pool: ReferralPool, budget: number, basket: number, dissatisfiedShare: number): { invited: number; invitationCost: number; reward: number; expected: number } {
  const reward = referralReward(basket);
  const everyone = pool.alive * P.REFERRAL_INVITATION_COST + pool.potential * 2 * reward;
  const invited = everyone > 0 ? Math.min(1, budget / everyone) : 0;
  return { invited, invitationCost: invited * pool.alive * P.REFERRAL_INVITATION_COST, reward, expected: invited * pool.potential * wordOfMouthYield(dissatisfiedShare) };
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

/**
 * Appends a recruit; `channel` is the campaign's (ACQUISITION_CHANNELS index), -1 for a walk-in or a spontaneous
 * referral. The campaign is recorded (recruitChannel, counters.campaignRecruited) before the first purchase, so
 * that purchase counts in the campaign's return.
 */
function addCustomer(ctx: TickContext, referred: boolean, channel = -1): number {
  const state = ctx.state;
  const i = state.n;
  ensureCapacity(state, i + 1);
  // only when the arrays grew: storing the field again would make V8 throw away the customer loop's code (fieldShapes.ts)
  if (ctx.effects.discount.length < state.capacity) ctx.effects = effectsFor(state.capacity);
  state.n = i + 1;
  state.prospectsRemaining--;
  initCustomer(state, ctx.scenario, ctx.keys.init, i, ctx.tick, referred, false, channel >= 0);
  logEvent(state, i, EV.recrute, referred ? 1 : 0);
  // reported only (a campaign's return): no draw reads it
  recruitChannels(state)[i] = channel + 1;
  if (channel >= 0) ctx.counters.campaignRecruited[channel]++;
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
    if (campaign.channel === 'parrainage') {
      referralCampaign(ctx, campaign, dissatisfiedShare);
      continue;
    }
    const count = campaignRecruits(ctx, campaign as Campaign & { channel: P.PaidChannel }, dissatisfiedShare);
    const channel = ACQUISITION_CHANNELS.indexOf(campaign.channel);
    for (let k = 0; k < count && state.prospectsRemaining >= 1; k++) addCustomer(ctx, false, channel);
    campaign.spent = campaign.budget;
  }
}

/**
 * A referral campaign: its recruits are referred customers (they stay better, customers.ts), marked
 * REFERRED_BY_CAMPAIGN, at most what the sponsors can still bring (referralPool). It spends the
 * invitations and the rewards (sponsor and sponsee) of the referrals that came, never more than its budget.
 */
function referralCampaign(ctx: TickContext, campaign: Campaign, dissatisfiedShare: number): void {
  const state = ctx.state;
  const plan = referralPlan(referralPool(state), campaign.budget, ctx.basket, dissatisfiedShare);
  const count = drawCount(ctx, campaign, plan.expected);
  let came = 0;
  for (; came < count && state.prospectsRemaining >= 1; came++) {
    const i = addCustomer(ctx, true, ACQUISITION_CHANNELS.indexOf('parrainage'));
    state.customers.referred[i] = REFERRED_BY_CAMPAIGN;
  }
  // to the cent, like the amounts the forms show
  campaign.spent = Math.min(campaign.budget, Math.floor((plan.invitationCost + came * 2 * plan.reward) * 100 + 0.5) / 100);
}
