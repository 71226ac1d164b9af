/**
 * A programme ROI is never written bare where it is uncertain (QA: « ROI : +116,9 % » then « −437,6 % »
 * on the decisions screen while the dashboard said « ± 972,2 % … effet non démontré »): the one-line
 * form of the decisions screen, and the overall ROI of several programmes with its combined error.
 */
import { describe, expect, it } from 'vitest';
import { combinedEffect } from '../../../src/app/programmeEffect.ts';
import { effectStatusText, programmeMarginText, programmeRoiLine, programmeRoiParts, programmeRoiText, roundingStep } from '../../../src/ui/dashboard/programmeEffectText.ts';
import { roiTooUncertain } from '../../../src/app/roi.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
// 150 control customers: the fixture's 33 is too few for any « démontré » verdict (app/programmeEffect.ts VERDICT_MIN_CONTROL)
const programme = (over: Partial<ProgrammeKpi>): ProgrammeKpi => ({ ...makeKpi(0).programmes[0], controlGroup: 150, ...over });
/** −437,6 % ± 972,2 %: a margin of −3 376 € ± 9 722 € for 1 000 € */
const noisy = programme({ incrementalMarginToDate: -3376, incrementalMarginError: 9722, costToDate: 1000, roi: -4.376 });

describe('ROI on one line', () => {
  it('gives the error and what the estimate shows, as the dashboard', () => {
    // no effect shown, the ROI ± 970 %: too uncertain for a figure (app/roi.ts ROI_MAX_ERROR), the margin in euros instead
    expect(plain(programmeRoiLine('fr', noisy))).toBe(
      'non chiffrable (marge d’erreur trop large), marge supplémentaire entre −13 100 € et +6 300 € (estimation −3 400 € ± 9 700 €) pour un coût de 1 000 € — effet non démontré : dans la marge d’erreur',
    );
    expect(plain(programmeRoiLine('en', noisy))).toBe(
      'not quantifiable (margin of error too wide), extra margin between −\u2060€13,100 and +\u2060€6,300 (estimate −\u2060€3,400 ± €9,700) for a cost of €1,000 — no proven effect: within the margin of error',
    );
    const sure = programme({ incrementalMarginToDate: 5000, incrementalMarginError: 1000, costToDate: 1000, roi: 4 });
    // a shown effect in the same notation as one that is not (QA play F2)
    expect(plain(programmeRoiLine('fr', sure))).toMatch(/^entre \+300 % et \+500 % \(estimation \+400 % ± 100 %\) — rentable \(démontré\)/);
  });
  it('tells the effect on the margin from the profitability, as the ROI beside it shows (QA teacher F1)', () => {
    // Chloé's custom offer: 22 225 € ± 12 002 € for 10 266 €, ROI +116,5 % ± 116,9 %: the margin moved, the ROI interval holds a loss
    const custom = programme({ incrementalMarginToDate: 22225, incrementalMarginError: 12002, costToDate: 10266, roi: (22225 - 10266) / 10266 });
    expect(plain(programmeRoiLine('fr', custom))).toMatch(/— effet sur la marge démontré ; rentabilité non démontrée/);
    expect(plain(programmeRoiLine('en', custom))).toMatch(/— margin effect proven; profit not proven \(after its cost, the ROI could still be negative\)/);
    expect(programmeRoiLine('fr', custom)).not.toMatch(/gain|rentable \(/);
    // coupons stopped: −1 521 € ± 7 047 € for 6 991 €, ROI −121,8 % ± 100,8 %: the whole ROI interval is a loss
    const stopped = programme({ incrementalMarginToDate: -1521, incrementalMarginError: 7047, costToDate: 6991, roi: (-1521 - 6991) / 6991 });
    expect(plain(programmeRoiLine('fr', stopped))).toMatch(/— perte démontrée : même au haut de sa marge d’erreur, la marge gagnée ne couvre pas le coût$/);
    expect(plain(programmeRoiLine('en', stopped))).toMatch(/— loss proven/);
  });
  it('rounds an estimate whose effect is not shown and leads with its interval (QA expert F26)', () => {
    // the expert's sport coupon, motive sympathie: −28 326 € ± 62 429 € of margin, ROI −1 198 %, « effet non démontré »
    const cost = -28326 / (1 - 11.98);
    const coupon = programme({ incrementalMarginToDate: -28326, incrementalMarginError: 62429, costToDate: cost, roi: (-28326 - cost) / cost });
    // ± 2 400 % of ROI (issue #4): not a figure, the margin's interval in euros and the cost
    expect(plain(programmeRoiText('fr', coupon))).toBe('non chiffrable (marge d’erreur trop large), marge supplémentaire entre −90 000 € et +34 000 € (estimation −28 000 € ± 62 000 €) pour un coût de 2 580 €');
    expect(plain(programmeMarginText('fr', { ...coupon, controlGroup: 200 }).value!)).toBe('entre −90 000 € et +34 000 € (estimation −28 000 € ± 62 000 €)');
    expect(plain(programmeRoiText('en', coupon))).toMatch(/^not quantifiable \(margin of error too wide\), extra margin between −\u2060.90,000 and \+\u2060.34,000 \(estimate −\u2060.28,000 ± .62,000\) for a cost of .2,580$/);
    // two significant digits of the error, never finer than the display's own (1 €, 0,1 %)
    expect(roundingStep(62429, 1)).toBe(1000);
    expect(roundingStep(9722, 1)).toBe(100);
    expect(roundingStep(12, 1)).toBe(1);
    expect(roundingStep(0.0123, 0.001)).toBe(0.001);
    // a shown effect is written the same way (QA play F2: « −96,0 % ± 33,1 % » beside « entre −500 % et +180 % (estimation −160 % ± 340 %) »)
    const sure = programme({ incrementalMarginToDate: 5000, incrementalMarginError: 1000, costToDate: 1000, roi: 4 });
    expect(plain(programmeRoiText('fr', sure))).toBe('entre +300 % et +500 % (estimation +400 % ± 100 %)');
    // the tester's shown loss: −96,0 % ± 33,1 %
    const loss = programme({ incrementalMarginToDate: 50.8, incrementalMarginError: 420.4, costToDate: 1270, roi: (50.8 - 1270) / 1270 });
    expect(plain(programmeRoiText('fr', loss))).toBe('entre −129 % et −63 % (estimation −96 % ± 33 %)');
    expect(plain(programmeRoiText('en', loss))).toBe('between −129% and −63% (estimate −96% ± 33%)');
  });

  it('says why there is none', () => {
    expect(programmeRoiLine('fr', programme({ incrementalMarginToDate: null, incrementalMarginError: null, roi: null }))).toBe('non mesurable');
    expect(effectStatusText('fr', programme({ incrementalMarginToDate: null, incrementalMarginError: null }))).toBe('non mesurable');
  });
});

describe('several programmes together', () => {
  it('counts only the measured ones, adds their errors in quadrature, and reads the ROI of the sum', () => {
    const a = programme({ id: 'a', incrementalMarginToDate: 3000, incrementalMarginError: 3000, costToDate: 1000 });
    const b = programme({ id: 'b', incrementalMarginToDate: 1000, incrementalMarginError: 4000, costToDate: 1000 });
    const unmeasured = programme({ id: 'c', incrementalMarginToDate: null, incrementalMarginError: null, costToDate: 500 });
    const all = combinedEffect([a, unmeasured, b]);
    expect(all.measured.map((p) => p.id)).toEqual(['a', 'b']);
    expect(all.incrementalMarginToDate).toBe(4000);
    expect(all.incrementalMarginError).toBe(5000);
    expect(all.costToDate).toBe(2000);
    expect(all.roi).toBe(1);
    expect(effectStatusText('fr', all)).toBe(frenchText`effet non démontré : dans la marge d’erreur`);
    expect(combinedEffect([unmeasured])).toMatchObject({ measured: [], incrementalMarginToDate: null, roi: null });
  });
});

describe('an ROI too uncertain to put a figure on (issue #4: « ROI 340 % (−2 100 % à +2 800 %) »)', () => {
  // a small cost and a noisy control group: 4 400 € ± 24 500 € of extra margin for 1 000 €, ROI +340 % ± 2 450 %
  const tiny = programme({ incrementalMarginToDate: 4400, incrementalMarginError: 24500, costToDate: 1000, roi: 3.4 });

  it('never says « trop incertain » beside « perte démontrée »: a loss proven whose ROI has no figure (QA qa27missions m1)', () => {
    // the QA's club: −8 000 € ± 11 000 € of extra margin for 3 440 €: even its top (+3 000 €) does not cover the cost
    const club = programme({ incrementalMarginToDate: -8000, incrementalMarginError: 11000, costToDate: 3440, roi: -3.33 });
    const fr = plain(programmeRoiLine('fr', club));
    expect(fr).toMatch(/^non chiffrable \(marge d’erreur trop large\), marge supplémentaire .* — perte démontrée/);
    expect(fr).not.toMatch(/incertain/);
    expect(plain(programmeRoiLine('en', club))).toMatch(/^not quantifiable \(margin of error too wide\), .* — loss proven/);
  });

  it('says so and gives the extra margin in euros with its interval, and the cost, on every screen’s text', () => {
    const fr = plain(programmeRoiText('fr', tiny));
    expect(fr).toBe('non chiffrable (marge d’erreur trop large), marge supplémentaire entre −21 000 € et +29 000 € (estimation 4 000 € ± 25 000 €) pour un coût de 1 000 €');
    expect(fr).not.toMatch(/%/);
    expect(plain(programmeRoiText('en', tiny))).toMatch(/^not quantifiable \(margin of error too wide\), extra margin between/);
    expect(plain(programmeRoiLine('fr', tiny))).toMatch(/^non chiffrable \(marge d’erreur trop large\), .* — effet non démontré/);
    // the Bilan's two-part cell falls back on that text
    expect(programmeRoiParts('fr', tiny)).toBeNull();
    // the glass box too: its formula gives the terms beside it, no figure (QA qa19 F3: « +5 520,2 % ± 2 645,2 % » there)
    expect(plain(programmeRoiText('fr', tiny, true))).toBe('non chiffrable (trop incertain)');
  });

  it('up to ± 100 points the ROI is written as a figure, beyond it is not (app/roi.ts ROI_MAX_ERROR)', () => {
    expect(roiTooUncertain(1)).toBe(false);
    expect(roiTooUncertain(1.01)).toBe(true);
    expect(roiTooUncertain(null)).toBe(false);
    const sure = programme({ incrementalMarginToDate: 5000, incrementalMarginError: 1000, costToDate: 1000, roi: 4 });
    expect(programmeRoiParts('fr', sure)).not.toBeNull();
    expect(plain(programmeRoiText('fr', sure))).toBe('entre +300 % et +500 % (estimation +400 % ± 100 %)');
  });

  it('the Bilan’s overall ROI follows the same rule (several programmes combined)', () => {
    const overall = combinedEffect([tiny, programme({ id: '0:1', incrementalMarginToDate: 200, incrementalMarginError: 3000, costToDate: 500, roi: -0.6 })]);
    expect(plain(programmeRoiText('fr', overall))).toMatch(/^non chiffrable \(marge d’erreur trop large\), marge supplémentaire entre .* pour un coût de 1 500 €$/);
  });
});
