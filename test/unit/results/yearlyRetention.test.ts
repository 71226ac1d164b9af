import { describe, expect, it } from 'vitest';
import type { TickKpis } from '../../../src/engine/types.ts';
import { yearlyRetention } from '../../../src/results/yearlyRetention.ts';

const periods = (rates: number[]) => rates.map((retentionRate, tick) => ({ tick, retentionRate }) as TickKpis);

describe('retention over a year', () => {
  it('compounds a weekly rate over 52 weeks and a monthly one over 12 months', () => {
    expect(yearlyRetention(periods([0.997, 0.997, 0.997]), 'week')).toBeCloseTo(0.997 ** 52, 10);
    expect(yearlyRetention(periods([0.98]), 'month')).toBeCloseTo(0.98 ** 12, 10);
  });

  it('uses the geometric mean of the last year only', () => {
    const old = Array.from({ length: 30 }, () => 0.5);
    const recent = Array.from({ length: 52 }, (_, i) => (i % 2 ? 0.99 : 0.995));
    expect(yearlyRetention(periods([...old, ...recent]), 'week')).toBeCloseTo(0.99 ** 26 * 0.995 ** 26, 10);
  });

  it('is null before any period and 0 once a period kept nobody', () => {
    expect(yearlyRetention([], 'week')).toBeNull();
    expect(yearlyRetention(periods([0.99, 0]), 'month')).toBe(0);
  });
});
