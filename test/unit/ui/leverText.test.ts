/**
 * The dashboard's worked products say « ≈ … (facteurs arrondis) » when the factors as displayed do not
 * multiply out (QA: « 3 894 × 0,075 × 62,66 € = 18 360 € » multiplies out to 18 300), the frequency has
 * three significant digits, the same on its card and in the glass box (QA self 18: « 0,174033 »), and a
 * unit (QA: « Fréquence d’achat 0,075 » had none), the lifetime line multiplies the factors of one same
 * customer (frequency per customer, active or dormant, as the length; QA teacher F7), and a change that rounds to nothing is « Stable »
 * (QA: « ▼ En baisse (favorable) : 0 pt »).
 */
import { describe, expect, it } from 'vitest';
import { frequencyDigits, frequencyText, leverProducts } from '../../../src/ui/dashboard/leverText.ts';
import { shownTrend, trendSentence } from '../../../src/ui/dashboard/kpiText.ts';
import { trendOf } from '../../../src/ui/dashboard/trend.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { customerLifetimeValue, glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { customerFrequency, customerValue } from '../../../src/ui/dashboard/kpiCards.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
/** the testers' week: 3 894 active customers (and 406 dormant), 293 purchases, 18 360 € */
const base = makeKpi(10);
const week = {
  ...base,
  activeCustomers: 3894,
  purchases: 293,
  frequency: 293 / 3894,
  turnover: 18360,
  averageBasket: 18360 / 293,
  relationshipLength: 179.4,
  stages: { ...base.stages, dormant: 406 },
};

