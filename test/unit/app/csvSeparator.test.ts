/**
 * A CSV export opens in the learner's spreadsheet: decimal comma and ';' for a French one, decimal
 * point and ',' for an English one (QA self 17: the English « Export the scored customers (CSV) »
 * wrote `41,44;…`, one column in an English Excel). The French files stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { AnalyticsSession } from '../../../src/app/analytics/analyticsSession.ts';
import { csvSeparator, textCell } from '../../../src/db/csvExport.ts';
import type { LoadResult } from '../../../src/app/analytics/analyticsProtocol.ts';
import { csvDecimalCommaFor, toCsv } from '../../../src/results/csvWriter.ts';

const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('CSV separator and decimal mark', () => {
  it('goes with the decimal mark: ; with a comma, , with a point', () => {
    expect(csvSeparator(true)).toBe(';');
    expect(csvSeparator(false)).toBe(',');
    expect(toCsv([['Name, first', 1.5, 2]], { decimalComma: false })).toBe('\uFEFF"Name, first",1.50,2\r\n');
    expect(toCsv([['Nom, prénom', 1.5, 2]], { decimalComma: true })).toBe('\uFEFFNom, prénom;1,50;2\r\n');
    expect(textCell('a;b', ',')).toBe('a;b');
    expect(textCell('a;b')).toBe('"a;b"');
  });

  it('starts from the language: a decimal comma in French, a point in English', () => {
    expect(csvDecimalCommaFor('fr')).toBe(true);
    expect(csvDecimalCommaFor('en')).toBe(false);
  });

  it('writes the scored customers with , and . for English, ; and , for French, headers unchanged', async () => {
    const session = new AnalyticsSession();
    const text = 'customer;date;amount\nA;2024-01-05;41.44\nA;2024-02-10;10.99\nB;2024-01-20;24.65\nC, Jr;2024-03-01;7.5\n';
    const loaded = (await session.handle({ kind: 'load', source: { kind: 'text', text }, format: 'csv' }, () => {})) as LoadResult;
    const imported = (await session.handle({ kind: 'import', layout: loaded.layout, skipBadLines: true }, () => {})) as { ok: boolean; lastDay: number };
    expect(imported.ok).toBe(true);
    await session.handle({ kind: 'rfm', analysisDay: imported.lastDay + 1, windowDays: 365 }, () => {});
    const headers = ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'Segment', 'RF segment', 'Type'];
    const labels = { headers, scoreHeaders: ['x', 'Silent', 'P(alive)', 'Purchases', 'Spend', 'CLV'], segmentNames: ['New customer', 'Very good customer', 'Good customer', 'Lapsing customer', 'Inactive'], rfSegmentNames: [] };
    const english = lines((await session.handle({ kind: 'exportCsv', decimalComma: false, ...labels }, () => {})) as string);
    expect(english[0]).toBe(headers.join(','));
    const a = english.find((l) => l.startsWith('A,'))!;
    expect(a).toContain(',52.43,');
    expect(english.some((l) => l.startsWith('"C, Jr",'))).toBe(true);
    const french = lines((await session.handle({ kind: 'exportCsv', decimalComma: true, ...labels }, () => {})) as string);
    expect(french[0]).toBe(headers.join(';'));
    expect(french.find((l) => l.startsWith('A;'))).toContain(';52,43;');
    expect(french.some((l) => l.startsWith('C, Jr;'))).toBe(true);
  });
});
