/**
 * The basket draw (gammaZigguratH: Marsaglia-Tsang with ziggurat normals) has the distribution of
 * the exact Gamma: moments, Kolmogorov-Smirnov distance and quantiles against the Gamma CDF
 * (regularized incomplete gamma, computed here), and its normal against the normal CDF.
 */
import { describe, expect, it } from 'vitest';
import { lgamma } from '../../../src/engine/detMath.ts';
import {
  customerHash,
  gammaH,
  gammaOut,
  gammaZigguratC,
  gammaZigguratH,
  gammaZigguratQuick,
  gammaZigguratUnitTo,
  STREAMS,
  streamKey,
  zigguratNormalH,
} from '../../../src/engine/rng.ts';

/** P(a, x) = regularized lower incomplete gamma, by its series (fine for the x of these shapes). */
function gammaCdf(a: number, x: number): number {
  if (x <= 0) return 0;
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < 2000; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * 1e-16) break;
  }
  return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - lgamma(a)));
}

/** Standard normal CDF (erfc by its continued-fraction-free Chebyshev fit, Numerical Recipes erfcc, |error| < 1.2e-7). */
function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

function draws(n: number, draw: (hc: number, i: number) => number, seed = 11): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = streamKey(seed, i >> 12, STREAMS.basket); // a few ticks, like a run
    out[i] = draw(customerHash(key, i), i);
  }
  return out;
}

function moments(xs: Float64Array): { mean: number; variance: number } {
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let v = 0;
  for (const x of xs) v += (x - mean) * (x - mean);
  return { mean, variance: v / (xs.length - 1) };
}

/** Largest distance between the sample's CDF and `cdf` (Kolmogorov-Smirnov). */
function ksDistance(xs: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(xs).sort();
  const n = sorted.length;
  let d = 0;
  for (let k = 0; k < n; k++) {
    const f = cdf(sorted[k]);
    d = Math.max(d, Math.abs(f - k / n), Math.abs((k + 1) / n - f));
  }
  return d;
}

/** KS critical value at the 0.1 % level. */
const ks = (n: number) => 1.95 / Math.sqrt(n);

describe('ziggurat normal', () => {
  const N = 200_000;
  const xs = draws(N, (hc, i) => zigguratNormalH(streamKey(11, i >> 12, STREAMS.basket), hc, i % 3));

  it('is a standard normal: moments, KS distance and the tails beyond the base layer', () => {
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(ksDistance(xs, normalCdf)).toBeLessThan(ks(N));
    // |x| > R = 3.4426 comes from the tail sampler: expected 2 (1 - Phi(R)) N = 115
    let tail = 0;
    let beyond2 = 0;
    for (const x of xs) {
      if (Math.abs(x) > 3.442619855899) tail++;
      if (Math.abs(x) > 2) beyond2++;
    }
    const expectedTail = 2 * (1 - normalCdf(3.442619855899)) * N;
    expect(Math.abs(tail - expectedTail)).toBeLessThan(4 * Math.sqrt(expectedTail));
    const expected2 = 2 * (1 - normalCdf(2)) * N;
    expect(Math.abs(beyond2 - expected2)).toBeLessThan(4 * Math.sqrt(expected2));
  });
});

describe('gammaZigguratH: the exact Gamma distribution', () => {
  const N = 100_000;
  for (const [shape, scale] of [
    [6, 0.25],
    [6.25, 1 / 3.1],
    [2, 1],
    [0.7, 2],
  ]) {
    it(`Gamma(${shape}, scale ${scale.toFixed(3)}): mean, variance, KS distance and quantiles`, () => {
      const xs = draws(N, (hc, i) => gammaZigguratH(streamKey(11, i >> 12, STREAMS.basket), hc, i % 4, shape, scale));
      const { mean, variance } = moments(xs);
      const sdMean = Math.sqrt((shape * scale * scale) / N);
      expect(Math.abs(mean - shape * scale)).toBeLessThan(4 * sdMean);
      // variance of the sample variance of a Gamma: (mu4 - sigma^4) / N, mu4 = 3 k (k + 2) scale^4
      const sdVar = Math.sqrt((3 * shape * (shape + 2) - shape * shape) / N) * scale * scale;
      expect(Math.abs(variance - shape * scale * scale)).toBeLessThan(4 * sdVar);
      const cdf = (x: number) => gammaCdf(shape, x / scale);
      expect(ksDistance(xs, cdf)).toBeLessThan(ks(N));
      const sorted = Float64Array.from(xs).sort();
      for (const p of [0.001, 0.01, 0.1, 0.5, 0.9, 0.99, 0.999]) {
        const q = sorted[Math.floor(p * N)];
        expect(Math.abs(cdf(q) - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / N) + 1 / N);
      }
    });
  }

  it('gammaZigguratQuick, when it answers, writes gammaZigguratUnitTo\'s value, and answers most draws', () => {
    const key = streamKey(8, 4, STREAMS.basket);
    for (const shape of [1, 1.5, 4, 6, 30]) {
      const dd = shape - 1 / 3;
      const c = gammaZigguratC(dd);
      let quick = 0;
      for (let i = 0; i < 20_000; i++) {
        const hc = customerHash(key, i);
        for (const d of [0, 3]) {
          const answered = gammaZigguratQuick(key, hc, d, dd, c);
          const value = gammaOut[0];
          gammaZigguratUnitTo(key, hc, d, shape);
          if (answered) {
            quick++;
            expect(value).toBe(gammaOut[0]);
          }
        }
      }
      expect(quick).toBeGreaterThan(0.85 * 40_000);
      expect(quick).toBeLessThan(40_000); // the full draw's other paths are reached too
    }
  });

  it('is deterministic and counter-based: same (key, customer hash, draw) same value, other draws other values', () => {
    const key = streamKey(5, 3, STREAMS.basket);
    const hc = customerHash(key, 42);
    const a = gammaZigguratH(key, hc, 0, 6, 0.3);
    expect(gammaZigguratH(key, hc, 0, 6, 0.3)).toBe(a);
    expect(gammaZigguratH(key, hc, 1, 6, 0.3)).not.toBe(a);
    expect(gammaZigguratH(streamKey(5, 4, STREAMS.basket), customerHash(streamKey(5, 4, STREAMS.basket), 42), 0, 6, 0.3)).not.toBe(a);
    // the same distribution as the Box-Muller path, not the same numbers
    expect(gammaH(key, hc, 0, 6, 0.3)).not.toBe(a);
  });
});
