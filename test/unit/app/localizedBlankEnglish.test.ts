/**
 * A scenario text whose English side is blank (the editor can leave `en: ""` or spaces) shows the
 * French one in the English interface, spaced as French, as when no translation was written; the
 * editor already names such a shop or event by its French text (idCheck.ts, its event list).
 */
import { describe, expect, it } from 'vitest';
import { localized, localizedName } from '../../../src/app/localized.ts';
import { NBSP } from '../../../src/i18n/frenchSpacing.ts';

describe('a blank English text', () => {
  it('falls back to the French one, spaced; a written one is shown as written', () => {
    for (const en of ['', '  ', '\n\t ']) {
      expect(localized({ fr: 'Fidéliser : oui', en }, 'en')).toBe(`Fidéliser${NBSP}: oui`);
      expect(localizedName({ fr: 'Au Pain Doré : chaîne', en }, 'en')).toBe(`Au Pain Doré${NBSP}: chaîne`);
    }
    expect(localized({ fr: 'Fidéliser', en: ' Retain ' }, 'en')).toBe(' Retain ');
    expect(localized({ fr: 'Fidéliser : oui', en: '' }, 'fr')).toBe(`Fidéliser${NBSP}: oui`);
  });
});
