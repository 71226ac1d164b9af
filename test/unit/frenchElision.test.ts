/**
 * QA teacher F12: the class view's Bilan of Emma Walsh was titled « Bilan de Emma Walsh ». French elides « de » before a
 * vowel (accented too) or a first name's h, taken as mute: « Bilan d’Emma Walsh », « Ouvrir la fiche d’Hélène Blanc ».
 * One rule for the class view and the customer table.
 */
import { describe, expect, it } from 'vitest';
import { deName, elidesBefore, elideTemplate } from '../../src/i18n/elision.ts';
import { translate } from '../../src/i18n/translate.ts';

describe('« de » before a name in French', () => {
  it('elides before a vowel, accented or not, in either case', () => {
    expect(deName('Emma')).toBe('d’Emma');
    for (const name of ['Alice', 'Inès', 'Oscar', 'Ugo', 'Yves', 'Ysé', 'Éloïse', 'Ève', 'Ëlle', 'Îlona', 'Œdipe', 'emma'])
      expect(deName(name), name).toBe(`d’${name}`);
  });
  it('keeps « de » before a consonant, a digit or anything else', () => {
    for (const name of ['Léa', 'Walsh', 'Bernard Leroy', '3B', '« Emma »', '', 'Zoé', 'H', 'Hc']) expect(deName(name), name).toBe(`de ${name}`);
  });
  it('keeps « de » before a y said as a consonant, a y followed by a vowel (QA qa27class m2)', () => {
    for (const name of ['Yasmine Roussel', 'Yann', 'Yanis', 'Yohan', 'yasmine', 'YANN', 'Yéléna', 'Ye\u0301léna']) expect(deName(name), name).toBe(`de ${name}`);
    // after a (mute) h the y is a vowel again
    expect(deName('Hyacinthe')).toBe('d’Hyacinthe');
  });
  it('elides before a first name’s h followed by a vowel (taken as mute)', () => {
    for (const name of ['Hugo', 'Hélène Blanc', 'Henri']) expect(deName(name), name).toBe(`d’${name}`);
    expect(elidesBefore('Hugo')).toBe(true);
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
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Hugo' })).toBe('Voir le bilan d’Hugo');
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Yasmine Roussel' })).toBe('Voir le bilan de Yasmine Roussel');
    expect(translate('fr', 'classView.bilan.openLabel', { name: 'Yves Roussel' })).toBe('Voir le bilan d’Yves Roussel');
    expect(translate('en', 'classView.bilan.openLabel', { name: 'Yasmine Roussel' })).toBe('View Yasmine Roussel’s debrief');
    expect(translate('en', 'classView.bilan.openLabel', { name: 'Emma Walsh' })).toBe('View Emma Walsh’s debrief');
  });
  it('the customer table’s « Ouvrir la fiche » label: elided in French only', () => {
    expect(translate('fr', 'customers.openFile', { name: 'Alain Martin' })).toBe('Ouvrir la fiche d’Alain Martin');
    expect(translate('fr', 'customers.openFile', { name: 'Hélène Blanc' })).toBe('Ouvrir la fiche d’Hélène Blanc');
    expect(translate('fr', 'customers.openFile', { name: 'Jean Dupont' })).toBe('Ouvrir la fiche de Jean Dupont');
    expect(translate('fr', 'customers.openFile', { name: 'Yanis Roussel' })).toBe('Ouvrir la fiche de Yanis Roussel');
    expect(translate('en', 'customers.openFile', { name: 'Alain Martin' })).toBe('Open the file of Alain Martin');
  });
});
