/**
 * The Bilan's reason for a survey that missed the truth beyond its margin of error (QA: it blamed a
 * small sample, which the margin already accounts for). The engine (engine/survey.ts): a
 * questionnaire's satisfied customers answer more often (non-response bias, the measure lands above
 * the truth); a mystery shopper scores the shop's service, not the customers' satisfaction.
 */
import { describe, expect, it } from 'vitest';
import type { MeasuredSatisfaction, TickKpis } from '../../../src/engine/types.ts';
import { courseFindings } from '../../../src/ui/debrief/courseFindings.ts';
import { findingCounts, findingMessageKey } from '../../../src/ui/debrief/findingText.ts';
import { translate, type Locale } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** one survey at tick 2 measuring `mean` ± 0.021 while the truth is 0.675 */
function withSurvey(method: MeasuredSatisfaction['method'], mean: number): TickKpis[] {
  const measured: MeasuredSatisfaction = { method, sampleSize: 200, mean, marginOfError: 0.021, tick: 2 };
  return makeKpiSeries(5, (k) => ({ ...k, satisfactionTrue: 0.675, satisfactionMeasured: k.tick >= 2 ? measured : null }));
}
function sayings(kpis: TickKpis[], locale: Locale) {
  return courseFindings(kpis, [])
    .filter((f) => f.concept === 'mesureSatisfaction' || f.concept === 'margeErreur')
    .map((f) => plain(translate(locale, findingMessageKey(locale, f.key, f.params), { ...f.params, ...findingCounts(locale, f.params) })));
}

describe('a survey that missed beyond its margin of error', () => {
  it('a questionnaire above the truth: non-response bias, not the sample size', () => {
    const [fr] = sayings(withSurvey('questionnaire', 0.697), 'fr');
    expect(fr).toMatch(/^1 questionnaire a mesuré une satisfaction plus haute que la réalité/);
    expect(fr).toMatch(/biais de non-réponse/);
    expect(fr).toMatch(/la marge d’erreur en tient déjà compte/);
    expect(fr).not.toMatch(/petit échantillon donne une mesure imprécise/);
    const [en] = sayings(withSurvey('questionnaire', 0.697), 'en');
    expect(en).toMatch(/^1 questionnaire measured a higher satisfaction/);
    expect(en).toMatch(/non-response bias/);
    expect(en).not.toMatch(/small sample gives an imprecise measure/);
  });

  it('a questionnaire below the truth: chance (one in twenty), not the bias', () => {
    const [fr] = sayings(withSurvey('questionnaire', 0.64), 'fr');
    expect(fr).toMatch(/plus basse que la réalité.*une chance sur vingt/);
    expect(fr).not.toMatch(/biais/);
  });

  it('a mystery shopper: it scores the service, not the customers’ satisfaction', () => {
    const [fr] = sayings(withSurvey('clientMystere', 0.8), 'fr');
    expect(fr).toMatch(/client mystère note le service du magasin, pas la satisfaction des clients/);
    const [en] = sayings(withSurvey('clientMystere', 0.8), 'en');
    expect(en).toMatch(/scores the shop’s service, not the customers’ satisfaction/);
  });

  it('says nothing of a survey within its margin', () => {
    expect(sayings(withSurvey('questionnaire', 0.68), 'fr')).toEqual([]);
  });
});
