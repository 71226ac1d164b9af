/**
 * An extra margin whose estimate is lost in its margin of error is written as its interval alone (QA hqa3 F9): the club at
 * week 6 of the sports store, −365 € ± 10 409 € for 1 306 € spent, read « entre −10 000 € et +10 000 € (estimation 0 € ±
 * 10 000 €) », and « 0 € » reads « no effect ». The same words on every screen that writes it: the dashboard's table and
 * the decisions screen's line (programmeMarginText, programmeRoiLine), the Charts table (programmeMarginText), the Bilan's
 * table (programmeMarginParts) and its overall margin (marginWithError).
 */
import { describe, expect, it } from 'vitest';
import { marginWithError, programmeMarginParts, programmeMarginText, programmeRoiLine, programmeRoiParts } from '../../../src/ui/dashboard/programmeEffectText.ts';
import { ESTIMATE_MIN_SHARE, formatRoiEstimate } from '../../../src/app/roi.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpi } from '../../fixtures/kpis.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const programme = (over: Partial<ProgrammeKpi>): ProgrammeKpi => ({ ...makeKpi(0).programmes[0], controlGroup: 150, ...over });
const club = programme({ incrementalMarginToDate: -365, incrementalMarginError: 10409, costToDate: 1306, roi: (-365 - 1306) / 1306 });

describe('an extra margin lost in its error', () => {
  it('is its interval alone, with why there is no estimate, never « 0 € »', () => {
    const fr = 'entre −10 000 € et +10 000 € (gain ou perte : impossible à dire)';
    const en = 'between −\u2060€10,000 and +\u2060€10,000 (gain or loss: impossible to tell)';
    expect(plain(programmeMarginText('fr', club).value!)).toBe(fr);
    expect(plain(programmeMarginText('en', club).value!)).toBe(en);
    expect(plain(marginWithError('fr', -365, 10409))).toBe(fr);
    // the Bilan's table: all in the first part (a narrow column wraps it), nothing left for the « ± » part
    const parts = programmeMarginParts('fr', club)!;
    expect(plain(parts.value)).toBe(fr);
    expect(parts.error).toBe('');
    // the decisions screen's line: the ROI too uncertain, the margin's interval beside the cost
    expect(plain(programmeRoiLine('fr', club))).toBe(
      `non chiffrable (marge d’erreur trop large), marge supplémentaire ${fr} pour un coût de 1 306 € — effet non démontré : dans la marge d’erreur`,
    );
    expect(plain(programmeRoiLine('en', club))).toMatch(/^not quantifiable \(margin of error too wide\), extra margin between −\u2060€10,000 and \+\u2060€10,000 \(gain or loss: impossible to tell\) for a cost of €1,306/);
    expect(plain(programmeRoiLine('en', club))).not.toMatch(/€0\b/);
  });

  it('keeps its estimate from a tenth of its error, and an ROI always keeps its own', () => {
    expect(ESTIMATE_MIN_SHARE).toBe(0.1);
    expect(plain(marginWithError('fr', 1100, 10000))).toBe('entre −9 000 € et +11 000 € (estimation 1 000 € ± 10 000 €)');
    expect(plain(marginWithError('fr', -990, 10000))).toMatch(/^entre .* \(gain ou perte : impossible à dire\)$/);
    // a sure effect, and no error at all (no control-group noise): the estimate
    expect(plain(marginWithError('fr', 0, 0))).toBe('entre 0 € et 0 € (estimation 0 € ± 0 €)');
    // 0 % is a figure for an ROI (the cost paid back): not this rule
    expect(plain(formatRoiEstimate('fr', 0.004, 0.5))).toBe('entre −50 % et +50 % (estimation 0 % ± 50 %)');
    const sure = programme({ incrementalMarginToDate: 5000, incrementalMarginError: 1000, costToDate: 1000, roi: 4 });
    expect(plain(programmeRoiParts('fr', sure)!.value)).toBe('entre +300 % et +500 % (estimation +400 %');
  });
});
