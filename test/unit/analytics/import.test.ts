import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/engine/scoring/transactionLog.ts';
import { detectLayout, guessDateFormat, recogniseShape } from '../../../src/import/detect.ts';
import { detectSeparator } from '../../../src/import/separator.ts';
import { decimalCommaHint, describeImportError, describeImportErrors, otherFormatHint } from '../../../src/import/describeError.ts';
import { parseAmount, parseDate } from '../../../src/import/fieldParsers.ts';
import { parseSummary } from '../../../src/import/parseSummary.ts';
import { parseTransactions } from '../../../src/import/parseTransactions.ts';
import { MAX_ERROR_DETAILS, type TransactionFormat } from '../../../src/import/types.ts';
import { frenchText } from '../../../src/i18n/frenchSpacing.ts';
import { formatNumber } from '../../../src/app/format.ts';

const SAMPLE = readFileSync(new URL('../../../src/assets/cdnow/CDNOW_sample.txt', import.meta.url), 'utf8');
const SUMMARY = readFileSync(new URL('../../../src/assets/cdnow/cdnow_customers_summary.csv', import.meta.url), 'utf8');

function importText(text: string, format: TransactionFormat = 'csv', skipBadLines = false) {
  return parseTransactions(text, { ...detectLayout(text, format), skipBadLines });
}

const amount = (s: string, comma = false) => parseAmount(s, 0, s.length, comma);
const date = (s: string, f: Parameters<typeof parseDate>[3]) => parseDate(s, 0, s.length, f);

describe('field parsers', () => {
  it('reads amounts exactly, with grouping, decimal comma and currency signs', () => {
    expect(amount('11.77')).toBe(11.77);
    expect(amount('0.1')).toBe(0.1);
    expect(amount(' 1,234.50 $')).toBe(1234.5);
    expect(amount('12,50 €', true)).toBe(12.5);
    expect(amount('1 234,56', true)).toBe(1234.56);
    expect(amount('1.234,56', true)).toBe(1234.56);
    expect(amount('-3.5')).toBe(-3.5);
    expect(amount('1e3')).toBe(1000);
    // a purchase log refuses exponent notation (a customer summary still reads it)
    expect(amount('1e3', false)).toBe(1000);
    expect(parseAmount('1e3', 0, 3, false, false)).toBeNaN();
    expect(parseAmount('1,5E+03', 0, 7, true, false)).toBeNaN();
    expect(parseAmount('12345678901234567', 0, 17, false, false)).toBe(Number('12345678901234567'));
    // a comma that is not a thousands group must not be silently dropped
    expect(amount('12,5')).toBeNaN();
    expect(amount('abc')).toBeNaN();
    expect(amount('')).toBeNaN();
    expect(amount('12.5.3')).toBeNaN();
  });

  it('reads the supported date layouts and rejects impossible dates', () => {
    const d = dayNumber(2024, 3, 5);
    expect(date('2024-03-05', 'YYYY-MM-DD')).toBe(d);
    expect(date('2024-03-05T10:12:00Z', 'YYYY-MM-DD')).toBe(d);
    expect(date('2024-3-5', 'YYYY-MM-DD')).toBe(d);
    expect(date('05/03/2024', 'DD/MM/YYYY')).toBe(d);
    expect(date('5.3.2024', 'DD/MM/YYYY')).toBe(d);
    expect(date('03/05/2024', 'MM/DD/YYYY')).toBe(d);
    expect(date('20240305', 'YYYYMMDD')).toBe(d);
    expect(date('2024/03/05', 'YYYY/MM/DD')).toBe(d);
    expect(date('2023-02-29', 'YYYY-MM-DD')).toBeNaN();
    expect(date('2024-02-29', 'YYYY-MM-DD')).toBe(dayNumber(2024, 2, 29));
    expect(date('31/04/2024', 'DD/MM/YYYY')).toBeNaN();
    expect(date('2024035', 'YYYYMMDD')).toBeNaN();
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1997, 9, 30) - dayNumber(1997, 1, 1)).toBe(272);
  });

  it('guesses the date format, day first before month first', () => {
    expect(guessDateFormat(['05/03/2024', '28/02/2024'])).toBe('DD/MM/YYYY');
    expect(guessDateFormat(['03/25/2024'])).toBe('MM/DD/YYYY');
    expect(guessDateFormat(['19970101'])).toBe('YYYYMMDD');
    expect(guessDateFormat(['hello'])).toBeNull();
  });
});

