/**
 * The exact 12-month RFM window: one slot per tick of the window (ring, slot = tick mod window) listing
 * the customers who bought in that tick, in index order, with their purchase count (Uint8) and spend
 * (Float32); frequency12 and monetary12 are running sums over the slots. Frequency is an exact
 * integer; monetary is an exact sum of Float32 values in Float64 (no drift), so F and M over 12 months
 * are exact. A slot holds buyers only: a tick costs O(buyers), and the window does not grow with the
 * base (recruiting copies no window).
 * Then RFM scores and segments via rfm.ts: quintiles over the customers who bought in the window; a
 * customer who bought before but not in the last 12 months scores 1, 1, 1 (and is inactif), and the
 * lifecycle wins over the scores for the segments (segmentMaps.ts: lost -> inactif and off the R x F
 * map, dormant -> never bon or très bon).
 */
import type { TickContext } from './context.ts';
import { boundaryRank, computeRfmScores, select, type RfmScores } from './rfm.ts';
import { courseSegmentInLife, LIFE_ANY, LIFE_DORMANT, LIFE_KINDS, LIFE_LOST, rfSegmentInLife } from './segmentMaps.ts';
import { allocateCustomers, emptyRingSlot, NO_CODE, NO_TICK, type CustomerArrays, type RfmTrack, type RingSlot, type SimState } from './state.ts';
import { grown } from './typedArrays.ts';
import { COURSE_SEGMENTS, RF_SEGMENTS, STAGES } from './vocabulary.ts';

/** The slot being written this tick (scratch swapped into the ring at the end of the tick). */
let filling: RingSlot = emptyRingSlot();

/** Room for `length` entries and an eighth more: slots grow by a quarter, and a fresh slot is sized from the last tick's buyers. */
function slotCapacity(length: number): number {
  return length + (length >> 3) + 64;
}

/** Starts the tick's window: the slot leaving is read in index order while this tick's buyers fill a fresh one. */
export function windowStart(ctx: TickContext): void {
  const ring = ctx.state.ring;
  // histograms of another array set (a copy sharing them, a growth not followed) are not kept up to date
  const track = ctx.state.rfmTrack;
  if (track && (track.broken || track.customers !== ctx.state.customers)) ctx.state.rfmTrack = null;
  const leaving = ring[ctx.ringSlot];
  ctx.ringLeaving = leaving;
  ctx.ringPos = 0;
  ctx.ringHead = leaving.length > 0 ? leaving.customer[0] : -1;
  filling.length = 0;
  // about as many buyers as last tick: an (empty) slot too small for them is replaced once, with room
  // to spare, rather than grown while it fills; one big enough is kept (no new memory each tick)
  const last = ring[(ctx.ringSlot + ring.length - 1) % ring.length].length;
  if (filling.customer.length < last) filling = emptyRingSlot(slotCapacity(last));
}

/**
 * Ends the tick's window: an exact copy of this tick's buyers replaces the slot that left. The ring keeps
 * no room to spare (a slot is only read until it leaves the window, and 52 slots sized for the busiest
 * ticks held a third more than their buyers: 6,5 MB of the 100 000-customer bakery); the scratch slot
 * keeps its room for the next tick. Same entries, same order: no result changes.
 */
export function windowEnd(ctx: TickContext): void {
  const n = filling.length;
  ctx.state.ring[ctx.ringSlot] = { length: n, customer: filling.customer.slice(0, n), count: filling.count.slice(0, n), spend: filling.spend.slice(0, n) };
  filling.length = 0;
}

function growSlot(slot: RingSlot): void {
  const capacity = slotCapacity(slot.customer.length + (slot.customer.length >> 3));
  slot.customer = grown(slot.customer, capacity);
  slot.count = grown(slot.count, capacity);
  slot.spend = grown(slot.spend, capacity);
}

/**
 * Moves customer i's window to this tick: drops its entry of the slot that leaves, adds this tick's
 * purchases. Called once per customer in index order (customer loop, then recruits), which is the
 * order of the slot's entries, so the leaving entry, if any, is the next one.
 */
