/**
 * The per-tick context: stream keys and every per-tick constant the customer loop needs
 * (rates converted from weeks to the scenario's tick unit, season and works multipliers,
 * competitor pull per motive), plus the tick's counters. Built once per tick, so the hot loop
 * only reads numbers. Also holds the module-level scratch arrays for programme effects,
 * reused between ticks (never part of the state).
 */
import { satMultiplierTable } from './churn.ts';
import { pow } from './detMath.ts';
import * as P from './params.ts';
import { cumulativeTable, gammaZigguratC, STREAMS, streamKey, type StreamKey } from './rng.ts';
import { NO_TICK, type RingSlot, type SimState } from './state.ts';
import { settleDoubles } from './fieldShapes.ts';
import { grown } from './typedArrays.ts';
import { meanSpendPerVisit, scenarioBasket } from './unitCosts.ts';
import type { Scenario } from '../scenario/schema.ts';
import { shopChannel } from './shopChannel.ts';
import { ACQUISITION_CHANNELS, DEPARTURE_CAUSES, LADDER, MOTIVES, STAGES } from './vocabulary.ts';

/** Bins of the satisfaction histogram KPI over 0..1. */
export const SATISFACTION_BINS = 10;

/** Per-customer effects of the running programmes this tick (scratch, rebuilt every tick). */
export interface Effects {
  /** discount rate of the best financial programme (0 = none) */
  discount: Float32Array;
  /** index in state.programmes of that financial programme, -1 = none */
  financialProgramme: Int32Array;
  /** 1 when that programme is a points card (goal gradient) */
  pointsCard: Uint8Array;
  /** purchase-rate lift from financial advantages (after imitation) */
  financialLift: Float32Array;
  /** share of competitor pull removed by a non-imitated financial advantage */
  shield: Float32Array;
  financialBarrier: Float32Array;
  /** trust growth per tick from social bonding (0 = not a member of a running programme) */
  trustGrowth: Float32Array;
  /** personalisation strength x data known (0..1) */
  personalisation: Float32Array;
  /** purchase-rate lift from personalisation: the instrument's PERSONALISATION_RATE_LIFT x that level */
  personalLift: Float32Array;
  customProcedural: Float32Array;
  customFinancial: Float32Array;
  /** perceived-performance change from customisation (negative for resistant motives) */
  customPerformance: Float32Array;
  /** euros each customer bought this tick at list price, discounts put back (for programme ROI) */
  spendTick: Float32Array;
}

let effects: Effects | null = null;

/**
 * Whether the scratch may hold effects: only running programmes write them (and the spend of their
 * tick, purchases.ts), so a tick without programmes leaves it clean and the next clear is skipped.
 */
let effectsWritten = true;

export function effectsFor(capacity: number): Effects {
  if (!effects || effects.discount.length < capacity) {
    const fresh: Effects = {
      discount: new Float32Array(capacity),
      financialProgramme: new Int32Array(capacity),
      pointsCard: new Uint8Array(capacity),
      financialLift: new Float32Array(capacity),
      shield: new Float32Array(capacity),
      financialBarrier: new Float32Array(capacity),
      trustGrowth: new Float32Array(capacity),
      personalisation: new Float32Array(capacity),
      personalLift: new Float32Array(capacity),
      customProcedural: new Float32Array(capacity),
      customFinancial: new Float32Array(capacity),
      customPerformance: new Float32Array(capacity),
      spendTick: new Float32Array(capacity),
    };
    // keep this tick's values when growing in the middle of a tick (recruitment); a clean scratch (no
    // programme this tick) has nothing to keep, and not copying it leaves the fresh pages untouched
    // (financialProgramme is read only where a discount is set, so its 0s need not be -1s)
    if (effects && effectsWritten)
      for (const key of Object.keys(fresh) as (keyof Effects)[]) (fresh[key] as Float32Array).set(effects[key] as Float32Array);
    effects = fresh;
  }
  return effects;
}

/** Called once a tick's programmes have written their effects (step.ts). */
export function markEffectsWritten(): void {
  effectsWritten = true;
}

