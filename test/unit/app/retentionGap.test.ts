/**
 * Members vs control group, shares still customers with their 95 % margins of error (src/app/retentionGap.ts;
 * QA today 11: with 45 controls, 100 % against 91 % was read as the programme's effect).
 */
import { describe, expect, it } from 'vitest';
import { retentionGap, retentionGapText, shareMarginOfError, shareWithMarginText } from '../../../src/app/retentionGap.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('a share still customers with its margin of error', () => {
  it('is the usual 1,96 × √(p(1 − p) ÷ n) at 50 % (two customers of each kind added)', () => {
    // 50 of 100: √(0,25 ÷ 103,84) × 1,96
    expect(shareMarginOfError(0.5, 100)).toBeCloseTo(0.0962, 4);
    // the margin shrinks as the group grows
    expect(shareMarginOfError(0.9, 4000)!).toBeLessThan(shareMarginOfError(0.9, 400)!);
  });

  it('is not ± 0 for a small group all still there: 45 controls at 100 % are ± 5,5 points', () => {
    expect(shareMarginOfError(1, 45)).toBeCloseTo(0.0545, 4);
    expect(shareMarginOfError(0, 45)).toBeCloseTo(0.0545, 4);
    expect(shareMarginOfError(1, 0)).toBeNull();
  });

  it('is written as a survey result is, « ± n pt » with one decimal', () => {
    expect(plain(shareWithMarginText('fr', 40 / 45, shareMarginOfError(40 / 45, 45)!))).toBe('88,9 % ± 9,8 pt');
    expect(shareWithMarginText('en', 40 / 45, shareMarginOfError(40 / 45, 45)!)).toBe('88.9% ±\u00a09.8\u00a0points');
  });
});

describe('members against controls', () => {
  it('says the gap may be chance when the two intervals overlap (the QA game at its end: 81,2 % of 405 members, 88,9 % of 45 controls)', () => {
    const gap = retentionGap(0.812, 405, 40 / 45, 45)!;
    expect(gap.mayBeChance).toBe(true);
    const words = retentionGapText('fr', gap);
    expect(plain(words.members)).toBe('81,2 % ± 3,8 pt');
    expect(plain(words.control)).toBe('88,9 % ± 9,8 pt');
    expect(plain(words.chance!)).toBe(
      'Les deux marges d’erreur se chevauchent : l’écart entre membres et témoins encore clients peut n’être que du hasard, à lire avec prudence.',
    );
    expect(words.chance).toContain('\u00a0:');
    expect(retentionGapText('en', gap).chance).toMatch(/^The two margins of error overlap: the gap .* may be mere chance/);
  });

  it('says nothing of chance when the intervals are apart', () => {
    // big groups: 80 % against 90 % is beyond both margins
    const big = retentionGap(0.8, 2000, 0.9, 2000)!;
    expect(big.mayBeChance).toBe(false);
    expect(retentionGapText('fr', big).chance).toBeNull();
    // the QA game at week 19: 100 % of 45 controls (± 5,5) against 91,2 % of 405 members (± 2,8): 8,8 points apart, more than 8,3
    expect(retentionGap(0.912, 405, 1, 45)!.mayBeChance).toBe(false);
    // the same gap with 30 controls: the intervals overlap
    expect(retentionGap(0.912, 405, 1, 30)!.mayBeChance).toBe(true);
  });

  it('has nothing to say without members or controls', () => {
    expect(retentionGap(0.9, 100, 1, 0)).toBeNull();
    expect(retentionGap(0.9, 0, 1, 45)).toBeNull();
  });
});
