/**
 * The simulation state: one plain object of scalars and typed arrays ("structure of arrays"),
 * structured-clonable as is (Web Worker messages, IndexedDB). No classes, closures or Maps.
 *
 * Per-customer arrays have `capacity` entries; only [0, n) is meaningful. Capacity grows when
 * customers are recruited. The engine owns the state: stepSimulation mutates it in place; callers
 * that want a branch call cloneState first.
 */
import type { ActionType } from './decisions.ts';
import type { EventChunk } from './events.ts';
import type { MeasuredSatisfaction } from './types.ts';
import type { Strategy } from './vocabulary.ts';

/** "No tick" marker in Int32 tick fields (never bought, no open complaint...). */
export const NO_TICK = -2147483648;
/** "None" marker in Uint8 code fields (no departure cause, not scored...). */
export const NO_CODE = 255;

/** Per-customer typed arrays, in the fixed order used by hashing, cloning and growth. */
export const CUSTOMER_FIELDS = {
  motive: Uint8Array, // index into MOTIVES
  channel: Uint8Array, // preferred contact channel, index into CHANNELS
  stage: Uint8Array, // index into STAGES
  ladder: Uint8Array, // index into LADDER
  cause: Uint8Array, // departure cause, index into DEPARTURE_CAUSES, NO_CODE while alive
  loyaltyCard: Uint8Array,
  clubMember: Uint8Array,
  consent: Uint8Array,
  referred: Uint8Array, // recruited through a referral: 1 spontaneous (word of mouth), 2 a referral campaign (acquisition.ts)
  hasReferred: Uint8Array, // brought at least one new customer (ambassadeur)
  points: Uint8Array, // purchases on the current points card (Kivetz goal gradient)
  lambda: Float32Array, // BG/NBD purchase rate per tick
  dropout: Float32Array, // BG/NBD dropout probability after a purchase
  basketScale: Float32Array, // Gamma-Gamma nu: spend per purchase ~ Gamma(p, 1 / nu)
  satisfactionBase: Float32Array, // S0, the customer's own baseline satisfaction
  satisfaction: Float32Array, // true satisfaction 0..1 (hidden from learners)
  expectation: Float32Array, // expected performance E
  referencePrice: Float32Array, // reference price index R (1 = list price at tick 0)
  trust: Float32Array, // social bond 0..1
  barrierFinancial: Float32Array, // switching barriers 0..1 (Burnham et al. 2003)
  barrierRelational: Float32Array,
  barrierProcedural: Float32Array,
  dataKnown: Float32Array, // share of useful data the shop knows 0..1
  measuredSatisfaction: Float32Array, // last survey answer, NaN = never surveyed
  acquisitionTick: Int32Array,
  firstPurchaseTick: Int32Array, // NO_TICK = never bought
  lastPurchaseTick: Int32Array,
  lostTick: Int32Array, // NO_TICK while alive
  complaintTick: Int32Array, // tick of the last complaint, NO_TICK = never
  purchases: Int32Array, // purchases since the first one
  spend: Float64Array, // euros since the first purchase
  frequency12: Int32Array, // purchases in the RFM window (exact, from the ring buffer)
  monetary12: Float64Array, // spend in the RFM window (exact sum of Float32 ring values)
  r: Uint8Array, // RFM scores, 0 = not scored
  f: Uint8Array,
  m: Uint8Array,
  segment: Uint8Array, // index into COURSE_SEGMENTS, NO_CODE = none
  rfSegment: Uint8Array, // index into RF_SEGMENTS, NO_CODE = none
  eventHead: Int32Array, // index of the customer's last entry in the event log, -1 = none
} as const;

export type CustomerField = keyof typeof CUSTOMER_FIELDS;
export type CustomerArrays = {
  [K in CustomerField]: InstanceType<(typeof CUSTOMER_FIELDS)[K]>;
};
export const CUSTOMER_FIELD_NAMES = Object.keys(CUSTOMER_FIELDS) as CustomerField[];

/**
 * One tick of the RFM window: the customers who bought in that tick, in ascending index order, with
 * their purchase count (capped at 255) and spend (Float32). Entries [0, length) are meaningful.
 */
export interface RingSlot {
  length: number;
  customer: Int32Array;
  count: Uint8Array;
  spend: Float32Array;
}

export function emptyRingSlot(capacity = 64): RingSlot {
  return { length: 0, customer: new Int32Array(capacity), count: new Uint8Array(capacity), spend: new Float32Array(capacity) };
}

function copyRingSlot(slot: RingSlot): RingSlot {
  return { length: slot.length, customer: slot.customer.slice(), count: slot.count.slice(), spend: slot.spend.slice() };
}

