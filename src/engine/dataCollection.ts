/**
 * Data collection (collecte de données: carte de fidélité, jeu-concours, personnel): each targeted
 * customer is asked; some refuse (consent), the others tell the shop part of what it does not
 * know yet (dataKnown). A loyalty card also brings a small financial barrier (bonds.ts) and the
 * "relation d'apprentissage" (each purchase teaches a little more, purchases.ts). Cost per contact.
 */
import type { TickContext } from './context.ts';
import { EV, logEvent } from './events.ts';
import * as P from './params.ts';
import { uniform } from './rng.ts';
import { NO_TICK } from './state.ts';

export type DataInstrument = keyof typeof P.DATA_ACCEPT;

/** Contacts the members; returns the number of alive customers contacted (for the cost) and how many accepted. */
export function collectData(ctx: TickContext, instrument: DataInstrument, members: Int32Array, actionIndex: number): { contacted: number; accepted: number } {
  const state = ctx.state;
  const c = state.customers;
  let contacted = 0;
  let accepted = 0;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    contacted++;
    if (uniform(ctx.keys.data, i, actionIndex) >= P.DATA_ACCEPT[instrument]) continue;
    accepted++;
    c.consent[i] = 1;
    c.dataKnown[i] += (1 - c.dataKnown[i]) * P.DATA_GAIN[instrument];
    if (instrument === 'carteFidelite' && !c.loyaltyCard[i]) {
      c.loyaltyCard[i] = 1;
      state.alive = null; // its bonded flags are rebuilt (step.ts)
      logEvent(state, i, EV.carteFidelite, 0);
    } else logEvent(state, i, EV.donneesCollectees, 0);
  }
  return { contacted, accepted };
}

export function countAlive(ctx: TickContext, members: Int32Array): number {
  const lost = ctx.state.customers.lostTick;
  let alive = 0;
  for (let k = 0; k < members.length; k++) if (lost[members[k]] === NO_TICK) alive++;
  return alive;
}
