/**
 * RFM scoring: quintile scores 1..5 for recency, frequency and monetary value, the course's five
 * segments and the R x F segment map of MODEL.md. Runs inside the engine every tick on the whole
 * customer base (100,000 customers), so the scoring is allocation-free when `out` is given and
 * O(n): counting sort for small-range integer inputs, deterministic quickselect of the four quintile
 * boundaries otherwise.
 *
 * Scores. Among eligible customers (eligible[i] !== 0; all when `eligible` is absent), each customer
 * gets a rank in the order (value ascending, index ascending) — for recency (value descending, index
 * ascending), because a smaller time since the last purchase is better. Score = 1 + floor(5 * rank / n
 * eligible). Equal values may therefore fall in two neighbouring scores: the tie is broken by
 * customer index, never by chance. Non-eligible customers get score 0. Values must be finite.
 * `limits.x[s - 2]` is the value of the first customer (in rank order) with score s, for s = 2..5:
 * frequency/monetary ≥ limit (recency ≤ limit) reaches at least score s, ties aside. NaN when no
 * customer reaches that score (fewer than 5 eligible customers).
 *
 * Course segments, in order of precedence (first rule that matches wins):
 *   1. nouveau         isNew (first purchase in the last 13 weeks; the caller decides), so a new customer
 *                      is never inactif; the segment's own rule: the stage nouveau lasts until the 2nd
 *                      purchase or dormancy (lifecycle.ts), so stage and segment may differ
 *   2. inactif         r = 1
 *   3. futurNonClient  r = 2, or r = 3 and f <= 2
 *   4. tresBon         r >= 4 and f >= 4 and m >= 4
 *   5. bon             every other scored customer
 * A customer with a score 0 (not eligible) has no segment (-1).
 *
 * The quintiles rank the customers who bought in the 12-month window only (the simulation's
 * rfmWindow.ts and computeRfmFromTransactions alike; computeRfmScores scores whom it is given): a
 * customer who bought before but not in the window scores 1, 1, 1, and is inactif (r = 1). Ranked
 * with them, the many customers without a purchase in the window (two in three on CDNOW) would fill
 * the low frequency and monetary scores with zeros and push every buyer of the window up: a single
 * purchase 364 days ago scored r = f = m = 4, « très bon client ».
 *
 * computeRfmFromTransactions does the same on a real transaction log (FRAT: plus the product type),
 * except for ties: there equal values share a score (see scoreSharingTies), as a real file's order
 * means nothing and many customers share a value. The simulation also knows each customer's stage:
 * there the lifecycle wins over the scores (segmentMaps.ts courseSegmentInLife: a lost customer is
 * inactif and off the R x F map, a dormant one never bon or très bon); a file knows no stage, its
 * window plays that part (no purchase in 12 months: inactif).
 */
import { COURSE_SEGMENTS, RF_SEGMENTS, type CourseSegment, type RfSegment } from './vocabulary.ts';
import type { TransactionLog } from './scoring/transactionLog.ts';
import { courseSegment, rfSegment } from './segmentMaps.ts';

export interface RfmInput {
  n: number;
  recency: ArrayLike<number>;
  frequency: ArrayLike<number>;
  monetary: ArrayLike<number>;
  eligible?: ArrayLike<number>;
}

export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  limits: { recency: number[]; frequency: number[]; monetary: number[] };
}

const SCORES = 5;
/** Counting sort is used when integer values span at most this many bins beyond the customer count. */
const COUNTING_EXTRA_BINS = 4096;

// Scratch buffers reused between calls (grown, never shrunk) so a tick allocates nothing.
let scratchIndex = new Int32Array(0);
let scratchKey = new Float64Array(0);
let scratchWords = new Uint32Array(0);
let scratchCount = new Int32Array(0);
let scratchBucket = new Uint16Array(0);

function ensureScratch(n: number, bins: number): void {
  if (scratchIndex.length < n) {
    scratchIndex = new Int32Array(n);
    scratchKey = new Float64Array(n);
    scratchWords = new Uint32Array(scratchKey.buffer);
    scratchBucket = new Uint16Array(n);
  }
  if (scratchCount.length < bins) scratchCount = new Int32Array(bins);
}

function emptyScores(n: number): RfmScores {
  return {
    r: new Uint8Array(n),
    f: new Uint8Array(n),
    m: new Uint8Array(n),
    limits: { recency: [NaN, NaN, NaN, NaN], frequency: [NaN, NaN, NaN, NaN], monetary: [NaN, NaN, NaN, NaN] },
  };
}

