/**
 * Recruitment (conquête): converted referrals of this tick (wordOfMouth.ts), then the acquisition
 * campaigns decided this tick. A campaign buys recruits at a cost per recruit that depends on the
 * channel (well above the per-customer cost of retention), reduced by negative word of mouth,
 * within the prospects left in the catchment area. A recruit is appended as a new customer index
 * and makes its first purchase now (stage nouveau).
 */
import { countInDistributions, effectsFor, type TickContext } from './context.ts';
import { initCustomer } from './customers.ts';
import { EV, logEvent } from './events.ts';
import { updateLadder } from './lifecycle.ts';
import * as P from './params.ts';
import { recordPurchases } from './purchases.ts';
import { GLOBAL_CUSTOMER, uniform } from './rng.ts';
import { windowStep } from './rfmWindow.ts';
import { ensureCapacity } from './state.ts';
import type { AcquisitionChannel } from './vocabulary.ts';
import { wordOfMouthYield } from './wordOfMouth.ts';

export interface Campaign {
  channel: AcquisitionChannel;
  budget: number;
  actionIndex: number;
}

/** Number of recruits a campaign buys this tick (one global draw rounds the fraction). */
export function campaignRecruits(ctx: TickContext, campaign: Campaign, dissatisfiedShare: number): number {
  const expected = (campaign.budget / P.ACQUISITION_COST_PER_RECRUIT[campaign.channel]) * wordOfMouthYield(dissatisfiedShare);
  const whole = Math.floor(expected);
  return whole + (uniform(ctx.keys.acquisition, GLOBAL_CUSTOMER, campaign.actionIndex) < expected - whole ? 1 : 0);
}

function addCustomer(ctx: TickContext, referred: boolean): number {
  const state = ctx.state;
  const i = state.n;
  ensureCapacity(state, i + 1);
  ctx.effects = effectsFor(state.capacity);
  state.n = i + 1;
  state.prospectsRemaining--;
  initCustomer(state, ctx.scenario, ctx.keys.init, i, ctx.tick, referred, false);
  logEvent(state, i, EV.recrute, referred ? 1 : 0);
  const spent = recordPurchases(ctx, i, 1);
  windowStep(ctx, i, 1, spent);
  const c = state.customers;
  countInDistributions(ctx.counters, c.stage[i], c.ladder[i], c.satisfaction[i]);
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
  for (const campaign of campaigns) {
    const count = campaignRecruits(ctx, campaign, dissatisfiedShare);
    for (let k = 0; k < count && state.prospectsRemaining >= 1; k++) addCustomer(ctx, campaign.channel === 'parrainage');
  }
}
