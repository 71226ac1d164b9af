/** Bilan course findings: counts with thousands separators (QA C3) and real plurals instead of « (s) » (QA C1). */
import { describe, expect, it } from 'vitest';
import { findingCounts, findingMessageKey } from '../../../src/ui/debrief/findingText.ts';
import { translate, type Locale } from '../../../src/i18n/translate.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const say = (locale: Locale, key: Parameters<typeof findingMessageKey>[1], params: Record<string, string | number>) =>
  plain(translate(locale, findingMessageKey(locale, key, params), { ...params, ...findingCounts(locale, params) }));

describe('course finding text', () => {
  it('writes segment sizes with the thousands separator', () => {
    expect(say('fr', 'atRiskGrew', { from: 2088, to: 3097 })).toMatch(/^Le segment « Futur non-client » est passé de 2 088 à 3 097 clients/);
    expect(say('en', 'atRiskGrew', { from: 2088, to: 3097 })).toMatch(/went from 2,088 to 3,097 customers/);
  });

  it('picks the singular or the plural from the count', () => {
    expect(say('fr', 'negativeRoi', { count: 1 })).toMatch(/^1 programme a coûté plus qu’il n’a rapporté/);
    expect(say('fr', 'negativeRoi', { count: 2 })).toMatch(/^2 programmes ont coûté plus qu’ils n’ont rapporté/);
    expect(say('fr', 'complaintsLost', { count: 3 })).toMatch(/^3 clients sont partis après/);
    expect(say('fr', 'surveyMissed', { count: 1 })).toMatch(/^1 questionnaire a mesuré/);
    expect(say('fr', 'surveyMissed', { count: 2 })).toMatch(/^2 questionnaires ont mesuré/);
    expect(say('en', 'complaintsLost', { count: 1 })).toMatch(/^1 customer left after/);
    expect(say('fr', 'complaintsLost', { count: 1200 })).toMatch(/^1 200 clients sont partis/);
    expect(say('fr', 'effectNotShown', { count: 1 })).toMatch(/^1 programme n’a pas \(encore\) d’effet démontré sur la marge : sa marge/);
    expect(say('fr', 'effectNotShown', { count: 2 })).toMatch(/^2 programmes n’ont pas \(encore\) d’effet démontré sur la marge : leur marge/);
    expect(say('en', 'effectNotShown', { count: 1 })).toMatch(/^1 programme has no proven effect on the margin \(yet\): its extra margin/);
  });
});
