/**
 * A programme ROI is never written bare where it is uncertain (QA: « ROI : +116,9 % » then « −437,6 % »
 * on the decisions screen while the dashboard said « ± 972,2 % … effet non démontré »): the one-line
 * form of the decisions screen, and the overall ROI of several programmes with its combined error.
 */
import { describe, expect, it } from 'vitest';
import { combinedEffect } from '../../../src/app/programmeEffect.ts';
import { effectStatusText, programmeMarginText, programmeRoiLine, programmeRoiText, roundingStep } from '../../../src/ui/dashboard/programmeEffectText.ts';
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
    // no effect shown: the interval first, rounded to two significant digits of the error (QA expert F26)
    expect(plain(programmeRoiLine('fr', noisy))).toMatch(
      /^entre −1 410 % et \+530 % \(estimation −440 % ± 970 %\) — effet non démontré : dans la marge d’erreur$/,
    );
    expect(plain(programmeRoiLine('en', noisy))).toMatch(
      /^between −1,410% and \+530% \(estimate −440% ± 970%\) — no proven effect: within the margin of error$/,
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
    expect(plain(programmeRoiText('fr', coupon))).toBe('entre −3 600 % et +1 200 % (estimation −1 200 % ± 2 400 %)');
    expect(plain(programmeMarginText('fr', { ...coupon, controlGroup: 200 }).value!)).toBe('entre −90 000 € et +34 000 € (estimation −28 000 € ± 62 000 €)');
    expect(plain(programmeRoiText('en', coupon))).toBe('between −3,600% and +1,200% (estimate −1,200% ± 2,400%)');
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
