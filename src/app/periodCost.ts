/**
 * What the current period is expected to cost before advancing, against the budget it will have:
 * the running programmes (what each cost last period, without a personalisation's one-off set-up paid in
 * its launch period, unless a pending decision stops it) plus each
 * pending decision, priced with the same estimates the forms show (costEstimate.ts). It only warns:
 * the engine stays the judge and refuses, when the period is played, what the budget cannot pay
 * (src/engine/actions.ts, with its own prudence margin); complaint handling is paid on top.
 * With the engine's reserves for the next period (worker, src/engine/budgetReserve.ts) it also says
 * how long the budget pays what will run after these decisions (budgetRunway.ts).
 */
import type { Action, Target } from '../engine/decisions.ts';
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import { gateDecisions, withPrudence, type GateOutcome } from '../engine/budgetGate.ts';
import type { ProgrammeKpi, TickKpis } from '../engine/types.ts';
import { programmesRunway, type ProgrammeRef, type RunwayView } from './programmesRunway.ts';
import { dataCollectionContacts, dataCollectionCost, strategyCost, surveyCost, type CostEstimate } from './costEstimate.ts';
import type { StrategyInstrument } from './strategyForm.ts';
import type { TargetSpend } from './targetSpend.ts';

/** What the target builder knows of a decision's target: its size and its customers' recorded spend. */
export interface TargetSize {
  count: number;
  spend: TargetSpend | null;
}

const NO_TARGET: TargetSize = { count: 0, spend: null };

export interface PeriodCost {
  /** running programmes not being stopped, at their last period's cost without a set-up (nextPeriodCost) */
  programmes: number;
  /** estimated cost of each pending decision, in their order */
  decisions: number[];
  /** the card's lines in whole euros: the programmes rounded, and the decisions each rounded as its form rounds it, then added */
  shown: { programmes: number; decisions: number };
  /** in whole euros: shown.programmes + shown.decisions, so the card's lines add up to it */
  total: number;
  /** what the engine will have to spend: the budget left plus the period's allowance */
  available: number;
  /** the exact estimate (not the rounded total) is more than `available` */
  over: boolean;
  /**
   * what the engine sets aside for the running programmes it keeps (not stopped) before anything is paid: their
   * expected cost of the period x BUDGET_PRUDENCE_MARGIN (the engine's reserves; else the programmes' cost x the
   * margin). QA learner 2: « Total estimé 894 € », « Budget disponible 1 027 € », and yet « ne peut pas payer »: the
   * reserve, 1 073 €, was not on the card
   */
  reserved: number;
  /** how long the budget pays the programmes after these decisions (a pending one's id: `pending:<index>`), null without the reserves */
  runway: RunwayView | null;
  /**
   * each pending decision under the engine's own budget rule (engine/budgetGate.ts): refused or not, and
   * what was reserved before it (the running programmes', the launched ones' first period x the prudence margin)
   */
  gate: GateOutcome[];
  /** the pending decisions the engine will refuse « budget insuffisant », by that rule (their index and type) */
  refused: { index: number; type: Action['type'] }[];
  /** what the pending decisions add to the runway (a strategy form counts them too), null without the reserves */
  plan: PendingPlan | null;
}