export function windowStep(ctx: TickContext, i: number, visits: number, spent: number): void {
  const mine = ctx.ringHead === i;
  // no purchase now and none in the slot that leaves: nothing changes (spend > 0 only with a purchase)
  if (visits === 0 && !mine) return;
  let oldCount = 0;
  let oldSpend = 0;
  if (mine) {
    const leaving = ctx.ringLeaving;
    const k = ctx.ringPos++;
    oldCount = leaving.count[k];
    oldSpend = leaving.spend[k];
    ctx.ringHead = k + 1 < leaving.length ? leaving.customer[k + 1] : -1;
  }
  const count = visits > 255 ? 255 : visits;
  const c = ctx.state.customers;
  const mon = c.monetary12;
  const track = ctx.state.rfmTrack;
  if (!track) {
    c.frequency12[i] += count - oldCount;
    mon[i] += Math.fround(spent) - oldSpend;
  } else {
    // the same sums; the monetary buckets are read from the double's high word in place, and only
    // integers go to trackWindow (a double passed to a function V8 does not inline is boxed)
    const words = mon === wordsOf ? wordsView : monWords(mon);
    const mBefore = mon[i];
    const bBefore = mBefore === 0 ? 0 : (words[2 * i + HIGH_WORD] >>> 16) + 1;
    const mAfter = mBefore + (Math.fround(spent) - oldSpend);
    mon[i] = mAfter;
    const bAfter = !(mAfter >= 0) ? -1 : mAfter === 0 ? 0 : (words[2 * i + HIGH_WORD] >>> 16) + 1;
    trackWindow(track, c.frequency12, i, count - oldCount, bBefore, bAfter, visits > 0, ctx.lastPurchaseBefore, ctx.tick);
  }
  if (visits === 0) return;
  const slot = filling;
  if (slot.length === slot.customer.length) growSlot(slot);
  const e = slot.length++;
  slot.customer[e] = i;
  slot.count[e] = count;
  slot.spend[e] = spent;
}

/*
 * Tracked histograms (state.rfmTrack): the scorer's three histograms kept up to date by windowStep
 * (trackWindow: a first purchase makes the customer eligible, a purchase moves its last purchase tick,
 * the window its frequency and monetary bins), so scoring needs no pass over the base to count them. Recency is kept by last purchase tick (it does not move when a
 * customer does not buy); rank order (longest recency first) is the order of those ticks.
 */

const bits64 = new Float64Array(1);
const bits32 = new Uint32Array(bits64.buffer);

/** Monetary bucket of a value >= 0 (the scorer's: 0 alone, then 1 + the top 16 bits of the double). */
function monBucket(v: number): number {
  if (v === 0) return 0;
  bits64[0] = v;
  return (bits32[HIGH_WORD] >>> 16) + 1;
}

/**
 * Customer i's window moved: frequency by dCount (written here), monetary bucket bBefore -> bAfter (-1:
 * a value the buckets cannot order); when it bought this tick (`bought`, last purchase tick before it
 * lastBefore), its recency bin moves to `tick`, or it becomes eligible.
 */
function trackWindow(
  t: RfmTrack,
  freq: Int32Array,
  i: number,
  dCount: number,
  bBefore: number,
  bAfter: number,
  bought: boolean,
  lastBefore: number,
  tick: number,
): void {
  const fBefore = freq[i];
  const fAfter = fBefore + dCount;
  freq[i] = fAfter;
  if (fAfter < 0 || bAfter < 0 || t.broken) {
    t.broken = true;
    return;
  }
  if (fAfter >= t.freq.length) t.freq = grown(t.freq, Math.max(fAfter + 1, t.freq.length * 2));
  if (bought && lastBefore === NO_TICK) {
    // first purchase: enters the histograms with its new values
    t.eligible++;
    t.freq[fAfter]++;
    t.mon[bAfter]++;
  } else {
    if (fAfter !== fBefore) {
      t.freq[fBefore]--;
      t.freq[fAfter]++;
    }
    if (bAfter !== bBefore) {
      t.mon[bBefore]--;
      t.mon[bAfter]++;
    }
    if (bought) {
      t.byLast[lastBefore - t.base]--;
      // back in the window: a frozen customer is scored again
      if (fBefore === 0) wakeRfm(t, i);
    }
  }
  if (bought) {
    const k = tick - t.base;
    if (k >= t.byLast.length) t.byLast = grown(t.byLast, Math.max(k + 1, t.byLast.length * 2));
    t.byLast[k]++;
  }
}

// Segment look-up tables over every (life, r, f, m, isNew), filled once from segmentMaps.ts's rules
// (the lifecycle wins: lost -> inactif and off the R x F map, dormant -> never bon or très bon; a new
// customer, first purchase less than NEW_CUSTOMER_WEEKS ago, is segment nouveau even in the lowest recency
// quintile: the segment's own rule, not the stage nouveau, which lasts until the 2nd purchase or dormancy,
// lifecycle.ts). Cell index: life * 250 + (r - 1) * 50 + (f - 1) * 10 + (m - 1) * 2 + isNew.
const LIFE_CELLS = 250;
/** Index of the cell (life, r, f, m, isNew), scores 1 to 5. */
function cellOf(life: number, r: number, f: number, m: number, isNew: number): number {
  return life * LIFE_CELLS + (r - 1) * 50 + (f - 1) * 10 + (m - 1) * 2 + isNew;
}
const COURSE_TABLE = new Int8Array(LIFE_CELLS * LIFE_KINDS);
const RF_TABLE = new Int8Array(LIFE_CELLS * LIFE_KINDS);
for (let life = 0; life < LIFE_KINDS; life++)
  for (let r = 1; r <= 5; r++)
    for (let f = 1; f <= 5; f++)
      for (let m = 1; m <= 5; m++)
        for (let isNew = 0; isNew <= 1; isNew++) {
          const cell = cellOf(life, r, f, m, isNew);
          COURSE_TABLE[cell] = courseSegmentInLife(r, f, m, isNew === 1, life);
          RF_TABLE[cell] = rfSegmentInLife(r, f, life);
        }
