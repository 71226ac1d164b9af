import { describe, expect, it } from 'vitest';
import { cosTurn, exp, expm1, lgamma, log, log1p, pow, scalbn, sinTurn, sqrt } from '../../../src/engine/detMath.ts';

/** Deterministic pseudo-random sample in [0, 1) (Lehmer), so the test points are fixed. */
function sample(count: number): number[] {
  const out: number[] = [];
  let s = 12345;
  for (let i = 0; i < count; i++) {
    s = (s * 48271) % 2147483647;
    out.push(s / 2147483647);
  }
  return out;
}

function worstRelativeError(f: (x: number) => number, g: (x: number) => number, xs: number[]): number {
  let worst = 0;
  for (const x of xs) {
    const a = f(x);
    const b = g(x);
    const e = Math.abs(a - b) / Math.max(Math.abs(b), Number.MIN_VALUE);
    if (e > worst || a !== a) worst = a !== a ? Infinity : e;
  }
  return worst;
}

const U = sample(20_000);

describe('detMath', () => {
  it('exp matches Math.exp to 1e-14 over the whole finite range', () => {
    expect(
      worstRelativeError(
        exp,
        Math.exp,
        U.map((u) => (u - 0.5) * 1400),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        exp,
        Math.exp,
        U.map((u) => (u - 0.5) * 1e-6),
      ),
    ).toBeLessThan(1e-15);
    expect(exp(0)).toBe(1);
    expect(exp(800)).toBe(Infinity);
    expect(exp(-800)).toBe(0);
    expect(exp(-740)).toBeGreaterThan(0);
    expect(Number.isNaN(exp(NaN))).toBe(true);
  });

  it('log matches Math.log to 1e-14, subnormals and special values included', () => {
    expect(
      worstRelativeError(
        log,
        Math.log,
        U.map((u) => Math.exp((u - 0.5) * 1400)),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        log,
        Math.log,
        U.map((u) => 1 + (u - 0.5) * 0.02),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        log,
        Math.log,
        U.map((u) => u * 1e-310 + 1e-320),
      ),
    ).toBeLessThan(1e-14);
    expect(log(1)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(Number.isNaN(log(-1))).toBe(true);
  });

  it('log1p and expm1 stay accurate near 0', () => {
    expect(
      worstRelativeError(
        log1p,
        Math.log1p,
        U.map((u) => (u - 0.5) * 1e-3),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        log1p,
        Math.log1p,
        U.map((u) => u * 100),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        expm1,
        Math.expm1,
        U.map((u) => (u - 0.5) * 1e-4),
      ),
    ).toBeLessThan(1e-14);
    expect(
      worstRelativeError(
        expm1,
        Math.expm1,
        U.map((u) => (u - 0.5) * 40),
      ),
    ).toBeLessThan(1e-14);
  });

  it('sqrt matches Math.sqrt', () => {
    expect(
      worstRelativeError(
        sqrt,
        Math.sqrt,
        U.map((u) => Math.exp((u - 0.5) * 1400)),
      ),
    ).toBeLessThan(1e-15);
    expect(
      worstRelativeError(
        sqrt,
        Math.sqrt,
        U.map((u) => u * 1e-310),
      ),
    ).toBeLessThan(1e-15);
    expect(sqrt(4)).toBe(2);
    expect(sqrt(0)).toBe(0);
    expect(Number.isNaN(sqrt(-1))).toBe(true);
  });

  it('pow matches Math.pow (error grows with |y log x| as exp(y log x) does)', () => {
    expect(
      worstRelativeError(
        (x) => pow(x, 3.7),
        (x) => Math.pow(x, 3.7),
        U.map((u) => u * 100),
      ),
    ).toBeLessThan(2e-14);
    expect(
      worstRelativeError(
        (y) => pow(0.93, y),
        (y) => Math.pow(0.93, y),
        U.map((u) => (u - 0.5) * 40),
      ),
    ).toBeLessThan(1e-14);
    expect(pow(-2, 3)).toBeCloseTo(-8, 12);
    expect(pow(5, 0)).toBe(1);
  });

  it('scalbn multiplies by powers of two exactly', () => {
    expect(scalbn(1.5, 10)).toBe(1536);
    expect(scalbn(1, -1074)).toBe(Number.MIN_VALUE);
    expect(scalbn(1, 1024)).toBe(Infinity);
  });

  it('lgamma matches log factorials and the recursion lgamma(x + 1) = lgamma(x) + log(x)', () => {
    let factorial = 1;
    for (let n = 3; n < 170; n++) {
      factorial *= n - 1;
      expect(Math.abs(lgamma(n) - Math.log(factorial)) / Math.log(factorial)).toBeLessThan(1e-14);
    }
    expect(lgamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(Math.abs(lgamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(lgamma(2))).toBeLessThan(1e-14);
    for (const u of U.slice(0, 2000)) {
      const x = 0.01 + u * 50;
      expect(Math.abs(lgamma(x + 1) - lgamma(x) - Math.log(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(lgamma(x + 1))));
    }
    expect(Number.isNaN(lgamma(0))).toBe(true);
  });

  it('cosTurn and sinTurn are cos and sin of 2 pi u', () => {
    let worst = 0;
    for (const u of U) {
      worst = Math.max(worst, Math.abs(cosTurn(u) - Math.cos(2 * Math.PI * u)), Math.abs(sinTurn(u) - Math.sin(2 * Math.PI * u)));
    }
    expect(worst).toBeLessThan(1e-14);
    expect(cosTurn(0)).toBe(1);
    expect(cosTurn(0.5)).toBe(-1);
  });
});
