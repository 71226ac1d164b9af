/**
 * One tick of the simulation, in the fixed order of the model:
 *   budget refill -> programmes ending -> competitor events (an imitation copies only the financial
 *   advantages already running) -> decisions -> programme effects ->
 *   per customer (index order): purchases -> incident & complaint -> complaint handling ->
 *   satisfaction -> loyalty effects (trust, barriers) -> dropout (with competitor pull and novelty)
 *   -> word of mouth -> lifecycle & ladder -> RFM window
 *   -> recruits (referrals, campaigns) -> RFM scores & segments -> surveys -> accounting & KPIs.
 * stepSimulation mutates the state in place (the engine owns it; clone first for a branch) and
 * returns the tick's report. During the pre-history (history = true) there are no decisions,
 * recruits or KPIs.
 */
import { applyDecisions, reservedSurveyCost, runSurveys, settleCampaigns, type AppliedDecisions } from './actions.ts';
import { recruit } from './acquisition.ts';
import { bondsIdle, bondsStep, hasBonds, noBondEffects } from './bonds.ts';
import { churnStep, idleHazardBounds, SAT_BINS } from './churn.ts';
import { competitorStep } from './competitors.ts';
import { buildContext, markEffectsWritten, SATISFACTION_BINS, type TickContext } from './context.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Action } from './decisions.ts';
import { eventBatchSince } from './events.ts';
import { customerHash, firstLane, LANE_A_STEP, poissonZeroH } from './rng.ts';
import { computeKpis } from './kpis.ts';
import { idleLifecycleHolds, lifecycleStep, lostSilent } from './lifecycle.ts';
import * as P from './params.ts';
import { accountProgrammes, applyProgrammes, committedBudget, endFinishedProgrammes } from './programmes.ts';
import { drawPurchaseCount, purchaseMean, recordPurchases } from './purchases.ts';
import { scoreRfmTracked, windowEnd, windowStart, windowStep, type SegmentCounts } from './rfmWindow.ts';
import { satisfactionStep } from './satisfaction.ts';
import { noService, serviceStep } from './service.ts';
import { NO_TICK, type AliveList, type SimState } from './state.ts';
import { settleInts } from './fieldShapes.ts';
import { grown } from './typedArrays.ts';
import type { TickReport } from './types.ts';
import { REFERRAL_BINS, referralChanceBounds, wordOfMouthStep } from './wordOfMouth.ts';
import { STAGES } from './vocabulary.ts';

const STAGE_PERDU = STAGES.indexOf('perdu');
const STAGE_DORMANT = STAGES.indexOf('dormant');
const STAGE_COUNT = STAGES.length;

/**
 * The customer loop tries its idle customer's path when the shop's mean purchase rate per tick is below this: in
 * the cosmetics shop (0.055 a week) 97 % of the customers walked buy nothing in a given week and have no bond.
 * In the bakery (0.8 a week) half of them buy: with the path, its time grew by 3 to 17 % (the test wasted on
 * the buyers, and the path's code in the loop). Results do not depend on it (implementation-notes.md).
 */
const IDLE_PATH_MAX_RATE = 0.5;
let idlePathOn = true;
const NO_BOUNDS = new Float64Array(0);
const IDLE_BOUND_ROW = SAT_BINS + 1;

/** Turns the customer loop's idle customer's path off or on (tests: the same results either way). */
export function useIdlePath(on: boolean): void {
  idlePathOn = on;
}

/** The state's list of customers not lost, valid at the start of this tick (rebuilt when it is not). */
function aliveList(state: SimState): AliveList {
  const a = state.alive;
  if (a && a.customers === state.customers && a.n === state.n && a.tick === state.tick) return a;
  const c = state.customers;
  const lostTick = c.lostTick;
  const index = new Int32Array(state.capacity);
  const bonded = new Uint8Array(state.capacity);
  let length = 0;
  for (let i = 0; i < state.n; i++)
    if (lostTick[i] === NO_TICK) {
      bonded[length] = hasBonds(c, i) ? 1 : 0;
      index[length++] = i;
    }
  const fresh: AliveList = { customers: state.customers, n: state.n, tick: state.tick, length, index, bonded };
  // n changes with the game's recruits only (fieldShapes.ts)
  settleInts(fresh, ['n']);
  state.alive = fresh;
  return fresh;
}

