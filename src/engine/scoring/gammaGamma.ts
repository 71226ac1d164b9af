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

/** Log-likelihood over the customers with x > 0 and m_x > 0 (others carry no spend information). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: SpendData): number {
  const { p, q, v } = params;
  if (!(p > 0 && q > 0 && v > 0)) return -Infinity;
  const lgQ = lgamma(q);
  const qLogV = q * log(v);
  let total = 0;
  for (let i = 0; i < data.n; i++) {
    const x = data.x[i];
    const m = data.monetary[i];
    if (!(x > 0 && m > 0)) continue;
    const px = p * x;
    total += lgamma(px + q) - lgamma(px) - lgQ + qLogV + (px - 1) * log(m) + px * log(x) - (px + q) * log(x * m + v);
  }
  return total;
}

export function fitGammaGamma(data: SpendData): GammaGammaFit {
  let used = 0;
  for (let i = 0; i < data.n; i++) if (data.x[i] > 0 && data.monetary[i] > 0) used++;
  const fromLog = (t: number[]): GammaGammaParams => ({ p: exp(t[0]), q: exp(t[1]), v: exp(t[2]) });
  const scale = used > 0 ? used : 1;
  const result = nelderMead((t) => -gammaGammaLogLikelihood(fromLog(t), data) / scale, [0, 0, 0], {
    step: 0.5,
    tolerance: 1e-12,
    maxEvaluations: 8000,
  });
  const best = fromLog(result.x);
  return { ...best, logLikelihood: gammaGammaLogLikelihood(best, data), customers: used, evaluations: result.evaluations };
}

/**
 * E[mean transaction value | x, m_x] = (p (v + x m_x)) / (p x + q - 1): a weighted average of the
 * population mean p v / (q - 1) and the customer's own mean. Needs q > 1 (else the mean is infinite).
 */
export function expectedAverageSpend(params: GammaGammaParams, x: number, monetary: number): number {
  const { p, q, v } = params;
  return (p * (v + x * monetary)) / (p * x + q - 1);
}
