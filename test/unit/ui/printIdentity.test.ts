/**
 * A printed sheet says which game it is (QA qa29print P5): two students' Bilans on one shop, or a replay on
 * another seed, looked the same on paper. The print-only line names the shop, a typed run name, the learner,
 * the seed, the period and the print date (the browser's clock, given by the UI).
 */
import { describe, expect, it } from 'vitest';
import { printIdentity } from '../../../src/ui/shell/printIdentity.ts';
import { readDefaultRunName } from '../../../src/app/defaultRunName.ts';
import { translate, type Locale, type MessageKey, type Params } from '../../../src/i18n/translate.ts';

const tOf = (locale: Locale) => (key: MessageKey, params?: Params) => translate(locale, key, params);
const now = new Date(Date.UTC(2026, 11, 1, 9, 30));
const origin = { shop: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' }, seed: 1907 };
const game = { shop: 'Boulangerie du Marché', runName: 'Boulangerie du Marché (1907)', origin, learner: '', seed: 1907, period: 'Partie terminée (52 semaines)' };
const printed = (runName: string, shop = game.shop) => printIdentity(tOf('fr'), 'fr', { ...game, shop, runName }, now, 'UTC', readDefaultRunName);

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

  // review19 m7: the line told the app's names from typed ones by « does it hold the shop's name as the header writes it »
  it('a name the app gave in the other language is not printed as typed', () => {
    expect(printed('Market Square Bakery (1907)')).toBe(printed(''));
    expect(printed('Market Square Bakery — Mission 2, attempt 3 (1907) 2')).toBe(printed(''));
  });

  it('a what-if branch: its base name, the app’s, is not printed; a typed base is', () => {
    const branchShop = 'Boulangerie du Marché — et si… (à partir de la semaine 3)';
    expect(printed('Boulangerie du Marché (1907)', branchShop)).toBe(printed('', branchShop));
    expect(printed('Boulangerie du Marché (1907)', branchShop)).toMatch(/^Boulangerie du Marché — et si… \(à partir de la semaine 3\) · graine 1907 · /);
    expect(printed('Essai fidélité', branchShop)).toMatch(/^Boulangerie du Marché — et si… \(à partir de la semaine 3\) · Essai fidélité · graine 1907 · /);
  });

  it('a typed name holding the shop’s name is printed', () => {
    expect(printed('Boulangerie du Marché – groupe 2')).toBe(
      'Boulangerie du Marché · Boulangerie du Marché – groupe 2 · graine 1907 · Partie terminée (52 semaines) · imprimé le 1er décembre 2026',
    );
    // the same shop on another seed: not this run's default name
    expect(printed('Boulangerie du Marché (2026)')).toMatch(/^Boulangerie du Marché · Boulangerie du Marché \(2026\) · graine 1907/);
  });

  // QA qa30enTablet m8: a mission's scenario is named « shop — mission 3 : title » (missions/missionScenario.ts), its run
  // « shop — Mission 3 (42) »: that name was printed as if typed, the shop, the mission and the seed twice
  it('a mission: the app’s run name is not printed again after the mission’s shop line; a typed one is', () => {
    const missionShop = { fr: 'Boulangerie du Marché — mission 3 : Réclamations et enquêtes', en: 'Market Square Bakery — mission 3: Complaints and surveys' };
    // the shop whose path it is, as the header gives it (not read back off the mission scenario's name: review m9)
    const mission = { ...game, origin: { shop: { fr: 'Boulangerie du Marché', en: 'Market Square Bakery' }, seed: 42 }, seed: 42, period: 'Week 2 / 4, to play' };
    expect(printIdentity(tOf('en'), 'en', { ...mission, shop: missionShop.en, runName: 'Market Square Bakery — Mission 3 (42)' }, now, 'UTC', readDefaultRunName)).toBe(
      'Market Square Bakery — mission 3: Complaints and surveys · seed 42 · Week 2 / 4, to play · printed on 1 December 2026',
    );
    expect(printIdentity(tOf('fr'), 'fr', { ...mission, shop: missionShop.fr, runName: 'Boulangerie du Marché — Mission 3, essai 2 (42)', period: 'Semaine 2 / 4, à jouer' }, now, 'UTC', readDefaultRunName)).toBe(
      'Boulangerie du Marché — mission 3 : Réclamations et enquêtes · graine 42 · Semaine 2 / 4, à jouer · imprimé le 1er décembre 2026',
    );
    expect(printIdentity(tOf('en'), 'en', { ...mission, shop: missionShop.en, runName: 'Group 2' }, now, 'UTC', readDefaultRunName)).toMatch(/^Market Square Bakery — mission 3: Complaints and surveys · Group 2 · seed 42 · /);
  });

  it('a mission of a shop whose name reads like a mission’s: its name is the data given, not cut at « — mission n : » (review m9)', () => {
    const shop = { fr: 'Atelier Vélo — mission 2 : solidaire', en: 'Bike Workshop — mission 2: together' };
    const shown = { fr: `${shop.fr} — mission 3 : Réclamations`, en: `${shop.en} — mission 3: Complaints` };
    const mission = { ...game, origin: { shop, seed: 42 }, seed: 42, period: 'Semaine 2 / 4, à jouer' };
    expect(printIdentity(tOf('fr'), 'fr', { ...mission, shop: shown.fr, runName: `${shop.fr} — Mission 3 (42)` }, now, 'UTC', readDefaultRunName)).toBe(
      'Atelier Vélo — mission 2 : solidaire — mission 3 : Réclamations · graine 42 · Semaine 2 / 4, à jouer · imprimé le 1er décembre 2026',
    );
    // started in English, printed in French: still the app's name
    expect(printIdentity(tOf('fr'), 'fr', { ...mission, shop: shown.fr, runName: `${shop.en} — Mission 3, attempt 2 (42)` }, now, 'UTC', readDefaultRunName)).toMatch(/^Atelier Vélo — mission 2 : solidaire — mission 3 : Réclamations · graine 42 · /);
  });

  it('without a game, the app and the date', () => {
    expect(printIdentity(tOf('fr'), 'fr', null, now, 'UTC')).toBe('Fidélis · imprimé le 1er décembre 2026');
  });
});
