/**
 * The budget runway of the game's programmes (budgetRunway.ts) from what the page has: the engine's
 * reserves for the next period (session.reserves), the last KPIs (what each programme cost, the
 * complaint handling), and for a programme not started yet its estimated cost. Used by the decisions
 * screen (period budget, strategy form) and the dashboard's budget card.
 */
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import { BUDGET_PRUDENCE_MARGIN } from '../engine/params.ts';
import type { ProgrammeKpi, TickKpis } from '../engine/types.ts';
import { budgetRunway, periodsPaid, type Runway, type RunwayProgramme } from './budgetRunway.ts';

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
  started?: readonly { id: string; ref: ProgrammeRef; perTick: number; perPeriod?: readonly number[]; spread?: readonly number[]; setup?: number }[];
  upfrontCost?: number;
  firstPeriodCost?: number;
  budgetLeft: number;
  refill: number;
  complaintCost: number;
  periodsLeft: number;
  tick: number;
  tickUnit: 'week' | 'month';
  /** the whole base's retention per period (baseRetentionPerPeriod), for a programme whose members' is not known */
  baseRetention?: number;
}): RunwayView {
  const started = input.started ?? [];
  const refs: Record<string, ProgrammeRef> = {};
  for (const p of input.running) refs[p.id] = p;
  for (const p of started) refs[p.id] = p.ref;
  const runway = budgetRunway({
    budget: input.budgetLeft,
    refill: input.refill,
    programmes: [
      ...runningForRunway(input.reserves, input.running, input.stopped ?? new Set(), { tick: input.tick - 1, baseRetention: input.baseRetention }),
      ...started.map((p) => newForRunway(p.id, p.perTick, p.perPeriod, p.setup, p.spread)),
    ],
    otherCost: input.complaintCost,
    upfrontCost: input.upfrontCost,
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
 * Complaint handling per period once the period's decisions are played: as complaintCostPerPeriod, but when a
 * pending decision changes the complaint policy, the complaints of the last periods at the new policy's cost per
 * complaint (`unitCost`: the policy in force and the one to come, app/complaintPolicy.ts costPerComplaint), as the
 * engine will pay them. QA shops 3: the optician's « Excellente » (≈ 300 € a complaint) queued with two programmes
 * was counted at the old policy's cost, and the period card's cascade named the wrong programme first.
 * Before any period is played there is no complaint to count: `firstPeriod`, the complaints the engine would expect
 * (engine/complaintForecast.ts, asked with the whole base's target), at the policy to come; without it the first period's runway priced them
 * at 0 € and said the budget paid a programme longer than it would.
 */
export function complaintCostAhead(kpis: readonly TickKpis[], policy: { now: number; next: number }, firstPeriod = 0): number {
  if (kpis.length === 0) return firstPeriod * policy.next;
  if (policy.next === policy.now) return complaintCostPerPeriod(kpis);
  const recent = kpis.slice(-COMPLAINT_PERIODS);
  return recent.length === 0 ? 0 : (recent.reduce((sum, k) => sum + k.complaints, 0) / recent.length) * policy.next;
}

/**
 * Share of a running programme's members still customers from one period to the next, as the learner can see it
 * (QA hqa3 F8): its members' own, from launch to the last period played (the members-vs-control-group chart's « membres
 * encore clients », `comparison.memberShare`; a personalisation without control group: its members still customers over
 * those enrolled), spread evenly over the periods it ran; without either, the whole base's (`baseRetention`; null
 * without it). 1: nobody left.
 */
export function memberRetention(p: ProgrammeKpi, tick: number, baseRetention?: number): number | null {
  const periods = tick - p.startTick + 1;
  const share = p.comparison?.memberShare ?? (p.membersDataNow && p.targeted > 0 ? p.membersDataNow.members / p.targeted : undefined);
  if (share === undefined || periods < 1) return baseRetention === undefined ? null : clampShare(baseRetention);
  return clampShare(share) ** (1 / periods);
}

const clampShare = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 1);

/** How many recent periods the base's retention of the runway is averaged over. */
const RETENTION_PERIODS = 4;

/** The whole base's share of customers kept from one period to the next, over the last periods played (1 before any). */
export function baseRetentionPerPeriod(kpis: readonly TickKpis[]): number {
  const recent = kpis.slice(-RETENTION_PERIODS);
  return recent.length === 0 ? 1 : recent.reduce((product, k) => product * clampShare(k.retentionRate), 1) ** (1 / recent.length);
}

/**
 * The running programmes as the runway sees them: the engine's reserves for the next period, in its
 * order, each costing what it cost last period, but never more than its reserve without the margin (a
 * personalisation's first period paid its set-up once). After the next period, a programme whose cost is so much a
 * member (all but a financial advantage, engine costForecast.ts periodCost) reserves and costs that much less as its
 * members leave, at the pace they left so far (memberRetention, `tick` the last period played), until its planned end
 * or the game's: QA hqa3 F8, the dormant customers' reminder was said stopped at week 17 by a forecast near its week-6
 * cost (131 € a week, the engine's `ahead` lost few of them); its members left, it cost 20 € a week by the end and was
 * paid all along. A financial advantage keeps the engine's forecast (`ahead`: its discounts follow the purchases and the
 * seasons). Without `observed`, or nothing observed of a programme, the engine's forecast.
 */
export function runningForRunway(
  reserves: readonly ProgrammeReserve[],
  running: readonly ProgrammeKpi[],
  stopped: ReadonlySet<string>,
  observed?: { tick: number; baseRetention?: number },
): RunwayProgramme[] {
  return reserves
    .filter((r) => !stopped.has(r.id))
    .map((r) => {
      const expected = r.reserve / BUDGET_PRUDENCE_MARGIN;
      const kpi = running.find((p) => p.id === r.id);
      const last = kpi?.costThisTick;
      const cost = last === undefined ? expected : Math.min(last, expected);
      if (!r.ahead) return { id: r.id, reserve: r.reserve, cost };
      if (!observed || !kpi || kpi.type === 'financier') return { id: r.id, reserve: r.reserve, cost, ahead: r.ahead };
      const kept = memberRetention(kpi, observed.tick, observed.baseRetention);
      if (kept === null) return { id: r.id, reserve: r.reserve, cost, ahead: r.ahead };
      const fall = r.ahead.reserve.map((_, k) => kept ** k);
      return { id: r.id, reserve: r.reserve, cost, ahead: { reserve: fall.map((f) => r.reserve * f), cost: fall.map((f) => cost * f) } };
    });
}

/** The period's pending decisions as the runway sees them (periodCost.ts PendingPlan). */
export interface PendingRunway {
  stopped: ReadonlySet<string>;
  started: readonly { id: string; perTick: number; perPeriod?: readonly number[]; spread?: readonly number[]; setup?: number }[];
  upfrontCost: number;
  firstPeriodCost: number;
}

/**
 * Periods the budget would pay a new programme of `perTick` euros a period (and `setup` once) on top of
 * the running ones and the decisions already queued this period (`pending`: it is queued after them, so it
 * reserves last, as the engine does), within its `periodsLeft`: null if it pays it all along. QA shops 3:
 * without the queued ones the form said « Payé environ 18 périodes » where the period card said 1.
 */
export function newProgrammePeriods(input: {
  reserves: readonly ProgrammeReserve[];
  running: readonly ProgrammeKpi[];
  perTick: number;
  /** each period's expected cost while it runs (costEstimate.ts), if known */
  perPeriod?: readonly number[];
  setup: number;
  budgetLeft: number;
  refill: number;
  complaintCost: number;
  periodsLeft: number;
  pending?: PendingRunway | null;
  /** periods played so far, and the whole base's retention per period: the running programmes' members leave as they did (runningForRunway) */
  tick?: number;
  baseRetention?: number;
}): number | null {
  const pending = input.pending;
  const runway = budgetRunway({
    budget: input.budgetLeft,
    refill: input.refill,
    programmes: [
      ...runningForRunway(
        input.reserves,
        input.running,
        pending?.stopped ?? new Set(),
        input.tick === undefined ? undefined : { tick: input.tick - 1, baseRetention: input.baseRetention },
      ),
      ...(pending?.started ?? []).map((p) => newForRunway(p.id, p.perTick, p.perPeriod, p.setup, p.spread)),
      newForRunway('new', input.perTick, input.perPeriod, input.setup),
    ],
    otherCost: input.complaintCost,
    upfrontCost: pending?.upfrontCost ?? 0,
    firstPeriodCost: pending?.firstPeriodCost ?? 0,
    periodsLeft: input.periodsLeft,
  });
  return periodsPaid(runway, 'new');
}

/**
 * A programme not started yet, of `perTick` euros a period: reserved with the engine's prudence margin.
 * With `perPeriod` (each period's expected cost while it runs, costEstimate.ts) its cost follows them
 * and it ends after the last; with `spread` (how far each may stray, costEstimate.ts from the engine's forecastSpread)
 * the runway counts it in the stop the purchases may bring sooner, as a running one's (issue #4: a queued coupon
 * programme was counted at its mean only).
 */
export function newForRunway(id: string, perTick: number, perPeriod?: readonly number[], setup = 0, spread?: readonly number[]): RunwayProgramme {
  const base = { id, reserve: perTick * BUDGET_PRUDENCE_MARGIN, cost: perTick };
  const withSpread = spread?.some((s) => s > 0) ? { spread } : {};
  const withAhead =
    perPeriod && perPeriod.length > 0 ? { ...base, ahead: { reserve: perPeriod.map((c) => c * BUDGET_PRUDENCE_MARGIN), cost: perPeriod, ...withSpread } } : base;
  if (setup <= 0) return withAhead;
  // a personalisation's set-up is reserved with its first period, with the margin (the engine's runningTickCost at its
  // start tick): one the budget cannot pay with it is stopped before paying anything, and leaves the others its reserve
  const first = (perPeriod?.[0] ?? perTick) + setup;
  return { ...withAhead, first: { reserve: first * BUDGET_PRUDENCE_MARGIN, cost: first } };
}
