/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo & Jiang 1999): the
 * value of each transaction ~ Gamma(p, nu), nu ~ Gamma(q, v) across customers, independent of the
 * purchase process. Fitted on customers with at least one repeat purchase, from x (repeat purchases)
 * and m_x (their mean value). Gives the conditional expected average transaction value.
 */
import { exp, lgamma, log } from '../detMath.ts';
import { nelderMead } from './nelderMead.ts';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  /** Customers used in the fit (x > 0 and m_x > 0). */
  customers: number;
  evaluations: number;
}

export interface SpendData {
  n: number;
  x: ArrayLike<number>;
  monetary: ArrayLike<number>;
}

/**
 * The customers with x > 0 and m_x > 0 (the others carry no spend information), with log x and
 * log m_x computed once and the lgamma terms shared by customers with the same x.
 */
interface SpendGroups {
  x: Float64Array;
  m: Float64Array;
  logX: Float64Array;
  logM: Float64Array;
  xOf: Int32Array;
  xValues: number[];
  lgTerms: Float64Array;
}

function spendGroups(data: SpendData): SpendGroups {
  const keep: number[] = [];
  for (let i = 0; i < data.n; i++) if (data.x[i] > 0 && data.monetary[i] > 0) keep.push(i);
  const xValues: number[] = [];
  const xMap = new Map<number, number>();
  const g: SpendGroups = {
    x: new Float64Array(keep.length),
    m: new Float64Array(keep.length),
    logX: new Float64Array(keep.length),
    logM: new Float64Array(keep.length),
    xOf: new Int32Array(keep.length),
    xValues,
    lgTerms: new Float64Array(0),
  };
  keep.forEach((i, j) => {
    const x = data.x[i];
    g.x[j] = x;
    g.m[j] = data.monetary[i];
    g.logX[j] = log(x);
    g.logM[j] = log(data.monetary[i]);
    let k = xMap.get(x);
    if (k === undefined) {
      k = xValues.length;
      xMap.set(x, k);
      xValues.push(x);
    }
    g.xOf[j] = k;
  });
  g.lgTerms = new Float64Array(xValues.length);
  return g;
}

function groupedLogLikelihood(params: GammaGammaParams, g: SpendGroups): number {
  const { p, q, v } = params;
  if (!(p > 0 && q > 0 && v > 0)) return -Infinity;
  const base = q * log(v) - lgamma(q);
  for (let k = 0; k < g.xValues.length; k++) {
    const px = p * g.xValues[k];
    g.lgTerms[k] = lgamma(px + q) - lgamma(px) + base;
  }
  let total = 0;
  for (let j = 0; j < g.x.length; j++) {
    const x = g.x[j];
    const px = p * x;
    total += g.lgTerms[g.xOf[j]] + (px - 1) * g.logM[j] + px * g.logX[j] - (px + q) * log(x * g.m[j] + v);
  }
  return total;
}

/** Log-likelihood over the customers with x > 0 and m_x > 0 (others carry no spend information). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  return groupedLogLikelihood(params, spendGroups(data));
}

export function fitGammaGamma(data: SpendData): GammaGammaFit {
  const groups = spendGroups(data);
  const used = groups.x.length;
  const fromLog = (t: number[]): GammaGammaParams => ({ p: exp(t[0]), q: exp(t[1]), v: exp(t[2]) });
  const scale = used > 0 ? used : 1;
  const result = nelderMead((t) => -groupedLogLikelihood(fromLog(t), groups) / scale, [0, 0, 0], {
    step: 0.5,
    tolerance: 1e-12,
    maxEvaluations: 8000,
  });
  const best = fromLog(result.x);
  return { ...best, logLikelihood: groupedLogLikelihood(best, groups), customers: used, evaluations: result.evaluations };
}

/**
 * E[mean transaction value | x, m_x] = (p (v + x m_x)) / (p x + q - 1): a weighted average of the
 * population mean p v / (q - 1) and the customer's own mean. Needs q > 1 (else the mean is infinite).
 */
export function expectedAverageSpend(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, v } = params;
  return (p * (v + x * monetary)) / (p * x + q - 1);
}
