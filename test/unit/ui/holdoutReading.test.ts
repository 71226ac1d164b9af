/** The hold-out check is read, not only stated: which way the model misses and what it means for the risk list (QA qa15 F6). */
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/app/format.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { holdoutReading } from '../../../src/ui/analytics/holdoutReading.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const sentence = (locale: 'fr' | 'en', expected: number, actual: number) => {
  const reading = holdoutReading(expected, actual)!;
  return plain(translate(locale, `analytics.score.holdoutReading.${reading.direction}`, { gap: formatPercent(locale, reading.gap, 0) }));
};

describe('holdoutReading', () => {
  it('under-predicted (the CDNOW sample: 1 653 forecast, 1 882 made): customers bought 14 % more, the list may overstate the risk', () => {
    expect(holdoutReading(1653, 1882)).toEqual({ direction: 'under', gap: (1882 - 1653) / 1653 });
    expect(sentence('fr', 1653, 1882)).toMatch(/^Les clients ont acheté 14 % de plus que prévu : le modèle sous-estime leur activité, la liste ci-dessous peut donc exagérer le risque de départ/);
    expect(sentence('en', 1653, 1882)).toMatch(/^Customers bought 14% more than forecast: the model underestimates their activity, so the list below may overstate/);
  });

  it('over-predicted: customers bought less than forecast, the list may understate the risk', () => {
    expect(holdoutReading(2000, 1500)).toEqual({ direction: 'over', gap: 0.25 });
    expect(sentence('fr', 2000, 1500)).toMatch(/^Les clients ont acheté 25 % de moins que prévu : le modèle surestime leur activité, la liste ci-dessous peut donc sous-estimer le risque de départ/);
    expect(sentence('en', 2000, 1500)).toMatch(/^Customers bought 25% less than forecast: the model overestimates their activity, so the list below may understate/);
  });

  it('under half a percent reads as on target (never « 0 % de plus »); no forecast, no reading', () => {
    expect(holdoutReading(1000, 1004)?.direction).toBe('close');
    expect(sentence('fr', 1000, 1004)).toMatch(/^La prévision tombe juste à moins de 1 % près/);
    expect(holdoutReading(1000, 1006)?.direction).toBe('under');
    expect(holdoutReading(0, 12)).toBeNull();
  });
});
