/** Hit rate, lift, confusion table and gains of a score, on a case computed by hand. */
import { describe, expect, it } from 'vitest';
import { evaluateScore, rankByScore, selectByScore } from '../../../src/app/scoringLab/evaluateScore.ts';

// ten customers, ids 0..9, scores 9..0: the ranking is 0, 1, ..., 9
const scored = { ids: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], scores: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] };
const left = new Set([0, 2, 5, 9]);

describe('evaluateScore on a hand-computed case', () => {
  it('top 3 catches 2 of the 4 leavers: hit rate 2/3, base rate 4/10, lift 5/3', () => {
    const target = selectByScore(scored, { kind: 'top', n: 3 });
    expect(target).toEqual([0, 1, 2]);
    const e = evaluateScore(scored, target, left);
    expect(e).toMatchObject({ scored: 10, targetSize: 3, leavers: 4, truePositives: 2, falsePositives: 1, falseNegatives: 2, trueNegatives: 5 });
    expect(e.hitRate).toBe(2 / 3);
    expect(e.baseRate).toBe(0.4);
    expect(e.lift).toBeCloseTo(5 / 3, 15);
    expect(e.randomHits).toBeCloseTo(1.2, 15);
    expect(e.captured).toBe(0.5);
  });

  it('gains by tenths: 1 of 4 at 10 % (lift 2.5), half at 50 % (lift 1), all at 100 %', () => {
    const e = evaluateScore(scored, [0, 1, 2], left);
    expect(e.gains.map((g) => g.leaversCaught)).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 3, 4]);
    expect(e.gains[0]).toMatchObject({ share: 0.1, targeted: 1, gain: 0.25, lift: 2.5 });
    expect(e.gains[4]).toMatchObject({ targeted: 5, gain: 0.5, lift: 1 });
    expect(e.gains[9]).toMatchObject({ targeted: 10, gain: 1, lift: 1 });
  });

  it('a threshold keeps everyone scoring at least the minimum; ties go to the smaller id', () => {
    expect(selectByScore(scored, { kind: 'threshold', min: 7 })).toEqual([0, 1, 2]);
    const ties = { ids: [7, 3, 5], scores: [1, 2, 2] };
    expect(rankByScore(ties)).toEqual([3, 5, 7]);
    expect(selectByScore(ties, { kind: 'top', n: 1 })).toEqual([3]);
  });

  it('says nothing it cannot know: no lift when nobody left, no hit rate for an empty target', () => {
    const none = evaluateScore(scored, [0, 1], new Set());
    expect(none.hitRate).toBe(0);
    expect(none.lift).toBeNull();
    expect(none.captured).toBeNull();
    const empty = evaluateScore(scored, [], left);
    expect(empty.hitRate).toBeNull();
    expect(empty.lift).toBeNull();
    expect(empty.trueNegatives + empty.falseNegatives).toBe(10);
  });

  it('a perfect score has the maximal lift, 1 / base rate', () => {
    const perfect = { ids: scored.ids, scores: scored.ids.map((id) => (left.has(id) ? 1 : 0)) };
    const e = evaluateScore(perfect, selectByScore(perfect, { kind: 'top', n: 4 }), left);
    expect(e.hitRate).toBe(1);
    expect(e.lift).toBe(2.5);
  });
});
