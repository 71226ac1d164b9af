/**
 * The same file handed in twice in one import (the browser's « … (1).json » second download): neither was already in the
 * class, so it is said « en double dans cet envoi », and the copy left out is the « (1) », the original name kept (QA
 * qa27class m5: « déjà présents dans la classe », and the « (1) » copy kept).
 */
import { describe, expect, it } from 'vitest';
import { KeptFiles, splitDuplicates, type ImportedFile } from '../../../src/ui/class/classKeeping.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { translateCount } from '../../../src/i18n/plural.ts';
import { duplicateList, type ClassTexts } from '../../../src/ui/class/classViewText.ts';

const file = (id: number, fileName: string): ImportedFile => ({ id, key: `k${id}`, fileName });

describe('a file twice in one import', () => {
  it('keeps the original name, leaves out the browser’s copy, and says it came in this import', () => {
    const files = [file(1, 'chloe-semaine-52 (1).json'), file(2, 'anna.json'), file(3, 'chloe-semaine-52.json')];
    const read = [
      { id: 1, text: '{"learner":"Chloé"}' },
      { id: 2, text: '{"learner":"Anna"}' },
      { id: 3, text: '{"learner":"Chloé"}' },
    ];
    const { fresh, duplicates } = splitDuplicates(read, files, new KeptFiles());
    expect(fresh.map((r) => r.id)).toEqual([2, 3]);
    expect(duplicates).toEqual([{ id: 1, fileName: 'chloe-semaine-52 (1).json', sameAs: 'chloe-semaine-52.json', withinImport: true }]);
    const tx: ClassTexts = { t: (k, p) => translate('fr', k, p), tCount: (b, n, p) => translateCount('fr', b, n, p), locale: 'fr' };
    expect(tx.tCount('classView.duplicatesInImport', 1, { files: duplicateList(tx, duplicates) }).replace(/\u00a0/g, ' ')).toBe(
      '1 fichier en double dans cet envoi (même contenu qu’un autre des fichiers choisis) n’a pas été ajouté : chloe-semaine-52 (1).json (identique à chloe-semaine-52.json).',
    );
  });

  it('knows Firefox’s copy name too, « name(1).json » without a space (review17 m4)', () => {
    const files = [file(1, 'chloe(1).json'), file(2, 'chloe.json')];
    const { fresh, duplicates } = splitDuplicates([{ id: 1, text: 'x' }, { id: 2, text: 'x' }], files, new KeptFiles());
    expect(fresh.map((r) => r.id)).toEqual([2]);
    expect(duplicates).toEqual([{ id: 1, fileName: 'chloe(1).json', sameAs: 'chloe.json', withinImport: true }]);
  });

  it('with no copy named as such, keeps the first, as before', () => {
    const files = [file(1, 'a.json'), file(2, 'b.json')];
    const { fresh, duplicates } = splitDuplicates([{ id: 1, text: 'x' }, { id: 2, text: 'x' }], files, new KeptFiles());
    expect(fresh.map((r) => r.id)).toEqual([1]);
    expect(duplicates).toEqual([{ id: 2, fileName: 'b.json', sameAs: 'a.json', withinImport: true }]);
  });
});