/** Clears the whole scratch: recruits appended this tick (even beyond the current capacity) must start clean. */
export function clearEffects(e: Effects): void {
  if (!effectsWritten && e === effects) return;
  effectsWritten = false;
  e.discount.fill(0);
  e.financialProgramme.fill(-1);
  e.pointsCard.fill(0);
  e.financialLift.fill(0);
  e.shield.fill(0);
  e.financialBarrier.fill(0);
  e.trustGrowth.fill(0);
  e.personalisation.fill(0);
  e.personalLift.fill(0);
  e.customProcedural.fill(0);
  e.customFinancial.fill(0);
  e.customPerformance.fill(0);
  e.spendTick.fill(0);
}

/** Growable columnar purchase buffer of the tick. */
export interface PurchaseBuffer {
  length: number;
  customer: Int32Array;
  amount: Float32Array;
  productType: Uint8Array;
  channel: Uint8Array;
}

let purchaseBuffer: PurchaseBuffer | null = null;

export function purchaseBufferReset(): PurchaseBuffer {
  if (!purchaseBuffer) {
    const c = 1 << 14;
    purchaseBuffer = {
      length: 0,
      customer: new Int32Array(c),
      amount: new Float32Array(c),
      productType: new Uint8Array(c),
      channel: new Uint8Array(c),
    };
  }
  purchaseBuffer.length = 0;
  return purchaseBuffer;
}

/** Makes room in the tick's purchase buffer for `count` more purchases (doubling its length). */
export function reservePurchases(b: PurchaseBuffer, count: number): void {
  let c = b.customer.length;
  while (b.length + count > c) c *= 2;
  b.customer = grown(b.customer, c);
  b.amount = grown(b.amount, c);
  b.productType = grown(b.productType, c);
  b.channel = grown(b.channel, c);
}

/** Converts a weekly probability to the tick unit: 1 - (1 - h)^(weeks per tick). */
export function perTick(weekly: number, weeksPerTick: number): number {
  return weeksPerTick === 1 ? weekly : 1 - pow(1 - weekly, weeksPerTick);
}

/** Converts a number of weeks to ticks (at least 1). */
export function weeksToTicks(weeks: number, weeksPerTick: number): number {
  return Math.max(1, Math.floor(weeks / weeksPerTick + 0.5));
}

export interface TickCounters {
  /** what customers paid (discounts taken off) */
  turnover: number;
  /**
   * the discounts the tick's financial programmes gave (list amount - amount paid): already out of the
   * turnover, so out of the gross margin once; the budget pays them too (programme cost), the net margin
   * does not take them off a second time (kpis.ts)
   */
  discounts: number;
  purchases: number;
  buyers: number;
  incidents: number;
  complaints: number;
  complaintsResolved: number;
  complaintsResolvedFast: number;
  /** complaints the budget left could not pay (service.ts, a reclamationSansBudget event each): reported only, no draw reads it */
  complaintsUnpaid: number;
  complaintCost: number;
  lost: number;
  lostByCause: Int32Array;
  acquired: number;
  acquiredByReferral: number;
  /**
   * expected walk-ins the tick's unresolved complaints turned away (acquisition.ts organicMean), reported
   * only (KPIs' deterredByComplaints): no draw reads it
   */
  deterredByComplaints: number;
  /**
   * per acquisition channel (ACQUISITION_CHANNELS order): the tick's recruits of its campaigns, and what the
   * campaign recruits of every tick so far spent this tick and the discounts they were given (purchases.ts);
   * reported only (KPIs' campaignRecruits), no draw reads them
   */
  campaignRecruited: Int32Array;
  campaignSpent: Float64Array;
  campaignDiscounts: Float64Array;
  aliveAtStart: number;
  dissatisfied: number;
  aliveEnd: number;
  /** distributions counted in the customer loop (KPIs), by code */
  stages: Float64Array;
  ladder: Float64Array;
  /**
   * gross stage transitions of the tick, index from * STAGES.length + to: every change of a customer's
   * stage between the start and the end of the tick (customer loop, whatever moved it: lifecycle, any
   * departure cause) and each arrival (prospect -> the recruit's first stage, acquisition.ts)
   */
  stageFlows: Int32Array;
  satisfactionSum: number;
  satisfactionHistogram: Float64Array;
}

