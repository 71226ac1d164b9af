/**
 * Programmes: the lasting actions (the four strategies). Each starts with its target resolved once
 * (members, ascending), lasts until its planned end or an arreterProgramme, and each tick writes
 * its effects on its alive members into the effects scratch, is charged its cost, and accumulates
 * the incremental gross margin of its members (above their margin per tick over the 12 months
 * before the start) for the ROI.
 */
import { clearEffects, type TickContext } from './context.ts';
import type { Action } from './decisions.ts';
import { programmeId } from './programmeId.ts';
import { EV, logEvent } from './events.ts';
import { NO_TICK, type ProgrammeState, type SimState } from './state.ts';
import { applyCustomisation, customisationCost } from './strategies/customisation.ts';
import { applyFinancier, financierFixedCost } from './strategies/financier.ts';
import { applyLienSocial, lienSocialCost } from './strategies/lienSocial.ts';
import { applyPersonnalisation, personnalisationCost } from './strategies/personnalisation.ts';
import { weeksToTicks } from './context.ts';
import * as P from './params.ts';
import type { ProgrammeKpi } from './types.ts';
import type { Scenario } from '../scenario/schema.ts';

export type StrategyAction = Extract<Action, { type: 'financier' | 'lienSocial' | 'personnalisation' | 'customisation' }>;

/** Margin per tick of the members over the RFM window before the start (ROI baseline). */
function baselineMargin(state: SimState, scenario: Scenario, members: Int32Array): number {
  const c = state.customers;
  let spend = 0;
  for (let k = 0; k < members.length; k++) spend += c.monetary12[members[k]];
  return (spend / state.window) * scenario.economics.marginRate;
}

/** Earliest tick a competitor imitates a financial programme started now, -1 = never. */
function imitationTick(state: SimState, scenario: Scenario, tick: number): number {
  let best = -1;
  scenario.competitors.forEach((comp, k) => {
    if (state.competitorClosed[k]) return;
    const t = tick + comp.imitationDelayTicks;
    if (best < 0 || t < best) best = t;
  });
  return best;
}

export function startProgramme(
  state: SimState,
  scenario: Scenario,
  action: StrategyAction,
  actionIndex: number,
  members: Int32Array,
): ProgrammeState {
  const tick = state.tick;
  const prog: ProgrammeState = {
    id: programmeId(tick, actionIndex),
    type: action.type,
    strategy: action.type,
    instrument: action.instrument,
    startTick: tick,
    effectTick: action.type === 'personnalisation' ? tick + weeksToTicks(P.PERSONALISATION_SETUP_WEEKS, state.weeksPerTick) : tick,
    endTick: -1,
    plannedEndTick: action.durationTicks ? tick + action.durationTicks : -1,
    discountRate: action.type === 'financier' ? action.discountRate : 0,
    imitatedTick: action.type === 'financier' ? imitationTick(state, scenario, tick) : -1,
    members,
    costThisTick: 0,
    costToDate: 0,
    baselineMarginPerTick: baselineMargin(state, scenario, members),
    incrementalMarginToDate: 0,
  };
  for (let k = 0; k < members.length; k++) logEvent(state, members[k], EV.cibleParAction, actionIndex);
  if (action.type === 'lienSocial' && action.instrument === 'club')
    for (let k = 0; k < members.length; k++) {
      const i = members[k];
      if (!state.customers.clubMember[i]) logEvent(state, i, EV.adhesionClub, 0);
    }
  return prog;
}

/** Ends a programme at the state's tick (members of a financial advantage are told: finAvantage). */
export function stopProgramme(state: SimState, prog: ProgrammeState): void {
  prog.endTick = state.tick;
  const c = state.customers;
  for (let k = 0; k < prog.members.length; k++) {
    const i = prog.members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    if (prog.type === 'financier') logEvent(state, i, EV.finAvantage, 0);
    if (prog.type === 'lienSocial' && prog.instrument === 'club') c.clubMember[i] = 0;
  }
}