/** Appends the customers recruited this tick (from index `from`) to the list the customer loop left. */
function aliveAfterRecruits(state: SimState, list: AliveList, from: number): void {
  // a list the loop did not leave for this array set (a growth it did not follow) is rebuilt next tick
  if (state.alive !== list || list.customers !== state.customers || list.n !== from) {
    state.alive = null;
    return;
  }
  if (list.index.length < state.capacity) {
    list.index = grown(list.index, state.capacity);
    list.bonded = grown(list.bonded, state.capacity);
  }
  const c = state.customers;
  for (let i = from; i < state.n; i++) {
    list.bonded[list.length] = hasBonds(c, i) ? 1 : 0;
    list.index[list.length++] = i;
  }
  list.n = state.n;
}

/**
 * The customer loop: every per-customer process, in the model's order. It walks the customers not
 * lost (state.alive, in index order) and, between them, moves the RFM window of the lost ones whose
 * purchase leaves it (the window's entries are in index order too): the same calls in the same order as
 * a walk over every customer, without testing the lost ones (half of an old base, in no predictable
 * order). Arrays and per-tick values are read once here. The tick's counts and the satisfaction sum are
 * kept in locals and written once at the end (registers instead of a load and a store through
 * ctx.counters each time); a customer without a purchase skips the visit mechanics (service,
 * satisfaction), and one without bond or barrier to move skips bondsStep (the test is inlined). A
 * customer without bond, with no programme running, who buys nothing (most of an occasional shop's
 * customers each tick) takes the idle customer's path: each mechanism's function is called only when its draw
 * may act, told by the draw's first lane against a bound its module gives for that case (churn.ts
 * idleHazardBounds, wordOfMouth.ts referralChanceBounds), and lifecycleStep only when lifecycle.ts's
 * idleLifecycleHolds says it would move the customer; the same draws, the same results.
 * Returns the list, valid for the next tick once the recruits are appended.
 */