export interface TickContext {
  scenario: Scenario;
  state: SimState;
  tick: number;
  /** true while building the pre-history (no decisions, no recruitment, no KPIs) */
  history: boolean;
  keys: {
    purchase: StreamKey;
    basket: StreamKey;
    productType: StreamKey;
    incident: StreamKey;
    complaint: StreamKey;
    recovery: StreamKey;
    satisfaction: StreamKey;
    churn: StreamKey;
    referral: StreamKey;
    acquisition: StreamKey;
    survey: StreamKey;
    data: StreamKey;
    init: StreamKey;
  };
  effects: Effects;
  purchases: PurchaseBuffer;
  counters: TickCounters;
  /** customers whose referral converted this tick, in index order */
  referrers: number[];
  // per-tick constants
  satisfactionRef: number;
  /** upper bounds of the buyers' dissatisfaction multiplier for satisfactionRef (churn.ts, satMultiplierTable) */
  satBound: Float64Array;
  rateMultiplier: number;
  performance: number;
  incidentRate: number;
  meanLambda: number;
  /** the scenario's expected basket (unitCosts.ts scenarioBasket): complaints and recruits cost multiples of it */
  basket: number;
  productCumulative: Float64Array;
  productFactor: Float64Array;
  /** productCumulative's answers by the first lane's top bits (rng.ts, cumulativeTable) */
  productTable: Int16Array;
  spendShape: number;
  /** Marsaglia-Tsang dd = shape - 1 / 3 and c of the baskets' Gamma when shape >= 1 (gammaZigguratQuick), NaN otherwise */
  spendDd: number;
  spendC: number;
  /** purchase channel of each contact channel (email customers buy on the site, ...) */
  purchaseChannel: Uint8Array;
  ringSlot: number;
  /** the window slot leaving this tick (rfmWindow.ts), the next entry to read and its customer (-1 = none left) */
  ringLeaving: RingSlot;
  ringPos: number;
  ringHead: number;
  /** last purchase tick of the customer whose purchases were just recorded, before them (RFM histograms) */
  lastPurchaseBefore: number;
  newCustomerTicks: number;
  dormantMinTicks: number;
  dormantMaxTicks: number;
  dormantMultiple: number;
  /** silence (ticks) under which a dormant customer is never lost: LOST_SHOP_CYCLES mean inter-purchase times of the shop, at least LOST_MIN_WEEKS */
  lostShopTicks: number;
  valuableSpend12: number;
  hazardDissatisfaction: number;
  hazardRecognition: number;
  hazardNovelty: number;
  hazardPriceShock: number;
  /** competitor dropout hazard per motive (per tick) */
  hazardCompetitor: Float64Array;
  referralRate: number;
  barrierBuild: number;
  barrierDecay: number;
  /** share of a stopped financial advantage's barrier lost per tick (FINANCIAL_BARRIER_RELEASE_PER_WEEK, bonds.ts) */
  financialRelease: number;
  trustDecay: number;
  complaintPolicy: number;
  /**
   * What complaint handling may spend this tick: the budget minus what the running programmes and
   * this tick's surveys reserve (set by step.ts after the programmes; unlimited in the pre-history).
   */
  complaintBudget: number;
  /** false when no programme runs this tick: every programme effect is 0 */
  programmesRunning: boolean;
  /**
   * true when some programme, running or stopped, has a control group: its effect is measured this
   * tick (accountProgrammes), so each customer's spend is kept in effects.spendTick
   */
  programmesMeasured: boolean;
  /** temporaries of the customer being processed (no allocation in the loop); hash = customerHash for this tick */
  cur: {
    incident: number;
    complaintHazard: number;
    complaintCause: number;
    hash: number;
  };
}

/** Counts an alive customer in the tick's distributions (after its lifecycle update). */
export function countInDistributions(ctr: TickCounters, stage: number, ladder: number, satisfaction: number): void {
  ctr.stages[stage]++;
  ctr.ladder[ladder]++;
  ctr.satisfactionSum += satisfaction;
  const bin = Math.floor(satisfaction * SATISFACTION_BINS);
  ctr.satisfactionHistogram[bin < SATISFACTION_BINS ? bin : SATISFACTION_BINS - 1]++;
}

