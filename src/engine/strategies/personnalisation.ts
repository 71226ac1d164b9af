/**
 * Personalisation (relance personnalisée, personal shopper). Nothing happens during a set-up
 * delay (PERSONALISATION_SETUP_WEEKS); then the effect on each member is proportional to the data
 * the shop knows about them (dataKnown): with no data it does nothing. Raises the purchase rate,
 * perceived performance (right offer, recognition) and the relational barrier; reduces novelty
 * seeking. The purchase lift is the instrument's own (PERSONALISATION_RATE_LIFT): small for a reminder
 * (Leenheer et al. 2007), strong for a personal shopper. Costly (per member per tick plus a set-up cost,
 * the reminder dearer than the club), and never imitated by competitors. A member with enough
 * personalisation counts as a supporter on the ladder (lifecycle.ts, SUPPORTER_PERSONALISATION).
 */
import type { TickContext } from '../context.ts';
import * as P from '../params.ts';
import { NO_TICK, type ProgrammeState } from '../state.ts';

type Instrument = keyof typeof P.PERSONALISATION_STRENGTH;

export function applyPersonnalisation(ctx: TickContext, prog: ProgrammeState): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  const active = ctx.tick >= prog.effectTick;
  const strength = P.PERSONALISATION_STRENGTH[prog.instrument as Instrument];
  const rateLift = P.PERSONALISATION_RATE_LIFT[prog.instrument as Instrument];
  let reached = 0;
  const members = prog.members;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    reached++;
    if (!active) continue;
    const level = strength * c.dataKnown[i];
    if (level > e.personalisation[i]) e.personalisation[i] = level;
    // a reminder and a personal shopper on the same customer: the larger lift (not the sum)
    if (rateLift * level > e.personalLift[i]) e.personalLift[i] = rateLift * level;
  }
  return reached;
}

export function personnalisationCost(prog: ProgrammeState, reached: number, weeksPerTick: number, firstTick: boolean): number {
  const instrument = prog.instrument as Instrument;
  let cost = reached * P.PERSONALISATION_COST_PER_MEMBER_WEEK[instrument] * weeksPerTick;
  if (firstTick) cost += prog.members.length * P.PERSONALISATION_SETUP_COST_PER_MEMBER[instrument];
  return cost;
}