describe('worked products written with a readable frequency (three significant digits), honest when they do not multiply out', () => {
  it('writes the frequency with three significant digits, the same everywhere (QA self 18: « 0.174033 »)', () => {
    expect(frequencyDigits(0.174033)).toBe(3);
    expect(frequencyDigits(293 / 3894)).toBe(4);
    expect(frequencyDigits(2.53)).toBe(2);
    expect(frequencyDigits(12.3)).toBe(1);
    expect(frequencyDigits(0)).toBe(3);
    const month = { ...week, activeCustomers: 1448, frequency: 0.174033, averageBasket: 306.89, turnover: 1448 * 0.174033 * 306.89 };
    const p = leverProducts('en', month, null, 0, 'month');
    expect(p.digits).toBe(3);
    expect(plain(p.thisPeriod)).toMatch(/= 1,448 × 0\.174 × €306\.89 ≈ €77,336 \(rounded factors\)$/);
    // the glass box writes the same figure
    const box = glassBox('turnover', [month], { tickUnit: 'month' } as never);
    const sentence = glassSentence('en', 'line', box!.lines.find((l) => l.key === 'frequency')!, 'month');
    expect(plain(sentence)).toMatch(/= 0\.174 per customer\.$/);
  });
  it('says the factors are rounded when the product does not agree as displayed', () => {
    const p = leverProducts('fr', week, '179,4 semaines', 179.4, 'week');
    expect(p.digits).toBe(4);
    // 3 894 × 0,0752 × 62,66 = 18 349, not 18 360
    expect(plain(p.thisPeriod)).toBe('CA de cette semaine = clients actifs × fréquence × panier moyen = 3 894 × 0,0752 × 62,66 € ≈ 18 360 € (facteurs arrondis)');
    // per customer, active or dormant: 293 ÷ 4 300 = 0,0681; 0,0681 × 62,66 × 179,4 = 765,5, the exact value 766
    expect(plain(p.customerValue!)).toBe(
      'CA d’un client sur toute sa relation (chiffre d’affaires, avant la marge) ≈ 0,0681 × 62,66 € × 179,4 semaines = 766 €, avec la fréquence par client, actif ou dormant (293 achats ÷ 4 300 clients), car la durée de la relation compte aussi le temps passé dormant',
    );
    expect(plain(leverProducts('en', week, '179.4 weeks', 179.4, 'week').thisPeriod)).toMatch(/3,894 × 0\.0752 × €62\.66 ≈ €18,360 \(rounded factors\)$/);
  });
  it('calls frequency × basket × length what it is, a turnover, and keeps « valeur client » for the margin (QA teacher F13)', () => {
    const fr = plain(leverProducts('fr', week, '179,4 semaines', 179.4, 'week').customerValue!);
    expect(fr).not.toMatch(/rapporte|CLV|Valeur client/);
    expect(plain(leverProducts('en', week, '179.4 weeks', 179.4, 'week').customerValue!)).toMatch(
      /^Turnover of one customer over the whole relationship \(turnover, before the margin\) ≈ 0\.0681 × €62\.66 × 179\.4 weeks = €766, with the frequency per customer, active or dormant \(293 purchases ÷ 4,300 customers\)/,
    );
    // the glossary's CLV is a margin: this turnover times the margin rate
    expect(plain(translate('fr', 'glossaryCards.valeurClient.body'))).toContain('en marge et non en chiffre d’affaires');
    expect(plain(translate('fr', 'glossaryCards.valeurClient.body'))).toContain('multiplié par le taux de marge, ce CA donne sa valeur');
    expect(plain(translate('fr', 'glassBox.line.clv'))).toMatch(/^CA d’un client sur toute sa relation/);
  });
  it('multiplies the factors of the same customer: frequency per customer, active or dormant, as the length from their churn (QA teacher F7)', () => {
    // cosmetics, week 52 of a no-action run: 2 741 actifs but 7 418 customers not lost (4 677 dormant); the length is
    // 1 ÷ the churn of those 7 418, so the frequency per active customer overstated the lifetime by 7 418 ÷ 2 741 = 2,7
    const cosmetics = {
      ...base,
      activeCustomers: 2741,
      purchases: 1200,
      frequency: 1200 / 2741,
      turnover: 36000,
      averageBasket: 30,
      relationshipLength: 50,
      stages: { ...base.stages, nouveau: 327, actif: 2414, dormant: 4677 },
    };
    expect(customerFrequency(cosmetics)).toBeCloseTo(1200 / 7418, 12);
    expect(customerValue(cosmetics)).toBeCloseTo((1200 / 7418) * 30 * 50, 9);
    expect(customerValue(cosmetics) * 7418).toBeCloseTo(cosmetics.frequency * 30 * 50 * 2741, 6);
    const p = leverProducts('fr', cosmetics, '50 semaines', 50, 'week');
    // the period's turnover keeps the frequency per active customer (right for the period)
    expect(plain(p.thisPeriod)).toContain('2 741 × 0,438 × 30,00 €');
    expect(plain(p.customerValue!)).toMatch(/^CA d’un client sur toute sa relation \(chiffre d’affaires, avant la marge\) ≈ 0,162 × 30,00 € × 50 semaines = 243 €, /);
    expect(plain(p.customerValue!)).toContain('(1 200 achats ÷ 7 418 clients)');
    // the glass box multiplies the same factors and says where the frequency comes from
    const box = glassBox('turnover', [cosmetics], { tickUnit: 'week' } as never)!;
    expect(customerLifetimeValue(cosmetics)).toBeCloseTo(customerValue(cosmetics), 9);
    const say = (key: string) => plain(glassSentence('fr', 'line', box.lines.find((l) => l.key === key)!, 'week'));
    expect(say('customerFrequency')).toMatch(/^Fréquence par client, actif ou dormant = 1 200 achats ÷ 7 418 clients \(2 741 actifs \+ 4 677 dormants\) = 0,162 /);
    expect(say('clv')).toMatch(/≈ fréquence par client 0,162 × panier moyen 30,00 € × durée 50 semaines = 243 €\./);
    expect(plain(glassSentence('en', 'line', box.lines.find((l) => l.key === 'customerFrequency')!, 'week'))).toMatch(/^Frequency per customer, active or dormant = 1,200 purchases ÷ 7,418 customers/);
  });
  it('writes an equality when the rounded factors agree', () => {
    const even = { ...week, activeCustomers: 1000, frequency: 0.075, turnover: 4500, averageBasket: 60 };
    expect(plain(leverProducts('fr', even, null, 0, 'week').thisPeriod)).toMatch(/= 1 000 × 0,0750 × 60,00 € = 4 500 €$/);
  });
  it('glass box: « ≈ … (facteurs arrondis) » where the factors as written do not multiply out, « = » where they do (QA teacher qa25 F2)', () => {
    // 3 894 × 0,0752 × 62,66 € = 18 349 €, not the 18 360 € of the card
    const box = glassBox('turnover', [week], { tickUnit: 'week' } as never)!;
    const say = (locale: 'fr' | 'en', key: string) => plain(glassSentence(locale, 'line', box.lines.find((l) => l.key === key)!, 'week'));
    expect(box.lines.map((l) => l.key)).not.toContain('turnoverPeriod');
    expect(say('fr', 'turnoverPeriodRounded')).toBe('CA de la semaine = 3 894 clients actifs × fréquence 0,0752 × panier moyen 62,66 € ≈ 18 360 € (facteurs arrondis).');
    expect(say('en', 'turnoverPeriodRounded')).toBe('Turnover of the week = 3,894 active customers × frequency 0.0752 × average basket €62.66 ≈ €18,360 (rounded factors).');
    // 0,0681 × 62,66 € × 179,4 semaines = 765,5: written 766 €, as exact, an equality
    expect(say('fr', 'clv')).toMatch(/0,0681 × panier moyen 62,66 € × durée 179,4 semaines = 766 €\./);
    // the lifetime whose rounded factors are off: 0,0681 × 62,66 € × 300 = 1 280,1, the exact value 1 280,9
    const longer = { ...week, relationshipLength: 300 };
    const longerBox = glassBox('turnover', [longer], { tickUnit: 'week' } as never)!;
    expect(plain(glassSentence('fr', 'line', longerBox.lines.find((l) => l.key === 'clvRounded')!, 'week'))).toMatch(/× durée 300 semaines ≈ 1 281 € \(facteurs arrondis\)\./);
    const even = { ...week, activeCustomers: 1000, frequency: 0.075, turnover: 4500, averageBasket: 60 };
    const evenBox = glassBox('turnover', [even], { tickUnit: 'week' } as never)!;
    expect(plain(glassSentence('fr', 'line', evenBox.lines.find((l) => l.key === 'turnoverPeriod')!, 'week'))).toBe(
      'CA de la semaine = 1 000 clients actifs × fréquence 0,0750 × panier moyen 60,00 € = 4 500 €.',
    );
  });
  it('keeps the trailing zeros of a frequency: « 0,700 » beside « 0,739 », not « 0,7 » (QA teacher qa25 F2)', () => {
    // 2 408 actifs + 132 dormants, 1 778 achats: 0,700 par client, actif ou dormant
    const bakery = { ...week, activeCustomers: 2408, purchases: 1778, frequency: 1778 / 2408, averageBasket: 6.8, turnover: 1778 * 6.8, relationshipLength: 202.9, stages: { ...base.stages, dormant: 132 } };
    expect(customerFrequency(bakery)).toBeCloseTo(0.7, 12);
    const p = leverProducts('fr', bakery, '202,9 semaines', 202.9, 'week');
    expect(plain(p.customerValue!)).toMatch(/≈ 0,700 × 6,80 € × 202,9 semaines /);
    expect(plain(leverProducts('en', bakery, '202.9 weeks', 202.9, 'week').customerValue!)).toMatch(/≈ 0\.700 × €6\.80 × 202\.9 weeks /);
    expect(plain(frequencyText('fr', 0.5, 3, 'week').value)).toBe('0,500');
    const box = glassBox('turnover', [bakery], { tickUnit: 'week' } as never)!;
    expect(plain(glassSentence('fr', 'line', box.lines.find((l) => l.key === 'customerFrequency')!, 'week'))).toMatch(/= 0,700 : /);
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
    expect(plain(trendSentence('fr', tiny, 'points', 'week'))).toBe('Stable : 0 pt par rapport à la semaine précédente');
    const real = trendOf(0.003, 0.005, 'lowerIsBetter');
    expect(plain(trendSentence('fr', real, 'points', 'week'))).toBe('En baisse (favorable) : −0,2 pt par rapport à la semaine précédente');
  });
});
