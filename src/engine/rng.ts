/**
 * Counter-based random numbers (the idea of Random123 / Philox, Salmon et al. 2011).
 *
 * Every draw is a pure function u = H(seed, customer, tick, stream, slot): there is no generator
 * state to carry or advance, so a customer's draws never depend on how many customers exist, on
 * the order of processes, or on draws made elsewhere. One STREAM tag per process: adding a draw in
 * one process never shifts another.
 *
 * For speed the (seed, tick, stream) part is folded once into a 4-word key (`streamKey`); a draw is
 * one murmur3 fmix32 round on (customer, seed, tick) — shared by all streams of the tick, so hot loops
 * compute it once per customer (`customerHash`) — then two independent lanes of one more round each
 * on (stream, slot); the two 32-bit lanes give a 53-bit uniform double in [0, 1).
 *
 * Draw index convention: the helpers (`uniform`, `normal`, `gamma`, `beta`, `poisson`) take a draw
 * index `d`; each draw index owns the sub-slots [d * SLOTS_PER_DRAW, (d + 1) * SLOTS_PER_DRAW), so a
 * rejection sampler using several uniforms never collides with the next draw index.
 */
import { cosTurn, exp, log, pow, sqrt } from './detMath.ts';

/** One tag per random process. Append only: a tag's value must never change. */
export const STREAMS = {
  init: 1,
  history: 2,
  purchase: 3,
  basket: 4,
  productType: 5,
  incident: 6,
  complaint: 7,
  satisfaction: 8,
  churn: 9,
  competitor: 10,
  referral: 11,
  acquisition: 12,
  survey: 13,
  data: 14,
  channel: 15,
  recovery: 16,
  novelty: 17,
  consent: 18,
  identity: 19,
  wordOfMouth: 20,
  controlGroup: 21,
} as const;
export type StreamName = keyof typeof STREAMS;

/** Customer index reserved for draws that belong to the shop, not to a customer (surveys, competitors). */
export const GLOBAL_CUSTOMER = -1;

/** Sub-slots owned by one draw index (see header). */
export const SLOTS_PER_DRAW = 1024;

/** A folded (seed, tick, stream) key: 4 unsigned 32-bit words. */
export type StreamKey = Uint32Array;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Folds (seed, tick, stream) into a key; pass `out` to avoid allocation. Word 0 depends on
 * (seed, tick) only, so a customer's first mixing round can be shared by every stream of a tick
 * (`customerHash`); words 1-3 depend on the stream too.
 */
export function streamKey(seed: number, tick: number, stream: number, out: StreamKey = new Uint32Array(4)): StreamKey {
  const t = fmix32(fmix32((seed | 0) ^ 0x5bd1e995) ^ Math.imul(tick | 0, 0x9e3779b1) ^ 0x27d4eb2f);
  const h = fmix32(t ^ Math.imul((stream | 0) + 0x68e31da4, 0x85ebca77));
  out[0] = t;
  out[1] = fmix32(h ^ 0x1b873593);
  out[2] = fmix32(out[1] ^ 0xcc9e2d51);
  out[3] = fmix32(out[2] ^ 0xe6546b64);
  return out;
}

/**
 * First mixing round of customer c for a tick: the same for every stream key of that (seed, tick).
 * Signed 32 bits (only ever used through bit operations): a small integer in V8, so passing it to a
 * function V8 does not inline allocates nothing, where an unsigned value above 2^31 is boxed.
 */
export function customerHash(key: StreamKey, customer: number): number {
  return fmix32((customer | 0) ^ key[0]) | 0;
}

/** The slot's salt, shared by both lanes of a draw. */
function slotSalt(slot: number): number {
  return Math.imul((slot | 0) + 1, 0x9e3779b1);
}

/** Lane a of a draw (unsigned 32 bits): the high bits of the uniform. */
function laneA(key: StreamKey, hc: number, salt: number): number {
  return fmix32(hc ^ key[1] ^ salt);
}

/**
 * Lane b of a draw (32 bits, signed), independent of lane a. Every use takes its bits (>>> 6, & 127), which
 * the sign does not change; signed, it is a small integer for V8, so a caller that does not inline laneB
 * (poissonH in drawPurchaseCount) gets no boxed number back, where an unsigned value above 2^31 was one.
 */
