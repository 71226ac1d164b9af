/**
 * Deterministic transcendental functions for the engine.
 *
 * Math.exp, Math.log, Math.pow (and in principle Math.sqrt) may differ in the last bit between
 * JavaScript engines. The engine must give bit-identical results everywhere, so it computes them
 * here with only + - * / (which IEEE 754 rounds exactly) and integer bit manipulation of the
 * doubles. Math.floor/abs/min/max/trunc are exact and allowed.
 *
 * exp and log follow the classic fdlibm / musl algorithms (range reduction + minimax polynomial,
 * error < 1 ulp); sqrt is Newton's method from a bit-level first guess; lgamma is Lanczos (g = 7,
 * 9 terms) on top of our own log. Everything is defined for the ranges the engine uses; special
 * values (NaN, ±Infinity, 0) follow Math.* conventions.
 */

import { F64, HI, U32 } from './detBits.ts';

// sqrt lives in detSqrt.ts (the page's cost forecast needs it alone, without the rest of this file)
export { sqrt } from './detSqrt.ts';

/** 2^k for integer k in [-1022, 1023], built by exact doubling/halving. */
const POW2 = new Float64Array(2046);
{
  POW2[1022] = 1;
  for (let k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
  for (let k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k] / 2;
}

/** y * 2^k, exact unless the result under/overflows (like C's scalbn). */
export function scalbn(y: number, k: number): number {
  if (k > 1023) {
    y *= POW2[2045];
    k -= 1023;
    if (k > 1023) {
      y *= POW2[2045];
      k -= 1023;
      if (k > 1023) k = 1023;
    }
  } else if (k < -1022) {
    // 2^-1022 * 2^53: keep precision until the last multiplication
    y *= POW2[0] * 9007199254740992;
    k += 1022 - 53;
    if (k < -1022) {
      y *= POW2[0] * 9007199254740992;
      k += 1022 - 53;
      if (k < -1022) k = -1022;
    }
  }
  return y * POW2[1022 + k];
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const EXP_P1 = 1.66666666666666019037e-1;
const EXP_P2 = -2.77777777770155933842e-3;
const EXP_P3 = 6.61375632143793436117e-5;
const EXP_P4 = -1.6533902205465251539e-6;
const EXP_P5 = 4.13813679705723846039e-8;
const HALF_LN2 = 0.34657359027997264;
const EXP_OVERFLOW = 709.782712893383973096;
const EXP_UNDERFLOW = -745.13321910194110842;

/** e^x (fdlibm algorithm). */
export function exp(x: number): number {
  if (x !== x) return x;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = x < 0 ? -x : x;
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax > HALF_LN2) {
    // |x| > ln2 / 2: reduce x = k ln2 + r
    if (ax < 1.5 * (LN2_HI + LN2_LO)) k = x < 0 ? -1 : 1;
    else k = (INV_LN2 * x + (x < 0 ? -0.5 : 0.5)) | 0;
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  } else if (ax > 3.725290298461914e-9) {
    hi = x;
  } else {
    return 1 + x;
  }
  const xx = x * x;
  const c = x - xx * (EXP_P1 + xx * (EXP_P2 + xx * (EXP_P3 + xx * (EXP_P4 + xx * EXP_P5))));
  const y = 1 + ((x * c) / (2 - c) - lo + hi);
  return k === 0 ? y : scalbn(y, k);
}

const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** Natural logarithm (fdlibm / musl algorithm). */
export function log(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k -= 54;
    x *= 18014398509481984; // 2^54: normalise subnormals
  }
  F64[0] = x;
  let hx = U32[HI];
  hx += 0x3ff00000 - 0x3fe6a09e;
  k += (hx >>> 20) - 0x3ff;
  hx = (hx & 0x000fffff) + 0x3fe6a09e;
  U32[HI] = hx;
  const m = F64[0]; // in [sqrt(2)/2, sqrt(2))
  const f = m - 1;
  const hfsq = 0.5 * f * f;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  return s * (hfsq + r) + k * LN2_LO - hfsq + f + k * LN2_HI;
}

/** log(1 + x), accurate for small x (Goldberg's correction). */
export function log1p(x: number): number {
  const u = 1 + x;
  if (u === 1) return x;
  if (u === Infinity) return Infinity;
  return (log(u) * x) / (u - 1);
}

/** e^x - 1, accurate for small x (Kahan's correction). */
export function expm1(x: number): number {
  if (x !== x) return x;
  const ax = x < 0 ? -x : x;
  if (ax > 0.5) return exp(x) - 1;
  const u = exp(x);
  if (u === 1) return x;
  const um1 = u - 1;
  if (um1 === -1) return -1;
  return (um1 * x) / log(u);
}

/** x^y for x > 0 (and the usual trivial cases). Computed as exp(y log x). */
export function pow(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  if (x === 0) return y > 0 ? 0 : Infinity;
  if (x < 0) {
    const yi = Math.trunc(y);
    if (yi !== y) return NaN;
    const r = exp(y * log(-x));
    return yi % 2 !== 0 ? -r : r;
  }
  return exp(y * log(x));
}

const LANCZOS_G = 7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/** log Γ(x) for x > 0 (Lanczos, g = 7). NaN for x <= 0. */
export function lgamma(x: number): number {
  if (x !== x || x <= 0) return NaN;
  if (x === Infinity) return Infinity;
  if (x < 0.5) return lgamma(x + 1) - log(x);
  const xm1 = x - 1;
  let a = LANCZOS[0];
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (xm1 + i);
  const t = xm1 + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (xm1 + 0.5) * log(t) - t + log(a);
}

const TWO_PI = 6.283185307179586;

/** cos(2 pi u): angle given in turns, so no large-argument reduction is ever needed. */
export function cosTurn(u: number): number {
  // reduce to [0, 1)
  u -= Math.floor(u);
  // quarter-turn symmetry: cos(2 pi u) with v in [-1/8, 1/8] around the nearest quarter
  const q = Math.floor(u * 4 + 0.5); // 0..4
  const v = u - q * 0.25;
  const t = v * TWO_PI;
  switch (q & 3) {
    case 0:
      return cosPoly(t);
    case 1:
      return -sinPoly(t);
    case 2:
      return -cosPoly(t);
    default:
      return sinPoly(t);
  }
}

/** sin(2 pi u), angle in turns. */
export function sinTurn(u: number): number {
  return cosTurn(u - 0.25);
}

// Taylor series on |t| <= pi/4: terms through t^18 / t^17 give < 1e-17 truncation error.
function cosPoly(t: number): number {
  const z = t * t;
  return (
    1 +
    z *
      (-1 / 2 +
        z *
          (1 / 24 +
            z *
              (-1 / 720 + z * (1 / 40320 + z * (-1 / 3628800 + z * (1 / 479001600 + z * (-1 / 87178291200 + z * (1 / 20922789888000))))))))
  );
}

function sinPoly(t: number): number {
  const z = t * t;
  return (
    t +
    t *
      z *
      (-1 / 6 +
        z *
          (1 / 120 +
            z *
              (-1 / 5040 +
                z * (1 / 362880 + z * (-1 / 39916800 + z * (1 / 6227020800 + z * (-1 / 1307674368000 + z * (1 / 355687428096000))))))))
  );
}

/** x^k for a non-negative integer k by repeated squaring (exact operations only). */
export function powInt(x: number, k: number): number {
  let result = 1;
  let base = x;
  let e = k;
  while (e > 0) {
    if (e & 1) result *= base;
    base *= base;
    e >>= 1;
  }
  return result;
}
