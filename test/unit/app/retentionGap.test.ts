/**
 * Members vs control group, shares still customers with their 95 % margins of error (src/app/retentionGap.ts;
 * QA today 11: with 45 controls, 100 % against 91 % was read as the programme's effect).
 */
import { describe, expect, it } from 'vitest';
import { retentionGap, retentionGapText, shareEstimate, shareMarginOfError, shareWithMarginText } from '../../../src/app/retentionGap.ts';

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
    expect(plain(shareWithMarginText('fr', shareEstimate(40 / 45, 45)!))).toBe('88,9 % ± 9,8 pt');
    expect(shareWithMarginText('en', shareEstimate(40 / 45, 45)!)).toBe('88.9% ±\u00a09.8\u00a0points');
  });

  /**
   * QA qa24 m4: 100 % of the control group read « 100 % ± 3,7 pt », a range up to 103,7 %. The Agresti–Coull interval is centred
   * on the adjusted share: near 0 or 100 % the share is followed by that interval, cut at the bounds, never by a « ± » past them.
   */
  it('near 100 % or 0 %, where « ± » would leave 0–100 %, writes the interval itself', () => {
    // 45 of 45: adjusted share 46,92 ÷ 48,84 = 96,1 %, ± 5,5 → 90,6 % to 101,5 %, cut at 100 %
    expect(plain(shareWithMarginText('fr', shareEstimate(1, 45)!))).toBe('100 % (entre 90,6 % et 100 %)');
    expect(shareWithMarginText('en', shareEstimate(1, 45)!)).toBe('100% (between 90.6% and 100%)');
    expect(plain(shareWithMarginText('fr', shareEstimate(0, 45)!))).toBe('0 % (entre 0 % et 9,4 %)');
    // French typography: a no-break space before each « % » (Intl's), none that may wrap
    expect(shareWithMarginText('fr', shareEstimate(1, 45)!)).toMatch(/^100[\u00a0\u202f]% \(entre 90,6[\u00a0\u202f]% et 100[\u00a0\u202f]%\)$/);
    // 99,3 % of 450: ± 1,0 would reach 100,3 %; the interval stays below 100 % and holds the share
    const high = shareEstimate(0.993, 450)!;
    expect(plain(shareWithMarginText('fr', high))).toBe('99,3 % (entre 97,9 % et 99,8 %)');
    expect(high.low).toBeLessThanOrEqual(0.993);
    expect(high.high).toBeGreaterThanOrEqual(0.993);
  });

  it('keeps « ± » whenever the share ± its margin, as written, stays within 0–100 %', () => {
    for (const [share, n] of [[0.5, 100], [0.912, 405], [0.97, 450], [0.03, 450]] as const) {
      const e = shareEstimate(share, n)!;
      expect(e.symmetric).toBe(true);
      expect(shareWithMarginText('fr', e)).toContain('±');
      expect(e.low).toBeGreaterThanOrEqual(0);
      expect(e.high).toBeLessThanOrEqual(1);
    }
    // 99,2 % ± 0,8 pt reads as up to 100,0 %: kept
    expect(shareEstimate(0.992, 1200)!.symmetric).toBe(true);
    expect(plain(shareWithMarginText('fr', shareEstimate(0.992, 1200)!))).toBe('99,2 % ± 0,5 pt');
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
    // 85 % of 405 members (81,5 % to 88,5 %) against 100 % of 45 controls (90,6 % to 100 %): apart
    expect(retentionGap(0.85, 405, 1, 45)!.mayBeChance).toBe(false);
  });

  it('reads the overlap on the intervals written, not on a « ± » around 100 % (QA qa24 m4)', () => {
    // the QA game at week 19: 91,2 % ± 2,8 pt of 405 members (up to 94,0 %) against 100 % of 45 controls, between 90,6 % and 100 %:
    // they overlap, although 8,8 points apart is more than 2,8 + 5,5
    const gap = retentionGap(0.912, 405, 1, 45)!;
    expect(gap.mayBeChance).toBe(true);
    expect(plain(retentionGapText('fr', gap).control)).toBe('100 % (entre 90,6 % et 100 %)');
  });

  it('has nothing to say without members or controls', () => {
    expect(retentionGap(0.9, 100, 1, 0)).toBeNull();
    expect(retentionGap(0.9, 0, 1, 45)).toBeNull();
  });
});
