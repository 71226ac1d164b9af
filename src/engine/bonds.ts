/**
 * Trust and switching barriers move each tick toward what the running programmes give
 * (effects scratch): trust grows slowly, S-shaped, while a customer is in a social-bonding
 * programme and decays very slowly afterwards (Melnyk & Bijmolt 2015); each barrier
 * (financial, relational, procedural: Burnham et al. 2003) builds toward its target and decays
 * toward it more slowly when the target falls, except what a stopped financial advantage gave: that part of
 * the financial barrier falls fast (FINANCIAL_BARRIER_RELEASE_PER_WEEK: no points or discount left, nothing
 * left to lose; MODEL.md "financial = strong, fast, fading"). Trust's relational barrier is weighted by the
 * customer's motive (MOTIVE_RELATIONSHIP_WEIGHT: the bond matters to sympathie and orgueil, little to argent).
 */
import type { TickContext } from './context.ts';
import * as P from './params.ts';
import { MOTIVES } from './vocabulary.ts';

/** Relational barrier of full trust per motive: TRUST_RELATIONAL_BARRIER x the motive's relationship weight. */
const TRUST_BARRIER = Float64Array.from(MOTIVES.map((m) => P.TRUST_RELATIONAL_BARRIER * P.MOTIVE_RELATIONSHIP_WEIGHT[m]));

/**
 * Financial barrier a contract holds per unit of procedural barrier: customisation gives both in a fixed ratio per
 * instrument (the same share for resistant motives) and both build and decay at the same rates, so the procedural
 * barrier, which only customisation gives, tells how much of the financial barrier is a contract's. The larger
 * ratio (contrat 0.35 / 0.6) covers both instruments.
 */
const CONTRACT_FINANCIAL_PER_PROCEDURAL = Math.max(
  ...Object.keys(P.CUSTOMISATION_PROCEDURAL_BARRIER).map((k) => {
    const instrument = k as keyof typeof P.CUSTOMISATION_PROCEDURAL_BARRIER;
    return P.CUSTOMISATION_FINANCIAL_BARRIER[instrument] / P.CUSTOMISATION_PROCEDURAL_BARRIER[instrument];
  }),
);

function approach(value: number, target: number, build: number, decay: number): number {
  return value + (target > value ? build : decay) * (target - value);
}

/**
 * The financial barrier: builds toward `target` like the others; when it is above it, the part a contract still
 * holds (`held`, down to the target) decays slowly (`decay`, like every barrier) and the rest, what a stopped
 * financial advantage gave, is released fast (`release`). The card's barrier stays in the target while the card
 * is held.
 */
function approachFinancial(value: number, target: number, held: number, build: number, decay: number, release: number): number {
  if (target >= value) return value + build * (target - value);
  const slow = held <= target ? target : held >= value ? value : held;
  return slow + decay * (target - slow) + (1 - release) * (value - slow);
}

/**
 * Customer i has trust, a loyalty card, a barrier or a club membership (state.alive's bonded flag, set from
 * the arrays; 0 also lets lifecycleStep, wordOfMouthStep and churnStep's recognition skip club and trust).
 */
export function hasBonds(c: TickContext['state']['customers'], i: number): boolean {
  return (
    c.trust[i] !== 0 ||
    c.loyaltyCard[i] !== 0 ||
    c.barrierFinancial[i] !== 0 ||
    c.barrierRelational[i] !== 0 ||
    c.barrierProcedural[i] !== 0 ||
    c.clubMember[i] !== 0
  );
}

/** No running programme moves customer i's bonds (every effect bondsStep reads is 0). */
export function noBondEffects(ctx: TickContext, i: number): boolean {
  if (!ctx.programmesRunning) return true;
  const e = ctx.effects;
  return e.trustGrowth[i] === 0 && e.financialBarrier[i] === 0 && e.customFinancial[i] === 0 && e.customProcedural[i] === 0 && e.personalisation[i] === 0;
}

/** True when customer i has no bond, no barrier and no programme to move them (most of the base): bondsStep would change nothing. */
export function bondsIdle(ctx: TickContext, i: number): boolean {
  return !hasBonds(ctx.state.customers, i) && noBondEffects(ctx, i);
}

/** Moves trust and barriers of customer i one tick (call it when bondsIdle is false; it is a no-op otherwise). */
export function bondsStep(ctx: TickContext, i: number): void {
  const c = ctx.state.customers;
  if (!ctx.programmesRunning) {
    // every programme effect is 0: trust decays, the card is the only financial barrier, trust the only
    // relational one, and nothing holds a procedural barrier (the same values without reading the effects)
    let t = c.trust[i];
    t -= ctx.trustDecay * t;
    c.trust[i] = t < 0 ? 0 : t > 1 ? 1 : t;
    const card = c.loyaltyCard[i] !== 0 ? P.LOYALTY_CARD_BARRIER : 0;
    const held = CONTRACT_FINANCIAL_PER_PROCEDURAL * c.barrierProcedural[i];
    c.barrierFinancial[i] = approachFinancial(c.barrierFinancial[i], card, held, ctx.barrierBuild, ctx.barrierDecay, ctx.financialRelease);
    c.barrierRelational[i] = approach(c.barrierRelational[i], Math.max(TRUST_BARRIER[c.motive[i]] * c.trust[i], 0), ctx.barrierBuild, ctx.barrierDecay);
    c.barrierProcedural[i] = approach(c.barrierProcedural[i], 0, ctx.barrierBuild, ctx.barrierDecay);
    return;
  }
  const e = ctx.effects;
  let t = c.trust[i];
  const g = e.trustGrowth[i];
  if (g > 0) t += g * (P.TRUST_SEED + t) * (1 - t);
  else t -= ctx.trustDecay * t;
  c.trust[i] = t < 0 ? 0 : t > 1 ? 1 : t;

  const card = c.loyaltyCard[i] !== 0 ? P.LOYALTY_CARD_BARRIER : 0;
  const fin = Math.max(card, e.financialBarrier[i], e.customFinancial[i]);
  const rel = Math.max(TRUST_BARRIER[c.motive[i]] * c.trust[i], P.PERSONALISATION_RELATIONAL_BARRIER * e.personalisation[i]);
  const proc = e.customProcedural[i];
  // a running customisation's financial barrier is in the target; after it stops, its procedural barrier says what it holds
  const held = proc > 0 ? 0 : CONTRACT_FINANCIAL_PER_PROCEDURAL * c.barrierProcedural[i];
  c.barrierFinancial[i] = approachFinancial(c.barrierFinancial[i], fin, held, ctx.barrierBuild, ctx.barrierDecay, ctx.financialRelease);
  c.barrierRelational[i] = approach(c.barrierRelational[i], rel, ctx.barrierBuild, ctx.barrierDecay);
  c.barrierProcedural[i] = approach(c.barrierProcedural[i], proc, ctx.barrierBuild, ctx.barrierDecay);
}
