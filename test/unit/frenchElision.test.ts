/**
 * QA teacher F12: the class view's Bilan of Emma Walsh was titled « Bilan de Emma Walsh ». French elides « de » before a
 * vowel: « Bilan d’Emma Walsh ». Vowels only (accented too); never before an h, mute or aspirated, which no rule tells apart.
 */
import { describe, expect, it } from 'vitest';
import { deName, elidesBefore, elideTemplate } from '../../src/i18n/elision.ts';
import { translate } from '../../src/i18n/translate.ts';

describe('« de » before a name in French', () => {
  it('elides before a vowel, accented or not, in either case', () => {
    expect(deName('Emma')).toBe('d’Emma');
    for (const name of ['Alice', 'Inès', 'Oscar', 'Ugo', 'Yanis', 'Éloïse', 'Ève', 'Ëlle', 'Îlona', 'Œdipe', 'emma'])
      expect(deName(name), name).toBe(`d’${name}`);
  });
  it('keeps « de » before a consonant, an h, a digit or anything else', () => {
    for (const name of ['Léa', 'Hugo', 'Hélène', 'Walsh', '3B', '« Emma »', '', 'Zoé']) expect(deName(name), name).toBe(`de ${name}`);
    expect(elidesBefore('Hugo')).toBe(false);
  });
  it('a decomposed accent (e + ◌́) is a vowel too', () => {
    expect(elidesBefore('E\u0301lodie')).toBe(true);
  });
  it('in a template: only « de {{name}} », only when the name elides', () => {
    expect(elideTemplate('Bilan de {{name}} ({{file}})', { name: 'Emma Walsh', file: 'emma.json' })).toBe('Bilan d’{{name}} ({{file}})');
    expect(elideTemplate('De {{name}} : rien', { name: 'Emma' })).toBe('D’{{name}} : rien');
    expect(elideTemplate('Bilan de {{name}}', { name: 'Léa' })).toBe('Bilan de {{name}}');
    // another placeholder, a number, or « de » inside a word: untouched
    expect(elideTemplate('retrait de {{file}}', { file: 'emma.json' })).toBe('retrait de {{file}}');
    expect(elideTemplate('fin de {{name}}', { name: 8 })).toBe('fin de {{name}}');
    expect(elideTemplate('Code {{name}}', { name: 'Emma' })).toBe('Code {{name}}');
  });
  it('the class view’s French strings say « d’Emma Walsh », the English ones are unchanged', () => {
    expect(translate('fr', 'classView.bilan.readOnly', { name: 'Emma Walsh', file: 'emma.json' })).toMatch(/^Bilan d’Emma Walsh \(emma\.json\)/);
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Emma Walsh' })).toBe('Voir le bilan d’Emma Walsh');
    expect(translate('fr', 'classView.bilan.replayTitle', { name: 'Emma', shop: 'Optique Lumière' })).toBe('Rejeu des décisions d’Emma — Optique Lumière');
    expect(translate('fr', 'classView.bilan.mission.others', { name: 'Inès' })).toBe('Autres missions d’Inès');
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Léa Martin' })).toBe('Voir le bilan de Léa Martin');
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Hugo' })).toBe('Voir le bilan de Hugo');
    expect(translate('en', 'classView.bilan.openLabel', { name: 'Emma Walsh' })).toBe('View Emma Walsh’s debrief');
  });
});