function laneB(key: StreamKey, hc: number, salt: number): number {
  return fmix32(((hc ^ key[2]) + Math.imul(salt ^ key[3], 0x85ebca6b)) | 0) | 0;
}

/**
 * Uniform double in [0, 1) from a customer hash (customerHash with any key of the same seed and
 * tick), the stream key and a raw slot: two independent lanes of one more round each give 53 bits.
 */
export function uniformFromHash(key: StreamKey, hc: number, slot: number): number {
  const s = slotSalt(slot);
  return ((laneA(key, hc, s) >>> 5) * 67108864 + (laneB(key, hc, s) >>> 6)) * 1.1102230246251565e-16; // 2^-53
}

/** 2^-27: the weight of the first lane's 27 bits in a uniform. */
export const LANE_A_STEP = 7.450580596923828e-9;

/**
 * The first lane of draw index d (27 bits, a small integer): uniformH(key, hc, d) lies in [a 2^-27, (a + 1) 2^-27).
 * uniformBelowH(key, hc, d, p) is false when p <= a 2^-27, and poissonH(key, hc, d, mean) is 0 when mean > 0 and
 * 1 - mean >= (a + 1) 2^-27 (the tests they make first): a hot loop can settle those common answers from this lane
 * and call them otherwise (they compute it again; the same answers).
 */
export function firstLane(key: StreamKey, hc: number, d: number): number {
  return laneA(key, hc, slotSalt(d * SLOTS_PER_DRAW)) >>> 5;
}

/**
 * uniformFromHash(key, hc, slot) < p, usually from the first lane alone: the 27 bits of lane a place
 * u in [a 2^-27, (a + 1) 2^-27), so the second lane is computed only when p falls in that interval
 * (probability 2^-27). Exactly the same answer as the comparison with the full uniform.
 */
export function uniformBelowFromHash(key: StreamKey, hc: number, slot: number, p: number): boolean {
  const lo = (laneA(key, hc, slotSalt(slot)) >>> 5) * LANE_A_STEP;
  if (p <= lo) return false;
  if (p >= lo + LANE_A_STEP) return true;
  return uniformFromHash(key, hc, slot) < p;
}

/**
 * The index of the first entry of the increasing `cumulative` (its last entry 1) above uniformH(key, hc, d),
 * the last index at most: `let k = 0; while (k < last && u >= cumulative[k]) k++` with u = uniformH(key, hc, d),
 * usually from the first lane alone (the second is computed only when an entry falls inside the first
 * lane's interval, probability about 2^-27 per entry), and no draw at all for a single entry.
 */
export function pickCumulativeH(key: StreamKey, hc: number, d: number, cumulative: Float64Array): number {
  const last = cumulative.length - 1;
  if (last <= 0) return 0;
  const salt = slotSalt(d * SLOTS_PER_DRAW);
  const a = laneA(key, hc, salt) >>> 5;
  const lo = a * LANE_A_STEP;
  // every entry at or below lo is at or below u; the first one above lo is above u unless it is below lo + step
  let k = 0;
  while (k < last && cumulative[k] <= lo) k++;
  if (k === last || cumulative[k] >= lo + LANE_A_STEP) return k;
  const u = (a * 67108864 + (laneB(key, hc, salt) >>> 6)) * 1.1102230246251565e-16;
  while (k < last && u >= cumulative[k]) k++;
  return k;
}

/** Top bits of the first lane (27 bits) that index a cumulativeTable. */
const PICK_TABLE_BITS = 10;
const PICK_TABLE_SHIFT = 27 - PICK_TABLE_BITS;

/**
 * The answers of pickCumulativeH(key, hc, d, cumulative) known from the first lane's top PICK_TABLE_BITS bits:
 * entry b is the index returned for every first lane a with a >>> PICK_TABLE_SHIFT === b, when the first loop
 * of pickCumulativeH stops at the same index for all of them and the second lane is never needed, -1
 * otherwise (an entry in the bucket's interval, or close above it). The first loop's index is monotone in a,
 * and the test against lo + LANE_A_STEP is hardest for the bucket's last a, so the two ends decide.
 */
