/**
 * The churn rate's glass box gives the course's schéma de l'infidélité as the Debrief's « Why customers
 * left » table does (QA self 24: it filed every departure under « break → encounter », while the
 * Debrief puts competition and novelty seeking in « encounter, then break » and natural departure
 * outside the pattern): its rule names each path the table names, the silent departure of a dormant
 * customer lost by inactivity (cause unknown) included.
 */
import { describe, expect, it } from 'vitest';
import { DEPARTURE_CAUSES } from '../../../src/engine/vocabulary.ts';
import { LOCALES, translate } from '../../../src/i18n/translate.ts';
import { glassBox } from '../../../src/ui/glassBox/glassBoxFigures.ts';
import { glassSentence } from '../../../src/ui/glassBox/glassText.ts';
import { engineRun } from '../../fixtures/engineRun.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').toLowerCase();

describe('the churn glass box and the disloyalty pattern', () => {
  const run = engineRun();
  for (const locale of LOCALES)
    it(`${locale}: names every path of the Debrief's table`, () => {
      const rule = glassBox('churn', run.kpis, run.scenario).rules.find((r) => r.key === 'churn')!;
      const text = plain(glassSentence(locale, 'rule', rule, run.scenario.tickUnit));
      const paths = new Set(DEPARTURE_CAUSES.map((c) => plain(translate(locale, `vocabulary.causeKind.${c}`))));
      expect(paths.size).toBe(4);
      for (const path of paths) expect(text, path).toContain(path);
      expect(text).toContain(plain(translate(locale, 'vocabulary.cause.naturel')));
      expect(text).toContain(plain(translate(locale, 'vocabulary.cause.inactivite')));
    });

  // course expert (qa-verify4): a 10 % coupon stopped in month 6 still kept the optician's best customers a year later,
  // through its financial barrier fading by 3 % a week; now that barrier falls within weeks (FINANCIAL_BARRIER_RELEASE_PER_WEEK)
  // and the rule says so, while a club's or a contract's barriers still outlast the programme
  it('says the barriers fade slowly after a programme stops, but a financial advantage’s falls within weeks', () => {
    const rule = glassBox('churn', run.kpis, run.scenario).rules.find((r) => r.key === 'churn')!;
    const fr = plain(glassSentence('fr', 'rule', rule, run.scenario.tickUnit));
    expect(fr).toContain(
      'elles montent pendant un programme, puis ne redescendent que de 3 % par semaine après son arrêt : un club ou un contrat arrêté retient encore un peu ses membres pendant des mois.',
    );
    expect(fr).toContain('celle d’un avantage financier tombe en quelques semaines (elle perd 40 % par semaine) : une fois les coupons ou les points finis');
    expect(fr).not.toContain('même un coupon');
    const en = plain(glassSentence('en', 'rule', rule, run.scenario.tickUnit));
    expect(en).toContain('then fall by only 3% a week after it stops: a stopped club or contract still holds');
    expect(en).toContain('a financial advantage’s barrier falls within weeks (it loses 40% a week): once the coupons or points are over');
    expect(en).not.toContain('even a coupon');
  });

  // model audit F12: the inactivity rule binds on the shop's purchase cycles in the optician (40 months, not 52 weeks), as the lifecycle rule says
  it('gives the inactivity rule all three conditions, the shop’s purchase cycles included', () => {
    const rule = glassBox('churn', run.kpis, run.scenario).rules.find((r) => r.key === 'churn')!;
    expect(plain(glassSentence('fr', 'rule', rule, run.scenario.tickUnit))).toContain('4 cycles d’achat moyens du magasin et au moins 52 semaines sans achat');
    expect(plain(glassSentence('en', 'rule', rule, run.scenario.tickUnit))).toContain('4 of the shop’s mean purchase cycles and at least 52 weeks without a purchase');
  });
});
