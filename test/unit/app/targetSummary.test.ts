/** A target's plain-language summary, as the pending list, the period report and the what-if history show it. */
import { describe, expect, it } from 'vitest';
import { describeAction, targetSummary } from '../../../src/app/actionText.ts';
import { campaignAction } from '../../../src/app/scoringLab/campaign.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { durationText } from '../../../src/ui/debrief/actionText.ts';

const fr = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);

describe('target summary of a list of customers', () => {
  it('says how many customers were chosen, not « toute la base »', () => {
    const ids = Array.from({ length: 50 }, (_, i) => i * 3);
    expect(targetSummary({ customerIds: ids }, fr)).toBe(frenchText`cible : 50 clients choisis`);
    expect(targetSummary({ customerIds: ids }, en)).toBe('target: 50 chosen customers');
    expect(targetSummary({ customerIds: [7] }, fr)).toBe(frenchText`cible : 1 client choisi`);
    expect(targetSummary({ customerIds: [7, 7, 8] }, fr)).toBe(frenchText`cible : 2 clients choisis`);
    expect(targetSummary({}, fr)).toBe('toute la base');
  });

  it('describes the scoring lab campaign by its chosen customers', () => {
    const action = actionSchema.parse(campaignAction('lienSocial', Array.from({ length: 50 }, (_, i) => i)));
    const text = describeAction(action, fr, 'fr', 'week');
    expect(text).toContain('50 clients choisis');
    expect(text).not.toContain('toute la base');
  });

  it('keeps the other criteria after the list', () => {
    expect(targetSummary({ customerIds: [1, 2, 3], segments: ['bon'] }, fr)).toBe(frenchText`cible : 3 clients choisis et ${fr('vocabulary.segment.bon')}`);
  });

  it('joins the criteria with the word of the language', () => {
    expect(targetSummary({ customerIds: [1, 2, 3], segments: ['bon'] }, en)).toBe(`target: 3 chosen customers and ${en('vocabulary.segment.bon')}`);
  });
});

describe('target summary of several criteria (QA qa10 F9)', () => {
  // every criterion must hold, any value of a list will do (engine/target.ts): « ; » between criteria read as « ou »
  it('reads « et » between kinds of criteria, « ou » between the values of one', () => {
    expect(targetSummary({ segments: ['futurNonClient'], stages: ['actif'] }, fr)).toBe(frenchText`cible : Futur non-client et Client actif`);
    expect(targetSummary({ segments: ['bon', 'tresBon'] }, fr)).toBe(frenchText`cible : Bon client ou Très bon client`);
    expect(targetSummary({ segments: ['bon', 'tresBon'], stages: ['actif', 'dormant'], limit: 30 }, fr)).toBe(
      frenchText`cible : (Bon client ou Très bon client) et (Client actif ou Client dormant) et 30 clients au plus`,
    );
    expect(targetSummary({ segments: ['bon', 'tresBon'], stages: ['actif'] }, en)).toBe('target: (Good customer or Very good customer) and Active customer');
  });
});

describe('counts in a decision’s description agree with their number (issue #4: no « 1 clients », « 1 périodes »)', () => {
  const club = (durationTicks: number, limit: number) => actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: { limit }, durationTicks });

  it('one period, one customer at most: singular in French and English', () => {
    // in the shop's unit, never « période » (QA qa32optician m1)
    expect(describeAction(club(1, 1), fr, 'fr', 'week')).toContain(frenchText`cible : 1 client au plus, pendant 1 semaine`);
    expect(describeAction(club(1, 1), fr, 'fr', 'month')).toContain(frenchText`cible : 1 client au plus, pendant 1 mois`);
    expect(describeAction(club(1, 1), en, 'en', 'week')).toContain('target: at most 1 customer, for 1 week');
    expect(describeAction(club(1, 1), en, 'en', 'month')).toContain('target: at most 1 customer, for 1 month');
  });

  it('several: plural', () => {
    expect(describeAction(club(4, 30), fr, 'fr', 'week')).toContain(frenchText`cible : 30 clients au plus, pendant 4 semaines`);
    expect(describeAction(club(4, 30), fr, 'fr', 'month')).toContain(frenchText`cible : 30 clients au plus, pendant 4 mois`);
    expect(describeAction(club(4, 30), en, 'en', 'week')).toContain('target: at most 30 customers, for 4 weeks');
    expect(describeAction(club(4, 30), en, 'en', 'month')).toContain('target: at most 30 customers, for 4 months');
    expect(targetSummary({ customerIds: [7] }, en)).toBe('target: 1 chosen customer');
  });
});

describe('the Bilan’s duration of a decision names the shop’s unit (QA qa32optician m1: « pendant 4 périodes »)', () => {
  const club = (durationTicks: number) => actionSchema.parse({ type: 'lienSocial', instrument: 'club', target: { limit: 30 }, durationTicks });
  it('weekly and monthly, French and English', () => {
    expect(durationText(club(4), 'fr', 'week')).toBe('pendant 4 semaines');
    expect(durationText(club(4), 'fr', 'month')).toBe('pendant 4 mois');
    expect(durationText(club(1), 'fr', 'week')).toBe('pendant 1 semaine');
    expect(durationText(club(1), 'en', 'month')).toBe('for 1 month');
    expect(durationText(club(4), 'en', 'week')).toBe('for 4 weeks');
  });
});