export function cumulativeTable(cumulative: Float64Array): Int16Array {
  const table = new Int16Array(1 << PICK_TABLE_BITS).fill(-1);
  const last = cumulative.length - 1;
  if (last <= 0 || last > 32767) return table;
  const firstAbove = (lo: number): number => {
    let k = 0;
    while (k < last && cumulative[k] <= lo) k++;
    return k;
  };
  for (let b = 0; b < table.length; b++) {
    const loFirst = (b << PICK_TABLE_SHIFT) * LANE_A_STEP;
    const loLast = (((b + 1) << PICK_TABLE_SHIFT) - 1) * LANE_A_STEP;
    const k = firstAbove(loFirst);
    if (k === firstAbove(loLast) && (k === last || cumulative[k] >= loLast + LANE_A_STEP)) table[b] = k;
  }
  return table;
}

/**
 * pickCumulativeH(key, hc, d, cumulative), from `table` = cumulativeTable(cumulative) when the first lane's
 * bucket decides (no scan of the entries, no branch on the drawn value); the same index always.
 */
export function pickCumulativeT(key: StreamKey, hc: number, d: number, cumulative: Float64Array, table: Int16Array): number {
  const last = cumulative.length - 1;
  if (last <= 0) return 0;
  const salt = slotSalt(d * SLOTS_PER_DRAW);
  const a = laneA(key, hc, salt) >>> 5;
  const known = table[a >>> PICK_TABLE_SHIFT];
  // an undecided bucket (about one in the table): the full draw, which hashes the same first lane again
  return known >= 0 ? known : pickCumulativeH(key, hc, d, cumulative);
}

/**
 * poissonFromUniform(mean, uniformH(key, hc, d)), with its shortcut (u < 1 - mean gives 0) decided on the
 * first lane in general, as uniformBelowH would, and the first lane computed once.
 */
export function poissonH(key: StreamKey, hc: number, d: number, mean: number): number {
  if (!(mean > 0)) return 0;
  const salt = slotSalt(d * SLOTS_PER_DRAW);
  const a = laneA(key, hc, salt) >>> 5;
  // u is in [a 2^-27, (a + 1) 2^-27): below 1 - mean for sure when that interval is
  if (1 - mean >= (a + 1) * LANE_A_STEP) return 0;
  return poissonFromUniform(mean, (a * 67108864 + (laneB(key, hc, salt) >>> 6)) * 1.1102230246251565e-16);
}

/** Whether poissonH(key, hc, d, mean) is 0 by its shortcut, from the first lane (the answer of most customers of an occasional shop). */
export function poissonZeroH(key: StreamKey, hc: number, d: number, mean: number): boolean {
  return mean > 0 && 1 - mean >= (firstLane(key, hc, d) + 1) * LANE_A_STEP;
}

/** uniformH(key, hc, d) < p (see uniformBelowFromHash). */
export function uniformBelowH(key: StreamKey, hc: number, d: number, p: number): boolean {
  return uniformBelowFromHash(key, hc, d * SLOTS_PER_DRAW, p);
}

/** Uniform double in [0, 1) for (key, customer, raw slot). The core of every draw. */
export function uniformSlot(key: StreamKey, customer: number, slot: number): number {
  return uniformFromHash(key, customerHash(key, customer), slot);
}

/** Uniform for draw index d from a precomputed customer hash (hot loops: one hash per customer per tick). */
export function uniformH(key: StreamKey, hc: number, d: number): number {
  return uniformFromHash(key, hc, d * SLOTS_PER_DRAW);
}

/** Uniform double in [0, 1) for draw index d. */
export function uniform(key: StreamKey, customer: number, d: number): number {
  return uniformSlot(key, customer, d * SLOTS_PER_DRAW);
}

/** Convenience (slower): u = H(seed, customer, tick, stream, d) without a precomputed key. */
const scratchKey = new Uint32Array(4);
export function uniformAt(seed: number, customer: number, tick: number, stream: number, d: number): number {
  return uniform(streamKey(seed, tick, stream, scratchKey), customer, d);
}

/** Standard normal by Box-Muller (one value, two uniforms of sub-slots base, base + 1). */
function normalSlot(key: StreamKey, customer: number, base: number): number {
  return normalFromHash(key, customerHash(key, customer), base);
}

