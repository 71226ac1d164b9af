import { describe, expect, it } from 'vitest';
import { dateSpread } from '../../../src/import/lateDates.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';
import { translateCount } from '../../../src/i18n/plural.ts';
import { parseIsoDay } from '../../../src/engine/scoring/transactionLog.ts';

const days = (list: number[]) => Int32Array.from(list);

describe('purchases dated far after the bulk of the file (QA robust #2)', () => {
  it('are counted apart; the bulk ends before them', () => {
    const bulk = Array.from({ length: 3000 }, (_, i) => 10_000 + (i % 540));
    expect(dateSpread(days([...bulk, 47_000]), 3001)).toEqual({ firstDay: 10_000, lastDay: 47_000, bulkLastDay: 10_539, lateCount: 1 });
    // a regular file: nothing late
    expect(dateSpread(days(bulk), 3000)).toMatchObject({ bulkLastDay: 10_539, lateCount: 0 });
    // a small file: no rule
    expect(dateSpread(days([10_000, 10_001, 12_000]), 3)).toMatchObject({ bulkLastDay: 12_000, lateCount: 0 });
  });

  it('a date after the import day is a line in error; negative amounts are counted', () => {
    const text = 'c,d,a\n1,2024-01-05,10\n2,2099-06-15,10\n3,2024-01-06,-4\n';
    const options = { separator: ',', hasHeader: true, decimalComma: false, dateFormat: 'YYYY-MM-DD', mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 } } as const;
    const latestDay = parseIsoDay('2026-12-01')!;
    const refused = parseTransactions(text, { ...options, latestDay });
    expect(refused).toMatchObject({ ok: false, errors: [{ line: 3, code: 'futureDate', params: { value: '2099-06-15' } }] });
    const skipped = parseTransactions(text, { ...options, latestDay, skipBadLines: true });
    expect(skipped).toMatchObject({ ok: true, rows: 3, skippedLines: 1, negativeAmounts: 1 });
    // the CLI (no clock given) takes every date
    expect(parseTransactions(text, options)).toMatchObject({ ok: true, negativeAmounts: 1 });
  });

  it('the import line has real plurals in both languages (QA robust #4)', () => {
    const line = (locale: 'fr' | 'en', rows: number, customers: number) =>
      translateCount(locale, 'analytics.imported', rows, { rows, customers: translateCount(locale, 'analytics.importedCustomers', customers), first: 'a', last: 'b' });
    expect(line('fr', 1, 1)).toBe('1 achat de 1 client importé, du a au b.');
    expect(line('fr', 3, 2)).toBe('3 achats de 2 clients importés, du a au b.');
    expect(line('en', 1, 1)).toBe('1 purchase by 1 customer imported, from a to b.');
    expect(line('en', 3, 1)).toBe('3 purchases by 1 customer imported, from a to b.');
  });
});
