import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/engine/detMath.ts';
import {
  beta,
  cumulativeTable,
  customerHash,
  gamma,
  gammaH,
  normal,
  pickCumulativeH,
  pickCumulativeT,
  poisson,
  poissonFromUniform,
  poissonH,
  STREAMS,
  streamKey,
  uniform,
  uniformAt,
  uniformBelowH,
  uniformH,
} from '../../../src/engine/rng.ts';

const N = 100_000;

function meanVar(xs: ArrayLike<number>): [number, number] {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  const m = s / xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i] - m) ** 2;
  return [m, v / (xs.length - 1)];
}

describe('counter-based rng', () => {
  it('one customer hash serves every stream of a tick: gammaH and uniformH from it equal gamma and uniform', () => {
    const basket = streamKey(9, 12, STREAMS.basket);
    const type = streamKey(9, 12, STREAMS.productType);
    for (let i = 0; i < 200; i++) {
      const hc = customerHash(type, i);
      expect(customerHash(basket, i)).toBe(hc);
      for (const d of [0, 3]) {
        expect(gammaH(basket, hc, d, 6, 0.25)).toBe(gamma(basket, i, d, 6, 0.25));
        expect(gammaH(basket, hc, d, 0.7, 2)).toBe(gamma(basket, i, d, 0.7, 2));
        expect(uniformH(type, hc, d)).toBe(uniform(type, i, d));
      }
    }
    expect(customerHash(streamKey(9, 13, STREAMS.basket), 5)).not.toBe(customerHash(basket, 5));
  });

  it('uniformBelowH answers exactly uniformH < p, also for p at and next to the drawn value and the lane limits', () => {
    const key = streamKey(3, 5, STREAMS.churn);
    const lane = 7.450580596923828e-9; // 2^-27
    let checked = 0;
    for (let i = 0; i < 2000; i++) {
      const hc = customerHash(key, i);
      for (const d of [0, 1]) {
        const u = uniformH(key, hc, d);
        const lo = Math.floor(u / lane) * lane;
        const ps = [
          u,
          u + 1e-17,
          u - 1e-17,
          u * (1 + 2e-16),
          u * (1 - 2e-16),
          lo,
          lo + lane,
          lo + lane / 2,
          0,
          1,
          0.5,
          -1,
          2,
          NaN,
          i / 2000,
        ];
        for (const p of ps) {
          expect(uniformBelowH(key, hc, d, p)).toBe(u < p);
          checked++;
        }
      }
    }
    expect(checked).toBe(60_000);
  });

  it('pickCumulativeH gives the index of the linear search on the full uniform, also for entries at and next to the drawn value', () => {
    const key = streamKey(4, 9, STREAMS.productType);
    const lane = 7.450580596923828e-9; // 2^-27
    const search = (u: number, cum: Float64Array) => {
      let k = 0;
      while (k < cum.length - 1 && u >= cum[k]) k++;
      return k;
    };
    let near = 0;
    for (let i = 0; i < 3000; i++) {
      const hc = customerHash(key, i);
      for (const d of [0, 2]) {
        const u = uniformH(key, hc, d);
        const lo = Math.floor(u / lane) * lane;
        const tables = [
          [1],
          [0.7, 1],
          [0.2, 0.5, 0.9, 1],
          [u, 1],
          [u * (1 - 2e-16), 1],
          [u * (1 + 2e-16), 1],
          [lo, u, 1],
          [lo + lane, 1],
          [lo, lo + lane / 2, 1],
          [0, 0, 1],
          [0.3, 0.3, 1],
        ].map((t) => Float64Array.from(t));
        for (const cum of tables) {
          expect(pickCumulativeH(key, hc, d, cum)).toBe(search(u, cum));
          expect(pickCumulativeT(key, hc, d, cum, cumulativeTable(cum))).toBe(search(u, cum));
          if (cum.some((x) => x > lo && x < lo + lane)) near++;
        }
      }
    }
    expect(near).toBeGreaterThan(20_000); // the second lane's branch is exercised
  });

  it('pickCumulativeT answers from the first lane\'s table exactly as the linear search, next to entries too', () => {
    const key = streamKey(5, 3, STREAMS.productType);
    const search = (u: number, cum: Float64Array) => {
      let k = 0;
      while (k < cum.length - 1 && u >= cum[k]) k++;
      return k;
    };
    const bucket = 2 ** -10; // the table's buckets: the first lane's top 10 bits
    const lane = 2 ** -27;
    const tables = [
      [0.5, 0.75, 0.9, 1],
      [0.2, 0.5, 0.9, 1],
      [bucket * 3, bucket * 3 + lane, 1], // entries on a bucket's edge and one lane above it
      [bucket * 7 - lane / 2, bucket * 7 + lane / 3, 1],
      [0, 0, 1],
      [1 / 3, 2 / 3, 1],
    ].map((t) => Float64Array.from(t));
    let fromTable = 0;
    let scanned = 0;
    for (const cum of tables) {
      const table = cumulativeTable(cum);
      // the table answers most buckets, never one that holds an entry
      for (let b = 0; b < table.length; b++) {
        if (table[b] >= 0) fromTable++;
        else scanned++;
        if (cum.some((x) => x > b * bucket && x < (b + 1) * bucket)) expect(table[b]).toBe(-1);
      }
      for (let i = 0; i < 4000; i++) {
        const hc = customerHash(key, i);
        for (const d of [0, 1, 5]) expect(pickCumulativeT(key, hc, d, cum, table)).toBe(search(uniformH(key, hc, d), cum));
      }
      // uniforms drawn next to the entries: the customers whose first lane falls in a bucket with an entry
      for (const x of cum) {
        for (let i = 0; i < 100_000; i++) {
          const hc = customerHash(key, i);
          const u = uniformH(key, hc, 0);
          if (Math.abs(u - x) < bucket) expect(pickCumulativeT(key, hc, 0, cum, table)).toBe(search(u, cum));
        }
      }
    }
    expect(fromTable).toBeGreaterThan(5000);
    expect(scanned).toBeGreaterThan(5); // the buckets that hold an entry (not on their edge) scan
  });

  it('poissonH and the shortcuts of poissonFromUniform give the plain inversion, also for u next to exp(-mean)', () => {
    const key = streamKey(6, 2, STREAMS.purchase);
    // the inversion without shortcuts (the definition)
    const inversion = (mean: number, u: number) => {
      let p = exp(-mean);
      let cdf = p;
      let k = 0;
      while (u >= cdf && k < 200) {
        k++;
        p *= mean / k;
        cdf += p;
        if (p === 0) break;
      }
      return k;
    };
    for (const mean of [1e-9, 0.01, 0.2, 0.75, 1, 1.5, 1.6, 2.2, 2.9, 3, 7, 29]) {
      const e = exp(-mean);
      for (const u of [0, e * (1 - 1e-15), e * (1 - 2e-16), e, e * (1 + 2e-16), 1 - mean, 1 - mean + 1e-16, 0.5, 0.999999])
        if (u >= 0 && u < 1) expect(poissonFromUniform(mean, u)).toBe(inversion(mean, u));
      for (let i = 0; i < 2000; i++) {
        const hc = customerHash(key, i);
        const u = uniformH(key, hc, 0);
        expect(poissonFromUniform(mean, u)).toBe(inversion(mean, u));
        expect(poissonH(key, hc, 0, mean)).toBe(poissonFromUniform(mean, u));
      }
    }
    for (const mean of [0, -1, NaN]) expect(poissonH(key, customerHash(key, 1), 0, mean)).toBe(0);
  });

  it('poissonFromUniform without exp (bounds from a table) gives the plain inversion next to every cumulative probability', () => {
    const inversion = (mean: number, u: number) => {
      let p = exp(-mean);
      let cdf = p;
      let k = 0;
      while (u >= cdf && k < 200) {
        k++;
        p *= mean / k;
        cdf += p;
        if (p === 0) break;
      }
      return k;
    };
    let checked = 0;
    // grid points (d = 0), just below and above them, inside a step, at the table's end and beyond it
    for (const mean of [1 / 64, 0.5, 0.5 - 1e-12, 0.5 + 1e-12, 0.61, 0.7777, 1.3, 2.049, 3.99, 4 - 1e-12, 4, 4.5]) {
      let p = exp(-mean);
      let cdf = p;
      for (let k = 0; k < 14 && cdf < 1; k++) {
        for (const f of [-1e-6, -1e-9, -1e-13, -2e-16, 0, 2e-16, 1e-13, 1e-9, 1e-6]) {
          const u = cdf * (1 + f);
          if (u >= 0 && u < 1) {
            expect(poissonFromUniform(mean, u), `mean ${mean}, u ${u}`).toBe(inversion(mean, u));
            checked++;
          }
        }
        p *= mean / (k + 1);
        cdf += p;
      }
    }
    const differ: number[][] = [];
    for (let m = 0.001; m < 4.2; m += 0.0137) for (let u = 0.0005; u < 1; u += 0.001) if (poissonFromUniform(m, u) !== inversion(m, u)) differ.push([m, u]);
    expect(differ).toEqual([]);
    expect(checked).toBeGreaterThan(800);
  });

  it('is a pure function of (seed, customer, tick, stream, draw)', () => {
    const a = uniformAt(7, 42, 3, STREAMS.purchase, 0);
    uniformAt(7, 43, 3, STREAMS.purchase, 0);
    expect(uniformAt(7, 42, 3, STREAMS.purchase, 0)).toBe(a);
    expect(uniformAt(8, 42, 3, STREAMS.purchase, 0)).not.toBe(a);
    expect(uniformAt(7, 41, 3, STREAMS.purchase, 0)).not.toBe(a);
    expect(uniformAt(7, 42, 4, STREAMS.purchase, 0)).not.toBe(a);
    expect(uniformAt(7, 42, -3, STREAMS.purchase, 0)).not.toBe(a);
    expect(uniformAt(7, 42, 3, STREAMS.churn, 0)).not.toBe(a);
    expect(uniformAt(7, 42, 3, STREAMS.purchase, 1)).not.toBe(a);
  });

  it('stream tags are unique', () => {
    const values = Object.values(STREAMS);
    expect(new Set(values).size).toBe(values.length);
  });

  it('gives uniform values in [0, 1) with no visible correlation between neighbouring customers', () => {
    const key = streamKey(1, 0, STREAMS.purchase);
    const xs = new Float64Array(N);
    const bins = new Array(20).fill(0);
    for (let i = 0; i < N; i++) {
      xs[i] = uniform(key, i, 0);
      bins[Math.floor(xs[i] * 20)]++;
    }
    expect(xs.every((u) => u >= 0 && u < 1)).toBe(true);
    const expected = N / 20;
    const chi2 = bins.reduce((s, b) => s + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(43.8); // 99.9 % quantile of chi2(19)
    const [m, v] = meanVar(xs);
    expect(Math.abs(m - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(v - 1 / 12)).toBeLessThan(0.002);
    let cov = 0;
    for (let i = 1; i < N; i++) cov += (xs[i] - 0.5) * (xs[i - 1] - 0.5);
    expect(Math.abs(cov / (N - 1) / (1 / 12))).toBeLessThan(0.015);
    // successive ticks of one customer are not correlated either
    let covT = 0;
    let prev = uniformAt(1, 5, 0, STREAMS.churn, 0);
    for (let t = 1; t < 20_000; t++) {
      const u = uniformAt(1, 5, t, STREAMS.churn, 0);
      covT += (u - 0.5) * (prev - 0.5);
      prev = u;
    }
    expect(Math.abs(covT / 20_000 / (1 / 12))).toBeLessThan(0.04);
  });

  it('streams of the same customer and tick are not correlated, and the shared-hash path gives the same draws', () => {
    const a = streamKey(4, 9, STREAMS.purchase);
    const b = streamKey(4, 9, STREAMS.churn);
    let cov = 0;
    for (let i = 0; i < N; i++) cov += (uniform(a, i, 0) - 0.5) * (uniform(b, i, 0) - 0.5);
    expect(Math.abs(cov / N / (1 / 12))).toBeLessThan(0.015);
    for (let i = 0; i < 1000; i++) {
      const hc = customerHash(a, i);
      expect(uniformH(b, hc, 3)).toBe(uniform(b, i, 3));
    }
  });

  it('normal, gamma, beta and poisson have the right first two moments', () => {
    const key = streamKey(3, 1, STREAMS.init);
    const z = Float64Array.from({ length: N }, (_, i) => normal(key, i, 0));
    let [m, v] = meanVar(z);
    expect(Math.abs(m)).toBeLessThan(0.015);
    expect(Math.abs(v - 1)).toBeLessThan(0.02);

    for (const [shape, scale] of [
      [0.243, 1 / 4.414],
      [2.5, 2],
      [15, 0.1],
    ]) {
      const g = Float64Array.from({ length: N }, (_, i) => gamma(key, i, 1, shape, scale));
      [m, v] = meanVar(g);
      expect(Math.abs(m / (shape * scale) - 1)).toBeLessThan(0.03);
      expect(Math.abs(v / (shape * scale * scale) - 1)).toBeLessThan(0.08);
    }

    const a = 0.793;
    const b = 2.426;
    const bs = Float64Array.from({ length: N }, (_, i) => beta(key, i, 2, a, b));
    [m, v] = meanVar(bs);
    expect(m).toBeCloseTo(a / (a + b), 2);
    expect(v).toBeCloseTo((a * b) / ((a + b) ** 2 * (a + b + 1)), 2);

    for (const mean of [0.05, 1.3, 8, 60]) {
      const p = Float64Array.from({ length: N }, (_, i) => poisson(key, i, 3, mean));
      [m, v] = meanVar(p);
      expect(Math.abs(m / mean - 1)).toBeLessThan(0.04);
      expect(Math.abs(v / mean - 1)).toBeLessThan(0.06);
      expect(p.every((k) => Number.isInteger(k) && k >= 0)).toBe(true);
    }
  });
});