/** normalSlot from a precomputed customer hash (the same draws). */
function normalFromHash(key: StreamKey, hc: number, base: number): number {
  const u1 = 1 - uniformFromHash(key, hc, base); // (0, 1]
  const u2 = uniformFromHash(key, hc, base + 1);
  return sqrt(-2 * log(u1)) * cosTurn(u2);
}

/** Standard normal draw. */
export function normal(key: StreamKey, customer: number, d: number): number {
  return normalSlot(key, customer, d * SLOTS_PER_DRAW);
}

/** Maximum rejection rounds of Marsaglia-Tsang before falling back to the mean (probability ~0). */
const GAMMA_MAX_ROUNDS = 100;

// 1 / sqrt(9 d) of the last eight Marsaglia-Tsang d: baskets use one shape, and a recruit five in a row
// (purchase rate, the two of the dropout Beta, basket scale, then its first basket): with four entries
// replaced in turn, every one of the five missed and recomputed a square root (Newton).
const MT_CACHE = 8;
const cachedDd = new Float64Array(MT_CACHE).fill(NaN);
const cachedC = new Float64Array(MT_CACHE);
let cacheNext = 0;

/** 1 / sqrt(9 dd), from the cache when dd is one of the last eight. */
let cacheHit = 0;
function mtC(dd: number): number {
  // the basket shape repeats for thousands of draws in a row: the last hit is checked first
  if (cachedDd[cacheHit] === dd) return cachedC[cacheHit];
  for (let k = 0; k < MT_CACHE; k++)
    if (cachedDd[k] === dd) {
      cacheHit = k;
      return cachedC[k];
    }
  const c = 1 / sqrt(9 * dd);
  cacheHit = cacheNext;
  cachedDd[cacheNext] = dd;
  cachedC[cacheNext] = c;
  cacheNext = (cacheNext + 1) & (MT_CACHE - 1);
  return c;
}

/** Gamma(shape, scale = 1) by Marsaglia-Tsang, using sub-slots from `base` (at most 3 * rounds + 1). */
function gammaSlot(key: StreamKey, customer: number, shape: number, base: number): number {
  return gammaFromHash(key, customerHash(key, customer), shape, base);
}

/** gammaSlot from a precomputed customer hash (the same draws). */
function gammaFromHash(key: StreamKey, hc: number, shape: number, base: number): number {
  let boost = 1;
  let a = shape;
  if (a < 1) {
    // Gamma(a) = Gamma(a + 1) * U^(1/a)
    const u = 1 - uniformFromHash(key, hc, base);
    boost = pow(u, 1 / a);
    a += 1;
  }
  const dd = a - 1 / 3;
  const c = mtC(dd);
  for (let round = 0; round < GAMMA_MAX_ROUNDS; round++) {
    const slot = base + 1 + 3 * round;
    const x = normalFromHash(key, hc, slot);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = uniformFromHash(key, hc, slot + 2);
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return dd * v * boost;
    if (log(u) < 0.5 * x2 + dd * (1 - v + log(v))) return dd * v * boost;
  }
  return shape;
}

/** Gamma(shape, scale) draw. */
export function gamma(key: StreamKey, customer: number, d: number, shape: number, scale: number): number {
  return gammaSlot(key, customer, shape, d * SLOTS_PER_DRAW) * scale;
}

/** gamma(key, customer, d, shape, scale) from the customer's hash (customerHash with any key of the tick). */
export function gammaH(key: StreamKey, hc: number, d: number, shape: number, scale: number): number {
  return gammaFromHash(key, hc, shape, d * SLOTS_PER_DRAW) * scale;
}

/*
 * Baskets: the same Gamma distribution from a cheaper normal. Marsaglia-Tsang needs one standard
 * normal per round; Box-Muller costs a log, a square root and a cosine. The ziggurat (Marsaglia &
 * Tsang 2000, 128 layers) gives an exact normal from one slot in about 99 % of draws: lane a is the
 * signed 32-bit value, lane b picks the layer (separate bits, unlike the original, where the layer
 * bits are also value bits). A value outside its layer's rectangle is checked against the density
 * (wedge, one more uniform and an exp) or drawn from the tail beyond R (two logs a try); a rejected
 * attempt starts again from a fresh slot. Exact up to the cut-offs below (tail: eight tries, then R;
 * probability below 1e-12 a normal), checked against the Gamma CDF in rng.test.ts.
 */
