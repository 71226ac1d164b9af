/**
 * The dashboard's figures agree as displayed (QA: « 3 894 × 0,075 × 62,66 € = 18 360 € » multiplies
 * out to 18 300; « 0,075 × 62,66 € × 179,4 semaines = 846 € » to 843; « Fréquence d’achat 0,075 » had
 * no unit), and a change that rounds to nothing is « Stable » (QA: « ▼ En baisse (favorable) : 0 pt »).
 */
import { describe, expect, it } from 'vitest';
import { frequencyDigits, frequencyText, leverProducts } from '../../../src/ui/dashboard/leverText.ts';
import { shownTrend, trendSentence } from '../../../src/ui/dashboard/kpiText.ts';
import { trendOf } from '../../../src/ui/dashboard/trend.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { translate } from '../../../src/i18n/translate.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** the testers' week: 3 894 active customers, 293 purchases, 18 360 € */
const week = { ...makeKpi(10), activeCustomers: 3894, frequency: 293 / 3894, turnover: 18360, averageBasket: 18360 / 293, relationshipLength: 179.4 };

describe('worked products that multiply out as displayed', () => {
  it('writes the frequency with the decimals the product needs, or says the factors are rounded', () => {
    const p = leverProducts('fr', week, '179,4 semaines', 179.4);
    expect(p.digits).toBe(5);
    // 3 894 × 0,07524 × 62,66 = 18 358: no number of decimals reaches 18 360 with a basket rounded to the cent
    expect(plain(p.thisPeriod)).toBe('CA de cette période = clients actifs × fréquence × panier moyen = 3 894 × 0,07524 × 62,66 € ≈ 18 360 € (facteurs arrondis)');
    // 0,07524 × 62,66 × 179,4 = 845,8
    expect(plain(p.customerValue!)).toBe('CA d’un client sur toute sa relation (chiffre d’affaires, avant la marge) ≈ 0,07524 × 62,66 € × 179,4 semaines = 846 €');
    expect(plain(leverProducts('en', week, '179.4 weeks', 179.4).thisPeriod)).toMatch(/3,894 × 0\.07524 × €62\.66 ≈ €18,360 \(rounded factors\)$/);
  });
  it('calls frequency × basket × length what it is, a turnover, and keeps « valeur client » for the margin (QA teacher F13)', () => {
    const fr = plain(leverProducts('fr', week, '179,4 semaines', 179.4).customerValue!);
    expect(fr).not.toMatch(/rapporte|CLV|Valeur client/);
    expect(plain(leverProducts('en', week, '179.4 weeks', 179.4).customerValue!)).toMatch(/^Turnover of one customer over the whole relationship \(turnover, before the margin\) ≈ 0\.07524 × €62\.66 × 179\.4 weeks = €846$/);
    // the glossary's CLV is a margin: this turnover times the margin rate
    expect(plain(translate('fr', 'glossary.concept.valeurClient.body'))).toContain('en marge et non en chiffre d’affaires');
    expect(plain(translate('fr', 'glossary.concept.valeurClient.body'))).toContain('multiplié par le taux de marge, ce CA donne sa valeur');
    expect(plain(translate('fr', 'glassBox.line.clv'))).toMatch(/^CA d’un client sur toute sa relation/);
  });
  it('keeps three decimals when they suffice', () => {
    const even = { ...week, activeCustomers: 1000, frequency: 0.075, turnover: 4500, averageBasket: 60 };
    expect(frequencyDigits(0.075, [1000, 60], 4500)).toEqual({ digits: 3, agrees: true });
    expect(plain(leverProducts('fr', even, null, 0).thisPeriod)).toMatch(/= 1 000 × 0,075 × 60,00 € = 4 500 €$/);
  });
  it('gives the frequency its unit', () => {
    const say = (...args: Parameters<typeof frequencyText>) => {
      const f = frequencyText(...args);
      return plain(`${f.value} ${f.unit}`);
    };
    expect(say('fr', 293 / 3894, 5, 'week')).toBe('0,07524 achat par client actif et par semaine');
    expect(say('fr', 2.5, 1, 'month')).toBe('2,5 achats par client actif et par mois');
    expect(say('en', 293 / 3894, 5, 'week')).toBe('0.07524 purchases per active customer per week');
  });
});

describe('a change that rounds to nothing', () => {
  it('is « Stable », neither up nor favourable', () => {
    // churn 0,32 % -> 0,30 %: −0,02 pt, written « 0 pt » at one decimal
    const tiny = trendOf(0.003, 0.0032, 'lowerIsBetter');
    expect(tiny?.direction).toBe('down');
    expect(shownTrend('fr', tiny, 'points')).toMatchObject({ direction: 'flat', favourable: null });
    expect(plain(trendSentence('fr', tiny, 'points'))).toBe('Stable : 0 pt par rapport à la période précédente');
    const real = trendOf(0.003, 0.005, 'lowerIsBetter');
    expect(plain(trendSentence('fr', real, 'points'))).toBe('En baisse (favorable) : −0,2 pt par rapport à la période précédente');
  });
});
