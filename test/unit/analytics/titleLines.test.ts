/**
 * QA robust #10: a till's export with title lines above the header (« Export caisse du 12/03/2024 »,
 * « Magasin : Boulangerie ») could not be imported (columns named after the titles, nothing mapped), and
 * a file with its header only said « Colonnes non associées » instead of « aucun achat ».
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src/import/detect.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';
import { describeImportErrors } from '../../../src/import/describeError.ts';

const TITLED = 'Export caisse du 12/03/2024\nMagasin : Boulangerie\n\nclient;date;nb;montant\n00001;01/01/1997;1;11,77\n00002;12/01/1997;1;12,00\n';

describe('title lines above the table', () => {
  it('are detected and skipped: the header and the mapping are the table’s', () => {
    const layout = detectLayout(TITLED, 'csv');
    expect(layout).toMatchObject({ skipLines: 2, hasHeader: true, separator: ';', decimalComma: true, dateFormat: 'DD/MM/YYYY' });
    expect(layout.columns).toEqual(['client', 'date', 'nb', 'montant']);
    expect(layout.mapping).toMatchObject({ customer: 0, date: 1, amount: 3 });
    const imported = parseTransactions(TITLED, layout);
    expect(imported).toMatchObject({ ok: true, rows: 2 });
  });

  it('a regular file has none', () => {
    expect(detectLayout('client;date;montant\n1;01/01/1997;3\n2;02/01/1997;4\n', 'csv').skipLines).toBeUndefined();
    expect(detectLayout('1;01/01/1997;3\n2;02/01/1997;4\n', 'csv').skipLines).toBeUndefined();
  });

  it('a file with its header only holds no purchase', () => {
    const text = 'client;date;nb;montant\n';
    const result = parseTransactions(text, detectLayout(text, 'csv'));
    expect(result.ok).toBe(false);
    const lines = describeImportErrors(result.errors, result.errorCount, 'fr').map((l) => l.replace(/[\u00a0\u202f]/g, ' '));
    expect(lines).toEqual(['Le fichier ne contient aucun achat : aucune ligne de données sous les titres des colonnes.']);
  });
});