/** Life kind of each lifecycle stage (index into STAGES). */
const LIFE_OF_STAGE = Uint8Array.from(STAGES, (stage) => (stage === 'perdu' ? LIFE_LOST : stage === 'dormant' ? LIFE_DORMANT : LIFE_ANY));

/** Customers per course segment, per R x F segment, and per (r, f) cell (index (r - 1) * 5 + f - 1). */
export interface SegmentCounts {
  segments: Float64Array;
  rfSegments: Float64Array;
  rfGrid: Float64Array;
}

function emptyCounts(): SegmentCounts {
  return {
    segments: new Float64Array(COURSE_SEGMENTS.length),
    rfSegments: new Float64Array(RF_SEGMENTS.length),
    rfGrid: new Float64Array(25),
  };
}

/** Cells (life, r, f, m, isNew) at the index of COURSE_TABLE: segment codes and counts. */
const CELLS = LIFE_CELLS * LIFE_KINDS;
const CELL_SEGMENT = Uint8Array.from(COURSE_TABLE, (seg) => (seg < 0 ? NO_CODE : seg));
const CELL_RF = Uint8Array.from(RF_TABLE, (rf) => (rf < 0 ? NO_CODE : rf));
const cellCounts = new Int32Array(CELLS);
/** Cells of the frozen customers (out of the window: scores 1, 1, 1, not new). */
const FROZEN_DORMANT_CELL = cellOf(LIFE_DORMANT, 1, 1, 1, 0);
const FROZEN_LOST_CELL = cellOf(LIFE_LOST, 1, 1, 1, 0);

/*
 * The fused scorer (scoreRfm). Same scores, limits and segments as computeRfmScores on
 * (recency = tick - lastPurchaseTick, frequency12, monetary12) over customers who ever bought, in two
 * passes over the base instead of a dozen:
 *   pass 1: one histogram per dimension: recency and frequency by value, monetary by bucket (0 alone,
 *           then the top 16 bits of the double: the bit order of non-negative doubles is their order);
 *   tables: walking each histogram in rank order gives every bin its first rank, kept as a cursor. In a
 *           single-valued bin, customers are ranked in index order (ties are broken by index) by
 *           incrementing the cursor; in a bin without a boundary inside, any rank of the bin gives the
 *           bin's score, so the same cursor serves (no branch on the bin's kind in the hot loop). A
 *           monetary bucket (several values) holding a quintile boundary collects its customers (group);
 *   pass 2: scores from the ranks, segments and counts (per (r, f, m, isNew) cell) of every customer;
 *           group members are finished after the exact selection of the boundary customer(s) in their
 *           bucket (select of rfm.ts, same (value, index) order).
 */

const DIRECT_MAX = 5;
const CURSOR = 0;
/** Rank cursor of the customers out of the window: far below every boundary rank, so score 1 (2^30 customers at most). */
const OUT_OF_WINDOW = -(2 ** 30);
const GROUP = 8; // GROUP + g: member of monetary group g
const M_BUCKETS = 32770; // 0 = exactly 0; 1 + (high word >>> 16) otherwise
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;

let tableR = new Uint8Array(256);
let cursorR = new Int32Array(256);
let tableF = new Uint8Array(256);
let cursorF = new Int32Array(256);
const tableM = new Uint8Array(M_BUCKETS);
const cursorM = new Int32Array(M_BUCKETS);
let groupIdx = new Int32Array(0);
/** Cell of each group member without its monetary score (cellOf(life, r, f, 1, isNew)), at the member's place in groupIdx. */
let groupCell = new Uint16Array(0);
/** Copy of a group's members that the selections reorder (groupIdx keeps the index order). */
let groupSel = new Int32Array(0);
const groupBucket = new Int32Array(4);
const groupStart = new Int32Array(4);
const groupFill = new Int32Array(4);
/** First rank of each group's bucket, and the customer at each boundary of the group (NO_BOUNDARY = none). */
const groupRank = new Int32Array(4);
const boundary = new Int32Array(4);
/** Quintile boundary ranks r1..r4 of this call. */
const ranks = new Int32Array(4);

function emptyTrack(customers: CustomerArrays): RfmTrack {
  return {
    customers,
    base: 0,
    byLast: new Int32Array(256),
    freq: new Int32Array(256),
    mon: new Int32Array(M_BUCKETS),
    eligible: 0,
    broken: false,
    scored: new Int32Array(0),
    scoredLength: 0,
    scoredN: 0,
    frozenLost: 0,
    frozenDormant: 0,
    wake: new Int32Array(64),
    wakeLength: 0,
    wakeSorted: true,
  };
}

