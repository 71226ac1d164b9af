/**
 * What the current period is expected to cost before advancing, against the budget it will have:
 * the running programmes (what each cost last period, unless a pending decision stops it) plus each
 * pending decision, priced with the same estimates the forms show (costEstimate.ts). It only warns:
 * the engine stays the judge and refuses, when the period is played, what the budget cannot pay
 * (src/engine/actions.ts, with its own prudence margin); complaint handling is paid on top.
 * With the engine's reserves for the next period (worker, src/engine/budgetReserve.ts) it also says
 * how long the budget pays what will run after these decisions (budgetRunway.ts).
 */
import type { Action } from '../engine/decisions.ts';
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import { BUDGET_PRUDENCE_MARGIN } from '../engine/params.ts';
import type { ProgrammeKpi, TickKpis } from '../engine/types.ts';
import { budgetRunway, periodsPaid, type Runway, type RunwayProgramme } from './budgetRunway.ts';
import { dataCollectionCost, strategyCost, surveyCost, type CostEstimate } from './costEstimate.ts';
import type { StrategyInstrument } from './strategyForm.ts';
import type { TargetSpend } from './targetSpend.ts';

/** What the target builder knows of a decision's target: its size and its customers' recorded spend. */
export interface TargetSize {
  count: number;
  spend: TargetSpend | null;
}

const NO_TARGET: TargetSize = { count: 0, spend: null };

export interface PeriodCost {
  /** running programmes not being stopped, at their last period's cost */
  programmes: number;
  /** estimated cost of each pending decision, in their order */
  decisions: number[];
  total: number;
  /** what the engine will have to spend: the budget left plus the period's allowance */
  available: number;
  over: boolean;
  /** how long the budget pays the programmes after these decisions (a pending one's id: `pending:<index>`), null without the reserves */
  runway: RunwayView | null;
}

/** A programme as its name needs it (ui/decisions/programmeName.ts). */
export type ProgrammeRef = Pick<ProgrammeKpi, 'type' | 'instrument' | 'startTick'>;

/** A runway with what the page needs to say it: each programme's name parts, and the next period to play. */
export interface RunwayView {
  runway: Runway;
  refs: Record<string, ProgrammeRef>;
  /** the next period to play (ticks played so far): a stop at `period` p happens at tick + p - 1 */
  tick: number;
  tickUnit: 'week' | 'month';
}

/**
 * How long the budget pays the running programmes (minus those `stopped`) and the `started` ones
 * (pending, they reserve after the running ones), from the engine's reserves for the next period.
 */
export function programmesRunway(input: {
  reserves: readonly ProgrammeReserve[];
  running: readonly ProgrammeKpi[];
  stopped?: ReadonlySet<string>;
  started?: readonly { id: string; ref: ProgrammeRef; perTick: number }[];
  firstPeriodCost?: number;
  budgetLeft: number;
  refill: number;
  complaintCost: number;
  periodsLeft: number;
  tick: number;
  tickUnit: 'week' | 'month';
}): RunwayView {
  const started = input.started ?? [];
  const refs: Record<string, ProgrammeRef> = {};
  for (const p of input.running) refs[p.id] = p;
  for (const p of started) refs[p.id] = p.ref;
  const runway = budgetRunway({
    budget: input.budgetLeft,
    refill: input.refill,
    programmes: [...runningForRunway(input.reserves, input.running, input.stopped ?? new Set()), ...started.map((p) => newForRunway(p.id, p.perTick))],
    otherCost: input.complaintCost,
    firstPeriodCost: input.firstPeriodCost,
    periodsLeft: input.periodsLeft,
  });
  return { runway, refs, tick: input.tick, tickUnit: input.tickUnit };
}

/** How many recent periods the complaint handling cost of the runway is averaged over. */
const COMPLAINT_PERIODS = 4;

/** Complaint handling paid from the budget per period, on average over the last periods played. */
export function complaintCostPerPeriod(kpis: readonly TickKpis[]): number {
  const recent = kpis.slice(-COMPLAINT_PERIODS);
  return recent.length === 0 ? 0 : recent.reduce((sum, k) => sum + (k.costsByType.politiqueReclamations ?? 0), 0) / recent.length;
}

/**
 * The running programmes as the runway sees them: the engine's reserves for the next period, in its
 * order, each costing what it cost last period, but never more than its reserve without the margin (a
 * personalisation's first period paid its set-up once).
 */
export function runningForRunway(reserves: readonly ProgrammeReserve[], running: readonly ProgrammeKpi[], stopped: ReadonlySet<string>): RunwayProgramme[] {
  return reserves
    .filter((r) => !stopped.has(r.id))
    .map((r) => {
      const expected = r.reserve / BUDGET_PRUDENCE_MARGIN;
      const last = running.find((p) => p.id === r.id)?.costThisTick;
      return { id: r.id, reserve: r.reserve, cost: last === undefined ? expected : Math.min(last, expected) };
    });
}

/**
 * Periods the budget would pay a new programme of `perTick` euros a period (and `setup` once) on top of
 * the running ones, within its `periodsLeft`: null if it pays it all along.
 */