describe('layout detection', () => {
  it('detects the separator', () => {
    expect(detectSeparator('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectSeparator('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectSeparator('a|b|c\n1|2|3\n')).toBe('|');
    expect(detectSeparator(' 00001 19970101  1   11.77\n')).toBe('whitespace');
    // a separator inside quotes does not count
    expect(detectSeparator('id;nom;montant\n1;"Dupont, Jean";3,5\n2;"Martin, Léa";4\n')).toBe(';');
  });

  it('takes a line of blanks for no record, tabs included', () => {
    // the tab of the blank line was counted with the next line, and the file was read as tab-separated, one column a row
    expect(detectSeparator('client date montant\n\t\nA 05/01/2024 12\n')).toBe('whitespace');
    expect(detectSeparator('client;date\n\t\t\nA;05/01/2024\n')).toBe(';');
  });

  it('detects header, decimal comma, date format and column mapping from header names', () => {
    const text = '\uFEFFProduit;Montant TTC;Date achat;Client;Quantité\r\nlivre;12,50;05/03/2024;C1;2\r\ndvd;7,00;06/03/2024;C2;1\r\n';
    const layout = detectLayout(text, 'csv');
    expect(layout).toMatchObject({ separator: ';', hasHeader: true, decimalComma: true, dateFormat: 'DD/MM/YYYY' });
    expect(layout.mapping).toEqual({ customer: 3, date: 2, amount: 1, type: 0, quantity: 4 });
    expect(layout.columns).toEqual(['Produit', 'Montant TTC', 'Date achat', 'Client', 'Quantité']);
    expect(layout.preview).toEqual([
      ['livre', '12,50', '05/03/2024', 'C1', '2'],
      ['dvd', '7,00', '06/03/2024', 'C2', '1'],
    ]);
  });

  it('maps columns by content when there is no header', () => {
    const layout = detectLayout('A17,2024-01-02,19.90\nB3,2024-01-05,5\n', 'csv');
    expect(layout.hasHeader).toBe(false);
    expect(layout.mapping).toMatchObject({ customer: 0, date: 1, amount: 2, type: -1, quantity: -1 });
    expect(layout.columns).toEqual(['1', '2', '3']);
  });

  it('pre-assigns a column only when its title names the field, and leaves unknown titles to the learner', () => {
    // QA C5: foo,bar,baz got « client » = foo and « montant » = baz
    expect(detectLayout('foo,bar,baz\n1,2,3\n4,5,6\n', 'csv').mapping).toEqual({ customer: -1, date: -1, amount: -1, type: -1, quantity: -1 });
    // a date column under an unknown title is not assigned either, though its dates set the format
    const partly = detectLayout('ref;quand;montant\nA1;05/03/2024;12,50\nA2;06/03/2024;7\n', 'csv');
    expect(partly.mapping).toEqual({ customer: -1, date: -1, amount: 2, type: -1, quantity: -1 });
    expect(partly.dateFormat).toBe('DD/MM/YYYY');
    // a named number field still needs numbers
    expect(detectLayout('client,date,montant\nA,2024-01-02,douze\nB,2024-01-03,treize\n', 'csv').mapping).toEqual({
      customer: 0,
      date: 1,
      amount: -1,
      type: -1,
      quantity: -1,
    });
  });

  it('recognises the optional header of the CDNOW master file', () => {
    expect(detectLayout(' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n', 'cdnow').hasHeader).toBe(true);
    expect(detectLayout(' 00001 19970101  1   11.77\n', 'cdnow').hasHeader).toBe(false);
  });

  it('guesses the decimal comma from quoted amounts in a comma-separated file, not from an English thousands group (QA qa22 F2)', () => {
    const french = 'client,date,montant\n1,2024-01-05,"12,50"\n2,2024-01-06,"1 208,00"\n';
    const layout = detectLayout(french, 'csv');
    expect(layout).toMatchObject({ separator: ',', hasHeader: true, decimalComma: true });
    expect(layout.mapping).toMatchObject({ customer: 0, date: 1, amount: 2 });
    const res = parseTransactions(french, layout);
    expect(res.ok).toBe(true);
    if (res.ok) expect(Array.from(res.log.amount).slice(0, res.log.count)).toEqual([12.5, 1208]);
    // "1,234" in a comma-separated file is an English thousands group: decimal point, read as 1234
    const english = 'customer,date,amount\n1,2024-01-05,"1,234"\n2,2024-01-06,"2,500"\n3,2024-01-07,"1,234.50"\n';
    const en = detectLayout(english, 'csv');
    expect(en.decimalComma).toBe(false);
    const read = parseTransactions(english, en);
    expect(read.ok).toBe(true);
    if (read.ok) expect(Array.from(read.log.amount).slice(0, read.log.count)).toEqual([1234, 2500, 1234.5]);
    expect(detectLayout('customer,date,amount\n1,2024-01-05,"1,234"\n', 'csv').decimalComma).toBe(false);
  });

  it('reads the CDNOW master as « Échantillon » as it reads the sample as « CDNOW » (QA qa22 F1)', () => {
    const master = ' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n 00002 19970112  1   12.00\n';
    const res = importText(master, 'cdnow-sample');
    expect(res.ok).toBe(true);
    if (res.ok) expect([res.rows, Array.from(res.log.amount).slice(0, res.log.count)]).toEqual([2, [11.77, 12]]);
    expect(importText(SAMPLE.split('\n').slice(0, 20).join('\n'), 'cdnow').ok).toBe(true);
  });

  it('recognises what a file is: a CDNOW log of either kind, a customer summary, or another CSV', () => {
    expect(recogniseShape(SUMMARY)).toBe('summary');
    expect(recogniseShape(SAMPLE)).toBe('cdnow-sample');
    expect(recogniseShape(' customer_id  date number_of_cds  dollar_value\n 00001 19970101  1   11.77\n')).toBe('cdnow');
    expect(recogniseShape('client;date;montant\nA;05/03/2024;12,50\n')).toBe('csv');
  });
});

describe('parseTransactions', () => {
  it('imports quoted fields with separators, line breaks and doubled quotes', () => {
    const text = 'client,date,montant,produit\n"Dupont, Jean",2024-01-02,"10.50","livre ""rare""\nédition 2"\nB,2024-01-03,4,dvd\n';
    const res = importText(text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.log.customerIds).toEqual(['Dupont, Jean', 'B']);
    expect(res.log.typeNames).toEqual(['livre "rare"\nédition 2', 'dvd']);
    expect(Array.from(res.log.amount.subarray(0, res.log.count))).toEqual([10.5, 4]);
    expect(Array.from(res.log.day.subarray(0, 2))).toEqual([dayNumber(2024, 1, 2), dayNumber(2024, 1, 3)]);
  });

  it('imports nothing when a line is bad, and reports every bad line by number', () => {
    const text = 'client;date;montant\nA;2024-01-02;10\n\nB;2024-13-01;5\nC;2024-01-04;cinq\nD;2024-01-05\n;2024-01-06;3\nE;2024-01-07;8\n';
    const res = importText(text);
    expect(res.ok).toBe(false);
    expect(res.errorCount).toBe(4);
    expect(res.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'badDate'],
      [5, 'badAmount'],
      [6, 'missingColumns'],
      [7, 'emptyCustomer'],
    ]);
    expect(describeImportError(res.errors[0])).toBe(frenchText`Ligne 4 : date illisible « 2024-13-01 » (format attendu : AAAA-MM-JJ).`);
    expect(describeImportError(res.errors[1], 'en')).toBe('Line 5: unreadable amount “cinq”.');
    // French notation of the date format and a typographic apostrophe (QA more M8); English keeps YYYY-MM-DD
    expect(describeImportError(res.errors[3])).toBe(frenchText`Ligne 7 : l’identifiant du client est vide.`);
    expect(describeImportError(res.errors[0], 'en')).toBe('Line 4: unreadable date “2024-13-01” (expected format: YYYY-MM-DD).');
  });

  it('skips rows made only of separators or blanks, a spreadsheet export artefact, without an error (QA qa19 F13)', () => {
    const text = 'client;date;montant\nA;2024-01-02;10\n;;\n ; ;\t\n"";;\nB;2024-01-03;5\n;;\n';
    const res = importText(text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.log.customerIds).toEqual(['A', 'B']);
    expect(res.rows).toBe(2);
    expect(res.errorCount).toBe(0);
    // a real error still blocks, with its own line number (counted with the skipped rows)
    const bad = importText('client;date;montant\nA;2024-01-02;10\n;;\nB;2024-13-01;5\n');
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.line, e.code])).toEqual([[4, 'badDate']]);
    // a file of headers and separator rows only has no purchase
    const none = importText('client;date;montant\n;;\n;;\n');
    expect(none.ok).toBe(false);
    expect(none.errors.map((e) => e.code)).toEqual(['noRows']);
  });

  it('says « montant manquant » for an empty amount and refuses an amount in exponent notation (QA qa7 finding 8)', () => {
    const text = 'client;date;montant;quantité\nA;2024-01-02;10;1\nB;2024-01-03;;1\nC;2024-01-04;1e3;1\nD;2024-01-05;1,5E+03;1\nE;2024-01-06;7;\nF;2024-01-07;7;2E1\n';
    const res = importText(text);
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'missingAmount'],
      [4, 'exponentAmount'],
      [5, 'exponentAmount'],
      [6, 'missingQuantity'],
      [7, 'exponentQuantity'],
    ]);
    expect(describeImportError(res.errors[0])).toBe(frenchText`Ligne 3 : montant manquant (cellule vide).`);
    expect(describeImportError(res.errors[0], 'en')).toBe('Line 3: missing amount (empty cell).');
    expect(describeImportError(res.errors[1])).toBe(
      frenchText`Ligne 4 : montant en notation scientifique « 1e3 » : c’est souvent ainsi qu’un tableur écrit un nombre, et il a pu l’arrondir. Dans le tableur, donnez à la colonne le format « Nombre », puis exportez à nouveau le fichier.`,
    );
    expect(describeImportError(res.errors[1], 'en')).toMatch(/^Line 4: amount in scientific notation “1e3”: .*“Number” format/);
    expect(describeImportError(res.errors[3])).toBe(frenchText`Ligne 6 : quantité manquante (cellule vide).`);
    // skipping bad lines keeps only the lines whose amount and quantity were written in full
    const kept = importText(text, 'csv', true);
    expect(kept.ok && [...kept.log.customerIds]).toEqual(['A']);
    // an unreadable amount keeps its own message
    expect(importText('client;date;montant\nA;2024-01-02;12\nB;2024-01-03;douze\n').errors[0]).toMatchObject({ code: 'badAmount', params: { value: 'douze' } });
  });

  it('says every problem of a line at once, in the order of its fields, and « date manquante » for an empty date (QA qa27class m6)', () => {
    // columns chosen by the learner (too few dates read for the form to propose the date column)
    const withColumns = (text: string, skipBadLines = false) =>
      parseTransactions(text, { ...detectLayout(text, 'csv'), mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 }, dateFormat: 'YYYY-MM-DD', skipBadLines });
    // the QA's file: the date and the amount of line 3 both wrong, line 4 without a date
    const text = 'client;date;montant\n1;2024-01-05;12\n2;05/01/2024;abc\n3;;10\n;hier;;\n';
    const res = withColumns(text);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'badDate'],
      [3, 'badAmount'],
      [4, 'missingDate'],
      [5, 'badDate'],
      [5, 'missingAmount'],
      [5, 'emptyCustomer'],
    ]);
    // problems counted one by one, lines left out once each
    expect(res.errorCount).toBe(6);
    expect(res.skippedLines).toBe(3);
    expect(describeImportErrors(res.errors, res.errorCount, 'fr', res.errorsByCode)).toEqual([
      // the import's grouping kept: the same problem together (here each of its few values with its line)
      frenchText`Ligne 3 : date illisible « 05/01/2024 » (format attendu : AAAA-MM-JJ).`,
      frenchText`Ligne 5 : date illisible « hier » (format attendu : AAAA-MM-JJ).`,
      frenchText`Ligne 3 : montant illisible « abc ».`,
      frenchText`Ligne 4 : date manquante (cellule vide).`,
      frenchText`Ligne 5 : montant manquant (cellule vide).`,
      frenchText`Ligne 5 : l’identifiant du client est vide.`,
    ]);
    expect(describeImportError(res.errors[2], 'en')).toBe('Line 4: missing date (empty cell).');
    // a line refused registers no customer: skipped, it leaves the customers who bought only
    const kept = withColumns('client;date;montant\nA;2024-01-02;10\nB;2024-01-03;x\nC;;4\n', true);
    expect(kept.ok && kept.log.customerIds).toEqual(['A']);
    expect(kept.skippedLines).toBe(2);
  });

  it('keeps the cap on the details and groups the same problem of many lines once, each problem of theirs said (QA qa27class m6)', () => {
    const text = `client;date;montant\n${Array.from({ length: 300 }, (_, i) => `C${i};hier${i};x${i}`).join('\n')}\n`;
    const res = parseTransactions(text, { ...detectLayout(text, 'csv'), mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 }, dateFormat: 'YYYY-MM-DD' });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.errorCount).toBe(600);
    expect(res.errors).toHaveLength(MAX_ERROR_DETAILS);
    const lines = describeImportErrors(res.errors, res.errorCount, 'fr', res.errorsByCode);
    expect(lines).toEqual([
      frenchText`300 lignes (2, 3, 4…), chacune avec sa valeur, par exemple la première : date illisible « hier0 » (format attendu : AAAA-MM-JJ).`,
      frenchText`300 lignes (2, 3, 4…), chacune avec sa valeur, par exemple la première : montant illisible « x0 ».`,
    ]);
  });

  it('imports the good lines only when asked to skip bad ones', () => {
    const text = 'client;date;montant\nA;2024-01-02;10\nB;2024-13-01;5\nE;2024-01-07;8\n';
    const res = importText(text, 'csv', true);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.log.count).toBe(2);
    expect(res.skippedLines).toBe(1);
    expect(res.log.customerIds).toEqual(['A', 'E']);
    expect(res.errors[0]).toMatchObject({ line: 3, code: 'badDate' });
  });

  it('counts line numbers across quoted line breaks and reports an unterminated quote', () => {
    const text = 'c,d,m\n"A\nB",2024-01-02,1\nC,2024-01-02,x\nD,"2024-01-02,3\n';
    const layout = detectLayout(text, 'csv');
    expect(layout.separator).toBe(',');
    const res = parseTransactions(text, { ...layout, mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 } });
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => [e.line, e.code])).toEqual([
      [4, 'badAmount'],
      [5, 'unterminatedQuote'],
    ]);
  });

  it('rejects an empty file, a header alone and unmapped columns in French', () => {
    const empty = importText('\uFEFF  \n');
    expect(empty.ok).toBe(false);
    expect(describeImportErrors(empty.errors, empty.errorCount)).toEqual(['Le fichier est vide.']);
    const headerOnly = importText('client;date;montant\n');
    expect(headerOnly.ok).toBe(false);
    const unmapped = parseTransactions('a;b\n1;2\n', { ...detectLayout('a;b\n1;2\n', 'csv'), mapping: { customer: 0, date: -1, amount: 1, type: -1, quantity: -1 } });
    expect(unmapped.ok).toBe(false);
    expect(describeImportError(unmapped.errors[0])).toMatch(/^Colonnes non associées\u00a0: date\./);
  });

  it('says identical line errors once with their count, and says that a summary file is not a purchase log (QA qa22 F1)', () => {
    const res = importText(SUMMARY, 'cdnow');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    const lines = describeImportErrors(res.errors, res.errorCount);
    // every line after the titles is one field (no space in a comma-separated line): all 200 detailed lines are the same error
    expect(lines).toEqual([
      frenchText`200 lignes (2, 3, 4…) : il manque des colonnes (attendues : 4, trouvées : 1).`,
      frenchText`… et ${formatNumber('fr', res.errorCount - 200)} autres erreurs.`,
    ]);
    expect(describeImportErrors(res.errors, res.errorCount, 'en')[0]).toBe('200 lines (2, 3, 4…): missing columns (expected: 4, found: 1).');
    // a summary is no purchase log whatever the type: not « CSV », where « date » and « montant » stay unmapped
    const shape = recogniseShape(SUMMARY);
    expect(otherFormatHint({ ok: false, rows: res.rows ?? 0, skippedLines: res.skippedLines ?? 0, shape }, 'cdnow')).toBe('summary');
    const asCsv = importText(SUMMARY, 'csv');
    expect(asCsv.ok).toBe(false);
    if (asCsv.ok) return;
    expect(asCsv.errors[0].code).toBe('unmappedColumns');
    expect(otherFormatHint({ ok: false, rows: asCsv.rows ?? 0, skippedLines: asCsv.skippedLines ?? 0, shape }, 'csv')).toBe('summary');
    // the type that matches the file's shape; « CSV » for a file of no known shape
    const failed = { ok: false, rows: 100, skippedLines: 100 };
    expect(otherFormatHint({ ...failed, shape: 'cdnow' }, 'cdnow-sample')).toBeNull(); // either CDNOW type reads either layout
    expect(otherFormatHint({ ...failed, shape: 'csv' }, 'cdnow')).toBe('csv');
    expect(otherFormatHint({ ...failed, shape: 'cdnow' }, 'csv')).toBeNull();
    // a CDNOW file with a few bad lines: each said with its line, no other type suggested
    const few = importText('1 19970101 1 10.5\n2 1997010x 1 3\n3 19970102 2 4\n4 19970103 1 5\n', 'cdnow');
    expect(few.ok).toBe(false);
    if (few.ok) return;
    expect(describeImportErrors(few.errors, few.errorCount)).toHaveLength(1);
    expect(describeImportErrors(few.errors, few.errorCount)[0]).toMatch(/^Ligne 2\u00a0: /);
    expect(otherFormatHint({ ok: false, rows: few.rows ?? 0, skippedLines: few.skippedLines ?? 0 }, 'cdnow')).toBeNull();
  });

  it('points to « virgule décimale » when amounts are written 12,50 with the box unticked (QA qa22 F2)', () => {
    const text = 'client,date,montant\n1,2024-01-05,"12,50"\n2,2024-01-06,"1 208,00"\n';
    const layout = { ...detectLayout(text, 'csv'), decimalComma: false };
    // « montant » mapped by hand: each amount is unreadable, and the box is what to tick
    const bad = parseTransactions(text, layout);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.code)).toEqual(['badAmount', 'badAmount']);
    expect(decimalCommaHint(bad)).toBe(true);
    // « montant » left unmapped: said too
    const unmapped = parseTransactions(text, { ...layout, mapping: { ...layout.mapping, amount: -1 } });
    expect(unmapped.ok).toBe(false);
    if (unmapped.ok) return;
    expect(unmapped.errors[0].code).toBe('unmappedColumns');
    expect(decimalCommaHint(unmapped)).toBe(true);
    expect(describeImportError(unmapped.errors[0])).toBe(frenchText`Colonnes non associées : montant. Indiquez quelle colonne contient le client, la date et le montant.`);
    // an amount unreadable for another reason, or amounts that are not written 12,50: nothing about the box
    expect(decimalCommaHint(parseTransactions('client,date,montant\n1,2024-01-05,douze\n', layout))).toBe(false);
    const noAmount = 'client,date,montant\n1,2024-01-05,x\n';
    const plain = parseTransactions(noAmount, { ...detectLayout(noAmount, 'csv'), mapping: { customer: 0, date: 1, amount: -1, type: -1, quantity: -1 } });
    expect(plain.ok).toBe(false);
    if (plain.ok) return;
    expect(decimalCommaHint(plain)).toBe(false);
  });

  it('reports progress', () => {
    const rows = Array.from({ length: 70000 }, (_, i) => `C${i % 100};2024-01-02;1`).join('\n');
    const seen: number[] = [];
    const res = parseTransactions(rows, { ...detectLayout(rows, 'csv'), onProgress: (p) => seen.push(p.fraction) });
    expect(res.ok).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen[0]).toBeLessThan(1);
  });

  it('imports the CDNOW sample as it is', () => {
    const res = importText(SAMPLE, 'cdnow-sample');
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.log.count).toBe(6919);
    expect(res.log.customerIds.length).toBe(2357);
    expect(res.log.customerIds[0]).toBe('00004');
    expect(res.log.day[0]).toBe(dayNumber(1997, 1, 1));
    expect(res.log.amount[0]).toBe(29.33);
    expect(res.log.quantity![0]).toBe(2);
    let total = 0;
    for (let t = 0; t < res.log.count; t++) total += res.log.amount[t];
    expect(total).toBeCloseTo(244091.94, 2); // sum of the dollar column (awk)
  });
});

