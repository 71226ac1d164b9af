/**
 * Dropout: the schéma de l'infidélité (rupture -> rencontre). Each tick a customer faces
 *  - the BTYD dropout after each purchase (p of BG/NBD), raised by dissatisfaction
 *    (x exp(slope (S_ref - S))), partly avoidable through switching barriers;
 *  - state hazards: dissatisfaction below a threshold, lack of recognition of a valuable
 *    customer, competitor pull (baseline and events, by motive, shielded by a non-imitated
 *    financial advantage), novelty seeking (nouveauté motive), price above the reference price;
 *  - the departure implied by a service incident and its complaint handling (TARP);
 *  these two divided by 1 + weight x (financial + relational + procedural barriers) (Burnham et al. 2003).
 * One uniform decides; the departure cause recorded is the largest component.
 * A dormant customer silent for too long (lostByInactivity, lifecycle.ts) leaves first, without a draw,
 * cause inactivite: the BG/NBD dropout is never observed, the shop calls him lost from his silence.
 */
import type { TickContext } from './context.ts';
import { exp, powInt } from './detMath.ts';
import { EV, logEvent } from './events.ts';
import { lostSilent } from './lifecycle.ts';
import * as P from './params.ts';
import { uniformBelowH } from './rng.ts';
import { wakeRfm } from './rfmWindow.ts';
import { DEPARTURE_CAUSES, MOTIVES, STAGES } from './vocabulary.ts';

const CAUSE = Object.fromEntries(DEPARTURE_CAUSES.map((c, k) => [c, k])) as Record<(typeof DEPARTURE_CAUSES)[number], number>;
const PRICE_WEIGHT = Float64Array.from(MOTIVES.map((m) => P.MOTIVE_PRICE_WEIGHT[m]));
const RELATIONSHIP = Float64Array.from(MOTIVES.map((m) => P.MOTIVE_RELATIONSHIP_WEIGHT[m]));
const MOTIVE_NOVELTY = MOTIVES.indexOf('nouveaute');
const STAGE_PERDU = STAGES.indexOf('perdu');
const STAGE_DORMANT = STAGES.indexOf('dormant');
/** Above this dissatisfaction multiplier of p, a BTYD dropout is attributed to dissatisfaction (value in params.ts; the glass box reads it here). */
export const DISSATISFIED_DROPOUT_MULTIPLIER = P.DISSATISFIED_DROPOUT_MULTIPLIER;

/** The BTYD dropout of `visits` purchases with probability p each (p capped at 1). */
function naturalDropout(p: number, visits: number): number {
  return 1 - powInt(1 - (p > 1 ? 1 : p), visits);
}

/*
 * Upper bound of the dissatisfaction multiplier exp(SLOPE (ref - s)) of a buyer, without exp: the
 * multiplier at the bottom of s's bin of width 1/128 (it falls as s rises), widened by 1e-12 (above
 * exp's error of one ulp), from a table built for the scenario's reference satisfaction with each tick's
 * context (ctx.satBound, satMultiplierTable). Every step from the multiplier to the hazard h (products of
 * non-negative factors, 1 - x, powInt, the cap) is monotone, and IEEE rounding keeps that order: the
 * bound's hazard is never below h. A uniform at or above it stays (most buyers), the same answer as with
 * h; below it, churnStep computes exp and decides again. NaN when s is outside [0, 1] (no bin).
 * The table lives in the context, not in this module: two simulations of different shops stepped in turn
 * in one process (the class view replays several) each read their own, with no shared state to rebuild.
 */
export const SAT_BINS = 128;

/** The bounds of satMultiplierBound for the reference satisfaction `ref` (129 bin edges). */
export function satMultiplierTable(ref: number): Float64Array {
  const table = new Float64Array(SAT_BINS + 1);
  for (let b = 0; b <= SAT_BINS; b++) table[b] = exp(P.SATISFACTION_DROPOUT_SLOPE * (ref - b / SAT_BINS)) * (1 + 1e-12);
  return table;
}

/** Upper bound of exp(SLOPE (ref - s)) from satMultiplierTable(ref); NaN when s is outside [0, 1]. */
export function satMultiplierBound(table: Float64Array, s: number): number {
  if (!(s >= 0 && s <= 1)) return Number.NaN;
  return table[(s * SAT_BINS) | 0];
}

/** The dissatisfaction hazard: ctx.hazardDissatisfaction at satisfaction 0, falling linearly to 0 at P.DISSATISFACTION_THRESHOLD. */
function dissatisfactionHazard(ctx: TickContext, s: number): number {
  return s < P.DISSATISFACTION_THRESHOLD ? (ctx.hazardDissatisfaction * (P.DISSATISFACTION_THRESHOLD - s)) / P.DISSATISFACTION_THRESHOLD : 0;
}

/**
 * The state hazard: its terms summed in this order, divided by the barriers (a bonded customer forgives an incident
 * more easily too, Burnham et al. 2003: switching costs weigh more than satisfaction, so the TARP departure is also
 * divided by them), at most 1. idleHazardBounds relies on each step being monotone under IEEE rounding.
 */
