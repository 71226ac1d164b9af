/**
 * The learner's texts state the model as the engine runs it (docdrift review, 05/12/2026): each line is a model
 * fact a text had wrong, in French and English.
 */
import { describe, expect, it } from 'vitest';
import { strategies as frStrategies } from '../../../src/i18n/fr/strategies.ts';
import { strategies as enStrategies } from '../../../src/i18n/en/strategies.ts';
import { glossaryCards as frCards } from '../../../src/i18n/fr/glossaryCards.ts';
import { glossaryCards as enCards } from '../../../src/i18n/en/glossaryCards.ts';
import { glassBox as frGlass } from '../../../src/i18n/fr/glassBox.ts';
import { glassBox as enGlass } from '../../../src/i18n/en/glassBox.ts';
import { dashboardResults as frResults } from '../../../src/i18n/fr/dashboardResults.ts';
import { dashboardResults as enResults } from '../../../src/i18n/en/dashboardResults.ts';

/** French spacing (narrow no-break spaces) read as plain spaces */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('model facts in the learner’s texts', () => {
  it('online, the coupon and the personal shopper contact nobody by e-mail or SMS (no consent asked: consent.ts)', () => {
    for (const help of [frStrategies.instrumentHelpOnline, enStrategies.instrumentHelpOnline]) {
      expect(help.coupon).not.toMatch(/e-mail|SMS/);
      expect(help.personalShopper).not.toMatch(/e-mail|SMS/);
    }
  });

  it('the points card’s discount applies to every purchase, not exchanged at a threshold (financier.ts)', () => {
    expect(plain(frStrategies.instrumentHelp.points)).toMatch(/^Des points à chaque achat, que Fidélis compte comme une remise immédiate/);
    expect(enStrategies.instrumentHelp.points).toMatch(/^Points on each purchase, which Fidélis counts as an immediate discount/);
  });

  it('the « remise sur volume » is the same rate on every purchase: the course’s one, growing with the quantity, is said not simulated (concepts audit C1)', () => {
    expect(plain(frStrategies.instrumentHelp.remiseVolume)).toMatch(/même taux sur chaque achat.*grandit avec la quantité achetée : Fidélis ne la simule pas/);
    expect(enStrategies.instrumentHelp.remiseVolume).toMatch(/same rate on every purchase.*grows with the quantity bought: Fidélis does not simulate it/);
  });

  it('an ignored complaint loses ten times more complainers than a fast answer, not « a few » (service.ts TARP_STAY_*; concepts audit C2)', () => {
    expect(plain(frCards.gestionReclamations.body)).toContain('dix fois plus qu’après une réponse rapide');
    expect(enCards.gestionReclamations.body).toContain('ten times more than after a fast answer');
    expect(plain(frCards.gestionReclamations.body)).not.toContain('quelques-uns');
    expect(enCards.gestionReclamations.body).not.toContain('a few');
  });

  it('only the reminder adds few purchases: the personal shopper’s lift is 0.5 against 0.15 (params.ts PERSONALISATION_RATE_LIFT; concepts audit C4)', () => {
    expect(plain(frCards.personnalisation.body)).toContain('un conseiller attitré, bien plus cher, fait aussi acheter plus souvent');
    expect(enCards.personnalisation.body).toContain('a dedicated adviser, far dearer, also makes them buy more often');
  });

  it('referral is not said to cost less, nor recruiting several times more (unitCosts.ts)', () => {
    expect(plain(frCards.acquisition.body)).not.toContain('coûte moins');
    expect(enCards.acquisition.body).not.toContain('costs less');
    expect(plain(frCards.pourquoiFideliser.body)).not.toContain('plusieurs fois');
    expect(enCards.pourquoiFideliser.body).not.toContain('several times');
  });

  it('satisfaction is updated once per buying period (a week or a month, the shop’s unit), not at each visit (step.ts)', () => {
    expect(plain(frGlass.rule.satisfaction)).toContain('à chaque {{tick}} d’achat');
    expect(enGlass.rule.satisfaction).toContain('in each buying {{tick}}');
  });

  it('under the price tolerance, no « Prix » departure, but the satisfaction backlash has no threshold (churn.ts, satisfaction.ts)', () => {
    expect(plain(frResults.feed.priceReturnNone)).toContain('pas de départ « Prix » attendu, satisfaction à peine en baisse');
    expect(enResults.feed.priceReturnNone).toContain('no “Price” departure expected, satisfaction barely lower');
  });
});