const ZIG_R = 3.442619855899;
const ZIG_V = 9.91256303526217e-3;
const ZIG_K = new Float64Array(128);
const ZIG_W = new Float64Array(128);
const ZIG_F = new Float64Array(128);
{
  const m1 = 2147483648; // 2^31
  let dn = ZIG_R;
  let tn = dn;
  const q = ZIG_V / exp(-0.5 * dn * dn);
  ZIG_K[0] = Math.floor((dn / q) * m1);
  ZIG_K[1] = 0;
  ZIG_W[0] = q / m1;
  ZIG_W[127] = dn / m1;
  ZIG_F[0] = 1;
  ZIG_F[127] = exp(-0.5 * dn * dn);
  for (let i = 126; i >= 1; i--) {
    dn = sqrt(-2 * log(ZIG_V / dn + exp(-0.5 * dn * dn)));
    ZIG_K[i + 1] = Math.floor((dn / tn) * m1);
    tn = dn;
    ZIG_F[i] = exp(-0.5 * dn * dn);
    ZIG_W[i] = dn / m1;
  }
}
/** Fresh ziggurat attempts before a Box-Muller normal (an attempt is rejected ~1 % of the time). */
const ZIG_ATTEMPTS = 2;
/** Tries of the tail sampler before returning R. */
const ZIG_TAIL_TRIES = 8;
/** Slots of one attempt: layer and value, then the wedge uniform or the tail's uniform pairs. */
const ZIG_SLOTS = 1 + 2 * ZIG_TAIL_TRIES;
/** Slots of one normal: the attempts, then Box-Muller's two. */
const ZIG_NORMAL_SLOTS = ZIG_ATTEMPTS * ZIG_SLOTS + 2;

/** Tail of the ziggurat's base layer: |x| > R, by Marsaglia's exponential rejection. */
function zigguratTail(key: StreamKey, hc: number, slot: number, negative: boolean): number {
  for (let k = 0; k < ZIG_TAIL_TRIES; k++) {
    const x = -log(1 - uniformFromHash(key, hc, slot + 2 * k)) / ZIG_R;
    const y = -log(1 - uniformFromHash(key, hc, slot + 2 * k + 1));
    if (y + y >= x * x) return negative ? -ZIG_R - x : ZIG_R + x;
  }
  return negative ? -ZIG_R : ZIG_R;
}

/** Standard normal by the ziggurat, using the sub-slots [base, base + ZIG_NORMAL_SLOTS). */
function zigguratNormal(key: StreamKey, hc: number, base: number): number {
  for (let t = 0; t < ZIG_ATTEMPTS; t++) {
    const z = base + t * ZIG_SLOTS;
    const s = slotSalt(z);
    const hz = laneA(key, hc, s) | 0; // signed
    const iz = laneB(key, hc, s) & 127;
    const x = hz * ZIG_W[iz];
    if ((hz < 0 ? -hz : hz) < ZIG_K[iz]) return x;
    // unary + on the rare paths' calls: a number for V8, so the returns of this function (inlined in
    // gammaZigguratUnitTo) merge as raw doubles; a plain call result made the merge a tagged value, and
    // V8 boxed the common x, one heap number per basket (the same value: + of a number is itself)
    if (iz === 0) return +zigguratTail(key, hc, z + 1, hz < 0);
    if (ZIG_F[iz] + uniformFromHash(key, hc, z + 1) * (ZIG_F[iz - 1] - ZIG_F[iz]) < exp(-0.5 * x * x)) return x;
  }
  return +normalFromHash(key, hc, base + ZIG_ATTEMPTS * ZIG_SLOTS);
}

/** Standard normal of draw index d by the ziggurat (the normal of gammaZigguratH; exported for the tests). */
export function zigguratNormalH(key: StreamKey, hc: number, d: number): number {
  return zigguratNormal(key, hc, d * SLOTS_PER_DRAW);
}

