import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/load.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

// QA robust #6: a scenario from a newer Fidélis said « formatVersion « version du format » : doit valoir 1 (reçu : 2) »;
// a teacher did not know what to do. It now says what the class view says of a newer result file.
const baseText = readFileSync('scenarios/boulangerie-du-marche.json', 'utf8');
const withVersion = (version: unknown, edit: (s: Record<string, unknown>) => void = () => {}): string => {
  const data = JSON.parse(baseText) as Record<string, unknown>;
  data.formatVersion = version;
  edit(data);
  return JSON.stringify(data, null, 2);
};
const texts = (input: string, locale: 'fr' | 'en' = 'fr') => {
  const result = parseScenario(input, locale);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.errors.map((e) => e.text);
};

describe('a scenario from a newer Fidélis', () => {
  it('says so and to update the app, in one line at the field, whatever else the newer format changed', () => {
    expect(texts(withVersion(2))).toEqual([
      frenchText`formatVersion « version du format » : fichier produit par une version plus récente de Fidélis (format 2) : mettez l’application à jour [ligne 2, colonne 20]`,
    ]);
    // a field the newer format added or changed is not listed as an error of the teacher's
    expect(texts(withVersion(3, (s) => (s.budget = 'nouveau')))).toEqual([
      frenchText`formatVersion « version du format » : fichier produit par une version plus récente de Fidélis (format 3) : mettez l’application à jour [ligne 2, colonne 20]`,
    ]);
  });

  it('in English too', () => {
    expect(texts(withVersion(2), 'en')).toEqual(['formatVersion "format version": file made by a newer version of Fidélis (format 2): update the app [line 2, column 20]']);
  });

  it('keeps the plain message for a version that is not newer (0, a text)', () => {
    expect(texts(withVersion(0))).toEqual([frenchText`formatVersion « version du format » : doit valoir 1 (reçu : 0) [ligne 2, colonne 20]`]);
    expect(texts(withVersion('2')).join('\n')).not.toMatch(/plus récente/);
  });
});
