import { describe, expect, it } from 'vitest';
import { AnalyticsSession } from '../../../src/app/analytics/analyticsSession.ts';
import { detectSeparator } from '../../../src/import/separator.ts';
import { checkText, looksLikeTable } from '../../../src/import/textCheck.ts';

/** Bytes as File.text() reads them: UTF-8 with replacement characters. */
const decoded = (bytes: number[]): string => new TextDecoder().decode(new Uint8Array(bytes));

/** Deterministic pseudo-random bytes (a small LCG), like the tester's binary.bin. */
function noise(length: number): number[] {
  const out: number[] = [];
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(x >> 16 & 0xff);
  }
  return out;
}

describe('checkText', () => {
  it('names an empty file, blanks and a lone byte-order mark as empty', () => {
    expect(checkText('')).toBe('empty');
    expect(checkText('\uFEFF')).toBe('empty');
    expect(checkText(' \r\n\t\n')).toBe('empty');
  });

  it('names a file with NUL bytes or mostly undecodable bytes as binary', () => {
    expect(checkText('client;date\u0000;montant\n')).toBe('binary');
    // a ZIP (.xlsx) header followed by compressed data
    expect(checkText(decoded([0x50, 0x4b, 0x03, 0x04, ...noise(4096).map((b) => b || 1)]))).toBe('binary');
  });

  it('keeps CSV text, including a Latin-1 French file read as UTF-8 (a few replacement characters)', () => {
    expect(checkText('client;date;montant\nA;05/01/2024;12,50\n')).toBe('text');
    expect(checkText('\uFEFFClient;Désignation;Montant\r\nA;Crème brûlée;12,50\r\n')).toBe('text');
    const latin1 = decoded([...new TextEncoder().encode('client;produit;montant\n')].concat([0x41, 0x3b, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0x3b, 0x33, 0x0a]).concat(
      [...new TextEncoder().encode('B;pain;2\nC;lait;1\n')],
    ));
    expect(latin1).toContain('\uFFFD');
    expect(checkText(latin1)).toBe('text');
  });
});

describe('looksLikeTable', () => {
  it('calls a text a table only when two lines split the same way (QA qa25robust m7)', () => {
    // one line of prose with commas: not a table
    expect(looksLikeTable('Bonjour, voici mon scénario : boulangerie, 52 semaines.')).toBe(false);
    expect(looksLikeTable('Bonjour, voici mon scénario :\nune boulangerie sur 52 semaines.\n')).toBe(false);
    // a header and a row with as many separators
    expect(looksLikeTable('Rang;Élève;Équipe\n1;Alice;A\n')).toBe(true);
    expect(looksLikeTable('client,nom,montant\n\nA,"Dupont, Léa",10\n')).toBe(true);
    expect(looksLikeTable('a\tb\n1\t2')).toBe(true);
    // a .csv name is enough
    expect(looksLikeTable('Classe', 'classe-2B.csv')).toBe(true);
  });

  it('finds a table by the rule that finds a transaction file\'s separator', () => {
    // both used to be told « mot inconnu » though the import reads them: a | separator, a quoted field over two lines
    const tables = ['Rang|Élève|Équipe\n1|Alice|A\n', 'note;client\n"livré\nen retard";A\n'];
    for (const text of tables) {
      expect(looksLikeTable(text)).toBe(true);
      expect(detectSeparator(text)).not.toBe('whitespace');
    }
    // lines of blanks do not count, whatever blanks they hold
    expect(looksLikeTable('a;b\n\u00a0\n\t\n1;2\n')).toBe(true);
  });
});

describe('AnalyticsSession load', () => {
  const load = (text: string) => new AnalyticsSession().handle({ kind: 'load', source: { kind: 'text', text }, format: 'csv' }, () => {});

  it('refuses an empty or binary file at once, before any layout is guessed', async () => {
    await expect(load('')).rejects.toThrow('emptyFile');
    await expect(load(decoded(noise(4096)))).rejects.toThrow('notText');
    await expect(load('client;date;montant\nA;05/01/2024;12,50\n')).resolves.toMatchObject({ layout: { separator: ';' } });
  });
});