function stateHazard(dissatisfaction: number, recog: number, competitor: number, novelty: number, price: number, complaint: number, barrier: number): number {
  const h = (dissatisfaction + recog + competitor + novelty + price + complaint) * barrier;
  return h > 1 ? 1 : h;
}

/** The tick's hazard: the customer leaves by natural dropout or by the state hazard. */
function tickHazard(natural: number, state: number): number {
  return 1 - (1 - natural) * (1 - state);
}

/**
 * Upper bounds of churnStep's hazard h for a customer without purchase or bond while no programme runs (the
 * customer loop's idle path), by motive m and bin b of satisfaction s (width 1/SAT_BINS, as satMultiplierTable):
 * entry m (SAT_BINS + 1) + b, read at (s x SAT_BINS) | 0 (exact: a power of two). Each of churnStep's terms at its
 * largest in the bin: the dissatisfaction hazard at the bin's bottom (it falls as s rises), the recognition hazard
 * whatever the spend; natural dropout, price and complaint 0, barrier 1. Computed by churnStep's own functions
 * (dissatisfactionHazard, stateHazard, tickHazard), each step monotone under IEEE rounding: no such customer's h
 * is above its entry. A churn uniform at or above it
 * stays; below it, churnStep decides with the same draw.
 */
export function idleHazardBounds(ctx: TickContext): Float64Array {
  const row = SAT_BINS + 1;
  const bounds = new Float64Array(MOTIVES.length * row);
  for (let m = 0; m < MOTIVES.length; m++) {
    const novelty = m === MOTIVE_NOVELTY ? ctx.hazardNovelty : 0;
    for (let b = 0; b <= SAT_BINS; b++) {
      const s = b / SAT_BINS;
      // churnStep's functions: price and complaint 0, barrier 1, natural dropout 0 (exact: + 0, x 1 and 1 - 0 round nothing)
      bounds[m * row + b] = tickHazard(0, stateHazard(dissatisfactionHazard(ctx, s), ctx.hazardRecognition, ctx.hazardCompetitor[m], novelty, 0, 0, 1));
    }
  }
  return bounds;
}

/**
 * Recognition the customer gets from the shop, 0..1. What the club and trust give is weighted by the
 * customer's motive (MOTIVE_RELATIONSHIP_WEIGHT): a member who comes for the price values it little.
 */
function recognition(ctx: TickContext, i: number): number {
  const c = ctx.state.customers;
  const w = RELATIONSHIP[c.motive[i]];
  if (!ctx.programmesRunning) {
    // every programme effect is 0: card, club and trust only (the same maximum)
    const card = c.loyaltyCard[i] !== 0 ? P.RECOGNITION_LOYALTY_CARD : 0;
    const bond = c.clubMember[i] !== 0 ? w : w * c.trust[i];
    return bond > card ? bond : card;
  }
  const e = ctx.effects;
  let r = c.loyaltyCard[i] !== 0 ? P.RECOGNITION_LOYALTY_CARD : 0;
  if (c.clubMember[i] !== 0 || e.trustGrowth[i] > 0) r = Math.max(r, w);
  r = Math.max(r, w * c.trust[i], e.personalisation[i] > 0 ? P.RECOGNITION_PERSONALISATION : 0, e.customProcedural[i] > 0 ? P.RECOGNITION_CUSTOMISATION : 0, e.discount[i] > 0 ? P.RECOGNITION_DISCOUNT : 0);
  return r;
}

/**
 * Decides whether customer i leaves this tick; returns true if so. `bonded` is the customer loop's flag
 * (state.alive): 0 when i has no barrier, whose three arrays are then not read (barrier 1, the same value),
 * and no card, club or trust (no recognition without a programme).
 */
