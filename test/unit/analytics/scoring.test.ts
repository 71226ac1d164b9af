import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, expectedPurchases, fitBgnbd, pAlive } from '../../../src/engine/scoring/bgnbd.ts';
import { customerLifetimeValue, DEFAULT_CLV_OPTIONS } from '../../../src/engine/scoring/clv.ts';
import { orderByCustomerDay, summarizeTransactions } from '../../../src/engine/scoring/customerSummary.ts';
import { expectedAverageSpend, fitGammaGamma, gammaGammaLogLikelihood } from '../../../src/engine/scoring/gammaGamma.ts';
import { hyp2f1 } from '../../../src/engine/scoring/hypergeometric.ts';
import { nelderMead } from '../../../src/engine/scoring/nelderMead.ts';
import { scoreSummary } from '../../../src/engine/scoring/scoreCustomers.ts';
import { dayNumber, type TransactionLog } from '../../../src/engine/scoring/transactionLog.ts';
import { detectLayout } from '../../../src/import/detect.ts';
import { parseSummary } from '../../../src/import/parseSummary.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';

const SAMPLE = readFileSync(new URL('../../../src/assets/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
const SUMMARY = readFileSync(new URL('../../../src/assets/cdnow/cdnow_customers_summary.csv', import.meta.url), 'utf8');

function sampleLog(): TransactionLog {
  const res = parseTransactions(SAMPLE, detectLayout(SAMPLE, 'cdnow-sample'));
  if (!res.ok) throw new Error('CDNOW sample did not import');
  return res.log;
}

function summaryFile() {
  const res = parseSummary(SUMMARY);
  if (!res.ok) throw new Error('summary did not import');
  return res.summary;
}

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, ll: -9582.4 };

describe('numerical building blocks', () => {
  it('hyp2f1 matches closed forms', () => {
    for (const z of [0, 0.1, 0.5, 0.9]) {
      expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(z === 0 ? 1 : -Math.log(1 - z) / z, 10);
      expect(hyp2f1(0.5, 1, 1, z)).toBeCloseTo((1 - z) ** -0.5, 10); // 2F1(a, b; b; z) = (1 - z)^-a
    }
  });

  it('Nelder-Mead finds the minimum of a shifted quadratic and of Rosenbrock', () => {
    const q = nelderMead(([x, y]) => (x - 3) ** 2 + 2 * (y + 1) ** 2, [0, 0]);
    expect(q.x[0]).toBeCloseTo(3, 4);
    expect(q.x[1]).toBeCloseTo(-1, 4);
    const rosen = nelderMead(([x, y]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, [-1.2, 1], { maxEvaluations: 20000 });
    expect(rosen.x[0]).toBeCloseTo(1, 3);
    expect(rosen.x[1]).toBeCloseTo(1, 3);
  });
});

describe('BG/NBD on the CDNOW sample (Fader, Hardie & Lee 2005)', () => {
  it('reproduces the published fit from the lifetimes summary file', () => {
    const fit = fitBgnbd(summaryFile());
    expect(fit.r).toBeCloseTo(PUBLISHED.r, 3);
    expect(fit.alpha).toBeCloseTo(PUBLISHED.alpha, 2);
    expect(fit.a).toBeCloseTo(PUBLISHED.a, 3);
    expect(fit.b).toBeCloseTo(PUBLISHED.b, 2);
    expect(fit.logLikelihood).toBeCloseTo(PUBLISHED.ll, 0);
    expect(fit.customers).toBe(2357);
  });

  it('reproduces it from the raw transactions with the calibration ending 1997-09-30', () => {
    const summary = summarizeTransactions(sampleLog(), { calibrationEnd: dayNumber(1997, 9, 30) });
    expect(summary.n).toBe(2357);
    // customer 00004 (summary ID 1): repeat purchases on 2 other days, last at 30.43 weeks, T = 38.86
    expect(summary.ids[0]).toBe('00004');
    expect(summary.x[0]).toBe(2);
    expect(summary.tx[0]).toBeCloseTo(30.43, 2);
    expect(summary.T[0]).toBeCloseTo(38.86, 2);
    expect(summary.holdoutLength).toBe(39);
    const fit = fitBgnbd(summary);
    expect(fit.r).toBeCloseTo(PUBLISHED.r, 3);
    expect(fit.alpha).toBeCloseTo(PUBLISHED.alpha, 2);
    expect(fit.a).toBeCloseTo(PUBLISHED.a, 3);
    expect(fit.b).toBeCloseTo(PUBLISHED.b, 2);
    expect(fit.logLikelihood).toBeCloseTo(PUBLISHED.ll, 0);
  });

  it('the fitted parameters maximise the likelihood (every neighbour is worse)', () => {
    const data = summaryFile();
    const fit = fitBgnbd(data);
    const best = bgnbdLogLikelihood(fit, data);
    for (const key of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.99, 1.01]) expect(bgnbdLogLikelihood({ ...fit, [key]: fit[key] * factor }, data)).toBeLessThan(best);
    }
  });

  it('P(alive) and conditional expectations follow the closed forms', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(pAlive(p, 0, 0, 38.86)).toBe(1);
    const odds = (p.a / (p.b + 2 - 1)) * ((p.alpha + 38.86) / (p.alpha + 30.43)) ** (p.r + 2);
    expect(pAlive(p, 2, 30.43, 38.86)).toBeCloseTo(1 / (1 + odds), 12);
    // FHL 2005: this customer is expected to make 1.226 purchases in the next 39 weeks
    expect(expectedPurchases(p, 39, 2, 30.43, 38.86)).toBeCloseTo(1.226, 3);
    // a customer who bought recently is more alive than one who has been silent
    expect(pAlive(p, 2, 38, 38.86)).toBeGreaterThan(pAlive(p, 2, 5, 38.86));
    // expectations grow with the horizon and vanish at 0
    expect(expectedPurchases(p, 0, 2, 30.43, 38.86)).toBe(0);
    expect(expectedPurchases(p, 52, 2, 30.43, 38.86)).toBeGreaterThan(expectedPurchases(p, 39, 2, 30.43, 38.86));
  });

  it('scores every customer and compares the hold-out forecast with the actual purchases', () => {
    const summary = summarizeTransactions(sampleLog(), { calibrationEnd: dayNumber(1997, 9, 30) });
    const res = scoreSummary(summary);
    expect(res.horizon).toBe(39);
    expect(res.pAlive.length).toBe(2357);
    expect(res.expectedPurchases[0]).toBeCloseTo(1.226, 2);
    for (const v of res.pAlive) expect(v > 0 && v <= 1).toBe(true);
    expect(res.holdoutCheck).not.toBeNull();
    let actual = 0;
    for (const v of summary.holdout!) actual += v;
    expect(res.holdoutCheck!.actual).toBe(actual);
    // the model forecasts the hold-out total within 15 %
    expect(Math.abs(res.holdoutCheck!.expected / actual - 1)).toBeLessThan(0.15);
  });

  it('given the fits of a former score of the same summary, scores the same without fitting again (« Arrêter » gives a score back)', () => {
    const summary = summarizeTransactions(sampleLog(), { calibrationEnd: dayNumber(1997, 9, 30) });
    const options = { horizon: 39, clv: { margin: 0.25 } };
    const first = scoreSummary(summary, options);
    expect(first.gammaGamma).not.toBeNull();
    // copies, as they come back from the screen through postMessage
    const fitted = structuredClone({ bgnbd: first.bgnbd, gammaGamma: first.gammaGamma });
    const again = scoreSummary(summary, { ...options, fitted });
    expect(again).toEqual(first);
    // the fits given are used: other parameters give other scores
    const other = scoreSummary(summary, { ...options, fitted: { ...fitted, bgnbd: { ...fitted.bgnbd, r: fitted.bgnbd.r * 2 } } });
    expect(other.bgnbd.r).toBe(fitted.bgnbd.r * 2);
    expect(other.pAlive).not.toEqual(first.pAlive);
    // no spend fit given (unknown or unusable): no spend, no CLV
    expect(scoreSummary(summary, { ...options, fitted: { ...fitted, gammaGamma: null } })).toMatchObject({ gammaGamma: null, expectedSpend: null, clv: null });
  });
});

