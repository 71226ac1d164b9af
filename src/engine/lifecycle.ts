/**
 * Lifecycle (cycle de vie) and loyalty ladder (échelle de fidélité) of one customer.
 * nouveau -> actif at the 2nd purchase only (a one-time buyer is never actif); nouveau or actif -> dormant
 * when no purchase for DORMANT_INTERPURCHASE_MULTIPLE x the customer's own expected inter-purchase time
 * (bounded); dormant -> actif on a purchase; perdu on dropout (churn.ts), or when a dormant customer's
 * silence passes lostByInactivity (churn.ts records it, cause inactivite).
 * Ladder: acheteur (1 purchase) -> client (2+) -> supporteur (club member, card holder with trust, or
 * receiving personalised offers: SUPPORTER_PERSONALISATION) -> ambassadeur (brought a new customer).
 */
import type { TickContext } from './context.ts';
import { EV, logEvent } from './events.ts';
import * as P from './params.ts';
import { LADDER, STAGES } from './vocabulary.ts';

const NOUVEAU = STAGES.indexOf('nouveau');
const ACTIF = STAGES.indexOf('actif');
const DORMANT = STAGES.indexOf('dormant');
const ACHETEUR = LADDER.indexOf('acheteur');
const CLIENT = LADDER.indexOf('client');
const SUPPORTEUR = LADDER.indexOf('supporteur');
const AMBASSADEUR = LADDER.indexOf('ambassadeur');

/** Ticks without purchase after which customer i becomes dormant. */
export function dormancyTicks(ctx: TickContext, lambda: number): number {
  const t = lambda > 0 ? ctx.dormantMultiple / lambda : ctx.dormantMaxTicks;
  return t < ctx.dormantMinTicks ? ctx.dormantMinTicks : t > ctx.dormantMaxTicks ? ctx.dormantMaxTicks : t;
}

/** Same test as `since > dormancyTicks(lambda)`, without a division in the hot loop. */
function isDormant(ctx: TickContext, since: number, lambda: number): boolean {
  if (since <= ctx.dormantMinTicks) return false;
  if (since > ctx.dormantMaxTicks) return true;
  return since * lambda > ctx.dormantMultiple;
}

/**
 * Whether a dormant customer silent for `since` ticks is lost by inactivity: the silence passes
 * LOST_DORMANCY_MULTIPLE x his dormancy threshold (dormancyTicks) and ctx.lostShopTicks (LOST_SHOP_CYCLES
 * mean inter-purchase times of the shop, at least LOST_MIN_WEEKS). The second test is isDormant on the
 * silence divided by LOST_DORMANCY_MULTIPLE, without a division by lambda.
 */
export function lostByInactivity(ctx: TickContext, since: number, lambda: number): boolean {
  return since > ctx.lostShopTicks && isDormant(ctx, since / P.LOST_DORMANCY_MULTIPLE, lambda);
}

/**
 * lostByInactivity for customer i, reading his purchase rate from `lambda` here: the customer loop's call
 * (churnStep) passes no double. V8 does not inline this test into churnStep, and a double passed to (or
 * between) functions it does not inline is boxed: lambda, then the silence divided by LOST_DORMANCY_MULTIPLE,
 * one heap number each for every dormant customer without a purchase each tick (cosmetics: ~0.3 MB a tick,
 * most of churnStep's allocations). The same comparisons on the same values (isDormant written out).
 */
export function lostSilent(ctx: TickContext, since: number, lambda: Float32Array, i: number): boolean {
  if (!(since > ctx.lostShopTicks)) return false;
  const s = since / P.LOST_DORMANCY_MULTIPLE;
  if (s <= ctx.dormantMinTicks) return false;
  if (s > ctx.dormantMaxTicks) return true;
  return s * lambda[i] > ctx.dormantMultiple;
}

/**
 * Whether lifecycleStep(ctx, i, 0, 0) leaves customer i as he is, for the customer loop's idle path (no purchase,
 * no bond, no programme running): a dormant customer stays dormant, an active one (or a new one with fewer than 2
 * purchases) stays so until isDormant, and only a supporteur's rung moves without a purchase.
 */
export function idleLifecycleHolds(ctx: TickContext, i: number): boolean {
  const c = ctx.state.customers;
  if (c.ladder[i] === SUPPORTEUR) return false;
  const stage = c.stage[i];
  if (stage === DORMANT) return true;
  if (stage === ACTIF || (stage === NOUVEAU && c.purchases[i] < 2)) return !isDormant(ctx, ctx.tick - c.lastPurchaseTick[i], c.lambda[i]);
  return false;
}

/**
 * Moves customer i along the lifecycle and the ladder. `bonded` is the customer loop's flag (state.alive,
 * after bondsStep): 0 when i has no trust and is no club member, whose arrays are then not read.
 */
export function lifecycleStep(ctx: TickContext, i: number, visits: number, bonded: number): void {
  const c = ctx.state.customers;
  const stage = c.stage[i];
  if (stage === NOUVEAU) {
    if (c.purchases[i] >= 2) c.stage[i] = ACTIF;
  } else if (stage === DORMANT) {
    if (visits > 0) {
      c.stage[i] = ACTIF;
      logEvent(ctx.state, i, EV.reactive, 0);
    }
  }
  // a one-time buyer who does not come back goes dormant by the active customer's rule
  const now = c.stage[i];
  if ((now === ACTIF || now === NOUVEAU) && isDormant(ctx, ctx.tick - c.lastPurchaseTick[i], c.lambda[i])) {
    c.stage[i] = DORMANT;
    logEvent(ctx.state, i, EV.devenuDormant, 0);
  }
  // the rung changes only with purchases, club membership, trust, personalised offers or a referral; a
  // supporter is checked every tick, so that one whose personalisation stopped steps down without a purchase
  if (visits > 0 || (bonded !== 0 && (c.clubMember[i] !== 0 || c.trust[i] > 0)) || c.ladder[i] === SUPPORTEUR || personalisedSupporter(ctx, i))
    updateLadder(ctx, i);
}

/** Customer i receives personalised offers strong enough to make him a supporteur (SUPPORTER_PERSONALISATION). */
function personalisedSupporter(ctx: TickContext, i: number): boolean {
  return ctx.programmesRunning && ctx.effects.personalisation[i] >= P.SUPPORTER_PERSONALISATION;
}

export function updateLadder(ctx: TickContext, i: number): void {
  const c = ctx.state.customers;
  let rung = c.purchases[i] >= 2 ? CLIENT : ACHETEUR;
  // supporteur: the community (club), a card holder who trusts the shop, or personalised offers built from
  // a real profile (CONCEPTS.md: « community, personalised offers »)
  if (c.clubMember[i] !== 0 || (c.loyaltyCard[i] !== 0 && c.trust[i] > P.SUPPORTER_TRUST) || personalisedSupporter(ctx, i)) rung = SUPPORTEUR;
  if (c.hasReferred[i] !== 0) rung = AMBASSADEUR;
  c.ladder[i] = rung;
}