/** Slots of one Marsaglia-Tsang round of gammaZigguratH: the normal, then the acceptance uniform. */
const ZIG_GAMMA_ROUND_SLOTS = ZIG_NORMAL_SLOTS + 1;
/** Rounds (acceptance >= 95 % a round for shape >= 1): 1 + 20 x 37 slots fit in SLOTS_PER_DRAW. */
const ZIG_GAMMA_MAX_ROUNDS = 20;

/**
 * Gamma(shape, scale) like gammaH (same distribution, other numbers), with ziggurat normals, and the
 * squeeze test decided on the acceptance uniform's first lane in general (uniformBelowFromHash).
 */
export function gammaZigguratH(key: StreamKey, hc: number, d: number, shape: number, scale: number): number {
  gammaZigguratUnitTo(key, hc, d, shape);
  return gammaOut[0] * scale;
}

/** Where gammaZigguratUnitTo writes its draw. */
export const gammaOut = new Float64Array(1);

/**
 * gammaZigguratH without the scale, written to gammaOut[0]: gammaZigguratH(key, hc, d, shape, scale) is
 * exactly gammaOut[0] * scale (the same products in the same order). The hot caller (recordPurchases)
 * multiplies by the scale itself and reads the draw from gammaOut: V8 does not inline this function, and
 * a double passed to it or returned by it is boxed (a heap number per basket and per double).
 */
export function gammaZigguratUnitTo(key: StreamKey, hc: number, d: number, shape: number): void {
  const base = d * SLOTS_PER_DRAW;
  let boost = 1;
  let a = shape;
  if (a < 1) {
    boost = pow(1 - uniformFromHash(key, hc, base), 1 / a);
    a += 1;
  }
  const dd = a - 1 / 3;
  const c = mtC(dd);
  for (let round = 0; round < ZIG_GAMMA_MAX_ROUNDS; round++) {
    const slot = base + 1 + round * ZIG_GAMMA_ROUND_SLOTS;
    const x = zigguratNormal(key, hc, slot);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const uSlot = slot + ZIG_NORMAL_SLOTS;
    const x2 = x * x;
    if (uniformBelowFromHash(key, hc, uSlot, 1 - 0.0331 * x2 * x2)) {
      gammaOut[0] = dd * v * boost;
      return;
    }
    if (log(uniformFromHash(key, hc, uSlot)) < 0.5 * x2 + dd * (1 - v + log(v))) {
      gammaOut[0] = dd * v * boost;
      return;
    }
  }
  gammaOut[0] = shape;
}

/** The Marsaglia-Tsang constant c = 1 / sqrt(9 dd) of gammaZigguratUnitTo for dd = shape - 1 / 3 (shape >= 1). */
export function gammaZigguratC(dd: number): number {
  return mtC(dd);
}

/**
 * gammaZigguratUnitTo's common case, small enough to be inlined in a loop over baskets: for shape >= 1 (no
 * boost), dd = shape - 1 / 3 and c = gammaZigguratC(dd), when the first round's normal is its first
 * ziggurat attempt's rectangle value and the squeeze accepts it on the first lane (most draws), writes the
 * same value to gammaOut[0] (dd * v * boost with boost 1: dd * v) and returns true; otherwise false, and the
 * caller calls gammaZigguratUnitTo, which draws the same slots again from the start.
 */
export function gammaZigguratQuick(key: StreamKey, hc: number, d: number, dd: number, c: number): boolean {
  const slot = d * SLOTS_PER_DRAW + 1;
  const s = slotSalt(slot);
  const hz = laneA(key, hc, s) | 0;
  const iz = laneB(key, hc, s) & 127;
  if ((hz < 0 ? -hz : hz) >= ZIG_K[iz]) return false;
  const x = hz * ZIG_W[iz];
  let v = 1 + c * x;
  if (v <= 0) return false;
  v = v * v * v;
  const x2 = x * x;
  // uniformBelowFromHash(key, hc, uSlot, 1 - 0.0331 x2^2) answered true on its first lane
  if (1 - 0.0331 * x2 * x2 < (laneA(key, hc, slotSalt(slot + ZIG_NORMAL_SLOTS)) >>> 5) * LANE_A_STEP + LANE_A_STEP) return false;
  gammaOut[0] = dd * v;
  return true;
}

