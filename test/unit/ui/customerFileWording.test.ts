/** QA tablet #20: the customer file's heading « Ce que le magasin sait de lui » read oddly for Aurélie Dubois: neutral now. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n/translate.ts';

describe('customer file wording', () => {
  it('names what the shop knows without a gender, in both languages', () => {
    expect(translate('fr', 'customers.file.data')).toBe('Ce que le magasin sait de cette personne');
    expect(translate('en', 'customers.file.data')).toBe('What the shop knows about them');
  });
});
