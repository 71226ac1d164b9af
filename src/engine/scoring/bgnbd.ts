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

/** Customers with the same (x, t_x, T) grouped with a weight; x values listed once for the lgamma terms. */
interface Compressed {
  xValues: number[];
  xOf: Int32Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
}

function compress(data: BgnbdData): Compressed {
  const groups = new Map<string, number>();
  const xValues: number[] = [];
  const xIndex = new Map<number, number>();
  const xOf: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const weight: number[] = [];
  for (let i = 0; i < data.n; i++) {
    const key = `${data.x[i]}|${data.tx[i]}|${data.T[i]}`;
    const g = groups.get(key);
    if (g !== undefined) {
      weight[g]++;
      continue;
    }
    groups.set(key, weight.length);
    let xi = xIndex.get(data.x[i]);
    if (xi === undefined) {
      xi = xValues.length;
      xIndex.set(data.x[i], xi);
      xValues.push(data.x[i]);
    }
    xOf.push(xi);
    tx.push(data.tx[i]);
    T.push(data.T[i]);
    weight.push(1);
  }
  return { xValues, xOf: Int32Array.from(xOf), tx: Float64Array.from(tx), T: Float64Array.from(T), weight: Float64Array.from(weight) };
}

/** log(e^u + e^v) without overflow. */
function logAddExp(u: number, v: number): number {
  return u > v ? u + log1p(exp(v - u)) : v + log1p(exp(u - v));
}

function compressedLogLikelihood(p: BgnbdParams, c: Compressed): number {
  const { r, alpha, a, b } = p;
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity;
  const nx = c.xValues.length;
  const common = new Float64Array(nx); // A1 + A2 (terms depending on x only)
  const alive = new Float64Array(nx); // log a - log(b + x - 1) for x > 0
  const lgR = lgamma(r);
  const rLogAlpha = r * log(alpha);
  const lgAB = lgamma(a + b);
  const lgB = lgamma(b);
  const logA = log(a);
  for (let k = 0; k < nx; k++) {
    const x = c.xValues[k];
    common[k] = lgamma(r + x) - lgR + rLogAlpha + lgAB + lgamma(b + x) - lgB - lgamma(a + b + x);
    alive[k] = x > 0 ? logA - log(b + x - 1) : 0;
  }
  let total = 0;
  for (let i = 0; i < c.weight.length; i++) {
    const k = c.xOf[i];
    const x = c.xValues[k];
    const a3 = -(r + x) * log(alpha + c.T[i]);
    const ll = x > 0 ? logAddExp(a3, alive[k] - (r + x) * log(alpha + c.tx[i])) : a3;
    total += c.weight[i] * (common[k] + ll);
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
  const { r, alpha, a, b } = p;
  const rx = r + x;
  const ahead = alpha + T + t;
  const hyp = hyp2f1(rx, b + x, a + b + x - 1, t / ahead);
  const growth = 1 - exp(rx * (log(alpha + T) - log(ahead))) * hyp;
  const dropout = x > 0 ? exp(logDropoutOdds(p, x, tx, T)) : 0;
  return (((a + b + x - 1) / (a - 1)) * growth) / (1 + dropout);
}