function customerLoop(ctx: TickContext): AliveList {
  const state = ctx.state;
  const c = state.customers;
  const n = state.n;
  const tick = ctx.tick;
  const ctr = ctx.counters;
  const arrivalTick = c.acquisitionTick;
  const stage = c.stage;
  const ladder = c.ladder;
  const satisfaction = c.satisfaction;
  const stages = ctr.stages;
  const ladders = ctr.ladder;
  const flows = ctr.stageFlows;
  const histogram = ctr.satisfactionHistogram;
  const purchaseKey = ctx.keys.purchase;
  const churnKey = ctx.keys.churn;
  const referralKey = ctx.keys.referral;
  const cur = ctx.cur;
  // the idle customer's path (below) reads these; it is tried without a programme running (every effect 0) in a
  // shop of occasional customers only (IDLE_PATH_MAX_RATE)
  const quiet = idlePathOn && !ctx.programmesRunning && ctx.meanLambda < IDLE_PATH_MAX_RATE;
  const lambda = c.lambda;
  const motives = c.motive;
  const lastPurchaseTick = c.lastPurchaseTick;
  const idleBound = quiet ? idleHazardBounds(ctx) : NO_BOUNDS;
  const referralBound = quiet ? referralChanceBounds(ctx) : NO_BOUNDS;
  const list = aliveList(state);
  const alive = list.index;
  const bonded = list.bonded;
  const length = list.length;
  // every customer off the list is lost (and has arrived)
  let lost = n - length;
  let kept = 0;
  let aliveAtStart = 0;
  let aliveEnd = 0;
  let satisfactionSum = ctr.satisfactionSum;
  let dissatisfied = 0;
  for (let j = 0; j < length; j++) {
    const i = alive[j];
    let bond = bonded[j];
    // lost customers before i whose purchase leaves the window (no purchase now: nothing else changes)
    while (ctx.ringHead !== -1 && ctx.ringHead < i) windowStep(ctx, ctx.ringHead, 0, 0);
    const arrival = arrivalTick[i];
    if (arrival > tick) {
      bonded[kept] = bond;
      alive[kept++] = i;
      continue;
    }
    if (arrival === tick) {
      // first purchase of a customer of the initial base (pre-history)
      const spent = recordPurchases(ctx, i, 1);
      windowStep(ctx, i, 1, spent);
      aliveEnd++;
      bonded[kept] = bond;
      alive[kept++] = i;
      continue;
    }
    aliveAtStart++;
    // the stage at the start of the tick: any change by the end is a gross flow (KPIs' stageFlows)
    const from = stage[i];
    const hash = customerHash(purchaseKey, i);
    cur.hash = hash;
    if (bond === 0 && quiet && poissonZeroH(purchaseKey, hash, 0, purchaseMean(ctx, i))) {
      // the idle customer's path: no purchase (poissonH's shortcut, the answer of most customers of an occasional
      // shop), no bond, no programme. Each mechanism's function runs only when its draw may do something
      const s = satisfaction[i];
      noService(cur);
      // churnStep: silent too long, or a churn uniform whose first lane may be below the hazard's bound
      const bound = idleBound[motives[i] * IDLE_BOUND_ROW + ((s * SAT_BINS) | 0)];
      if ((from === STAGE_DORMANT && lostSilent(ctx, tick - lastPurchaseTick[i], lambda, i)) || bound > firstLane(churnKey, hash, 0) * LANE_A_STEP) {
        if (churnStep(ctx, i, 0, 0)) {
          lost++;
          flows[from * STAGE_COUNT + stage[i]]++;
          windowStep(ctx, i, 0, 0);
          continue;
        }
      }
      aliveEnd++;
      bonded[kept] = 0;
      alive[kept++] = i;
      // wordOfMouthStep draws when the referral uniform's first lane may be below its chance; otherwise it would only
      // count a dissatisfied customer. Also during the pre-history, where it draws nothing: the loop's code then has
      // V8's type feedback for the game's ticks (else recompiled at tick 0)
      if (referralBound[(s * REFERRAL_BINS) | 0] > firstLane(referralKey, hash, 0) * LANE_A_STEP) wordOfMouthStep(ctx, i, 0);
      else if (s < P.DISSATISFACTION_THRESHOLD) dissatisfied++;
      if (!idleLifecycleHolds(ctx, i)) lifecycleStep(ctx, i, 0, 0);
      const to = stage[i];
      if (to !== from) flows[from * STAGE_COUNT + to]++;
      ladders[ladder[i]]++;
      // windowStep without a purchase moves only the window's next purchase to leave
      if (ctx.ringHead === i) windowStep(ctx, i, 0, 0);
      stages[to]++;
      satisfactionSum += s;
      const bin = Math.floor(s * SATISFACTION_BINS);
      histogram[bin < SATISFACTION_BINS ? bin : SATISFACTION_BINS - 1]++;
      continue;
    }
    // the mean again rather than passed on: a double passed to a function V8 does not inline is boxed
    const visits = drawPurchaseCount(ctx, i);
    let spent = 0;
    if (visits > 0) {
      spent = recordPurchases(ctx, i, visits);
      serviceStep(ctx, i, visits);
      satisfactionStep(ctx, i, cur.incident);
    } else noService(cur);
    // bond 0: no trust, card or barrier (one byte instead of five arrays); bondsStep may give them
    if (bond === 0 ? !noBondEffects(ctx, i) : !bondsIdle(ctx, i)) {
      bondsStep(ctx, i);
      bond = 1;
    }
    if (churnStep(ctx, i, visits, bond)) {
      lost++;
      // whatever the departure's cause, from the stage the customer had (no cause is named here)
      flows[from * STAGE_COUNT + stage[i]]++;
      windowStep(ctx, i, visits, spent);
      continue;
    }
    aliveEnd++;
    bonded[kept] = bond;
    alive[kept++] = i;
    wordOfMouthStep(ctx, i, bond);
    lifecycleStep(ctx, i, visits, bond);
    windowStep(ctx, i, visits, spent);
    // counted after the lifecycle update (KPIs); same sums as countInDistributions
    const s = satisfaction[i];
    const to = stage[i];
    if (to !== from) flows[from * STAGE_COUNT + to]++;
    stages[to]++;
    ladders[ladder[i]]++;
    satisfactionSum += s;
    const bin = Math.floor(s * SATISFACTION_BINS);
    histogram[bin < SATISFACTION_BINS ? bin : SATISFACTION_BINS - 1]++;
  }
  // lost customers after the last one on the list
  while (ctx.ringHead !== -1 && ctx.ringHead < n) windowStep(ctx, ctx.ringHead, 0, 0);
  list.length = kept;
  list.tick = tick + 1;
  stages[STAGE_PERDU] += lost;
  ctr.aliveAtStart += aliveAtStart;
  ctr.aliveEnd += aliveEnd;
  ctr.satisfactionSum = satisfactionSum;
  ctr.dissatisfied += dissatisfied;
  return list;
}