export function newProgrammePeriods(input: {
  reserves: readonly ProgrammeReserve[];
  running: readonly ProgrammeKpi[];
  perTick: number;
  setup: number;
  budgetLeft: number;
  refill: number;
  complaintCost: number;
  periodsLeft: number;
}): number | null {
  const runway = budgetRunway({
    budget: input.budgetLeft,
    refill: input.refill,
    programmes: [...runningForRunway(input.reserves, input.running, new Set()), newForRunway('new', input.perTick)],
    otherCost: input.complaintCost,
    firstPeriodCost: input.setup,
    periodsLeft: input.periodsLeft,
  });
  return periodsPaid(runway, 'new');
}

/** A programme not started yet, of `perTick` euros a period: reserved with the engine's prudence margin. */
export function newForRunway(id: string, perTick: number): RunwayProgramme {
  return { id, reserve: perTick * BUDGET_PRUDENCE_MARGIN, cost: perTick };
}

/**
 * Estimated cost of one decision this period; `target` is what the target builder counts for its
 * target (ignored by the decisions without one), so a strategy costs what its form showed.
 */
export function actionCost(action: Action, target: TargetSize, tickUnit: 'week' | 'month', last: TickKpis | undefined): number {
  switch (action.type) {
    case 'financier':
    case 'lienSocial':
    case 'personnalisation':
    case 'customisation': {
      const estimate = strategyEstimate(action, target, tickUnit, last);
      return estimate.perTick + estimate.setup;
    }
    case 'collecteDonnees':
      return dataCollectionCost(action.instrument, target.count);
    case 'enquete':
      return surveyCost(action.instrument, action.sampleSize);
    case 'acquisition':
      return action.budget;
    case 'politiqueReclamations':
    case 'arreterProgramme':
      return 0;
  }
}

type StrategyAction = Extract<Action, { type: 'financier' | 'lienSocial' | 'personnalisation' | 'customisation' }>;

function isStrategy(action: Action): action is StrategyAction {
  return action.type === 'financier' || action.type === 'lienSocial' || action.type === 'personnalisation' || action.type === 'customisation';
}

function strategyEstimate(action: StrategyAction, target: TargetSize, tickUnit: 'week' | 'month', last: TickKpis | undefined): CostEstimate {
  const discountRate = action.type === 'financier' ? action.discountRate : 0;
  const choice = { strategy: action.type, instrument: action.instrument as StrategyInstrument, discountRate, durationTicks: null };
  return strategyCost(choice, target.count, tickUnit, last, target.spend);
}

export function periodCost(input: {
  pending: readonly Action[];
  /** target sizes, one per pending decision (missing for those without a target) */
  targets: readonly (TargetSize | undefined)[];
  running: readonly ProgrammeKpi[];
  tickUnit: 'week' | 'month';
  last: TickKpis | undefined;
  budgetLeft: number;
  perTickIncome: number;
  /** the engine's reserves for the next period (null: not known, no runway) */
  reserves?: readonly ProgrammeReserve[] | null;
  /** complaint handling per period (complaintCostPerPeriod) */
  complaintCost?: number;
  /** periods played so far (the next period to play) */
  tick?: number;
  /** periods left to play */
  periodsLeft?: number;
}): PeriodCost {
  const stopped = new Set(input.pending.flatMap((a) => (a.type === 'arreterProgramme' ? [a.programmeId] : [])));
  const programmes = input.running.filter((p) => !stopped.has(p.id)).reduce((sum, p) => sum + p.costThisTick, 0);
  const decisions = input.pending.map((a, i) => actionCost(a, input.targets[i] ?? NO_TARGET, input.tickUnit, input.last));
  const total = programmes + decisions.reduce((sum, c) => sum + c, 0);
  const available = input.budgetLeft + input.perTickIncome;
  let runway: RunwayView | null = null;
  if (input.reserves) {
    // the pending strategies start after the running programmes (they reserve last), their set-up and
    // the one-off decisions are paid in the first period
    const tick = input.tick ?? 0;
    const started: { id: string; ref: ProgrammeRef; perTick: number }[] = [];
    let firstPeriodCost = 0;
    input.pending.forEach((a, i) => {
      if (!isStrategy(a)) return void (firstPeriodCost += decisions[i]);
      const estimate = strategyEstimate(a, input.targets[i] ?? NO_TARGET, input.tickUnit, input.last);
      started.push({ id: `pending:${i}`, ref: { type: a.type, instrument: a.instrument, startTick: tick }, perTick: estimate.perTick });
      firstPeriodCost += estimate.setup;
    });
    runway = programmesRunway({
      reserves: input.reserves,
      running: input.running,
      stopped,
      started,
      firstPeriodCost,
      budgetLeft: input.budgetLeft,
      refill: input.perTickIncome,
      complaintCost: input.complaintCost ?? 0,
      periodsLeft: input.periodsLeft ?? 0,
      tick,
      tickUnit: input.tickUnit,
    });
  }
  return { programmes, decisions, total, available, over: total > available, runway };
}

/** Whether a decision's cost depends on the size of its target. */
export function hasTarget(action: Action): action is Extract<Action, { target: unknown }> {
  return 'target' in action;
}
