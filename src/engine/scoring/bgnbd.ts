/**
 * BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): purchase rate
 * lambda ~ Gamma(r, alpha), dropout after each purchase with probability p ~ Beta(a, b).
 * Log-likelihood of a customer base summarised as (x, t_x, T), maximum-likelihood fit (Nelder-Mead on
 * the logarithms of the four parameters), probability of being alive and conditional expected
 * purchases. All transcendental functions come from ../detMath.ts, so results are the same everywhere.
 */
import { exp, lgamma, log, log1p } from '../detMath.ts';
import { hyp2f1 } from './hypergeometric.ts';
import { nelderMead } from './nelderMead.ts';

export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgnbdFit extends BgnbdParams {
  logLikelihood: number;
  /** Customers used in the fit. */
  customers: number;
  evaluations: number;
}

/** Repeat purchases x, time of last purchase t_x and age T per customer (same time unit). */
export interface BgnbdData {
  n: number;
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

/**
 * Customers with the same (x, t_x, T) grouped with a weight, and the distinct values of x, t_x and T
 * listed once: each likelihood evaluation computes the lgamma and log terms per distinct value, so
 * the per-group work is one exp and one log (none for x = 0).
 */
interface Compressed {
  xValues: number[];
  txValues: number[];
  TValues: number[];
  xOf: Int32Array;
  txOf: Int32Array;
  TOf: Int32Array;
  weight: Float64Array;
  // scratch per evaluation
  common: Float64Array;
  alive: Float64Array;
  logTx: Float64Array;
  logT: Float64Array;
}

function indexOfValue(map: Map<number, number>, values: number[], v: number): number {
  let k = map.get(v);
  if (k === undefined) {
    k = values.length;
    map.set(v, k);
    values.push(v);
  }
  return k;
}

function compress(data: BgnbdData): Compressed {
  const groups = new Map<string, number>();
  const xValues: number[] = [];
  const txValues: number[] = [];
  const TValues: number[] = [];
  const xMap = new Map<number, number>();
  const txMap = new Map<number, number>();
  const TMap = new Map<number, number>();
  const xOf: number[] = [];
  const txOf: number[] = [];
  const TOf: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < data.n; i++) {
    const x = data.x[i];
    const tx = x > 0 ? data.tx[i] : 0; // t_x plays no part when x = 0
    const key = `${x}|${tx}|${data.T[i]}`;
    const g = groups.get(key);
    if (g !== undefined) {
      weight[g]++;
      continue;
    }
    groups.set(key, weight.length);
    xOf.push(indexOfValue(xMap, xValues, x));
    txOf.push(indexOfValue(txMap, txValues, tx));
    TOf.push(indexOfValue(TMap, TValues, data.T[i]));
    weight.push(1);
  }
  return {
    xValues,
    txValues,
    TValues,
    xOf: Int32Array.from(xOf),
    txOf: Int32Array.from(txOf),
    TOf: Int32Array.from(TOf),
    weight: Float64Array.from(weight),
    common: new Float64Array(xValues.length),
    alive: new Float64Array(xValues.length),
    logTx: new Float64Array(txValues.length),
    logT: new Float64Array(TValues.length),
  };
}

function compressedLogLikelihood(p: BgnbdParams, c: Compressed): number {
  const { r, alpha, a, b } = p;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const { common, alive, logTx, logT, xValues } = c;
  const lgR = lgamma(r);
  const rLogAlpha = r * log(alpha);
  const lgAB = lgamma(a + b);
  const lgB = lgamma(b);
  const logA = log(a);
  for (let k = 0; k < xValues.length; k++) {
    const x = xValues[k];
    // A1 + A2 of FHL 2005: the terms depending on x only
    common[k] = lgamma(r + x) - lgR + rLogAlpha + lgAB + lgamma(b + x) - lgB - lgamma(a + b + x);
    alive[k] = x > 0 ? logA - log(b + x - 1) : 0;
  }
  for (let k = 0; k < c.txValues.length; k++) logTx[k] = log(alpha + c.txValues[k]);
  for (let k = 0; k < c.TValues.length; k++) logT[k] = log(alpha + c.TValues[k]);
  return sumGroups(c, r);
}