function tickReport(ctx: TickContext, applied: AppliedDecisions, eventsFrom: number, segments: SegmentCounts): TickReport {
  const b = ctx.purchases;
  return {
    tick: ctx.tick,
    kpis: computeKpis(ctx, applied, segments),
    purchases: {
      tick: ctx.tick,
      length: b.length,
      customer: b.customer.slice(0, b.length),
      amount: b.amount.slice(0, b.length),
      productType: b.productType.slice(0, b.length),
      channel: b.channel.slice(0, b.length),
    },
    events: eventBatchSince(ctx.state, eventsFrom),
    rejected: applied.rejected,
  };
}

/** The price level during the state's next tick: the current one raised by that tick's hausseDesPrix events. */
export function priceLevelAt(state: SimState, scenario: Scenario): number {
  let level = state.priceLevel;
  for (const ev of scenario.events) if (ev.kind === 'hausseDesPrix' && ev.tick === state.tick) level *= 1 + ev.intensity;
  return level;
}

/** Advances the state by one tick (mutating it) and returns the tick's report. */
export function stepSimulation(state: SimState, scenario: Scenario, actions: readonly Action[]): TickReport {
  const eventsFrom = state.eventCount;
  state.budget += scenario.budget.perTick;
  state.priceLevel = priceLevelAt(state, scenario);
  endFinishedProgrammes(state);
  const ctx = buildContext(state, scenario, false, competitorStep(state, scenario, false));
  const applied = applyDecisions(ctx, actions);
  applyProgrammes(ctx);
  if (ctx.programmesRunning || ctx.programmesMeasured) markEffectsWritten();
  // complaint handling is paid from what the running programmes and the surveys leave (service.ts)
  ctx.complaintBudget = Math.max(0, state.budget - committedBudget(ctx) - reservedSurveyCost(applied));
  windowStart(ctx);
  const n = state.n;
  const list = customerLoop(ctx);
  recruit(ctx, applied.campaigns);
  settleCampaigns(state, applied);
  aliveAfterRecruits(state, list, n);
  windowEnd(ctx);
  const segments = scoreRfmTracked(state, ctx.newCustomerTicks);
  runSurveys(ctx, applied);
  const programmeCost = accountProgrammes(ctx);
  state.budget -= programmeCost + ctx.counters.complaintCost;
  const churn = ctx.counters.aliveAtStart > 0 ? ctx.counters.lost / ctx.counters.aliveAtStart : 0;
  state.churnSmoothed = state.churnSmoothed < 0 ? churn : (1 - P.CHURN_SMOOTHING) * state.churnSmoothed + P.CHURN_SMOOTHING * churn;
  const report = tickReport(ctx, applied, eventsFrom, segments);
  state.tick++;
  return report;
}

/** One tick of the pre-history: the same customer mechanics, no decisions, recruits or KPIs. */
export function stepHistory(state: SimState, scenario: Scenario): void {
  const ctx = buildContext(state, scenario, true, competitorStep(state, scenario, true));
  applyProgrammes(ctx);
  if (ctx.programmesRunning) markEffectsWritten();
  windowStart(ctx);
  customerLoop(ctx);
  windowEnd(ctx);
  const churn = ctx.counters.aliveAtStart > 0 ? ctx.counters.lost / ctx.counters.aliveAtStart : 0;
  state.churnSmoothed = state.churnSmoothed < 0 ? churn : (1 - P.CHURN_SMOOTHING) * state.churnSmoothed + P.CHURN_SMOOTHING * churn;
  state.tick++;
}
