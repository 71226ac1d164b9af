import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amountOutliers, MAX_OUTLIER_LINES, MIN_ROWS_FOR_OUTLIERS } from '../../../src/import/amountOutliers.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';
import { amountOutliersText } from '../../../src/ui/analytics/amountOutliersText.ts';

const options = { separator: ';', hasHeader: true, decimalComma: true, dateFormat: 'YYYY-MM-DD', mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 } } as const;

/** A header, then `n` purchases of 10 to 49,90 (median about 30), with `extra` lines at the given 0-based data positions. */
function csv(n: number, extra: Record<number, string> = {}): string {
  const lines = ['client;date;montant'];
  for (let i = 0; i < n; i++) lines.push(extra[i] ?? `C${i % 30};2024-01-${String(1 + (i % 28)).padStart(2, '0')};${10 + (i % 40)},90`);
  return lines.join('\n') + '\n';
}

describe('amounts far above the file’s median basket', () => {
  it('names the lines of a typo and of a decimal-separator mistake, and still imports them', () => {
    // line numbers: the header is line 1, data position i is line i + 2
    const text = csv(300, { 40: 'C3;2024-01-05;29900,00', 150: 'C4;2024-01-06;-12,00', 211: 'C5;2024-01-07;1.234.560' });
    const res = parseTransactions(text, options);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.rows).toBe(300);
    expect(res.errorCount).toBe(0);
    expect(res.amountOutliers).toMatchObject({ count: 2, lines: [42, 213] });
    expect(res.amountOutliers.median).toBeGreaterThan(25);
    expect(res.amountOutliers.median).toBeLessThan(35);
    // a negative amount is reported apart (negativeAmounts), never as an outlier
    expect(res.negativeAmounts).toBe(1);
  });

  it('decimal-separator mistakes: a separator left out (« 4590 » for 45,90), a dot read as grouping (« 45.900 »)', () => {
    const res = parseTransactions(csv(100, { 10: 'C1;2024-01-03;4590', 60: 'C2;2024-01-04;45.900' }), options);
    expect(res.ok && res.amountOutliers).toMatchObject({ count: 2, lines: [12, 62] });
  });

  it('the CDNOW sample (real purchases, the largest 19.4 times the median): nothing', () => {
    const text = readFileSync('src/assets/cdnow/CDNOW_sample.txt', 'utf8');
    const res = parseTransactions(text, { ...options, separator: 'whitespace', hasHeader: false, decimalComma: false, dateFormat: 'YYYYMMDD', mapping: { customer: 0, date: 2, amount: 4, type: -1, quantity: 3 } });
    if (!res.ok) throw new Error('the sample imports');
    expect(res.amountOutliers).toMatchObject({ count: 0, median: 26.13 });
    expect(Math.max(...res.log.amount.subarray(0, res.log.count))).toBe(506.97);
  });

  it('a regular file, a large but plausible basket, a small file: nothing', () => {
    expect(parseTransactions(csv(300, { 7: 'C1;2024-01-02;2500,00' }), options)).toMatchObject({ ok: true, amountOutliers: { count: 0, lines: [] } });
    const small = Float64Array.from({ length: MIN_ROWS_FOR_OUTLIERS - 1 }, (_, k) => (k === 0 ? 1e6 : 10));
    expect(amountOutliers(small, Int32Array.from(small, (_, k) => k + 2), small.length).count).toBe(0);
  });

  it('keeps the first lines and counts them all', () => {
    const amounts = Float64Array.from({ length: 200 }, (_, k) => (k % 4 === 0 ? 1e5 : 20));
    const res = amountOutliers(amounts, Int32Array.from(amounts, (_, k) => k + 2), amounts.length);
    expect(res.count).toBe(50);
    expect(res.lines).toHaveLength(MAX_OUTLIER_LINES);
    expect(res.lines.slice(0, 3)).toEqual([2, 6, 10]);
  });

  it('says it in French and English with real plurals, naming the lines', () => {
    const one = { count: 1, median: 30.5, limit: 3050, lines: [42] };
    expect(amountOutliersText('fr', one)).toMatch(/^1 achat a un montant de plus de 100 fois le panier médian du fichier \(30,5\), ligne 42\u00a0: une faute de frappe/);
    expect(amountOutliersText('en', one)).toMatch(/^1 purchase has an amount more than 100 times the file’s median basket \(30\.5\), line 42: a typo/);
    const many = { count: 23, median: 30, limit: 3000, lines: Array.from({ length: MAX_OUTLIER_LINES }, (_, k) => k + 2) };
    expect(amountOutliersText('fr', many)).toMatch(/^23 achats ont un montant .* lignes 2, 3, .*, 21 et 3 autres\u00a0: des fautes de frappe/);
    expect(amountOutliersText('en', many)).toMatch(/^23 purchases have an amount .* lines 2, 3, .*, 21 and 3 others: typos/);
  });
});