export function newCounters(): TickCounters {
  const ctr: TickCounters = {
    turnover: 0,
    discounts: 0,
    purchases: 0,
    buyers: 0,
    incidents: 0,
    complaints: 0,
    complaintsResolved: 0,
    complaintsResolvedFast: 0,
    complaintsUnpaid: 0,
    complaintCost: 0,
    lost: 0,
    lostByCause: new Int32Array(DEPARTURE_CAUSES.length),
    acquired: 0,
    acquiredByReferral: 0,
    deterredByComplaints: 0,
    campaignRecruited: new Int32Array(ACQUISITION_CHANNELS.length),
    campaignSpent: new Float64Array(ACQUISITION_CHANNELS.length),
    campaignDiscounts: new Float64Array(ACQUISITION_CHANNELS.length),
    aliveAtStart: 0,
    dissatisfied: 0,
    aliveEnd: 0,
    stages: new Float64Array(STAGES.length),
    ladder: new Float64Array(LADDER.length),
    stageFlows: new Int32Array(STAGES.length * STAGES.length),
    satisfactionSum: 0,
    satisfactionHistogram: new Float64Array(SATISFACTION_BINS),
  };
  // written by the game's recruits only, a fraction (fieldShapes.ts)
  settleDoubles(ctr, ['deterredByComplaints']);
  return ctr;
}

function keys(seed: number, tick: number): TickContext['keys'] {
  return {
    purchase: streamKey(seed, tick, STREAMS.purchase),
    basket: streamKey(seed, tick, STREAMS.basket),
    productType: streamKey(seed, tick, STREAMS.productType),
    incident: streamKey(seed, tick, STREAMS.incident),
    complaint: streamKey(seed, tick, STREAMS.complaint),
    recovery: streamKey(seed, tick, STREAMS.recovery),
    satisfaction: streamKey(seed, tick, STREAMS.satisfaction),
    churn: streamKey(seed, tick, STREAMS.churn),
    referral: streamKey(seed, tick, STREAMS.referral),
    acquisition: streamKey(seed, tick, STREAMS.acquisition),
    survey: streamKey(seed, tick, STREAMS.survey),
    data: streamKey(seed, tick, STREAMS.data),
    init: streamKey(seed, 0, STREAMS.init),
  };
}

/** A visit's incident probability this tick: the scenario's rate x the incident waves (capped at 1; also complaintForecast.ts). */
export function incidentRateOf(scenario: Pick<Scenario, 'service'>, incidentMultiplier: number): number {
  return Math.min(1, scenario.service.incidentRate * incidentMultiplier);
}

/** Shop events (scenario.events) running at `tick`. */
export function shopConditions(scenario: Scenario, tick: number): { rate: number; performanceDrop: number; incidentMultiplier: number } {
  let rate = 1;
  let performanceDrop = 0;
  let incidentMultiplier = 1;
  for (const ev of scenario.events) {
    if (tick < ev.tick || tick >= ev.tick + ev.durationTicks) continue;
    if (ev.kind === 'saisonHaute' || ev.kind === 'saisonBasse') rate *= ev.intensity;
    else if (ev.kind === 'vagueIncidents') incidentMultiplier *= ev.intensity;
    else if (ev.kind === 'travaux') {
      performanceDrop += P.WORKS_PERFORMANCE_DROP * ev.intensity;
      rate *= Math.max(0, 1 - P.WORKS_RATE_DROP * ev.intensity);
    }
  }
  return { rate, performanceDrop, incidentMultiplier };
}

