/**
 * A failed import's lines are tied to the form's selects by the error each line says, not by comparing texts
 * (review16 m9), and the unmapped columns are read from the error one way, by the form and by the message alike.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../src/import/detect.ts';
import { describeImportErrorItems, describeImportErrors } from '../../../src/import/describeError.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';
import { unmappedFields, type ImportError } from '../../../src/import/types.ts';
import { layoutErrors } from '../../../src/ui/analytics/layoutErrors.ts';

const unmappedImport = (mapping: { customer: number; date: number; amount: number }) =>
  parseTransactions('a;b;c\n1;2;3\n', { ...detectLayout('a;b;c\n1;2;3\n', 'csv'), mapping: { ...mapping, type: -1, quantity: -1 } });

describe('the columns an import was read without', () => {
  it('are read back from the error as the reader wrote them, for the form and for the message', () => {
    const res = unmappedImport({ customer: 0, date: -1, amount: -1 });
    expect(res.ok).toBe(false);
    const error = res.errors.find((e) => e.code === 'unmappedColumns')!;
    expect(unmappedFields(error)).toEqual(['date', 'amount']);
    expect(layoutErrors(res).map((e) => e.fields)).toEqual([['date', 'amount']]);
    expect(describeImportErrors(res.errors, res.errorCount)[0]).toMatch(/^Colonnes non associées\u00a0: date, montant\./);
    expect(describeImportErrors(res.errors, res.errorCount, 'en')[0]).toMatch(/: date, amount\./);
  });

  it('are none for another error', () => {
    expect(unmappedFields({ line: 0, code: 'noRows', params: {} })).toEqual([]);
  });
});

describe('the lines of a failed import with the error each says', () => {
  it('gives each line the very error the form ties its selects to, and none to « … et N autres erreurs »', () => {
    const res = unmappedImport({ customer: -1, date: -1, amount: -1 });
    const items = describeImportErrorItems(res.errors, res.errorCount);
    expect(items.map((i) => i.text)).toEqual(describeImportErrors(res.errors, res.errorCount));
    const tied = layoutErrors(res).find((e) => e.id === 'analytics-unmapped-error')!;
    expect(items.filter((i) => i.error === tied.error)).toHaveLength(1);

    const bad: ImportError[] = [2, 3, 4].map((line) => ({ line, code: 'badDate', params: { value: 'x', format: 'YYYY-MM-DD' } }));
    const grouped = describeImportErrorItems(bad, 10);
    expect(grouped.map((i) => i.error)).toEqual([bad[0], null]);
  });
});