/** Scores the three dimensions; reuses `out` when it is large enough. */
export function computeRfmScores(input: RfmInput, out?: RfmScores): RfmScores {
  const n = input.n;
  const res = out && out.r.length >= n && out.f.length >= n && out.m.length >= n ? out : emptyScores(n);
  let eligibleCount = 0;
  const el = input.eligible;
  if (el) {
    for (let i = 0; i < n; i++) if (el[i] !== 0) eligibleCount++;
  } else eligibleCount = n;
  scoreDimension(n, input.recency, el, eligibleCount, true, res.r, res.limits.recency);
  scoreDimension(n, input.frequency, el, eligibleCount, false, res.f, res.limits.frequency);
  scoreDimension(n, input.monetary, el, eligibleCount, false, res.m, res.limits.monetary);
  return res;
}

/** First rank with score s + 1, for s = 1..4: the smallest rank with 5 * rank >= s * nEligible. */
export function boundaryRank(s: number, nEligible: number): number {
  const q = s * nEligible;
  const k = (q - (q % SCORES)) / SCORES;
  return q % SCORES === 0 ? k : k + 1;
}

// Each hot loop lives in its own small function that ends right after the loop: V8 reuses on-stack-
// replacement code across calls, and code after a long loop without type feedback made it deoptimise
// on every call (measured: 4x slower).

function scoreDimension(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  nEligible: number,
  descending: boolean,
  scores: Uint8Array,
  limits: number[],
): void {
  for (let s = 0; s < SCORES - 1; s++) limits[s] = NaN;
  limits.length = SCORES - 1;
  if (nEligible === 0) {
    scores.fill(0, 0, n);
    return;
  }
  if (isIntegerArray(values)) scanIntegerValues(n, values, eligible);
  else scanValues(n, values, eligible);
  const min = scanMin;
  const max = scanMax;
  const range = max - min + 1;
  if (scanIntegers && range <= nEligible + COUNTING_EXTRA_BINS) {
    scoreByCounting(n, values, eligible, nEligible, descending, min, max, range, scores, limits);
  } else {
    scoreBySelection(n, values, eligible, nEligible, descending, scores, limits);
  }
}

let scanMin = 0;
let scanMax = 0;
let scanIntegers = true;

function scanValues(n: number, values: ArrayLike<number>, eligible: ArrayLike<number> | undefined): void {
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < n; i++) {
    if (eligible !== undefined && eligible[i] === 0) continue;
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
    if (Math.floor(v) !== v) integers = false;
  }
  scanMin = min;
  scanMax = max;
  scanIntegers = integers;
}

function isIntegerArray(values: ArrayLike<number>): values is Int32Array | Uint32Array | Int16Array | Uint16Array | Uint8Array | Int8Array {
  return (
    values instanceof Int32Array ||
    values instanceof Uint16Array ||
    values instanceof Uint8Array ||
    values instanceof Int16Array ||
    values instanceof Uint32Array ||
    values instanceof Int8Array
  );
}

/** Integer typed arrays need no integer test. */
function scanIntegerValues(n: number, values: ArrayLike<number>, eligible: ArrayLike<number> | undefined): void {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (eligible !== undefined && eligible[i] === 0) continue;
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  scanMin = min;
  scanMax = max;
  scanIntegers = true;
}

/** Integer values in a small range: bin counts give each value's first rank, index order the rest. */
function scoreByCounting(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  nEligible: number,
  descending: boolean,
  min: number,
  max: number,
  range: number,
  scores: Uint8Array,
  limits: number[],
): void {
  ensureScratch(0, range);
  const cursor = scratchCount;
  cursor.fill(0, 0, range);
  // bin = base + sign * value runs from the lowest rank (worst value) to the highest.
  const sign = descending ? -1 : 1;
  const base = descending ? max : -min;
  countBins(n, values, eligible, base, sign, cursor);
  rankBins(cursor, range, nEligible, descending ? max : min, sign, limits);
  assignRanks(n, values, eligible, base, sign, cursor, nEligible, scores);
}

function countBins(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  base: number,
  sign: number,
  cursor: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    if (eligible !== undefined && eligible[i] === 0) continue;
    cursor[(base + sign * values[i]) | 0]++;
  }
}

