/** A target's plain-language summary, as the pending list, the period report and the what-if history show it. */
import { describe, expect, it } from 'vitest';
import { describeAction, targetSummary } from '../../../src/app/actionText.ts';
import { campaignAction } from '../../../src/app/scoringLab/campaign.ts';
import { actionSchema } from '../../../src/engine/decisions.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

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
    const text = describeAction(action, fr, 'fr');
    expect(text).toContain('50 clients choisis');
    expect(text).not.toContain('toute la base');
  });

  it('keeps the other criteria after the list', () => {
    expect(targetSummary({ customerIds: [1, 2, 3], segments: ['bon'] }, fr)).toBe(frenchText`cible : 3 clients choisis ; ${fr('vocabulary.segment.bon')}`);
  });

  it('joins the criteria with the separator of the language (no space before the semicolon in English)', () => {
    expect(targetSummary({ customerIds: [1, 2, 3], segments: ['bon'] }, en)).toBe(`target: 3 chosen customers; ${en('vocabulary.segment.bon')}`);
  });
});
