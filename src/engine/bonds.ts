/**
 * Trust and switching barriers move each tick toward what the running programmes give
 * (effects scratch): trust grows slowly, S-shaped, while a customer is in a social-bonding
 * programme and decays very slowly afterwards (Melnyk & Bijmolt 2015); each barrier
 * (financial, relational, procedural: Burnham et al. 2003) builds toward its target and decays
 * toward it more slowly when the target falls. Trust's relational barrier is weighted by the customer's
 * motive (MOTIVE_RELATIONSHIP_WEIGHT: the bond matters to sympathie and orgueil, little to argent).
 */
import type { TickContext } from './context.ts';
import * as P from './params.ts';
import { MOTIVES } from './vocabulary.ts';

/** Relational barrier of full trust per motive: TRUST_RELATIONAL_BARRIER x the motive's relationship weight. */
const TRUST_BARRIER = Float64Array.from(MOTIVES.map((m) => P.TRUST_RELATIONAL_BARRIER * P.MOTIVE_RELATIONSHIP_WEIGHT[m]));

function approach(value: number, target: number, build: number, decay: number): number {
  return value + (target > value ? build : decay) * (target - value);
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
    c.barrierFinancial[i] = approach(c.barrierFinancial[i], card, ctx.barrierBuild, ctx.barrierDecay);
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
  c.barrierFinancial[i] = approach(c.barrierFinancial[i], fin, ctx.barrierBuild, ctx.barrierDecay);
  c.barrierRelational[i] = approach(c.barrierRelational[i], rel, ctx.barrierBuild, ctx.barrierDecay);
  c.barrierProcedural[i] = approach(c.barrierProcedural[i], proc, ctx.barrierBuild, ctx.barrierDecay);
}