/*
 * Frozen customers (t.scored): a customer out of the window (no purchase in it: scores 1, 1, 1), not
 * new, and dormant or lost keeps its scores, segments and cell until it buys (dormant -> actif, back in
 * the window) or leaves (dormant -> perdu); a lost one never changes again. The score pass drops them
 * from its list (about half of an old base) and counts them by their two cells; trackWindow (a purchase
 * back into the window) and churn's departure (wakeRfm) wake them. Their ranks are all out of the
 * window (no boundary rank), so skipping them changes no other customer's rank.
 */

/** Customer i may be frozen and changes (a purchase back into the window, a departure): scored again. Calls come in index order. */
export function wakeRfm(t: RfmTrack, i: number): void {
  const k = t.wakeLength;
  if (k > 0 && t.wake[k - 1] >= i) {
    if (t.wake[k - 1] > i) t.wakeSorted = false;
    return;
  }
  if (k === t.wake.length) t.wake = grown(t.wake, 2 * k);
  t.wake[k] = i;
  t.wakeLength = k + 1;
}

/** Every customer scored again at the next pass (a new list, nothing frozen). */
function resetScored(t: RfmTrack): void {
  t.scoredLength = 0;
  t.scoredN = 0;
  t.frozenLost = 0;
  t.frozenDormant = 0;
  t.wakeLength = 0;
  t.wakeSorted = true;
}

