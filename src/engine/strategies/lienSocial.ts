/**
 * Social bonding (lien social: club clients, événement privé). Members join the club (ladder:
 * supporteur); trust grows slowly and S-shaped (months), faster for sympathie/orgueil motives, and
 * stays after the programme stops (slow decay: Melnyk & Bijmolt 2015, bonds.ts). Trust raises the
 * relational switching barrier (Burnham et al. 2003), perceived performance and recognition.
 * Cost per member per tick. Very hard for a competitor to imitate: never imitated.
 */
import { perTick, type TickContext } from '../context.ts';
import * as P from '../params.ts';
import { NO_TICK, type ProgrammeState } from '../state.ts';
import { MOTIVES } from '../vocabulary.ts';

const FIT = Float64Array.from(MOTIVES.map((m) => P.MOTIVE_SOCIAL_FIT[m]));

export function applyLienSocial(ctx: TickContext, prog: ProgrammeState): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  const instrument = prog.instrument as keyof typeof P.TRUST_GROWTH_PER_WEEK;
  const growth = perTick(P.TRUST_GROWTH_PER_WEEK[instrument], ctx.state.weeksPerTick);
  let reached = 0;
  const members = prog.members;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    reached++;
    const g = growth * FIT[c.motive[i]];
    if (g > e.trustGrowth[i]) e.trustGrowth[i] = g;
    if (prog.instrument === 'club' && c.clubMember[i] === 0) {
      c.clubMember[i] = 1;
      // a new member: the customer loop's bonded flags (state.alive, 0 only for non-members) are rebuilt
      ctx.state.alive = null;
    }
  }
  return reached;
}

export function lienSocialCost(prog: ProgrammeState, reached: number, weeksPerTick: number): number {
  return reached * P.SOCIAL_COST_PER_MEMBER_WEEK[prog.instrument as keyof typeof P.SOCIAL_COST_PER_MEMBER_WEEK] * weeksPerTick;
}
