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

/** Tick at which initial customer i made its first purchase, in [-historyTicks, -1]. */
export function initialArrivalTick(scenario: Scenario, initKey: StreamKey, i: number): number {
  const h = Math.max(1, scenario.customers.historyTicks);
  return -h + Math.min(h - 1, Math.floor(uniform(initKey, i, D.arrival) * h));
}

// weights of the last scenario seen, so creating 100,000 customers allocates nothing per customer
let weightsOf: Scenario | null = null;
let motiveWeights: number[] = [];
let channelWeights: number[] = [];

function weights(scenario: Scenario): void {
  if (weightsOf === scenario) return;
  weightsOf = scenario;
  motiveWeights = MOTIVES.map((m) => scenario.customers.motiveMix[m]);
  const mix = scenario.sector.toLowerCase().includes('en ligne') ? P.CHANNEL_MIX_ONLINE : P.CHANNEL_MIX;
  channelWeights = CHANNELS.map((ch) => mix[ch]);
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
): void {
  const c = state.customers;
  const cs = scenario.customers;
  weights(scenario);
  c.motive[i] = pickWeighted(uniform(initKey, i, D.motive), motiveWeights);
  c.channel[i] = pickWeighted(uniform(initKey, i, D.channel), channelWeights);
  c.lambda[i] = gamma(initKey, i, D.lambda, cs.purchaseRate.r, 1 / cs.purchaseRate.alpha);
  const p = beta(initKey, i, D.dropout, cs.dropout.a, cs.dropout.b);
  c.dropout[i] = referred ? p * P.REFERRED_DROPOUT_FACTOR : p;
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