/** A running or finished loyalty programme (an action that lasts). */
export interface ProgrammeState {
  id: string;
  type: ActionType;
  strategy: Strategy;
  instrument: string;
  startTick: number;
  /** first tick with an effect (personalisation has a set-up delay) */
  effectTick: number;
  /** tick after the last active tick; -1 while running */
  endTick: number;
  /** planned end (start + durationTicks), -1 = until stopped */
  plannedEndTick: number;
  /** set when the budget suspended it: how many (alive) members were told (programmeSuspendu) */
  suspendedMembers?: number;
  discountRate: number;
  /** tick from which a competitor imitates it (financial only), -1 = never */
  imitatedTick: number;
  /**
   * index in scenario.competitors of the competitor that imitates it (set with imitatedTick): for the
   * learner's screens, and read when that competitor closes first (imitation.ts); not hashed; absent in older states
   */
  imitatedBy?: number;
  /**
   * customers of the target (not lost) left out at the start for want of consent (an e-mail or SMS
   * instrument, consent.ts): a record for the learner's screens, read by no mechanism and not hashed;
   * absent when none (or in older states)
   */
  withoutConsent?: number;
  /**
   * a personalisation only: at its start, members the shop already held profile data on (dataKnown > 0,
   * through their loyalty card or a collection) and the mean of dataKnown over all its members. A record
   * for the learner's screens (the mission's caveat), read by no mechanism and not hashed; absent for the
   * other programmes (or in older states)
   */
  membersWithData?: number;
  membersDataKnown?: number;
  /** customer indexes resolved once at the start, ascending */
  members: Int32Array;
  costThisTick: number;
  costToDate: number;
  /** control group (groupe témoin): targeted customers held out at the start, ascending; empty = none (controlGroup.ts) */
  control: Int32Array;
  /** with a control group: each member's and each control customer's margin since the start (same order as members, control) */
  memberCumulative: Float64Array;
  controlCumulative: Float64Array;
  /** members' margin minus members x the control group's margin per customer, summed while running (0 without control group) */
  incrementalMarginToDate: number;
  /** half-width of its 95 % interval (sampling noise of the control group) */
  incrementalMarginError: number;
  /** last tick the members were compared to the control group (-1 = never), and that tick's comparison: */
  comparedTick: number;
  /** margin per member, per control customer (lost ones count 0), share of members, of control customers still customers */
  memberMarginTick: number;
  controlMarginTick: number;
  memberShare: number;
  controlShare: number;
}

export interface SimState {
  formatVersion: 1;
  seed: number;
  /** next tick to simulate (0 right after createSimulation; negative while building the history) */
  tick: number;
  /** weeks per tick (1 or 52/12) */
  weeksPerTick: number;
  /** RFM ring buffer length in ticks (12 months) */
  window: number;
  n: number;
  capacity: number;
  /** customers still in the catchment area who could be recruited */
  prospectsRemaining: number;
  budget: number;
  /** index into COMPLAINT_POLICIES */
  complaintPolicy: number;
  /** price index of the shop (1 at tick 0; hausseDesPrix raises it) */
  priceLevel: number;
  churnSmoothed: number;
  lastMeasurement: MeasuredSatisfaction | null;
  /** 1 for a competitor that closed (fermeture) */
  competitorClosed: Uint8Array;
  customers: CustomerArrays;
  /** RFM window: one slot per tick of the window (slot = tick mod window), listing who bought then */
  ring: RingSlot[];
  programmes: ProgrammeState[];
  /** per-run event log (columnar, in chunks of EVENT_LOG_CHUNK entries: events.ts); entries [0, eventCount) */
  eventCount: number;
  eventChunks: EventChunk[];
  /** latest RFM quintile limits (recency in ticks) */
  rfmLimits: { recency: number[]; frequency: number[]; monetary: number[] };
  /**
   * RFM histograms kept up to date by the purchases and the window (rfmWindow.ts), so that scoring
   * does not re-read the base: derived data, not hashed; null (or absent) = rebuilt at the next score.
   */
  rfmTrack?: RfmTrack | null;
  /**
   * Per customer (capacity entries, like the customer arrays): the acquisition campaign that recruited him,
   * 1 + its index in ACQUISITION_CHANNELS, 0 = not a campaign recruit (initial base, walk-in, spontaneous
   * referral). A record for the learner's screens (KPIs' campaignRecruits, a campaign's return): read by no
   * mechanism and not hashed (outside CUSTOMER_FIELDS, so state hashes and the model fingerprint are those
   * of the model without it); absent in states saved before 2026-12-02 (then made empty: the campaign
   * recruits of before are not known).
   */
  recruitChannel?: Uint8Array;
  /**
   * The customers not lost, in index order, for the customer loop (step.ts): derived data, not hashed;
   * null (or absent) = rebuilt at the next tick.
   */
  alive?: AliveList | null;
}