describe('Gamma-Gamma and CLV', () => {
  it('reproduces the published spend fit p = 6.25, q = 3.74, v = 15.44', () => {
    // Definition that reproduces it: calibration period only (to 1997-09-30), same-day purchases
    // summed, monetary = mean of the repeat purchase days (first purchase excluded), customers with x > 0.
    const summary = summarizeTransactions(sampleLog(), { calibrationEnd: dayNumber(1997, 9, 30) });
    const fit = fitGammaGamma({ n: summary.n, x: summary.x, monetary: summary.monetary! });
    expect(fit.customers).toBe(946);
    expect(fit.p).toBeCloseTo(6.25, 1);
    expect(fit.q).toBeCloseTo(3.74, 1);
    expect(fit.v).toBeCloseTo(15.44, 1);
    const data = { n: summary.n, x: summary.x, monetary: summary.monetary! };
    const best = gammaGammaLogLikelihood(fit, data);
    for (const key of ['p', 'q', 'v'] as const) expect(gammaGammaLogLikelihood({ ...fit, [key]: fit[key] * 1.02 }, data)).toBeLessThan(best);
  });

  it('expected spend shrinks a customer mean towards the population mean', () => {
    const g = { p: 6.25, q: 3.74, v: 15.44 };
    const population = (g.p * g.v) / (g.q - 1);
    expect(expectedAverageSpend(g, 0, 0)).toBeCloseTo(population, 10);
    const few = expectedAverageSpend(g, 1, 100);
    const many = expectedAverageSpend(g, 20, 100);
    expect(few).toBeGreaterThan(population);
    expect(few).toBeLessThan(many);
    expect(many).toBeLessThan(100);
  });

  it('CLV is the discounted margin on expected purchases', () => {
    const p = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    const noDiscount = { ...DEFAULT_CLV_OPTIONS, yearlyDiscountRate: 0, margin: 1 };
    const e = expectedPurchases(p, 52, 2, 30.43, 38.86);
    expect(customerLifetimeValue(p, 40, 2, 30.43, 38.86, noDiscount)).toBeCloseTo(e * 40, 8);
    const discounted = customerLifetimeValue(p, 40, 2, 30.43, 38.86, { ...noDiscount, yearlyDiscountRate: 0.1 });
    expect(discounted).toBeLessThan(e * 40);
    expect(discounted).toBeGreaterThan((e * 40) / 1.1);
    expect(customerLifetimeValue(p, 40, 2, 30.43, 38.86, { ...noDiscount, margin: 0.3 })).toBeCloseTo(e * 40 * 0.3, 8);
  });
});

describe('customer summary', () => {
  it('orders by customer then day and merges same-day purchases', () => {
    const log: TransactionLog = {
      count: 6,
      customer: Int32Array.from([1, 0, 1, 0, 0, 1]),
      day: Int32Array.from([10, 5, 3, 5, 12, 17]),
      amount: Float64Array.from([7, 1, 2, 3, 4, 8]),
      quantity: null,
      type: null,
      customerIds: ['A', 'B'],
      typeNames: [],
    };
    expect(Array.from(orderByCustomerDay(log))).toEqual([1, 3, 4, 2, 0, 5]);
    const s = summarizeTransactions(log, { calibrationEnd: 14, unitDays: 1 });
    expect(s.ids).toEqual(['A', 'B']);
    // A: days 5 (1 + 3 merged), 12 -> one repeat at t = 7, T = 9, repeat mean 4
    expect([s.x[0], s.tx[0], s.T[0], s.monetary![0]]).toEqual([1, 7, 9, 4]);
    // B: days 3, 10 in calibration; 17 in the hold-out
    expect([s.x[1], s.tx[1], s.T[1], s.monetary![1], s.holdout![1]]).toEqual([1, 7, 11, 7, 1]);
    expect(s.holdoutLength).toBe(3);
  });
});
