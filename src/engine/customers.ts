/**
 * Creating a customer: the individual traits drawn once from the scenario's distributions
 * (BG/NBD lambda ~ Gamma(r, alpha), p ~ Beta(a, b); Gamma-Gamma nu ~ Gamma(q, gamma); SONCAS motive
 * from the mix; baseline satisfaction ~ Normal(mean, sd) clipped), keyed by (seed, customer index)
 * on the 'init' stream at tick 0, so the same index always gets the same traits.
 */
import * as P from './params.ts';
import { beta, gamma, normal, uniform, type StreamKey } from './rng.ts';
import type { SimState } from './state.ts';
import type { Scenario } from '../scenario/schema.ts';
import { shopChannel } from './shopChannel.ts';
import { CHANNELS, LADDER, MOTIVES, STAGES } from './vocabulary.ts';

const STAGE_NOUVEAU = STAGES.indexOf('nouveau');
const LADDER_ACHETEUR = LADDER.indexOf('acheteur');

/** Draw indexes on the init stream (one per trait, so traits never shift each other). */
const D = {
  motive: 0,
  lambda: 1,
  dropout: 2,
  basket: 3,
  satisfaction: 4,
  channel: 5,
  card: 6,
  consent: 7,
  arrival: 8,
  dealProne: 9,
} as const;

function pickWeighted(u: number, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let x = u * total;
  for (let k = 0; k < weights.length - 1; k++) {
    if (x < weights[k]) return k;
    x -= weights[k];
  }
  return weights.length - 1;
}

/**
 * When the initial base made its first purchases (initialArrivalTick): the last `recentTicks` ticks of
 * the history ([-recentTicks, -1]) hold only the shop's acquisition flow (`recentShare` of the base,
 * walk-ins per tick x recentTicks / base); the rest of the base, its established customers, arrived
 * before, spread over [-historyTicks, -recentTicks - 1].
 */
export interface InitialArrivals {
  history: number;
  recentTicks: number;
  recentShare: number;
}

/**
 * The arrivals of a shop that has been running for years: the walk-ins (per tick, for this base size)
 * arrive at their own rate over the last `window` ticks of the history (NEW_CUSTOMER_WEEKS), so that the
 * « nouveau » segment and stage start at the level that flow keeps them at; the established customers
 * arrive earlier (a history of `window` ticks or less leaves them its first tick).
 */
export function initialArrivals(historyTicks: number, window: number, walkInsPerTick: number, n: number): InitialArrivals {
  const history = Math.max(1, historyTicks);
  const recentTicks = Math.max(0, Math.min(window, history - 1));
  const recentShare = n > 0 ? Math.min(1, (Math.max(0, walkInsPerTick) * recentTicks) / n) : 0;
  return { history, recentTicks, recentShare };
}

/** Tick at which initial customer i made its first purchase, in [-historyTicks, -1] (InitialArrivals). */
export function initialArrivalTick(arrivals: InitialArrivals, initKey: StreamKey, i: number): number {
  const { history, recentTicks, recentShare } = arrivals;
  const u = uniform(initKey, i, D.arrival);
  if (u < recentShare) return -recentTicks + Math.min(recentTicks - 1, Math.floor((u / recentShare) * recentTicks));
  const old = history - recentTicks;
  return -history + Math.min(old - 1, Math.floor(((u - recentShare) / (1 - recentShare)) * old));
}

// weights of the last scenario seen, so creating 100,000 customers allocates nothing per customer
let weightsOf: Scenario | null = null;
let motiveWeights: number[] = [];
let channelWeights: number[] = [];

function weights(scenario: Scenario): void {
  if (weightsOf === scenario) return;
  weightsOf = scenario;
  motiveWeights = MOTIVES.map((m) => scenario.customers.motiveMix[m]);
  const mix = shopChannel(scenario) === 'online' ? P.CHANNEL_MIX_ONLINE : P.CHANNEL_MIX;
  channelWeights = CHANNELS.map((ch) => mix[ch]);
}

/**
 * BTYD dropout p of a recruit bought by a paid campaign (flyers, e-mailing, social networks, local
 * press; a referral campaign's recruits are referred): a share came for the offer, p = 1, and almost always
 * leaves at its next purchase (churn.ts still scales p by the satisfaction multiplier and the barriers: one more
 * satisfied than the scenario's mean may stay a while); the others churn faster than the base (Lewis 2006;
 * Villanueva et al. 2008).
 */
function campaignDropout(initKey: StreamKey, i: number, p: number): number {
  if (uniform(initKey, i, D.dealProne) < P.CAMPAIGN_ONE_OFF_SHARE) return 1;
  const q = p * P.CAMPAIGN_DROPOUT_FACTOR;
  return q > 1 ? 1 : q;
}

/** Fills customer i's traits; the customer arrives (first purchase) at `arrivalTick`. */
export function initCustomer(
  state: SimState,
  scenario: Scenario,
  initKey: StreamKey,
  i: number,
  arrivalTick: number,
  referred: boolean,
  initial: boolean,
  campaign = false,
): void {
  const c = state.customers;
  const cs = scenario.customers;
  weights(scenario);
  c.motive[i] = pickWeighted(uniform(initKey, i, D.motive), motiveWeights);
  c.channel[i] = pickWeighted(uniform(initKey, i, D.channel), channelWeights);
  c.lambda[i] = gamma(initKey, i, D.lambda, cs.purchaseRate.r, 1 / cs.purchaseRate.alpha);
  const p = beta(initKey, i, D.dropout, cs.dropout.a, cs.dropout.b);
  c.dropout[i] = referred ? p * P.REFERRED_DROPOUT_FACTOR : campaign ? campaignDropout(initKey, i, p) : p;
  c.basketScale[i] = Math.max(1e-6, gamma(initKey, i, D.basket, cs.spend.q, 1 / cs.spend.v));
  const s0 = cs.initialSatisfaction.mean + cs.initialSatisfaction.sd * normal(initKey, i, D.satisfaction);
  const s = Math.min(P.SATISFACTION_MAX, Math.max(P.SATISFACTION_MIN, s0));
  c.satisfactionBase[i] = s;
  c.satisfaction[i] = s;
  c.expectation[i] = scenario.service.performance;
  c.referencePrice[i] = state.priceLevel;
  const card = initial && uniform(initKey, i, D.card) < cs.loyaltyCardShare;
  c.loyaltyCard[i] = card ? 1 : 0;
  c.consent[i] = card || (initial && uniform(initKey, i, D.consent) < P.INITIAL_CONSENT_SHARE) ? 1 : 0;
  c.dataKnown[i] = card ? P.INITIAL_CARD_DATA : P.INITIAL_DATA;
  c.referred[i] = referred ? 1 : 0;
  c.acquisitionTick[i] = arrivalTick;
  c.stage[i] = STAGE_NOUVEAU;
  c.ladder[i] = LADDER_ACHETEUR;
}
