/**
 * The customers screen's CSV files (ui/customers/spreadsheetFiles.ts, purchasesPlayed.ts): the size said ahead, nothing
 * while the count is not there; the names like the result file's, a what-if branch's with its part; the purchases file's
 * line count from the periods saved.
 */
import { describe, expect, it } from 'vitest';
import { fileName, sizeMb, type FileWords } from '../../../src/ui/customers/spreadsheetFiles.ts';
import { purchasesPlayed } from '../../../src/ui/customers/purchasesPlayed.ts';
import { exportResultFile } from '../../../src/results/buildResultFile.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { makeKpiSeries } from '../../fixtures/kpis.ts';

const french = (table: string): FileWords => ({
  table,
  played: (n, unit) => translate('fr', `handIn.export.playedPart.${unit}`, { n }),
  branch: (n, unit) => translate('fr', `handIn.export.branchPart.${unit}`, { n }),
});

describe('the CSV files’ size said ahead', () => {
  it('is said from the line count, 0.1 MB at least', () => {
    expect(sizeMb('customers', 3386)).toBeCloseTo(0.56, 2);
    expect(sizeMb('purchases', 84198)).toBeCloseTo(4.38, 2);
    expect(sizeMb('purchases', 40)).toBe(0.1);
  });

  it('is not said while the count is unknown or 0 (the screen’s count not there yet, no purchase played)', () => {
    expect(sizeMb('customers', 0)).toBeNull();
    expect(sizeMb('purchases', null)).toBeNull();
  });
});

describe('the CSV files’ names', () => {
  const bakery = { id: 'boulangerie-du-marche', tickUnit: 'week' } as const;

  it('name the table, the shop and the periods played, none at the start', () => {
    expect(fileName(french('clients'), bakery, 3)).toBe('fidelis-clients-boulangerie-du-marche-semaine-3.csv');
    expect(fileName(french('achats'), { id: 'optique-lumiere', tickUnit: 'month' }, 0)).toBe('fidelis-achats-optique-lumiere.csv');
  });

  it('give a what-if branch the result file’s branch part, so it does not take the original’s name (review16 m2)', () => {
    const original = fileName(french('clients'), bakery, 5);
    const branch = fileName(french('clients'), bakery, 5, 1);
    expect(branch).not.toBe(original);
    expect(branch).toBe('fidelis-clients-boulangerie-du-marche-semaine-5-et-si-semaine-2.csv');
    // the same words as the result file's name
    const result = exportResultFile({ learner: 'Camille', ticks: 5, scenario: bakery } as never, 'fidelis-resultat', translate('fr', 'handIn.export.branchPart.week', { n: 2 }), french('').played);
    expect(result.fileName.endsWith('-semaine-5-et-si-semaine-2.json')).toBe(true);
  });
});

describe('the purchases file’s line count', () => {
  it('counts the purchases of the periods saved, not of one played but not saved yet (review16 m7)', () => {
    const kpis = makeKpiSeries(3, (k) => ({ ...k, purchases: 10 * (k.tick + 1) }));
    expect(purchasesPlayed(kpis, 2)).toBe(10 + 20);
    expect(purchasesPlayed(kpis, 3)).toBe(60);
    expect(purchasesPlayed(kpis, 0)).toBe(0);
  });
});
