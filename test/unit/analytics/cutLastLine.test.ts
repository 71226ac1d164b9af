import { describe, expect, it } from 'vitest';
import { cutLastLine } from '../../../src/import/cutLastLine.ts';
import { detectLayout } from '../../../src/import/detect.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';

/** A CDNOW-like log, CRLF line ends, amounts with two decimals. */
const cdnow = (): string =>
  Array.from({ length: 60 }, (_, i) => `${String(i + 1).padStart(5)} 199701${String((i % 28) + 1).padStart(2, '0')}  1   ${(10 + (i % 80) + 0.43).toFixed(2)}\r\n`).join('');

describe('a file cut in the middle of its last line (QA qa25robust m4)', () => {
  it('is flagged when the last line has no line break and a shorter last value or fewer fields', () => {
    const whole = cdnow();
    expect(cutLastLine(whole, 'whitespace')).toBeNull();
    expect(cutLastLine(`${whole}11410 19971128  6   86.`, 'whitespace')).toBe('86.');
    expect(cutLastLine(`${whole}11410 1997`, 'whitespace')).toBe('1997');
    // the same line, whole, without a final line break: not flagged
    expect(cutLastLine(`${whole}11410 19971128  6   86.43`, 'whitespace')).toBeNull();
    // a CSV written without a final line break
    expect(cutLastLine('client;date;montant\n1;2024-01-02;10,50\n2;2024-01-03;11,20\n3;2024-01-04;12,00', ';')).toBeNull();
    expect(cutLastLine('client;date;montant\n1;2024-01-02;10,50\n2;2024-01-03;11,20\n3;2024-01-04;12', ';')).toBe('12');
  });

  it('is said by the import, which goes on', () => {
    const text = `${cdnow()}11410 19971128  6   86.`;
    const result = parseTransactions(text, detectLayout(text, 'cdnow'));
    expect(result).toMatchObject({ ok: true, rows: 61, cutLine: { line: 61, value: '86.' } });
    const whole = parseTransactions(cdnow(), detectLayout(cdnow(), 'cdnow'));
    expect(whole.ok && whole.cutLine).toBe(undefined);
  });
});