/**
 * The customers not lost (lostTick NO_TICK), ascending: index[0, length). The customer loop walks this
 * list instead of testing every customer (half of an old base is lost, in no predictable order: a
 * mispredicted branch each). Valid for `customers`, `n` and the start of `tick` only (else rebuilt);
 * the loop drops the customers who leave, the recruits are appended after it.
 */
export interface AliveList {
  customers: CustomerArrays;
  n: number;
  tick: number;
  length: number;
  index: Int32Array;
  /**
   * bonded[j] is 0 only when customer index[j] has no trust, no loyalty card, no barrier and no club
   * membership (all 0): then without a running programme bondsStep has nothing to move, told by one byte the
   * loop reads in order instead of five customer arrays, and lifecycleStep, wordOfMouthStep and churnStep
   * read neither club nor trust. 1 = maybe bonded (the full test, bondsIdle). Set from the arrays when the
   * list is built or a recruit appended, by the loop after bondsStep; a card given between ticks
   * (dataCollection) and a new club member (applyLienSocial, before the loop) drop the list.
   */
  bonded: Uint8Array;
}

/**
 * The RFM scorer's histograms over the customers who ever bought (rfmWindow.ts): by last purchase
 * tick (index tick - base), by 12-month frequency, and by monetary bucket (0 alone, then the top 16
 * bits of the double). Valid for `customers` only: another array set (a copy, a growth not followed)
 * means a rebuild; `broken` (a value the buckets cannot order) too.
 */
export interface RfmTrack {
  customers: CustomerArrays;
  base: number;
  byLast: Int32Array;
  freq: Int32Array;
  mon: Int32Array;
  eligible: number;
  broken: boolean;
  /**
   * The customers the scorer still reads, ascending: scored[0, scoredLength) holds every index below
   * scoredN except the frozen ones, out of the window (no purchase in it), not new and dormant
   * (frozenDormant of them) or lost (frozenLost): their scores (1, 1, 1), segments and cell stay as the
   * scorer left them until a purchase or a departure wakes them (wake[0, wakeLength), ascending;
   * wakeSorted false: rebuild).
   */
  scored: Int32Array;
  scoredLength: number;
  scoredN: number;
  frozenLost: number;
  frozenDormant: number;
  wake: Int32Array;
  wakeLength: number;
  wakeSorted: boolean;
}

// the policies are vocabulary (the page lists them without loading the state's code)
export { COMPLAINT_POLICIES, type ComplaintPolicy } from './vocabulary.ts';

export function allocateCustomers(capacity: number): CustomerArrays {
  // An object literal (not keyed stores in a loop) keeps one fast hidden class in the hot loops.
  const c: CustomerArrays = {
    motive: new Uint8Array(capacity),
    channel: new Uint8Array(capacity),
    stage: new Uint8Array(capacity),
    ladder: new Uint8Array(capacity),
    cause: new Uint8Array(capacity),
    loyaltyCard: new Uint8Array(capacity),
    clubMember: new Uint8Array(capacity),
    consent: new Uint8Array(capacity),
    referred: new Uint8Array(capacity),
    hasReferred: new Uint8Array(capacity),
    points: new Uint8Array(capacity),
    lambda: new Float32Array(capacity),
    dropout: new Float32Array(capacity),
    basketScale: new Float32Array(capacity),
    satisfactionBase: new Float32Array(capacity),
    satisfaction: new Float32Array(capacity),
    expectation: new Float32Array(capacity),
    referencePrice: new Float32Array(capacity),
    trust: new Float32Array(capacity),
    barrierFinancial: new Float32Array(capacity),
    barrierRelational: new Float32Array(capacity),
    barrierProcedural: new Float32Array(capacity),
    dataKnown: new Float32Array(capacity),
    measuredSatisfaction: new Float32Array(capacity),
    acquisitionTick: new Int32Array(capacity),
    firstPurchaseTick: new Int32Array(capacity),
    lastPurchaseTick: new Int32Array(capacity),
    lostTick: new Int32Array(capacity),
    complaintTick: new Int32Array(capacity),
    purchases: new Int32Array(capacity),
    spend: new Float64Array(capacity),
    frequency12: new Int32Array(capacity),
    monetary12: new Float64Array(capacity),
    r: new Uint8Array(capacity),
    f: new Uint8Array(capacity),
    m: new Uint8Array(capacity),
    segment: new Uint8Array(capacity),
    rfSegment: new Uint8Array(capacity),
    eventHead: new Int32Array(capacity),
  };
  c.cause.fill(255);
  c.segment.fill(255);
  c.rfSegment.fill(255);
  c.eventHead.fill(-1);
  c.lostTick.fill(NO_TICK);
  c.firstPurchaseTick.fill(NO_TICK);
  c.lastPurchaseTick.fill(NO_TICK);
  c.complaintTick.fill(NO_TICK);
  c.acquisitionTick.fill(NO_TICK);
  c.measuredSatisfaction.fill(NaN);
  return c;
}

