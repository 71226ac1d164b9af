/**
 * The Bilan's course lines follow the one verdict of the effect tables (app/programmeEffect.ts
 * effectVerdict, QA teacher F1): a margin shown but not the profit gets its own line; a loss shown by
 * the whole ROI interval is a loss, never also « pas d’effet démontré » beside it.
 */
import { describe, expect, it } from 'vitest';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { findingCounts, findingMessageKey } from '../../../src/ui/debrief/findingText.ts';
import { translate, type Locale } from '../../../src/i18n/translate.ts';
import type { ProgrammeKpi } from '../../../src/engine/types.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const say = (locale: Locale, key: Parameters<typeof findingMessageKey>[1], params: Record<string, string | number>) =>
  plain(translate(locale, findingMessageKey(locale, key, params), { ...params, ...findingCounts(locale, params) }));

function keysWith(programme: Partial<ProgrammeKpi>): string[] {
  const kpis = makeKpiSeries(6, (k) => ({ ...k, programmes: [{ ...k.programmes[0], ...programme }] }));
  return courseFindings(kpis, []).map((f) => f.key);
}

describe('course lines and the effect verdict', () => {
  it('says the margin moved but the profit is not shown (Chloé’s custom offer)', () => {
    const keys = keysWith({ incrementalMarginToDate: 22225, incrementalMarginError: 12002, costToDate: 10266, controlGroup: 150 });
    expect(keys).toContain('profitNotShown');
    expect(keys).not.toContain('effectNotShown');
    expect(keys).not.toContain('negativeRoi');
  });

  it('calls the mirror case a loss only, not also an effect not shown (coupons stopped)', () => {
    const keys = keysWith({ incrementalMarginToDate: -1521, incrementalMarginError: 7047, costToDate: 6991, controlGroup: 150 });
    expect(keys).toContain('negativeRoi');
    expect(keys).not.toContain('effectNotShown');
    expect(keys).not.toContain('profitNotShown');
  });

  it('tells no loss from a control group too small to conclude (QA shops F6: « perte démontrée » beside « estimation fragile »)', () => {
    const keys = keysWith({ incrementalMarginToDate: -31000, incrementalMarginError: 39000, costToDate: 20000, controlGroup: 36 });
    expect(keys).not.toContain('negativeRoi');
    expect(keys).not.toContain('profitNotShown');
  });

  it('writes it with real plurals in both languages', () => {
    expect(say('fr', 'profitNotShown', { count: 1 })).toMatch(/^1 programme a un effet démontré sur la marge, mais pas sur la rentabilité : sa marge/);
    expect(say('fr', 'profitNotShown', { count: 2 })).toMatch(/^2 programmes ont un effet démontré sur la marge, mais pas sur la rentabilité : leur marge/);
    expect(say('en', 'profitNotShown', { count: 1 })).toMatch(/^1 programme shows an effect on the margin, but not on profitability/);
  });
});