/** log(e^u + e^v) without overflow. */
function logAddExp(u: number, v: number): number {
  return u > v ? u + log1p(exp(v - u)) : v + log1p(exp(u - v));
}

function sumGroups(c: Compressed, r: number): number {
  const { xValues, xOf, txOf, TOf, weight, common, alive, logTx, logT } = c;
  let total = 0;
  for (let i = 0; i < weight.length; i++) {
    const k = xOf[i];
    const rx = r + xValues[k];
    const a3 = -rx * logT[TOf[i]];
    const ll = xValues[k] > 0 ? logAddExp(a3, alive[k] - rx * logTx[txOf[i]]) : a3;
    total += weight[i] * (common[k] + ll);
  }
  return total;
}

/** Total log-likelihood of the data under the parameters. */
export function bgnbdLogLikelihood(params: BgnbdParams, data: BgnbdData): number {
  return compressedLogLikelihood(params, compress(data));
}

/** Maximum-likelihood fit, started from r = alpha = a = b = 1. */
export function fitBgnbd(data: BgnbdData): BgnbdFit {
  const c = compress(data);
  const fromLog = (t: number[]): BgnbdParams => ({ r: exp(t[0]), alpha: exp(t[1]), a: exp(t[2]), b: exp(t[3]) });
  const n = data.n > 0 ? data.n : 1;
  const result = nelderMead((t) => -compressedLogLikelihood(fromLog(t), c) / n, [0, 0, 0, 0], {
    step: 0.5,
    tolerance: 1e-12,
    maxEvaluations: 8000,
  });
  const best = fromLog(result.x);
  return { ...best, logLikelihood: compressedLogLikelihood(best, c), customers: data.n, evaluations: result.evaluations };
}

/** log of a/(b + x - 1) * ((alpha + T)/(alpha + t_x))^(r + x), the odds of having dropped out (x > 0). */
function logDropoutOdds(p: BgnbdParams, x: number, tx: number, T: number): number {
  return log(p.a) - log(p.b + x - 1) + (p.r + x) * (log(p.alpha + T) - log(p.alpha + tx));
}

/** P(alive | x, t_x, T) = 1 / (1 + [x > 0] a/(b + x - 1) ((alpha + T)/(alpha + t_x))^(r + x)). */
export function pAlive(p: BgnbdParams, x: number, tx: number, T: number): number {
  if (x <= 0) return 1;
  return 1 / (1 + exp(logDropoutOdds(p, x, tx, T)));
}

/** E[purchases in (T, T + t] | x, t_x, T] (FHL 2005, eq. 10). */
export function expectedPurchases(p: BgnbdParams, t: number, x: number, tx: number, T: number): number {
  if (t <= 0) return 0;
  ONE_TIME[0] = t;
  expectedPurchasesCurve(p, ONE_TIME, x, tx, T, ONE_RESULT);
  return ONE_RESULT[0];
}

const ONE_TIME = new Float64Array(1);
const ONE_RESULT = new Float64Array(1);

/**
 * Conditional expected purchases at several horizons for one customer (out[k] for times[k] > 0),
 * sharing the terms that do not depend on the horizon. Returns P(alive).
 */
export function expectedPurchasesCurve(
  p: BgnbdParams,
  times: ArrayLike<number>,
  x: number,
  tx: number,
  T: number,
  out: Float64Array,
): number {
  const { r, alpha, a, b } = p;
  const rx = r + x;
  const logAT = log(alpha + T);
  const dropout = x > 0 ? exp(log(a) - log(b + x - 1) + rx * (logAT - log(alpha + tx))) : 0;
  const scale = (a + b + x - 1) / (a - 1) / (1 + dropout);
  for (let k = 0; k < times.length; k++) {
    const t = times[k];
    if (t <= 0) {
      out[k] = 0;
      continue;
    }
    const ahead = alpha + T + t;
    const hyp = hyp2f1(rx, b + x, a + b + x - 1, t / ahead);
    out[k] = scale * (1 - exp(rx * (logAT - log(ahead))) * hyp);
  }
  return 1 / (1 + dropout);
}