/**
 * Makes room for `needed` customers (copies the meaningful part, grows by 1/4 and at least 1,024):
 * a growth copies every customer array, so few large steps (a base of 100,000 that recruits 50,000
 * grows twice, not seven times). The RFM window is not indexed by customer and is not copied.
 */
export function ensureCapacity(state: SimState, needed: number): void {
  if (needed <= state.capacity) return;
  const capacity = Math.max(needed, state.capacity + (state.capacity >> 2), state.capacity + 1024);
  const fresh = allocateCustomers(capacity);
  const old = state.customers as unknown as Record<string, { subarray(a: number, b: number): ArrayLike<number> }>;
  const next = fresh as unknown as Record<string, { set(a: ArrayLike<number>, o?: number): void }>;
  for (const name of CUSTOMER_FIELD_NAMES) next[name].set(old[name].subarray(0, state.n));
  growRecruitChannel(state, capacity);
  // the RFM histograms follow the customers (same values, new arrays)
  if (state.rfmTrack && state.rfmTrack.customers === state.customers) state.rfmTrack.customers = fresh;
  if (state.alive && state.alive.customers === state.customers) state.alive.customers = fresh;
  state.customers = fresh;
  state.capacity = capacity;
}

/**
 * state.recruitChannel, made (empty) when the state has none or too short: a state saved before it existed,
 * or built by hand (tests). Campaign recruits of before are then not known.
 */
export function recruitChannels(state: SimState): Uint8Array {
  const tags = state.recruitChannel;
  return tags && tags.length >= state.capacity ? tags : growRecruitChannel(state, state.capacity);
}

/**
 * Replaces state.recruitChannel by `capacity` tags, the first customers' copied (as many as the old
 * array holds, at most state.n), the others 0 (not a campaign recruit, or not known): the one copy
 * behind ensureCapacity's growth and recruitChannels' late making.
 */
function growRecruitChannel(state: SimState, capacity: number): Uint8Array {
  const tags = new Uint8Array(capacity);
  const old = state.recruitChannel;
  if (old) tags.set(old.subarray(0, Math.min(state.n, old.length)));
  state.recruitChannel = tags;
  return tags;
}

/** Deep copy (typed arrays copied), for branches ("what if") and tests. */
export function cloneState(state: SimState): SimState {
  const customers = allocateCustomers(state.capacity);
  const src = state.customers as unknown as Record<string, ArrayLike<number>>;
  const dst = customers as unknown as Record<string, { set(a: ArrayLike<number>): void }>;
  for (const name of CUSTOMER_FIELD_NAMES) dst[name].set(src[name]);
  return {
    ...state,
    competitorClosed: state.competitorClosed.slice(),
    customers,
    ...(state.recruitChannel ? { recruitChannel: state.recruitChannel.slice() } : {}),
    ring: state.ring.map(copyRingSlot),
    programmes: state.programmes.map((p) => ({
      ...p,
      members: p.members.slice(),
      control: p.control.slice(),
      memberCumulative: p.memberCumulative.slice(),
      controlCumulative: p.controlCumulative.slice(),
    })),
    eventChunks: state.eventChunks.map((c) => ({ tick: c.tick.slice(), customer: c.customer.slice(), type: c.type.slice(), detail: c.detail.slice() })),
    lastMeasurement: state.lastMeasurement ? { ...state.lastMeasurement } : null,
    rfmTrack: null, // rebuilt by the copy's next score
    alive: null, // rebuilt by the copy's next tick
    rfmLimits: {
      recency: [...state.rfmLimits.recency],
      frequency: [...state.rfmLimits.frequency],
      monetary: [...state.rfmLimits.monetary],
    },
  };
}

/** Bytes held by the state's typed arrays (for the memory benchmark). */
export function stateBytes(state: SimState): number {
  let bytes = 0;
  const c = state.customers as unknown as Record<string, { byteLength: number }>;
  for (const name of CUSTOMER_FIELD_NAMES) bytes += c[name].byteLength;
  if (state.recruitChannel) bytes += state.recruitChannel.byteLength;
  for (const slot of state.ring) bytes += slot.customer.byteLength + slot.count.byteLength + slot.spend.byteLength;
  for (const c of state.eventChunks) bytes += c.tick.byteLength + c.customer.byteLength + c.type.byteLength + c.detail.byteLength;
  for (const p of state.programmes) bytes += p.members.byteLength + p.control.byteLength + p.memberCumulative.byteLength + p.controlCumulative.byteLength;
  const t = state.rfmTrack;
  if (t) bytes += t.byLast.byteLength + t.freq.byteLength + t.mon.byteLength + t.scored.byteLength + t.wake.byteLength;
  if (state.alive) bytes += state.alive.index.byteLength + state.alive.bonded.byteLength;
  return bytes;
}