describe('parseSummary', () => {
  it('reads the lifetimes summary of the CDNOW sample', () => {
    const res = parseSummary(SUMMARY);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.summary.n).toBe(2357);
    expect([res.summary.ids[0], res.summary.x[0], res.summary.tx[0], res.summary.T[0]]).toEqual(['1', 2, 30.43, 38.86]);
  });

  it('reports a bad header or a bad number by line', () => {
    const noT = parseSummary('ID,frequency,recency\n1,2,3\n');
    expect(noT.ok).toBe(false);
    if (noT.ok) return;
    expect(noT.errors[0].code).toBe('badSummaryHeader');
    const bad = parseSummary('ID,frequency,recency,T\n1,2,3,4\n2,x,3,4\n');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(describeImportError(bad.errors[0])).toBe(frenchText`Ligne 3 : nombre illisible « x » dans la colonne frequency.`);
    // every bad cell of a line, an empty one as missing (QA qa27class m6)
    const two = parseSummary('ID,frequency,recency,T\n1,2,3,4\n2,,x,4\n');
    expect(two.ok).toBe(false);
    if (two.ok) return;
    expect(two.errors.map((e) => describeImportError(e))).toEqual([
      frenchText`Ligne 3 : nombre manquant dans la colonne frequency (cellule vide).`,
      frenchText`Ligne 3 : nombre illisible « x » dans la colonne recency.`,
    ]);
  });
});

