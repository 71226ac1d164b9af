/**
 * Customisation (offre sur mesure, contrat): the customer builds an offer from options or signs a
 * closed programme. Raises procedural and financial switching barriers strongly (Burnham et al.
 * 2003: contracts -> procedural + financial), which lowers churn. Some motives resist (nouveauté,
 * argent): their barriers grow much less and their perceived performance drops. Costly.
 */
import type { TickContext } from '../context.ts';
import * as P from '../params.ts';
import { NO_TICK, type ProgrammeState } from '../state.ts';
import { MOTIVES } from '../vocabulary.ts';

type Instrument = keyof typeof P.CUSTOMISATION_PROCEDURAL_BARRIER;
const RESISTANT = Uint8Array.from(MOTIVES.map((m) => (P.CUSTOMISATION_RESISTANT[m] ? 1 : 0)));

export function applyCustomisation(ctx: TickContext, prog: ProgrammeState): number {
  const c = ctx.state.customers;
  const e = ctx.effects;
  const instrument = prog.instrument as Instrument;
  const proc = P.CUSTOMISATION_PROCEDURAL_BARRIER[instrument];
  const fin = P.CUSTOMISATION_FINANCIAL_BARRIER[instrument];
  let reached = 0;
  const members = prog.members;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    reached++;
    const resistant = RESISTANT[c.motive[i]] !== 0;
    const share = resistant ? P.CUSTOMISATION_RESISTANT_BARRIER_SHARE : 1;
    if (proc * share > e.customProcedural[i]) e.customProcedural[i] = proc * share;
    if (fin * share > e.customFinancial[i]) e.customFinancial[i] = fin * share;
    e.customPerformance[i] = resistant ? -P.CUSTOMISATION_PERFORMANCE_LOSS : P.CUSTOMISATION_PERFORMANCE_GAIN;
  }
  return reached;
}

export function customisationCost(prog: ProgrammeState, reached: number, weeksPerTick: number): number {
  return reached * P.CUSTOMISATION_COST_PER_MEMBER_WEEK[prog.instrument as Instrument] * weeksPerTick;
}