/** Turns counts into the rank of each bin's first customer; the bins holding the boundary ranks give the limits. */
function rankBins(cursor: Int32Array, range: number, nEligible: number, firstValue: number, sign: number, limits: number[]): void {
  let next = 1;
  let nextRank = boundaryRank(1, nEligible);
  let start = 0;
  for (let bin = 0; bin < range; bin++) {
    const count = cursor[bin];
    cursor[bin] = start;
    start += count;
    while (next < SCORES && nextRank < start) {
      limits[next - 1] = firstValue + sign * bin;
      next++;
      nextRank = boundaryRank(next, nEligible);
    }
  }
}

function assignRanks(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  base: number,
  sign: number,
  cursor: Int32Array,
  nEligible: number,
  scores: Uint8Array,
): void {
  const r1 = boundaryRank(1, nEligible);
  const r2 = boundaryRank(2, nEligible);
  const r3 = boundaryRank(3, nEligible);
  const r4 = boundaryRank(4, nEligible);
  for (let i = 0; i < n; i++) {
    if (eligible !== undefined && eligible[i] === 0) {
      scores[i] = 0;
      continue;
    }
    const rank = cursor[(base + sign * values[i]) | 0]++;
    // Branch-free: ((rk - 1 - rank) >>> 31) is 1 when rank >= rk (ranks are random, branches mispredict).
    scores[i] = 1 + ((r1 - 1 - rank) >>> 31) + ((r2 - 1 - rank) >>> 31) + ((r3 - 1 - rank) >>> 31) + ((r4 - 1 - rank) >>> 31);
  }
}

/** Bits 16..31 of the high word of a double, mapped so that their order is the order of the values. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;
const BUCKETS = 65536;
/** Bucket table entries at or above this mark a boundary bucket: entry - IN_GROUP = group number. */
const IN_GROUP = 8;

const bucketTable = new Uint8Array(BUCKETS);

/**
 * General values: a histogram on the top 16 bits of each key (sign, exponent, 4 bits of mantissa)
 * locates the bucket of each of the 4 boundary ranks. Customers in other buckets get their score from
 * their bucket alone; only those in boundary buckets are ordered exactly on (value, index), by quickselect.
 */
function scoreBySelection(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  nEligible: number,
  descending: boolean,
  scores: Uint8Array,
  limits: number[],
): void {
  ensureScratch(n, BUCKETS);
  const key = scratchKey;
  const hist = scratchCount;
  hist.fill(0, 0, BUCKETS);
  fillKeys(n, values, eligible, descending ? -1 : 1, key, scratchWords, scratchBucket, hist);
  const nBoundaries = locateBoundaries(hist, nEligible);
  const groups = groupBoundaries(nBoundaries, hist);
  buildBucketTable(nBoundaries, groups);
  const idx = scratchIndex;
  scoreByBucket(n, eligible, scratchBucket, bucketTable, idx, scores);
  boundaryCustomer.fill(-1);
  for (let s = 0; s < nBoundaries; s++) {
    const g = boundaryGroup[s];
    const lo = groupStart[g];
    const k = lo + boundaryOffset[s];
    select(idx, key, lo, groupFill[g] - 1, k);
    boundaryCustomer[s] = idx[k];
    limits[s] = values[idx[k]];
  }
  if (groups > 0) scoreGroups(idx, groupFill[groups - 1], key, scores, n);
}

function fillKeys(
  n: number,
  values: ArrayLike<number>,
  eligible: ArrayLike<number> | undefined,
  sign: number,
  key: Float64Array,
  words: Uint32Array,
  bucket: Uint16Array,
  hist: Int32Array,
): void {
  for (let i = 0; i < n; i++) {
    key[i] = sign * values[i] + 0; // + 0 turns -0 into 0 so that equal keys have equal bits
    const h = words[2 * i + HIGH_WORD];
    const b = (h & 0x80000000 ? ~h : h | 0x80000000) >>> 16;
    bucket[i] = b;
    if (eligible !== undefined && eligible[i] === 0) continue;
    hist[b]++;
  }
}

/** Finds the bucket of each boundary rank and the boundary's rank inside it; returns how many boundaries exist. */
function locateBoundaries(hist: Int32Array, nEligible: number): number {
  let found = 0;
  let k = boundaryRank(1, nEligible);
  if (k >= nEligible) return 0;
  let start = 0;
  for (let b = 0; b < BUCKETS; b++) {
    const end = start + hist[b];
    while (k < end) {
      boundaryBucket[found] = b;
      boundaryOffset[found] = k - start;
      found++;
      if (found === SCORES - 1) return found;
      k = boundaryRank(found + 1, nEligible);
      if (k >= nEligible) return found;
    }
    start = end;
  }
  return found;
}