describe('customer ids', () => {
  it('keeps numeric ids with leading zeros apart and matches quoted and unquoted spellings', () => {
    const text = 'id,date,amount\n007,2024-01-01,1\n7,2024-01-02,2\n"007",2024-01-03,3\n 7 ,2024-01-04,4\nA7,2024-01-05,5\n12345678901234567,2024-01-06,6\n12345678901234567,2024-01-07,7\n';
    const res = importText(text);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.log.customerIds).toEqual(['007', '7', 'A7', '12345678901234567']);
    expect(Array.from(res.log.customer.subarray(0, res.log.count))).toEqual([0, 1, 0, 1, 2, 3, 3]);
  });
});

describe('dates in another format or in none (QA qa25robust m2, m3)', () => {
  /** A US file: month first; days 1 to 28 of each month of 1997, so that most days are above 12. */
  const usFile = (): string => {
    const lines = ['customer,date,amount'];
    for (let m = 1; m <= 12; m++) for (let d = 1; d <= 28; d++) lines.push(`${m}${d},${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/1997,10.50`);
    return `${lines.join('\n')}\n`;
  };
  const fr = (lines: string[]) => lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '));

  it('imports nothing, even with the bad lines skipped, when every date reads in another format than the one chosen', () => {
    const text = usFile();
    expect(detectLayout(text, 'csv').dateFormat).toBe('MM/DD/YYYY');
    const wrong = parseTransactions(text, { ...detectLayout(text, 'csv'), dateFormat: 'DD/MM/YYYY', skipBadLines: true });
    // before, the 144 dates with a day up to 12 were imported with day and month swapped
    expect(wrong.ok).toBe(false);
    expect(wrong.dateHint).toMatchObject({ code: 'dateFormatMismatch', params: { failed: 192, rows: 336, format: 'DD/MM/YYYY', other: 'MM/DD/YYYY' } });
    expect(fr([describeImportError(wrong.dateHint!)])[0]).toBe(
      '192 dates sur 336 ne se lisent pas au format JJ/MM/AAAA, et toutes les dates du fichier se lisent au format MM/JJ/AAAA : le fichier est sans doute au format MM/JJ/AAAA. Lues au format JJ/MM/AAAA, les autres dates auraient le jour et le mois inversés : rien n’a été importé, même avec « Importer quand même les lignes correctes ». Choisissez « MM/JJ/AAAA » dans « Format des dates », puis importez à nouveau.',
    );
    expect(describeImportError(wrong.dateHint!, 'en')).toMatch(/^192 dates of 336 do not read in the DD\/MM\/YYYY format.*Choose “MM\/DD\/YYYY” in “Date format”/);
    // the right format imports it all
    expect(parseTransactions(text, { ...detectLayout(text, 'csv'), skipBadLines: true })).toMatchObject({ ok: true, rows: 336 });
  });

  it('still skips a few bad dates that another format reads when the rest of the file does not read in it', () => {
    // a French file with one ISO date: the other dates do not read as AAAA-MM-JJ
    const lines = ['client;date;montant'];
    for (let d = 13; d <= 28; d++) lines.push(`${d};${d}/01/1997;10`);
    lines.push('99;1997-01-05;10');
    const result = parseTransactions(`${lines.join('\n')}\n`, { ...detectLayout(lines.join('\n'), 'csv'), skipBadLines: true });
    expect(result).toMatchObject({ ok: true, rows: 17, errorCount: 1, log: { count: 16 } });
    expect(result.dateHint).toBeUndefined();
  });

  it('says that the date column was found when its dates are Excel numbers, words or two-digit years, and what to do', () => {
    const excel = `customer;date;amount\n${Array.from({ length: 3000 }, (_, i) => `${i};${35431 + (i % 500)};11,77`).join('\n')}\n`;
    const layout = detectLayout(excel, 'csv');
    expect(layout.mapping.date).toBe(-1);
    const unmapped = parseTransactions(excel, layout);
    expect(unmapped.ok).toBe(false);
    // not « Colonnes non associées : date »
    expect(unmapped.errors.map((e) => e.code)).toEqual(['unknownDateFormat']);
    expect(fr(describeImportErrors(unmapped.errors, unmapped.errorCount))).toEqual([
      'La colonne des dates, « date », a bien été trouvée, mais ses dates sont des nombres (par exemple « 35431 ») : ce sont des dates Excel, comptées en jours depuis 1900. Dans le tableur, mettez la colonne au format Date JJ/MM/AAAA, enregistrez le fichier en CSV, puis choisissez-le à nouveau.',
    ]);
    // the column chosen by hand: the same advice once, and the 3 000 line errors in one sentence
    const chosen = parseTransactions(excel, { ...layout, mapping: { ...layout.mapping, date: 1 } });
    expect(chosen.ok).toBe(false);
    expect(chosen.dateHint).toMatchObject({ code: 'unknownDateFormat', params: { column: 'date', value: '35431', excel: 1 } });
    expect(fr(describeImportErrors(chosen.errors, chosen.errorCount, 'fr', chosen.errorsByCode))).toEqual([
      '3 000 lignes (2, 3, 4…), chacune avec sa valeur, par exemple la première : date illisible « 35431 » (format attendu : AAAA-MM-JJ).',
    ]);
    // dates in words and two-digit years: the general advice, with an example
    for (const [value, other] of [['1 janvier 1997', '12 janvier 1997'], ['01/01/97', '12/01/97']]) {
      const text = `client;date;montant\n1;${value};3\n2;${other};4\n3;${other};5\n`;
      const result = parseTransactions(text, detectLayout(text, 'csv'));
      expect(result.errors.map((e) => e.code)).toEqual(['unknownDateFormat']);
      expect(fr([describeImportError(result.errors[0])])[0]).toContain(`par exemple « ${value} »`);
      expect(describeImportError(result.errors[0], 'en')).toContain('was found, but its dates are in no known format');
    }
  });

  it('names the date column of a file without a header line by its number, not as a title « 2 » (review15 #12)', () => {
    const excel = `${Array.from({ length: 30 }, (_, i) => `${i};${35431 + i};11,77`).join('\n')}\n`;
    const layout = detectLayout(excel, 'csv');
    const options = { ...layout, hasHeader: false, mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 } };
    const result = parseTransactions(excel, options);
    expect(result.dateHint).toMatchObject({ code: 'unknownDateFormat', params: { columnNumber: 2, value: '35431' } });
    expect(fr([describeImportError(result.dateHint!)])[0]).toMatch(/^La colonne des dates, la colonne n° 2, a bien été trouvée, mais ses dates sont des nombres/);
    expect(describeImportError(result.dateHint!, 'en')).toMatch(/^The date column, column 2, was found, but its dates are numbers/);
  });

  it('does not claim the one value of the detailed lines for the lines counted beyond them (review15 #11)', () => {
    // the first lines detailed (MAX_ERROR_DETAILS) all hold « 35431 », the lines after them other numbers
    const excel = `customer;date;amount\n${Array.from({ length: 300 }, (_, i) => `${i};${i < 250 ? 35431 : 35431 + i};11,77`).join('\n')}\n`;
    const layout = detectLayout(excel, 'csv');
    const chosen = parseTransactions(excel, { ...layout, mapping: { ...layout.mapping, date: 1 } });
    expect(new Set(chosen.errors.map((e) => e.params.value))).toEqual(new Set(['35431']));
    expect(fr(describeImportErrors(chosen.errors, chosen.errorCount, 'fr', chosen.errorsByCode))).toEqual([
      '300 lignes (2, 3, 4…), chacune avec sa valeur, par exemple la première : date illisible « 35431 » (format attendu : AAAA-MM-JJ).',
    ]);
  });

  it('still lists each value when only a few lines have the same error', () => {
    const text = 'client;date;montant\n1;2024-01-05;abc\n2;2024-01-06;xyz\n3;2024-01-07;abc\n4;2024-01-08;3\n';
    const result = parseTransactions(text, { ...detectLayout(text, 'csv'), mapping: { customer: 0, date: 1, amount: 2, type: -1, quantity: -1 } });
    expect(fr(describeImportErrors(result.errors, result.errorCount, 'fr', result.errorsByCode))).toEqual([
      '2 lignes (2, 4) : montant illisible « abc ».',
      'Ligne 3 : montant illisible « xyz ».',
    ]);
  });
});