/** Beta(a, b) draw as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b) on disjoint sub-slots. */
export function beta(key: StreamKey, customer: number, d: number, a: number, b: number): number {
  const base = d * SLOTS_PER_DRAW;
  const x = gammaSlot(key, customer, a, base);
  const y = gammaSlot(key, customer, b, base + SLOTS_PER_DRAW / 2);
  const s = x + y;
  return s > 0 ? x / s : a / (a + b);
}

/** Above this mean, Poisson uses a rounded normal approximation instead of inversion. */
const POISSON_INVERSION_MAX_MEAN = 30;
/** Hard bound on the inversion loop. */
const POISSON_MAX_COUNT = 200;

/**
 * Margin of the k = 0 shortcut of poissonFromUniform: where the bound is positive (mean < 1.6) its rounding
 * error is below 1e-15, and exp's below 2.3e-16; elsewhere u never falls below it.
 */
const POISSON_BOUND_MARGIN = 1e-13;

/*
 * Inversion without exp (poissonFromUniform): exp(-mean) lies between two cheap bounds, exp(-j / 64) (a
 * table, detMath's exp) times the series of exp(-d), d = mean - j / 64 in [0, 1/64) (exact, Sterbenz),
 * cut after d^2 (above) and after d^3 (below), each widened by POISSON_BOUND_MARGIN (far above the
 * rounding errors of the bounds and of exp). The inversion's products and sums, run from both bounds,
 * bound each cumulative probability it would compute from exp(-mean) (IEEE rounding is monotone, every
 * term positive): u below the lower one stops it there, u above the upper one goes on, and only u between
 * the two (width below 7e-7) needs exp. The same count as the plain inversion.
 */
const POISSON_GRID = 64;
const POISSON_GRID_MAX_MEAN = 4;
const EXP_NEG_GRID = Float64Array.from({ length: POISSON_GRID_MAX_MEAN * POISSON_GRID + 1 }, (_, j) => exp(-j / POISSON_GRID));
/** Counts the bounded inversion follows before leaving it to the plain one (far beyond a mean below 4). */
const POISSON_GRID_MAX_COUNT = 40;

/** Poisson(mean) by inversion of one uniform u (exported so hot loops can pass their own u). */
export function poissonFromUniform(mean: number, u: number): number {
  if (!(mean > 0)) return 0;
  // exp(-mean) >= 1 - mean: most draws of a small mean are settled without computing exp
  if (u < 1 - mean) return 0;
  // exp(-mean) >= 1 - mean + mean^2 / 2 - mean^3 / 6 (the next term of the series is positive): a u below
  // that bound, less a margin far above the rounding errors of the bound and of exp, gives 0 without exp
  if (u < 1 - mean + mean * mean * (0.5 - mean / 6) - POISSON_BOUND_MARGIN) return 0;
  if (mean < POISSON_GRID_MAX_MEAN) {
    const j = (mean * POISSON_GRID) | 0;
    const d = mean - j / POISSON_GRID;
    const e0 = EXP_NEG_GRID[j];
    const above = 1 - d + d * d * 0.5;
    let pLo = e0 * (above - (d * d * d) / 6) - POISSON_BOUND_MARGIN;
    let pHi = e0 * above + POISSON_BOUND_MARGIN;
    let cdfLo = pLo;
    let cdfHi = pHi;
    let k = 0;
    for (;;) {
      if (u < cdfLo) return k;
      if (u < cdfHi || k === POISSON_GRID_MAX_COUNT) break;
      k++;
      const r = mean / k;
      pLo *= r;
      pHi *= r;
      cdfLo += pLo;
      cdfHi += pHi;
    }
  }
  let p = exp(-mean);
  let cdf = p;
  let k = 0;
  while (u >= cdf && k < POISSON_MAX_COUNT) {
    k++;
    p *= mean / k;
    cdf += p;
    if (p === 0) break;
  }
  return k;
}

/** Poisson(mean) draw. */
export function poisson(key: StreamKey, customer: number, d: number, mean: number): number {
  if (mean > POISSON_INVERSION_MAX_MEAN) {
    const z = normalSlot(key, customer, d * SLOTS_PER_DRAW);
    const k = Math.floor(mean + sqrt(mean) * z + 0.5);
    return k < 0 ? 0 : k;
  }
  return poissonFromUniform(mean, uniform(key, customer, d));
}
