import { describe, expect, it } from 'vitest';
import { withDe } from '../../../src/app/frenchElision.ts';
import { translate } from '../../../src/i18n/translate.ts';

describe('French « de » before a name', () => {
  it('elides before a vowel or a mute h, not before a consonant', () => {
    expect(withDe('Alain Martin')).toBe('d’Alain Martin');
    expect(withDe('Émilie Roux')).toBe('d’Émilie Roux');
    expect(withDe('Yves Petit')).toBe('d’Yves Petit');
    expect(withDe('Hélène Blanc')).toBe('d’Hélène Blanc');
    expect(withDe('Bernard Leroy')).toBe('de Bernard Leroy');
    expect(withDe('Jean Dupont')).toBe('de Jean Dupont');
  });

  it('is used by the customer table’s « Ouvrir la fiche » label in French only', () => {
    expect(translate('fr', 'customers.openFile', { name: 'Alain Martin', deName: withDe('Alain Martin') })).toBe('Ouvrir la fiche d’Alain Martin');
    expect(translate('fr', 'customers.openFile', { name: 'Jean Dupont', deName: withDe('Jean Dupont') })).toBe('Ouvrir la fiche de Jean Dupont');
    expect(translate('en', 'customers.openFile', { name: 'Alain Martin', deName: withDe('Alain Martin') })).toBe('Open the file of Alain Martin');
  });
});
