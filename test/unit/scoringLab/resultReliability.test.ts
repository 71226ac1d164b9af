import { describe, expect, it } from 'vitest';
import { MIN_EXPECTED_HITS, MIN_OBSERVED, resultReliability } from '../../../src/ui/scoringLab/resultReliability.ts';
import { percentOf, shareOfPercent } from '../../../src/ui/scoringLab/percentField.ts';

describe('scoring lab result reliability', () => {
  // a target large enough for its own rate: only the base's counts matter in this case
  const big = { randomHits: 50 };

  it('is too early to judge with fewer than about 20 departures, or 20 customers who stayed', () => {
    expect(MIN_OBSERVED).toBe(20);
    expect(resultReliability({ leavers: 0, scored: 300, ...big })).toBe('fewLeavers');
    expect(resultReliability({ leavers: 19, scored: 300, ...big })).toBe('fewLeavers');
    expect(resultReliability({ leavers: 20, scored: 300, ...big })).toBe('ok');
    expect(resultReliability({ leavers: 290, scored: 300, ...big })).toBe('fewStayers');
    expect(resultReliability({ leavers: 280, scored: 300, ...big })).toBe('ok');
    expect(resultReliability({ leavers: 5, scored: 10, ...big })).toBe('fewLeavers');
  });

  // QA qa15 F3: 10 targeted in a base where 8,8 % left, « 0 % » and « Lift × 0 » shown as definitive
  it('says a target is too small to judge when a random one would catch fewer than 5 leavers', () => {
    expect(MIN_EXPECTED_HITS).toBe(5);
    expect(resultReliability({ leavers: 227, scored: 2582, randomHits: 0.88 })).toBe('smallTarget');
    expect(resultReliability({ leavers: 227, scored: 2582, randomHits: 4.99 })).toBe('smallTarget');
    expect(resultReliability({ leavers: 227, scored: 2582, randomHits: 5 })).toBe('ok');
    // too few departures in the whole base says more: it comes first
    expect(resultReliability({ leavers: 10, scored: 2582, randomHits: 0.04 })).toBe('fewLeavers');
  });
});

describe('satisfaction threshold as a percentage', () => {
  it('shows a share as a whole percentage and reads a typed one back, within 0..100', () => {
    expect(percentOf(0.5)).toBe(50);
    expect(percentOf(0.68)).toBe(68);
    expect(shareOfPercent('40', 0.5)).toBe(0.4);
    expect(shareOfPercent('68', 0.5)).toBe(0.68);
    expect(shareOfPercent('150', 0.5)).toBe(1);
    expect(shareOfPercent('-3', 0.5)).toBe(0);
    expect(shareOfPercent('', 0.5)).toBe(0.5);
    expect(shareOfPercent('abc', 0.3)).toBe(0.3);
  });
});
