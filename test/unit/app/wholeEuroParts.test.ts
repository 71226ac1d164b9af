import { describe, expect, it } from 'vitest';
import { wholeEuroParts } from '../../../src/app/wholeEuroParts.ts';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('wholeEuroParts', () => {
  it('adds up to the rounded total where rounding each part loses a euro (QA qa18 F1: 2 420 + 160 under 2 581 €)', () => {
    const parts = [2420.3, 160.45];
    expect(Math.round(2420.3) + Math.round(160.45)).toBe(2580);
    expect(wholeEuroParts(parts)).toEqual([2420, 161]);
    expect(sum(wholeEuroParts(parts))).toBe(2581);
  });

  it('gives the missing euros to the largest remainders, the others rounded down', () => {
    expect(wholeEuroParts([3266.7, 499.6, 223.4, 0.9])).toEqual([3267, 500, 223, 1]);
    expect(sum(wholeEuroParts([3266.7, 499.6, 223.4, 0.9]))).toBe(Math.round(3266.7 + 499.6 + 223.4 + 0.9));
  });

  it('adds up to a total given from elsewhere, each part within a euro of its value', () => {
    const parts = [100.5, 100.5, 100.5];
    const rounded = wholeEuroParts(parts, 301);
    expect(sum(rounded)).toBe(301);
    rounded.forEach((r, i) => expect(Math.abs(r - parts[i])).toBeLessThan(1));
    expect(rounded).toEqual([101, 100, 100]);
  });

  it('leaves whole euros as they are', () => {
    expect(wholeEuroParts([500, 223, 0])).toEqual([500, 223, 0]);
    expect(wholeEuroParts([])).toEqual([]);
  });

  it('keeps the sum for many small parts that each round down', () => {
    const parts = Array.from({ length: 10 }, () => 10.3);
    const rounded = wholeEuroParts(parts);
    expect(sum(rounded)).toBe(103);
    expect(rounded.filter((r) => r === 11)).toHaveLength(10 - 7);
  });
});