/** One group of customers per distinct boundary bucket (boundaries come in order, equal buckets are adjacent). */
function groupBoundaries(nBoundaries: number, hist: Int32Array): number {
  let groups = 0;
  let fill = 0;
  for (let s = 0; s < nBoundaries; s++) {
    if (s > 0 && boundaryBucket[s] === boundaryBucket[s - 1]) {
      boundaryGroup[s] = boundaryGroup[s - 1];
      continue;
    }
    boundaryGroup[s] = groups;
    groupBucket[groups] = boundaryBucket[s];
    groupStart[groups] = fill;
    groupFill[groups] = fill;
    fill += hist[boundaryBucket[s]];
    groups++;
  }
  return groups;
}

/** Score of each bucket: 1 + boundaries in lower buckets; boundary buckets get IN_GROUP + group. */
function buildBucketTable(nBoundaries: number, groups: number): void {
  let from = 0;
  for (let s = 0; s < nBoundaries; s++) {
    const b = boundaryBucket[s];
    if (b > from) bucketTable.fill(s + 1, from, b);
    from = b + 1;
  }
  bucketTable.fill(nBoundaries + 1, from, BUCKETS);
  for (let g = 0; g < groups; g++) bucketTable[groupBucket[g]] = IN_GROUP + g;
}

function scoreByBucket(
  n: number,
  eligible: ArrayLike<number> | undefined,
  bucket: Uint16Array,
  table: Uint8Array,
  idx: Int32Array,
  scores: Uint8Array,
): void {
  for (let i = 0; i < n; i++) {
    if (eligible !== undefined && eligible[i] === 0) {
      scores[i] = 0;
      continue;
    }
    const t = table[bucket[i]];
    if (t < IN_GROUP) scores[i] = t;
    else idx[groupFill[t - IN_GROUP]++] = i;
  }
}

/** Exact scores of the customers gathered in boundary buckets (idx[0..count)). */
function scoreGroups(idx: Int32Array, count: number, key: Float64Array, scores: Uint8Array, n: number): void {
  // A missing boundary (fewer than 5 customers) is +Infinity with an index no customer reaches.
  const b1 = boundaryCustomer[0] >= 0 ? boundaryCustomer[0] : n;
  const b2 = boundaryCustomer[1] >= 0 ? boundaryCustomer[1] : n;
  const b3 = boundaryCustomer[2] >= 0 ? boundaryCustomer[2] : n;
  const b4 = boundaryCustomer[3] >= 0 ? boundaryCustomer[3] : n;
  const k1 = b1 < n ? key[b1] : Infinity;
  const k2 = b2 < n ? key[b2] : Infinity;
  const k3 = b3 < n ? key[b3] : Infinity;
  const k4 = b4 < n ? key[b4] : Infinity;
  for (let j = 0; j < count; j++) {
    const i = idx[j];
    const k = key[i];
    scores[i] = 1 + atLeast(k, i, k1, b1) + atLeast(k, i, k2, b2) + atLeast(k, i, k3, b3) + atLeast(k, i, k4, b4);
  }
}

const boundaryCustomer = new Int32Array(SCORES - 1);
const boundaryBucket = new Int32Array(SCORES - 1);
const boundaryOffset = new Int32Array(SCORES - 1);
const boundaryGroup = new Int32Array(SCORES - 1);
const groupBucket = new Int32Array(SCORES - 1);
const groupStart = new Int32Array(SCORES - 1);
const groupFill = new Int32Array(SCORES - 1);

/** 1 when the key (k, i) is at or after the boundary key (kb, b), else 0. */
function atLeast(k: number, i: number, kb: number, b: number): number {
  return (k > kb ? 1 : 0) | (k === kb && i >= b ? 1 : 0);
}

function less(key: ArrayLike<number>, a: number, b: number): boolean {
  const ka = key[a];
  const kb = key[b];
  return ka < kb || (ka === kb && a < b);
}

/**
 * Deterministic quickselect (median-of-three pivot, Hoare-style partition on unique keys):
 * afterwards idx[k] holds the k-th smallest key of idx[lo..hi], smaller ones before it, larger after.
 * Keys are (key[i], i): equal values are ordered by index. Successive selections in one group stay
 * correct: a later, larger k lies right of an earlier one. Exported for the engine's fused scorer.
 */