export function churnStep(ctx: TickContext, i: number, visits: number, bonded: number): boolean {
  const c = ctx.state.customers;
  // silent too long: lost without a draw (the churn uniform is keyed by customer and tick, no other draw moves)
  if (visits === 0 && c.stage[i] === STAGE_DORMANT && lostSilent(ctx, ctx.tick - c.lastPurchaseTick[i], c.lambda, i)) {
    leave(ctx, i, CAUSE.inactivite);
    return true;
  }
  const e = ctx.effects;
  const s = c.satisfaction[i];
  const barriers = bonded === 0 ? 0 : c.barrierFinancial[i] + c.barrierRelational[i] + c.barrierProcedural[i];
  const barrier = barriers > 0 ? 1 / (1 + P.BARRIER_WEIGHT * barriers) : 1;

  // a buyer's dissatisfaction multiplier is first taken from its upper bound (satMultiplierBound), exp only
  // when the uniform falls below the hazard that bound gives (below)
  let natural = 0;
  let satMultiplier = 1;
  let exact = true;
  if (visits > 0) {
    satMultiplier = satMultiplierBound(ctx.satBound, s);
    exact = satMultiplier !== satMultiplier; // NaN: no bound (s outside [0, 1])
    if (exact) satMultiplier = exp(P.SATISFACTION_DROPOUT_SLOPE * (ctx.satisfactionRef - s));
    natural = naturalDropout(c.dropout[i] * satMultiplier * (P.NATURAL_UNAVOIDABLE_SHARE + (1 - P.NATURAL_UNAVOIDABLE_SHARE) * barrier), visits);
  }
  const dissatisfaction = dissatisfactionHazard(ctx, s);
  const running = ctx.programmesRunning; // false: every programme effect is 0
  // without a programme, a customer without card, club or trust (bonded 0) gets no recognition: 1 - 0
  const recog = c.monetary12[i] > ctx.valuableSpend12 ? ctx.hazardRecognition * (!running && bonded === 0 ? 1 : 1 - recognition(ctx, i)) : 0;
  const motive = c.motive[i];
  const competitor = ctx.hazardCompetitor[motive] * (running ? 1 - e.shield[i] : 1);
  const novelty = motive === MOTIVE_NOVELTY ? ctx.hazardNovelty * (running ? 1 - e.personalisation[i] : 1) : 0;
  // a price above the reference price is felt when buying (the customer sees it), not between visits: the
  // prices are read for a buyer only
  let price = 0;
  if (visits > 0) {
    const pricePaid = ctx.state.priceLevel * (running ? 1 - e.discount[i] : 1);
    const tolerated = c.referencePrice[i] * (1 + P.PRICE_TOLERANCE);
    if (pricePaid > tolerated) price = Math.min(1, (ctx.hazardPriceShock * PRICE_WEIGHT[c.motive[i]] * (pricePaid - tolerated)) / c.referencePrice[i]);
  }
  const complaint = ctx.cur.complaintHazard;

  const stateH = stateHazard(dissatisfaction, recog, competitor, novelty, price, complaint, barrier);
  let h = tickHazard(natural, stateH);
  // u < h decided on the uniform's first lane in general (same answer as the full uniform)
  if (h <= 0 || !uniformBelowH(ctx.keys.churn, ctx.cur.hash, 0, h)) return false;
  if (!exact) {
    // u is below the bound's hazard: decide again with exp (the bound's hazard is never below this one)
    satMultiplier = exp(P.SATISFACTION_DROPOUT_SLOPE * (ctx.satisfactionRef - s));
    natural = naturalDropout(c.dropout[i] * satMultiplier * (P.NATURAL_UNAVOIDABLE_SHARE + (1 - P.NATURAL_UNAVOIDABLE_SHARE) * barrier), visits);
    h = tickHazard(natural, stateH);
    if (h <= 0 || !uniformBelowH(ctx.keys.churn, ctx.cur.hash, 0, h)) return false;
  }
  const parts = departParts;
  parts[0] = satMultiplier;
  parts[1] = natural;
  parts[2] = dissatisfaction * barrier;
  parts[3] = recog * barrier;
  parts[4] = competitor * barrier;
  parts[5] = novelty * barrier;
  parts[6] = price * barrier;
  parts[7] = complaint * barrier;
  depart(ctx, i);
  return true;
}

/**
 * The hazards of a departure, for depart: the dissatisfaction multiplier, the BTYD dropout, then the state
 * hazards times the barrier in the order of their causes (DEPART_CAUSES). Passed through this array, not as
 * arguments: a double passed to a function V8 does not inline is boxed (nine heap numbers a departure), and
 * depart built two arrays a call (cosmetics: ~500 departures a tick).
 */
const departParts = new Float64Array(8);
const DEPART_CAUSES = [CAUSE.insatisfaction, CAUSE.manqueReconnaissance, CAUSE.concurrence, CAUSE.nouveaute, CAUSE.prix] as const;

/** Records the departure of customer i with its dominant cause (rare: kept out of the hot path); hazards in departParts. */
function depart(ctx: TickContext, i: number): void {
  const parts = departParts;
  let cause = parts[0] > DISSATISFIED_DROPOUT_MULTIPLIER ? CAUSE.insatisfaction : CAUSE.naturel;
  let best = parts[1];
  // the first largest wins: dissatisfaction, recognition, competitor, novelty, price, then the complaint's own cause
  for (let k = 0; k < DEPART_CAUSES.length; k++)
    if (parts[2 + k] > best) {
      best = parts[2 + k];
      cause = DEPART_CAUSES[k];
    }
  if (parts[7] > best) cause = ctx.cur.complaintCause;
  leave(ctx, i, cause);
}

/** Customer i leaves now, for `cause`: stage perdu, counters, event. */
function leave(ctx: TickContext, i: number, cause: number): void {
  const c = ctx.state.customers;
  // a dormant customer out of the RFM window may be frozen (rfmWindow.ts): its segment changes, the
  // scorer reads it again (frozen, it has had no purchase since: frequency 0, stage still dormant)
  const track = ctx.state.rfmTrack;
  if (track && c.frequency12[i] === 0 && c.stage[i] === STAGE_DORMANT) wakeRfm(track, i);
  c.stage[i] = STAGE_PERDU;
  c.cause[i] = cause;
  c.lostTick[i] = ctx.tick;
  ctx.counters.lost++;
  ctx.counters.lostByCause[cause]++;
  logEvent(ctx.state, i, EV.depart, cause);
}
