/**
 * A printed sheet says which game it is (QA qa29print P5): two students' Bilans on one shop, or a replay on
 * another seed, looked the same on paper. The print-only line names the shop, a typed run name, the learner,
 * the seed, the period and the print date (the browser's clock, given by the UI).
 */
import { describe, expect, it } from 'vitest';
import { printIdentity } from '../../../src/ui/shell/printIdentity.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);
const now = new Date(Date.UTC(2026, 11, 1, 9, 30));
const game = { shop: 'Boulangerie du Marché', runName: 'Boulangerie du Marché (1907)', learner: '', seed: 1907, period: 'Partie terminée (52 semaines)' };

describe('the printed sheet’s identity line', () => {
  it('names shop, seed, period and print date; not a default run name again', () => {
    expect(printIdentity(tOf('fr'), 'fr', game, now, 'UTC')).toBe(
      'Boulangerie du Marché · graine 1907 · Partie terminée (52 semaines) · imprimé le 1er décembre 2026',
    );
  });

  it('names the learner and a run name they typed', () => {
    expect(printIdentity(tOf('fr'), 'fr', { ...game, runName: 'Essai fidélité', learner: ' Léa Martin ' }, now, 'UTC')).toBe(
      'Boulangerie du Marché · Essai fidélité · Élève\u00a0: Léa Martin · graine 1907 · Partie terminée (52 semaines) · imprimé le 1er décembre 2026',
    );
    expect(printIdentity(tOf('en'), 'en', { ...game, shop: 'Market Square Bakery', runName: '', learner: 'Lea', period: 'Week 12 / 52, to play' }, now, 'UTC')).toBe(
      'Market Square Bakery · Student: Lea · seed 1907 · Week 12 / 52, to play · printed on 1 December 2026',
    );
  });

  it('without a game, the app and the date', () => {
    expect(printIdentity(tOf('fr'), 'fr', null, now, 'UTC')).toBe('Fidélis · imprimé le 1er décembre 2026');
  });
});