export function select(idx: Int32Array, key: ArrayLike<number>, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = lo + ((hi - lo) >> 1);
    // Order idx[lo], idx[mid], idx[hi] so the median lands in mid.
    if (less(key, idx[mid], idx[lo])) swap(idx, mid, lo);
    if (less(key, idx[hi], idx[lo])) swap(idx, hi, lo);
    if (less(key, idx[hi], idx[mid])) swap(idx, hi, mid);
    const pivot = idx[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (less(key, idx[i], pivot)) i++;
      while (less(key, pivot, idx[j])) j--;
      if (i <= j) {
        swap(idx, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Int32Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** Options of the transaction-log RFM. */
export interface TransactionRfmOptions {
  /** Day number of the analysis date (see scoring/transactionLog.ts); later purchases are ignored. */
  analysisDate: number;
  /** Frequency and monetary are counted over the days (analysisDate - windowDays, analysisDate]. */
  windowDays?: number;
  /** A customer whose first purchase is in (analysisDate - newCustomerDays, analysisDate] is "nouveau". */
  newCustomerDays?: number;
}

/** RFM of every customer who bought on or before the analysis date, columnar (index = row). */
export interface TransactionRfm {
  count: number;
  customerIndex: Int32Array;
  recencyDays: Int32Array;
  /** Transactions (rows of the log) in the window. */
  frequency: Int32Array;
  monetary: Float64Array;
  firstDay: Int32Array;
  scores: RfmScores;
  /** Index into COURSE_SEGMENTS. */
  segment: Int8Array;
  /** Index into RF_SEGMENTS. */
  rfSegment: Int8Array;
  /** FRAT: most frequent product type in the window (-1: none; ties -> smaller type index), when the log has types. */
  dominantType: Int32Array | null;
  /** FRAT: product type of the most recent purchase (-1: none), when the log has types. */
  lastType: Int32Array | null;
}

/** One customer's RFM, ready for JSON or CSV. */
export interface RfmRow {
  customerId: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: CourseSegment;
  rfSegment: RfSegment;
  type?: string;
  lastType?: string;
}

const NO_DAY = -2147483648;
/** Dense (customer x type) counters are used up to this many cells; beyond, the dominant type is the last one. */
const MAX_TYPE_CELLS = 1 << 24;

/**
 * RFM from a transaction log at an analysis date: recency = days since the last purchase on or before
 * the analysis date, frequency = number of transactions and monetary = total amount in the window.
 * The quintiles rank the customers who bought in the window; those with no purchase in it keep
 * frequency 0 and monetary 0, score 1, 1, 1 and are inactif.
 */
export function computeRfmFromTransactions(log: TransactionLog, options: TransactionRfmOptions): TransactionRfm {
  const at = options.analysisDate;
  const windowStart = at - (options.windowDays ?? 365);
  const newStart = at - (options.newCustomerDays ?? 91);
  const nCustomers = log.customerIds.length;
  const first = new Int32Array(nCustomers).fill(2147483647);
  const last = new Int32Array(nCustomers).fill(NO_DAY);
  const freq = new Int32Array(nCustomers);
  const money = new Float64Array(nCustomers);
  const types = log.type;
  const nTypes = log.typeNames.length;
  const lastTypeOf = types ? new Int32Array(nCustomers).fill(-1) : null;
  const typeCounts = types && nCustomers * nTypes <= MAX_TYPE_CELLS ? new Int32Array(nCustomers * nTypes) : null;
  const { customer, day, amount } = log;
  for (let t = 0; t < log.count; t++) {
    const d = day[t];
    if (d > at) continue;
    const c = customer[t];
    if (d < first[c]) first[c] = d;
    if (d >= last[c]) {
      last[c] = d;
      if (lastTypeOf && types) lastTypeOf[c] = types[t];
    }
    if (d > windowStart) {
      freq[c]++;
      money[c] += amount[t];
      if (typeCounts && types) typeCounts[c * nTypes + types[t]]++;
    }
  }
  let count = 0;
  for (let c = 0; c < nCustomers; c++) if (last[c] !== NO_DAY) count++;
  const res: TransactionRfm = {
    count,
    customerIndex: new Int32Array(count),
    recencyDays: new Int32Array(count),
    frequency: new Int32Array(count),
    monetary: new Float64Array(count),
    firstDay: new Int32Array(count),
    scores: emptyScores(count),
    segment: new Int8Array(count),
    rfSegment: new Int8Array(count),
    dominantType: types ? new Int32Array(count).fill(-1) : null,
    lastType: types ? new Int32Array(count).fill(-1) : null,
  };
  let k = 0;
  for (let c = 0; c < nCustomers; c++) {
    if (last[c] === NO_DAY) continue;
    res.customerIndex[k] = c;
    res.recencyDays[k] = at - last[c];
    res.frequency[k] = freq[c];
    res.monetary[k] = money[c];
    res.firstDay[k] = first[c];
    if (res.lastType && lastTypeOf) res.lastType[k] = lastTypeOf[c];
    if (res.dominantType) res.dominantType[k] = typeCounts ? dominantTypeOf(typeCounts, c, nTypes) : res.lastType![k];
    k++;
  }
  const buyers: number[] = [];
  for (let i = 0; i < count; i++) if (res.frequency[i] > 0) buyers.push(i);
  scoreSharingTies(buyers, res.recencyDays, true, res.scores.r, res.scores.limits.recency);
  scoreSharingTies(buyers, res.frequency, false, res.scores.f, res.scores.limits.frequency);
  scoreSharingTies(buyers, res.monetary, false, res.scores.m, res.scores.limits.monetary);
  const { r, f, m } = res.scores;
  const inactif = COURSE_SEGMENTS.indexOf('inactif');
  for (let i = 0; i < count; i++) {
    if (res.frequency[i] === 0) {
      // bought before, not in the window: the lowest score on all three, inactif
      r[i] = 1;
      f[i] = 1;
      m[i] = 1;
      res.segment[i] = inactif;
    } else res.segment[i] = courseSegment(r[i], f[i], m[i], res.firstDay[i] > newStart);
    res.rfSegment[i] = rfSegment(r[i], f[i]);
  }
  return res;
}

/**
 * Quintile scores where equal values share a score (imported data), among the customers `ranked`
 * (those who bought in the window; the others' scores are left to the caller): every customer of a
 * group of equal values gets the score of the group's first rank, 1 + floor(5 * rank / n), ranks in
 * the order of computeRfmScores (recency descending). So the order of the file never splits a tie.
 * A large group can leave a score empty (on CDNOW about half the buyers of a year bought once: all
 * score f = 1, and f = 2 stays empty). limits[s - 2] = the first value scoring s or more (NaN when
 * none does). O(n log n): an analysis is run once per file, not every tick.
 */
function scoreSharingTies(ranked: readonly number[], values: ArrayLike<number>, descending: boolean, scores: Uint8Array, limits: number[]): void {
  limits.length = SCORES - 1;
  limits.fill(NaN);
  const n = ranked.length;
  const order = ranked.slice();
  order.sort((a, b) => (descending ? values[b] - values[a] : values[a] - values[b]) || a - b);
  let start = 0;
  let reached = 0;
  while (start < n) {
    const value = values[order[start]];
    let end = start + 1;
    while (end < n && values[order[end]] === value) end++;
    while (reached < SCORES - 1 && boundaryRank(reached + 1, n) <= start) limits[reached++] = value;
    for (let k = start; k < end; k++) scores[order[k]] = 1 + reached;
    start = end;
  }
}

function dominantTypeOf(counts: Int32Array, c: number, nTypes: number): number {
  let best = -1;
  let bestCount = 0;
  for (let t = 0; t < nTypes; t++) {
    const v = counts[c * nTypes + t];
    if (v > bestCount) {
      bestCount = v;
      best = t;
    }
  }
  return best;
}

/** Rows of a transaction RFM with external ids and segment ids. */
export function rfmRows(res: TransactionRfm, log: TransactionLog): RfmRow[] {
  const rows: RfmRow[] = new Array(res.count);
  for (let i = 0; i < res.count; i++) {
    const row: RfmRow = {
      customerId: log.customerIds[res.customerIndex[i]],
      recencyDays: res.recencyDays[i],
      frequency: res.frequency[i],
      monetary: res.monetary[i],
      r: res.scores.r[i],
      f: res.scores.f[i],
      m: res.scores.m[i],
      segment: COURSE_SEGMENTS[res.segment[i]],
      rfSegment: RF_SEGMENTS[res.rfSegment[i]],
    };
    if (res.dominantType && res.dominantType[i] >= 0) row.type = log.typeNames[res.dominantType[i]];
    if (res.lastType && res.lastType[i] >= 0) row.lastType = log.typeNames[res.lastType[i]];
    rows[i] = row;
  }
  return rows;
}