export function isRunning(prog: ProgrammeState): boolean {
  return prog.endTick < 0;
}

/** Ends programmes whose planned duration is over. */
export function endFinishedProgrammes(state: SimState): void {
  for (const prog of state.programmes)
    if (isRunning(prog) && prog.plannedEndTick >= 0 && state.tick >= prog.plannedEndTick) stopProgramme(state, prog);
}

/** Effects of every running programme for this tick, and their fixed costs. */
export function applyProgrammes(ctx: TickContext): void {
  const state = ctx.state;
  clearEffects(ctx.effects);
  const w = state.weeksPerTick;
  state.programmes.forEach((prog, index) => {
    prog.costThisTick = 0;
    if (!isRunning(prog)) return;
    ctx.programmesRunning = true;
    let reached: number;
    switch (prog.type) {
      case 'financier':
        reached = applyFinancier(ctx, prog, index);
        prog.costThisTick += financierFixedCost(reached);
        break;
      case 'lienSocial':
        reached = applyLienSocial(ctx, prog);
        prog.costThisTick += lienSocialCost(prog, reached, w);
        break;
      case 'personnalisation':
        reached = applyPersonnalisation(ctx, prog);
        prog.costThisTick += personnalisationCost(prog, reached, w, ctx.tick === prog.startTick);
        break;
      default:
        reached = applyCustomisation(ctx, prog);
        prog.costThisTick += customisationCost(prog, reached, w);
    }
  });
}

/** After the customer loop: incremental margin of members; returns the programmes' total cost this tick. */
export function accountProgrammes(ctx: TickContext): number {
  const spend = ctx.effects.spendTick;
  const rate = ctx.scenario.economics.marginRate;
  let total = 0;
  for (const prog of ctx.state.programmes) {
    if (!isRunning(prog)) continue;
    let s = 0;
    const members = prog.members;
    for (let k = 0; k < members.length; k++) s += spend[members[k]];
    prog.incrementalMarginToDate += s * rate - prog.baselineMarginPerTick;
    prog.costToDate += prog.costThisTick;
    total += prog.costThisTick;
  }
  return total;
}

export function programmeKpis(state: SimState): ProgrammeKpi[] {
  return state.programmes.map((p) => ({
    id: p.id,
    type: p.type,
    strategy: p.strategy,
    instrument: p.instrument,
    startTick: p.startTick,
    ...(p.endTick >= 0 ? { endTick: p.endTick } : {}),
    targeted: p.members.length,
    costThisTick: p.costThisTick,
    costToDate: p.costToDate,
    incrementalMarginToDate: p.incrementalMarginToDate,
    roi: p.costToDate > 0 ? (p.incrementalMarginToDate - p.costToDate) / p.costToDate : null,
  }));
}

/** Rough cost of a programme's first tick, to refuse what the budget cannot pay. */
export function estimateFirstTickCost(ctx: TickContext, action: StrategyAction, members: Int32Array): number {
  const c = ctx.state.customers;
  const w = ctx.state.weeksPerTick;
  let alive = 0;
  let expectedSpend = 0;
  const cs = ctx.scenario.customers.spend;
  for (let k = 0; k < members.length; k++) {
    const i = members[k];
    if (c.lostTick[i] !== NO_TICK) continue;
    alive++;
    expectedSpend += (c.lambda[i] * cs.p) / c.basketScale[i];
  }
  switch (action.type) {
    case 'financier':
      return alive * P.FINANCIAL_COST_PER_MEMBER + expectedSpend * action.discountRate;
    case 'lienSocial':
      return alive * P.SOCIAL_COST_PER_MEMBER_WEEK[action.instrument] * w;
    case 'personnalisation':
      return (
        alive * P.PERSONALISATION_COST_PER_MEMBER_WEEK[action.instrument] * w +
        members.length * P.PERSONALISATION_SETUP_COST_PER_MEMBER[action.instrument]
      );
    default:
      return alive * P.CUSTOMISATION_COST_PER_MEMBER_WEEK[action.instrument] * w;
  }
}
