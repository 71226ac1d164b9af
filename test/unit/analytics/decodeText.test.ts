import { describe, expect, it, vi } from 'vitest';
import { AnalyticsSession } from '../../../src/app/analytics/analyticsSession.ts';
import { decodeText } from '../../../src/import/decodeText.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';

/** ASCII text as bytes (one byte per character). */
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

// « rayon;Pâtisserie » as French Excel saves it: Windows-1252, â = 0xE2, é = 0xE9
const WINDOWS_1252 = new Uint8Array([
  ...ascii('client;date;montant;rayon\r\nA;05/01/2024;12,50;P'),
  0xe2,
  ...ascii('tisserie\r\nB;06/01/2024;3;Cr'),
  0xe9,
  ...ascii('merie\r\nC;07/01/2024;8;Traiteur '),
  0xe9,
  ...ascii('picerie\r\n'),
]);

describe('decodeText', () => {
  it('reads bytes that are not UTF-8 as Windows-1252 (é is the byte 0xE9), without a replacement character', () => {
    const decoded = decodeText(WINDOWS_1252);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', bom: false });
    expect(decoded.text).toContain('Pâtisserie');
    expect(decoded.text).toContain('Crémerie');
    expect(decoded.text).toContain('Traiteur épicerie');
    expect(decoded.text).not.toContain('\uFFFD');
    // the euro sign is 0x80 in Windows-1252 (not a C1 control as in ISO-8859-1)
    expect(decodeText(new Uint8Array([0x31, 0x32, 0x20, 0x80])).text).toBe('12 €');
  });

  it('reads a UTF-8 file as UTF-8 (é is the two bytes 0xC3 0xA9)', () => {
    const bytes = new TextEncoder().encode('client;rayon\nA;Pâtisserie\nB;Crémerie\n');
    expect([...bytes]).toContain(0xc3);
    expect(decodeText(bytes)).toEqual({ text: 'client;rayon\nA;Pâtisserie\nB;Crémerie\n', encoding: 'utf-8', bom: false });
  });

  it('follows a byte-order mark: UTF-8 (Excel « CSV UTF-8 »), UTF-16 little- and big-endian; the mark is not in the text', () => {
    const body = new TextEncoder().encode('client;rayon\nA;Crémerie\n');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...body]))).toEqual({ text: 'client;rayon\nA;Crémerie\n', encoding: 'utf-8', bom: true });
    const utf16le = [0xff, 0xfe, ...[...'A;Crémerie'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeText(new Uint8Array(utf16le))).toEqual({ text: 'A;Crémerie', encoding: 'utf-16le', bom: true });
    const utf16be = [0xfe, 0xff, ...[...'A;Crémerie'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeText(new Uint8Array(utf16be))).toEqual({ text: 'A;Crémerie', encoding: 'utf-16be', bom: true });
  });
});

describe('AnalyticsSession load of a file', () => {
  const load = (bytes: Uint8Array<ArrayBuffer>) =>
    new AnalyticsSession().handle({ kind: 'load', source: { kind: 'file', file: new Blob([bytes]) }, format: 'csv' }, () => {});

  it('says which encoding the file was read in, and keeps the accents of a Windows-1252 file through the import', async () => {
    const session = new AnalyticsSession();
    const loaded = await session.handle({ kind: 'load', source: { kind: 'file', file: new Blob([WINDOWS_1252]) }, format: 'csv' }, () => {});
    expect(loaded).toMatchObject({ encoding: { name: 'windows-1252', bom: false } });
    await expect(load(new TextEncoder().encode('client;date;montant\nA;05/01/2024;12,50\n'))).resolves.toMatchObject({ encoding: { name: 'utf-8', bom: false } });
  });

  it('still refuses a binary file (random bytes without a NUL, read as Windows-1252) and an empty one', async () => {
    let x = 12345;
    const noise = new Uint8Array(4096).map(() => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return (x >> 16 & 0xff) || 1;
    });
    await expect(load(noise)).rejects.toThrow('notText');
    await expect(load(new Uint8Array([]))).rejects.toThrow('emptyFile');
    await expect(load(new Uint8Array([0xef, 0xbb, 0xbf]))).rejects.toThrow('emptyFile');
  });
});

describe('npm run rfm / score: reading the file', () => {
  it('decodes a Windows-1252 file as the screen does and says so on stderr', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readText } = await import('../../../src/cli/analyticsArgs.ts');
    const dir = mkdtempSync(join(tmpdir(), 'fidelis-'));
    const excel = join(dir, 'ventes.csv');
    const utf8 = join(dir, 'ventes-utf8.csv');
    writeFileSync(excel, WINDOWS_1252);
    writeFileSync(utf8, new TextEncoder().encode('client;rayon\nA;Crémerie\n'));
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(readText(excel)).toContain('A;05/01/2024;12,50;Pâtisserie');
      expect(written).toEqual([frenchText`Fichier « ${excel} » lu en Windows-1252 (Excel) : ce n’est pas de l’UTF-8.\n`]);
      expect(readText(utf8)).toBe('client;rayon\nA;Crémerie\n');
      expect(written).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