/** First position in list[from, to) whose value is >= x (list ascending). */
function lowerBound(list: Int32Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The list for this pass: the woken customers merged back (the frozen ones leave the frozen counts),
 * then the recruits appended. The merge runs from the end, in place, by blocks (copyWithin: no copy of
 * the list and no allocation).
 */
function prepareScored(t: RfmTrack, n: number, capacity: number, rfOut: Uint8Array): void {
  if (!t.wakeSorted) resetScored(t);
  // customers from scoredN on are appended below
  const wl = lowerBound(t.wake, 0, t.wakeLength, t.scoredN);
  const sl = t.scoredLength;
  if (t.scored.length < Math.max(n, sl + wl)) t.scored = grown(t.scored, Math.max(n, sl + wl, capacity));
  if (wl > 0) {
    const s = t.scored;
    const wake = t.wake;
    let a = sl - 1; // last list entry not yet moved
    let o = sl + wl; // first written position of the merged tail
    for (let b = wl - 1; b >= 0; b--) {
      const x = wake[b];
      // the entries after x move up as one block
      const p = lowerBound(s, 0, a + 1, x + 1);
      s.copyWithin(o - (a + 1 - p), p, a + 1);
      o -= a + 1 - p;
      a = p - 1;
      if (a >= 0 && s[a] === x) continue; // not frozen: already on the list
      s[--o] = x;
      // frozen lost customers are off the R x F map (no code), frozen dormant ones are on it
      if (rfOut[x] === NO_CODE) t.frozenLost--;
      else t.frozenDormant--;
    }
    // s[0, a] is in place; the merged tail starts at o (one place lower for each customer already listed)
    const gap = o - (a + 1);
    if (gap > 0) s.copyWithin(a + 1, o, sl + wl);
    t.scoredLength = sl + wl - gap;
  }
  t.wakeLength = 0;
  const s = t.scored;
  let length = t.scoredLength;
  for (let i = t.scoredN; i < n; i++) s[length++] = i;
  t.scoredLength = length;
  t.scoredN = n;
}

/**
 * Pass 1: fills t (zeroed) with the histograms of the eligible customers (last purchase at or before
 * the tick). Returns false when a customer's last purchase is after the tick: it is not eligible now
 * and would become so without a purchase, so such histograms cannot be kept up to date. Flags values
 * the buckets cannot order (t.broken).
 */
function fillTrack(state: SimState, t: RfmTrack): boolean {
  const n = state.n;
  const tick = state.tick;
  const c = state.customers;
  const last = c.lastPurchaseTick;
  const freq = c.frequency12;
  const mon = c.monetary12;
  let base = tick;
  let future = false;
  for (let i = 0; i < n; i++) {
    const l = last[i];
    if (l === NO_TICK) continue;
    if (l > tick) future = true;
    else if (l < base) base = l;
  }
  t.customers = c;
  t.base = base;
  if (t.byLast.length < tick - base + 1) t.byLast = new Int32Array(Math.max(tick - base + 1, t.byLast.length * 2));
  let count = 0;
  let bad = false;
  const hL = t.byLast;
  let hF = t.freq;
  const hM = t.mon;
  for (let i = 0; i < n; i++) {
    const l = last[i];
    if (l === NO_TICK || l > tick) continue;
    count++;
    hL[l - base]++;
    const f = freq[i];
    if (f < 0) bad = true;
    else {
      if (f >= hF.length) hF = t.freq = grown(hF, Math.max(f + 1, hF.length * 2));
      hF[f]++;
    }
    const v = mon[i];
    if (v === 0) hM[0]++;
    else if (v > 0) hM[monBucket(v)]++;
    else bad = true; // negative or NaN
  }
  t.eligible = count;
  t.broken = bad;
  return !future;
}

/**
 * The first bin from `from` (by `step` > 0) with customers; `last` or beyond when none is left before `last`.
 * The monetary histogram has 32 769 buckets and a few hundred used: walked inside buildTable, the empty
 * buckets cost ~70 us of CPU a call (cosmetics, 100 000 customers: about a tenth of the scorer); this small
 * loop, alone in its function, ~35 us. The same bins in the same order.
 */
function nextBin(hist: Int32Array, from: number, last: number, step: number): number {
  let bin = from;
  while (bin < last && hist[bin] === 0) bin += step;
  return bin;
}

/**
 * Fills a dimension's table from its histogram, bins taken in rank order (from `first` by `step`).
 * Returns the number of groups created (monetary) after `groupsBefore`; writes the limits.
 * Multi-valued bins (monetary buckets above 0) holding a boundary become groups.
 */
function buildTable(
  hist: Int32Array,
  table: Uint8Array,
  cursor: Int32Array,
  bins: number,
  first: number,
  step: number,
  nEligible: number,
  singleValued: boolean,
  limits: number[],
  valueOf: (bin: number) => number,
): number {
  for (let s = 0; s < 4; s++) limits[s] = NaN;
  limits.length = 4;
  let start = 0;
  let next = 0; // next boundary to place (0..3)
  let groups = 0;
  const last = first + bins * step;
  for (let bin = nextBin(hist, first, last, step); bin < last; bin = nextBin(hist, bin + step, last, step)) {
    const count = hist[bin];
    const end = start + count;
    // boundaries at this bin's first rank (its first customer starts a score)
    while (next < 4 && ranks[next] <= start) {
      if (singleValued || bin === 0) limits[next] = valueOf(bin);
      next++;
    }
    const before = next;
    let inside = 0;
    while (next + inside < 4 && ranks[next + inside] < end) inside++;
    const atStart = before > 0 && ranks[before - 1] === start;
    if (singleValued || bin === 0) {
      for (let s = next; s < next + inside; s++) limits[s] = valueOf(bin);
      table[bin] = inside === 0 ? 1 + before : CURSOR;
      cursor[bin] = start;
    } else if (inside === 0 && !atStart) {
      // one score for the whole bucket: any rank in [start, end) gives it, so the cursor serves too
      table[bin] = 1 + before;
      cursor[bin] = start;
    } else {
      // a boundary at the bucket's first rank needs its customer too (the limit is its value)
      const g = groups++;
      table[bin] = GROUP + g;
      groupBucket[g] = bin;
      groupRank[g] = start;
    }
    next += inside;
    start = end;
  }
  return groups;
}

/**
 * Pass 2: scores, segments and counts of the customers on t's list (t.scored, ascending; the frozen
 * ones are off it and keep theirs); monetary group members are collected and finished later.
 * Customers without a purchase in the window (last purchase at or before `cut`) have cursors far below
 * every boundary rank (OUT_OF_WINDOW): they score 1, 1, 1 without a branch. The customers it freezes
 * leave the list. Returns false when a customer breaks the window's invariant (frequency 0 exactly
 * when the last purchase left the window, monetary 0 exactly then too): the caller then scores with
 * the reference instead.
 */
function scorePass(state: SimState, newCustomerTicks: number, words: Uint32Array, base: number, cut: number, t: RfmTrack): boolean {
  const list = t.scored;
  const length = t.scoredLength;
  const tick = state.tick;
  const c = state.customers;
  const last = c.lastPurchaseTick;
  const first = c.firstPurchaseTick;
  const stage = c.stage;
  const freq = c.frequency12;
  const rOut = c.r;
  const fOut = c.f;
  const mOut = c.m;
  const segOut = c.segment;
  const rfOut = c.rfSegment;
  const tM = tableM;
  const cR = cursorR;
  const cF = cursorF;
  const cM = cursorM;
  const idx = groupIdx;
  const gCell = groupCell;
  const counts = cellCounts;
  const r1 = ranks[0] - 1;
  const r2 = ranks[1] - 1;
  const r3 = ranks[2] - 1;
  const r4 = ranks[3] - 1;
  let mismatch = 0;
  let kept = 0;
  let frozen = 0;
  let frozenLost = 0;
  for (let j = 0; j < length; j++) {
    const i = list[j];
    list[kept++] = i; // taken back below if frozen
    const l = last[i];
    if (l === NO_TICK || l > tick) {
      rOut[i] = 0;
      fOut[i] = 0;
      mOut[i] = 0;
      segOut[i] = NO_CODE;
      rfOut[i] = NO_CODE;
      continue;
    }
    // recency bins are last purchase ticks (index l - base), in rank order
    // Branch-free: every bin has a cursor at its first rank (in a bin without a boundary inside, any
    // rank of the bin gives its score); branches on the bin's mode mispredicted (measured: 1.2 ms of 3.7).
    const rankR = cR[l - base]++;
    const r = 1 + ((r1 - rankR) >>> 31) + ((r2 - rankR) >>> 31) + ((r3 - rankR) >>> 31) + ((r4 - rankR) >>> 31);
    const fv = freq[i];
    const rankF = cF[fv]++;
    const f = 1 + ((r1 - rankF) >>> 31) + ((r2 - rankF) >>> 31) + ((r3 - rankF) >>> 31) + ((r4 - rankF) >>> 31);
    rOut[i] = r;
    fOut[i] = f;
    // bucket without a branch on v === 0 (about 3 customers in 4 of an old base have no spend in the
    // window, in no predictable order): the high word without its sign bit (-0 is 0), plus 1 unless both
    // words are 0 ((x | -x) >>> 31 is 1 for x != 0); the same bucket as monBucket
    const hw = words[2 * i + HIGH_WORD] & 0x7fffffff;
    const nz = hw | words[2 * i + 1 - HIGH_WORD];
    const b = (hw >>> 16) + ((nz | -nz) >>> 31);
    // -1 when out of the window by frequency, by last purchase, by monetary: all three or none
    const outF = (fv - 1) >> 31;
    mismatch |= (outF ^ ((l - cut - 1) >> 31)) | (outF ^ ((b - 1) >> 31));
    const life = LIFE_OF_STAGE[stage[i]];
    const isNew = tick - first[i] < newCustomerTicks ? 1 : 0;
    const bt = tM[b];
    if (bt > DIRECT_MAX) {
      // finished by finishGroups, which reads only its monetary value (the rest of its cell is kept here)
      const at = groupFill[bt - GROUP]++;
      idx[at] = i;
      gCell[at] = cellOf(life, r, f, 1, isNew);
      continue;
    }
    const rankM = cM[b]++;
    const m = 1 + ((r1 - rankM) >>> 31) + ((r2 - rankM) >>> 31) + ((r3 - rankM) >>> 31) + ((r4 - rankM) >>> 31);
    mOut[i] = m;
    const cell = cellOf(life, r, f, m, isNew);
    segOut[i] = CELL_SEGMENT[cell];
    rfOut[i] = CELL_RF[cell];
    counts[cell]++;
    // frozen (out of the window, not new, dormant or lost): off the list from now on
    const freeze = (fv | isNew) === 0 && life !== LIFE_ANY ? 1 : 0;
    kept -= freeze;
    frozen += freeze;
    frozenLost += life === LIFE_LOST ? freeze : 0;
  }
  if (mismatch !== 0) return false;
  // the customers frozen before this pass, by their cells; then those it froze join them
  counts[FROZEN_LOST_CELL] += t.frozenLost;
  counts[FROZEN_DORMANT_CELL] += t.frozenDormant;
  t.frozenLost += frozenLost;
  t.frozenDormant += frozen - frozenLost;
  t.scoredLength = kept;
  return true;
}

/** Monetary value of each boundary customer of the group being finished (+Infinity with index NO_BOUNDARY: none there). */
const boundaryValue = new Float64Array(4);
/** Index of a boundary that is not in the group: no member is at or after it. */
const NO_BOUNDARY = 0x7fffffff;

/** 1 when customer (v, i) is at or after the boundary customer (vb, b) in (value, index) order (0 for NO_BOUNDARY). */
function atOrAfter(v: number, i: number, vb: number, b: number): number {
  return (v > vb ? 1 : 0) | (v === vb && i >= b ? 1 : 0);
}

/**
 * Exact monetary scores of the group members: selection of each boundary inside their bucket (on a
 * copy, groupSel, so that groupIdx keeps the members in index order), then each member's score from
 * its (value, index) against the boundary customers; its cell is the one scorePass kept (groupCell)
 * plus its monetary score.
 */
function finishGroups(state: SimState, groups: number, limits: number[]): void {
  const c = state.customers;
  const mon = c.monetary12;
  const mOut = c.m;
  const segOut = c.segment;
  const rfOut = c.rfSegment;
  const idx = groupIdx;
  const gCell = groupCell;
  for (let g = 0; g < groups; g++) {
    const lo = groupStart[g];
    const hi = groupFill[g] - 1;
    const rank0 = groupRank[g];
    const size = hi - lo + 1;
    if (groupSel.length < size) groupSel = new Int32Array(Math.max(size, 2 * groupSel.length));
    const sel = groupSel;
    sel.set(idx.subarray(lo, hi + 1));
    let before = 0;
    for (let s = 0; s < 4; s++) {
      boundary[s] = NO_BOUNDARY;
      boundaryValue[s] = Infinity;
      if (ranks[s] < rank0) before++;
      else if (ranks[s] < rank0 + size) {
        const k = ranks[s] - rank0;
        select(sel, mon, 0, size - 1, k);
        boundary[s] = sel[k];
        boundaryValue[s] = mon[sel[k]];
        limits[s] = mon[sel[k]];
      }
    }
    const v0 = boundaryValue[0];
    const v1 = boundaryValue[1];
    const v2 = boundaryValue[2];
    const v3 = boundaryValue[3];
    const b0 = boundary[0];
    const b1 = boundary[1];
    const b2 = boundary[2];
    const b3 = boundary[3];
    for (let j = lo; j <= hi; j++) {
      const i = idx[j];
      const v = mon[i];
      const m = 1 + before + atOrAfter(v, i, v0, b0) + atOrAfter(v, i, v1, b1) + atOrAfter(v, i, v2, b2) + atOrAfter(v, i, v3, b3);
      mOut[i] = m;
      const cell = gCell[j] + (m - 1) * 2;
      segOut[i] = CELL_SEGMENT[cell];
      rfOut[i] = CELL_RF[cell];
      cellCounts[cell]++;
    }
  }
}

/** Segment counts from the (r, f, m, isNew) cell counts, then the cells cleared for the next call. */
function countCells(counts: SegmentCounts): void {
  for (let cell = 0; cell < CELLS; cell++) {
    const k = cellCounts[cell];
    if (k === 0) continue;
    cellCounts[cell] = 0;
    if (CELL_SEGMENT[cell] !== NO_CODE) counts.segments[CELL_SEGMENT[cell]] += k;
    if (CELL_RF[cell] === NO_CODE) continue; // off the R x F map (lost): not in the grid either
    counts.rfSegments[CELL_RF[cell]] += k;
    counts.rfGrid[((cell % LIFE_CELLS) / 10) | 0] += k; // (r - 1) * 5 + (f - 1)
  }
}

let wordsOf: Float64Array | null = null;
let wordsView: Uint32Array = new Uint32Array(0);

/** The 32-bit words of mon (cached for the last array). */
function monWords(mon: Float64Array): Uint32Array {
  wordsOf = mon;
  wordsView = new Uint32Array(mon.buffer, mon.byteOffset, mon.length * 2);
  return wordsView;
}

/** The histograms counted afresh (the tests compare them with the tracked ones); null if they cannot be tracked. */
export function countRfmHistograms(state: SimState): RfmTrack | null {
  const t = emptyTrack(state.customers);
  return fillTrack(state, t) ? t : null;
}

/** Scratch histograms of scoreRfm (zeroed after each use). */
const scratch = emptyTrack(allocateCustomers(0));

function clearTrack(t: RfmTrack, tick: number): void {
  t.byLast.fill(0, 0, Math.min(t.byLast.length, tick - t.base + 1));
  t.freq.fill(0);
  t.mon.fill(0);
  resetScored(t);
}

/** Scores every customer who ever bought; segments from the scores; returns the counts (histograms counted afresh). */
export function scoreRfm(state: SimState, newCustomerTicks: number): SegmentCounts {
  fillTrack(state, scratch);
  const counts = scratch.broken || scratch.eligible === 0 ? scoreRfmGeneric(state, newCustomerTicks) : scoreFromTrack(state, newCustomerTicks, scratch);
  clearTrack(scratch, state.tick);
  return counts;
}

/**
 * scoreRfm with the state's tracked histograms (state.rfmTrack), counted afresh only when missing or
 * not valid for the state's arrays; the simulation's scorer (same results as scoreRfm).
 */
export function scoreRfmTracked(state: SimState, newCustomerTicks: number): SegmentCounts {
  let t = state.rfmTrack;
  if (!t || t.broken || t.customers !== state.customers) {
    t = emptyTrack(state.customers);
    state.rfmTrack = fillTrack(state, t) && !t.broken ? t : null;
  }
  if (t.broken || t.eligible === 0) {
    return scoreAfresh(state, newCustomerTicks, t);
  }
  return scoreFromTrack(state, newCustomerTicks, t);
}

/** The reference scorer over every customer, when t cannot score: its list starts afresh (nothing frozen) at the next pass. */
function scoreAfresh(state: SimState, newCustomerTicks: number, t: RfmTrack): SegmentCounts {
  resetScored(t);
  return scoreRfmGeneric(state, newCustomerTicks);
}

/** Tables from the histograms of t, then pass 2 and the groups; t is left as it is. */
function scoreFromTrack(state: SimState, newCustomerTicks: number, t: RfmTrack): SegmentCounts {
  const c = state.customers;
  const mon = c.monetary12;
  const words = mon === wordsOf ? wordsView : monWords(mon);
  const tick = state.tick;
  const base = t.base;
  const binsR = tick - base + 1;
  if (t.byLast.length < binsR) t.byLast = grown(t.byLast, binsR);
  // out of the window: frequency bin 0, monetary bucket 0 and the first binsOut recency bins (the oldest
  // last purchases), the same customers: the window drops a purchase when it gets too old. binsOut is
  // found from the counts (in a tick, the last purchases at or before tick - window; between ticks, one
  // tick less), and scorePass checks customer by customer that cut = base + binsOut - 1 splits them so
  const out = t.freq[0];
  if (t.mon[0] !== out) {
    return scoreAfresh(state, newCustomerTicks, t);
  }
  let binsOut = 0;
  for (let sum = 0; sum < out && binsOut < binsR; binsOut++) sum += t.byLast[binsOut];
  let counted = 0;
  for (let k = 0; k < binsOut; k++) counted += t.byLast[k];
  if (counted !== out) {
    return scoreAfresh(state, newCustomerTicks, t);
  }
  const cut = base + binsOut - 1;
  const nEligible = t.eligible - out;
  for (let s = 0; s < 4; s++) ranks[s] = boundaryRank(s + 1, nEligible);
  if (tableR.length < t.byLast.length) {
    tableR = new Uint8Array(t.byLast.length);
    cursorR = new Int32Array(t.byLast.length);
  }
  if (tableF.length < t.freq.length) {
    tableF = new Uint8Array(t.freq.length);
    cursorF = new Int32Array(t.freq.length);
  }
  const limits = state.rfmLimits;
  // recency: rank order is the longest time since the last purchase first (the oldest last purchase)
  // the quintiles rank the customers of the window only: the bins out of it are left out of the tables
  buildTable(t.byLast, tableR, cursorR, binsR - binsOut, binsOut, 1, nEligible, true, limits.recency, (bin) => tick - (bin + base));
  buildTable(t.freq, tableF, cursorF, t.freq.length - 1, 1, 1, nEligible, true, limits.frequency, (bin) => bin);
  const groups = buildTable(t.mon, tableM, cursorM, M_BUCKETS - 1, 1, 1, nEligible, false, limits.monetary, () => 0);
  cursorR.fill(OUT_OF_WINDOW, 0, binsOut);
  cursorF[0] = OUT_OF_WINDOW;
  cursorM[0] = OUT_OF_WINDOW;
  tableM[0] = 1;
  if (groupIdx.length < state.n) {
    groupIdx = new Int32Array(state.capacity);
    groupCell = new Uint16Array(state.capacity);
  }
  let fill = 0;
  for (let g = 0; g < groups; g++) {
    groupStart[g] = fill;
    groupFill[g] = fill;
    fill += t.mon[groupBucket[g]];
  }
  prepareScored(t, state.n, state.capacity, c.rfSegment);
  if (!scorePass(state, newCustomerTicks, words, base, cut, t)) {
    cellCounts.fill(0);
    return scoreAfresh(state, newCustomerTicks, t);
  }
  finishGroups(state, groups, limits.monetary);
  const counts = emptyCounts();
  countCells(counts);
  return counts;
}

let recency = new Float64Array(0);
let eligible = new Uint8Array(0);

/**
 * The reference scorer: computeRfmScores on the same inputs, the customers who bought in the window
 * (frequency12 > 0) being the eligible ones; a customer who bought before but not in the window gets
 * 1, 1, 1. Used when a value cannot be bucketed (negative or NaN monetary, never in a normal run) and
 * by the tests as the definition of scoreRfm.
 */
export function scoreRfmGeneric(state: SimState, newCustomerTicks: number): SegmentCounts {
  const counts = emptyCounts();
  const n = state.n;
  const c = state.customers;
  if (recency.length < n) {
    recency = new Float64Array(state.capacity);
    eligible = new Uint8Array(state.capacity);
  }
  for (let i = 0; i < n; i++) {
    const last = c.lastPurchaseTick[i];
    const ok = last !== NO_TICK && last <= state.tick;
    eligible[i] = ok && c.frequency12[i] > 0 ? 1 : 0;
    recency[i] = ok ? state.tick - last : 0;
  }
  const out: RfmScores = { r: c.r, f: c.f, m: c.m, limits: state.rfmLimits };
  const res = computeRfmScores({ n, recency, frequency: c.frequency12, monetary: c.monetary12, eligible }, out);
  state.rfmLimits = res.limits;
  if (res.r !== c.r) {
    c.r.set(res.r.subarray(0, n));
    c.f.set(res.f.subarray(0, n));
    c.m.set(res.m.subarray(0, n));
  }
  for (let i = 0; i < n; i++) {
    if (eligible[i] === 0) {
      const last = c.lastPurchaseTick[i];
      const bought = last !== NO_TICK && last <= state.tick;
      // bought before, not in the window: the lowest score on all three
      const score = bought ? 1 : 0;
      c.r[i] = score;
      c.f[i] = score;
      c.m[i] = score;
    }
    const r = c.r[i];
    if (r === 0) {
      c.segment[i] = NO_CODE;
      c.rfSegment[i] = NO_CODE;
      continue;
    }
    const isNew = state.tick - c.firstPurchaseTick[i] < newCustomerTicks ? 1 : 0;
    const f = c.f[i];
    const cell = cellOf(LIFE_OF_STAGE[c.stage[i]], r, f, c.m[i], isNew);
    const seg = COURSE_TABLE[cell];
    const rf = RF_TABLE[cell];
    c.segment[i] = seg < 0 ? NO_CODE : seg;
    c.rfSegment[i] = rf < 0 ? NO_CODE : rf;
    if (seg >= 0) counts.segments[seg]++;
    if (rf < 0) continue;
    counts.rfSegments[rf]++;
    counts.rfGrid[(r - 1) * 5 + f - 1]++;
  }
  return counts;
}