export function buildContext(state: SimState, scenario: Scenario, history: boolean, competitorHazard: Float64Array): TickContext {
  const w = state.weeksPerTick;
  const tick = state.tick;
  const conditions = shopConditions(scenario, tick);
  const types = scenario.economics.productTypes;
  const totalShare = types.reduce((s, t) => s + t.share, 0) || 1;
  const productCumulative = new Float64Array(types.length);
  const productFactor = new Float64Array(types.length);
  let acc = 0;
  types.forEach((t, k) => {
    acc += totalShare > 0 ? t.share / totalShare : 1 / types.length;
    productCumulative[k] = acc;
    productFactor[k] = t.basketFactor;
  });
  productCumulative[types.length - 1] = 1;
  const cust = scenario.customers;
  const spendDd = cust.spend.p >= 1 ? cust.spend.p - 1 / 3 : Number.NaN;
  const meanLambda = cust.purchaseRate.r / cust.purchaseRate.alpha;
  const meanSpend = meanSpendPerVisit(cust.spend);
  const online = shopChannel(scenario) === 'online';
  // contact channel -> purchase channel: shop customers buy in the shop, the others on the site or by phone
  const purchaseChannel = Uint8Array.from([online ? 5 : 0, 1, online ? 5 : 0, 5, online ? 5 : 0, 5]);
  const hazardCompetitor = new Float64Array(MOTIVES.length);
  for (let m = 0; m < MOTIVES.length; m++) hazardCompetitor[m] = perTick(Math.min(1, competitorHazard[m]), w);
  const ctx: TickContext = {
    scenario,
    state,
    tick,
    history,
    keys: keys(state.seed, tick),
    effects: effectsFor(state.capacity),
    purchases: purchaseBufferReset(),
    counters: newCounters(),
    referrers: [],
    satisfactionRef: cust.initialSatisfaction.mean,
    satBound: satMultiplierTable(cust.initialSatisfaction.mean),
    rateMultiplier: conditions.rate,
    performance: Math.max(0, scenario.service.performance - conditions.performanceDrop),
    incidentRate: incidentRateOf(scenario, conditions.incidentMultiplier),
    meanLambda,
    basket: scenarioBasket(scenario),
    productCumulative,
    productFactor,
    productTable: cumulativeTable(productCumulative),
    spendShape: cust.spend.p,
    spendDd,
    spendC: spendDd === spendDd ? gammaZigguratC(spendDd) : Number.NaN,
    purchaseChannel,
    ringSlot: ((tick % state.window) + state.window) % state.window,
    ringLeaving: state.ring[((tick % state.window) + state.window) % state.window],
    ringPos: 0,
    ringHead: -1,
    lastPurchaseBefore: NO_TICK,
    newCustomerTicks: weeksToTicks(P.NEW_CUSTOMER_WEEKS, w),
    dormantMinTicks: weeksToTicks(P.DORMANT_MIN_WEEKS, w),
    dormantMaxTicks: weeksToTicks(P.DORMANT_MAX_WEEKS, w),
    dormantMultiple: P.DORMANT_INTERPURCHASE_MULTIPLE,
    lostShopTicks: Math.max(weeksToTicks(P.LOST_MIN_WEEKS, w), meanLambda > 0 ? P.LOST_SHOP_CYCLES / meanLambda : Infinity),
    valuableSpend12: P.RECOGNITION_VALUE_MULTIPLE * meanLambda * state.window * meanSpend,
    hazardDissatisfaction: perTick(P.DISSATISFACTION_HAZARD_PER_WEEK, w),
    hazardRecognition: perTick(P.RECOGNITION_HAZARD_PER_WEEK, w),
    hazardNovelty: perTick(P.NOVELTY_HAZARD_PER_WEEK, w),
    // felt when paying (churn.ts, a buyer only): per buying period, the same in a weekly and a monthly shop
    hazardPriceShock: P.PRICE_SHOCK_HAZARD_PER_PURCHASE,
    hazardCompetitor,
    referralRate: perTick(P.REFERRAL_RATE_PER_WEEK, w),
    barrierBuild: perTick(P.BARRIER_BUILD_PER_WEEK, w),
    barrierDecay: perTick(P.BARRIER_DECAY_PER_WEEK, w),
    financialRelease: perTick(P.FINANCIAL_BARRIER_RELEASE_PER_WEEK, w),
    trustDecay: perTick(P.TRUST_DECAY_PER_WEEK, w),
    complaintPolicy: state.complaintPolicy,
    complaintBudget: Number.POSITIVE_INFINITY,
    programmesRunning: false,
    programmesMeasured: false,
    cur: { incident: 0, complaintHazard: 0, complaintCause: 0, hash: 0 },
  };
  // a season makes the rate a fraction; the game's ticks set the complaint budget (fieldShapes.ts)
  settleDoubles(ctx, ['rateMultiplier', 'complaintBudget']);
  return ctx;
}
