/**
 * Scores a customer base from its BTYD summary: fits BG/NBD (and Gamma-Gamma when spend is known),
 * then gives each customer P(alive), expected purchases over the horizon, expected value of a
 * purchase and a simple CLV. One function shared by the CLI (src/cli/score.ts) and the app's worker.
 */
import { expectedPurchases, expectedPurchasesCurve, fitBgnbd, type BgnbdFit } from './bgnbd.ts';
import { customerLifetimeValue, DEFAULT_CLV_OPTIONS, type ClvOptions } from './clv.ts';
import type { BtydSummary } from './customerSummary.ts';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaFit } from './gammaGamma.ts';

export interface ScoringOptions {
  /** Period of the expected purchases, in model units (default: the hold-out length, else 52). */
  horizon?: number;
  clv?: Partial<ClvOptions>;
  /**
   * Fits already made on this same summary (a former result's bgnbd and gammaGamma): used as they are, none is made
   * again. The app's analytics session gets a score back this way after its worker was ended, in a moment, where the
   * fit may take minutes on a big file.
   */
  fitted?: { bgnbd: BgnbdFit; gammaGamma: GammaGammaFit | null };
}

export interface ScoringResult {
  bgnbd: BgnbdFit;
  /** Null when the spend is unknown or the fit is unusable (q <= 1: infinite mean spend). */
  gammaGamma: GammaGammaFit | null;
  horizon: number;
  clvOptions: ClvOptions;
  pAlive: Float64Array;
  expectedPurchases: Float64Array;
  expectedSpend: Float64Array | null;
  clv: Float64Array | null;
  /** Sum of expected purchases over the hold-out period vs the actual count (model check). */
  holdoutCheck: { expected: number; actual: number } | null;
}

export function scoreSummary(summary: BtydSummary, options: ScoringOptions = {}): ScoringResult {
  const bgnbd = options.fitted?.bgnbd ?? fitBgnbd(summary);
  const horizon = options.horizon ?? (summary.holdoutLength > 0 ? summary.holdoutLength : 52);
  const clvOptions: ClvOptions = { ...DEFAULT_CLV_OPTIONS, unitsPerYear: 365.25 / summary.unitDays, ...options.clv };
  const n = summary.n;
  const alive = new Float64Array(n);
  const purchases = new Float64Array(n);
  const at = Float64Array.of(horizon);
  const one = new Float64Array(1);
  for (let i = 0; i < n; i++) {
    alive[i] = expectedPurchasesCurve(bgnbd, at, summary.x[i], summary.tx[i], summary.T[i], one);
    purchases[i] = one[0];
  }
  let gammaGamma: GammaGammaFit | null = null;
  let spend: Float64Array | null = null;
  let clv: Float64Array | null = null;
  if (summary.monetary) {
    const fit = options.fitted ? options.fitted.gammaGamma : fitGammaGamma({ n, x: summary.x, monetary: summary.monetary });
    if (fit && fit.customers > 0 && fit.q > 1) {
      gammaGamma = fit;
      spend = new Float64Array(n);
      clv = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        spend[i] = expectedAverageSpend(fit, summary.x[i], summary.monetary[i]);
        clv[i] = customerLifetimeValue(bgnbd, spend[i], summary.x[i], summary.tx[i], summary.T[i], clvOptions);
      }
    }
  }
  let holdoutCheck: ScoringResult['holdoutCheck'] = null;
  if (summary.holdout && summary.holdoutLength > 0) {
    let expected = 0;
    let actual = 0;
    for (let i = 0; i < n; i++) {
      expected += horizon === summary.holdoutLength ? purchases[i] : expectedPurchases(bgnbd, summary.holdoutLength, summary.x[i], summary.tx[i], summary.T[i]);
      actual += summary.holdout[i];
    }
    holdoutCheck = { expected, actual };
  }
  return { bgnbd, gammaGamma, horizon, clvOptions, pAlive: alive, expectedPurchases: purchases, expectedSpend: spend, clv, holdoutCheck };
}
