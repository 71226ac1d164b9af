import { describe, expect, it } from 'vitest';
import { bestSeparation } from '../../../src/missions/calibration.ts';

describe('bestSeparation', () => {
  it('finds the target that the sensible play reaches and doing nothing misses on most seeds', () => {
    expect(bestSeparation([10, 12, 11], [15, 16, 14])).toEqual({ target: 14, separated: 3, pairedWins: 3, seeds: 3 });
  });
  it('a small effect under a large seed spread separates few seeds although the play wins on each', () => {
    const nothing = [100, 130, 160, 190];
    const s = bestSeparation(nothing, nothing.map((v) => v + 5));
    expect(s.pairedWins).toBe(4);
    expect(s.separated).toBe(1);
  });
  it('refuses series of different lengths', () => {
    expect(() => bestSeparation([1], [1, 2])).toThrow();
  });
});