/** The pending decisions as the runway sees them (programmesRunway's input): what they stop, start, pay once. */
export interface PendingPlan {
  stopped: ReadonlySet<string>;
  /** the pending strategies, in their order (they reserve after the running programmes) */
  started: { id: string; ref: ProgrammeRef; perTick: number; perPeriod?: number[]; spread?: number[]; setup: number }[];
  /** the campaigns and data collections, paid as the engine applies them, before the programmes reserve */
  upfrontCost: number;
  /** the surveys, paid after the programmes reserved */
  firstPeriodCost: number;
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
      return dataCollectionCost(action.instrument, dataCollectionContacts(target.count, target.spend));
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

/**
 * The targets of the data collections queued before position `index` of the period's decisions: the engine runs them first
 * (actions.ts, in the decisions' order) and a strategy needing consent then enrols who accepts (QA qa32optician M1). The one
 * rule for the strategy form (index = the queue's length) and the period's estimate (each decision's position).
 */
export function collectedBefore(pending: readonly Action[], index: number): Target[] {
  return pending.slice(0, index).flatMap((a) => (a.type === 'collecteDonnees' ? [a.target] : []));
}

export function isStrategy(action: Action): action is StrategyAction {
  return action.type === 'financier' || action.type === 'lienSocial' || action.type === 'personnalisation' || action.type === 'customisation';
}

/** The estimate of a strategy over `periods` (its planned duration, if shorter, ends it sooner). */
function strategyEstimate(action: StrategyAction, target: TargetSize, tickUnit: 'week' | 'month', last: TickKpis | undefined, periods = 1): CostEstimate {
  const discountRate = action.type === 'financier' ? action.discountRate : 0;
  const choice = { strategy: action.type, instrument: action.instrument as StrategyInstrument, discountRate, durationTicks: null };
  return strategyCost(choice, target.count, tickUnit, last, target.spend, Math.min(periods, action.durationTicks ?? periods));
}

/**
 * What a running programme will be charged next period, from what it cost in the last one (`last`): the
 * same, but for a personalisation launched in that period, whose one-off set-up the engine charged with its
 * first period only (strategies/personnalisation.ts personnalisationCost, `firstTick`). QA shops 1: counted
 * again, it made « Programmes en cours » 1 266 € instead of ≈ 300 € and warned of a refusal that never came.
 */
export function nextPeriodCost(p: Pick<ProgrammeKpi, 'costThisTick' | 'startTick' | 'setupCost'>, last: Pick<TickKpis, 'tick'> | undefined): number {
  const launchedLast = last !== undefined && p.startTick === last.tick;
  return launchedLast ? Math.max(0, p.costThisTick - (p.setupCost ?? 0)) : p.costThisTick;
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
  /** the whole base's retention per period (programmesRunway.ts baseRetentionPerPeriod) */
  baseRetention?: number;
}): PeriodCost {
  const stopped = new Set(input.pending.flatMap((a) => (a.type === 'arreterProgramme' ? [a.programmeId] : [])));
  // with the engine's reserves, those it keeps next period only: one reaching its planned end is not charged
  const kept = input.reserves ? new Set(input.reserves.map((r) => r.id)) : null;
  const programmes = input.running.filter((p) => !stopped.has(p.id) && (!kept || kept.has(p.id))).reduce((sum, p) => sum + nextPeriodCost(p, input.last), 0);
  const decisions = input.pending.map((a, i) => actionCost(a, input.targets[i] ?? NO_TARGET, input.tickUnit, input.last));
  // in whole euros, the sum of the lines as shown (QA qa19 F12: « Décisions de la période » read 1 020 € where the decisions'
  // estimates, as their forms wrote them, made 30 + 65 + 432 + 445 + 49 = 1 021 €): each decision rounded as its form rounds it
  const shown = { programmes: Math.round(programmes), decisions: decisions.reduce((sum, c) => sum + Math.round(c), 0) };
  const total = shown.programmes + shown.decisions;
  const available = input.budgetLeft + input.perTickIncome;
  // the warning compares the exact estimate, as the engine pays it: the lines' rounding may move the total by a euro or two
  const over = programmes + decisions.reduce((sum, c) => sum + c, 0) > available;
  // what the running programmes reserve before any decision: the engine's reserves, else their cost with the margin
  const reserved = input.reserves ? input.reserves.reduce((sum, r) => sum + r.reserve, 0) : withPrudence(programmes);
  const gate = gateDecisions(
    available,
    reserved,
    input.pending.map((a, i) => ({
      type: a.type,
      cost: a.type === 'arreterProgramme' ? (input.reserves?.find((r) => r.id === a.programmeId)?.reserve ?? 0) : decisions[i],
    })),
  );
  const reservedKept = input.reserves ? input.reserves.filter((r) => !stopped.has(r.id)).reduce((sum, r) => sum + r.reserve, 0) : withPrudence(programmes);
  const refused = gate.flatMap((g, i) => (g.refused ? [{ index: i, type: input.pending[i].type }] : []));
  let runway: RunwayView | null = null;
  let plan: PendingPlan | null = null;
  if (input.reserves) {
    const tick = input.tick ?? 0;
    // a decision the engine will refuse is neither paid nor started: the runway leaves it out (QA hqa F1: a refused data
    // collection was counted, and the card said « arrêté faute de budget » of a programme the engine went on paying)
    const paid = input.pending.map((_, i) => !gate[i].refused);
    plan = pendingPlan(input.pending, decisions, input.targets, stopped, input.tickUnit, input.last, tick, input.periodsLeft, paid);
    runway = programmesRunway({
      reserves: input.reserves,
      running: input.running,
      ...plan,
      budgetLeft: input.budgetLeft,
      refill: input.perTickIncome,
      complaintCost: input.complaintCost ?? 0,
      periodsLeft: input.periodsLeft ?? 0,
      tick,
      tickUnit: input.tickUnit,
      baseRetention: input.baseRetention,
    });
  }
  return { programmes, decisions, shown, total, available, over, reserved: reservedKept, gate, refused, runway, plan };
}

function pendingPlan(
  pending: readonly Action[],
  decisions: readonly number[],
  targets: readonly (TargetSize | undefined)[],
  stopped: ReadonlySet<string>,
  tickUnit: 'week' | 'month',
  last: TickKpis | undefined,
  tick: number,
  periodsLeft: number | undefined,
  /** whether the engine will accept each decision (the budget gate): one it refuses costs nothing and starts nothing */
  paid: readonly boolean[] = pending.map(() => true),
): PendingPlan {
  // the pending strategies start after the running programmes (they reserve last); campaigns and data
  // collections are paid as the engine applies them, before the programmes reserve; a set-up is reserved with
  // its programme's first period (as the engine does), surveys are paid after
  let upfrontCost = 0;
  let firstPeriodCost = 0;
  const started: PendingPlan['started'] = [];
  pending.forEach((a, i) => {
    if (!paid[i]) return;
    if (a.type === 'acquisition' || a.type === 'collecteDonnees') return void (upfrontCost += decisions[i]);
    if (!isStrategy(a)) return void (firstPeriodCost += decisions[i]);
    const estimate = strategyEstimate(a, targets[i] ?? NO_TARGET, tickUnit, last, Math.max(1, periodsLeft ?? 1));
    // with the spread of what it may cost (a discount's purchases): the runway's « sooner » counts the queued ones too (issue #4)
    const { perTick, perPeriod, spread, setup } = estimate;
    started.push({ id: `pending:${i}`, ref: { type: a.type, instrument: a.instrument, startTick: tick }, perTick, perPeriod, spread, setup });
  });
  return { stopped, started, upfrontCost, firstPeriodCost };
}

/** Whether a decision's cost depends on the size of its target. */
export function hasTarget(action: Action): action is Extract<Action, { target: unknown }> {
  return 'target' in action;
}
