/**
 * Guesses how a transaction file is laid out — separator, header line, decimal comma, date format
 * and which column holds what — from its first rows, and returns a preview for the column-mapping
 * step. The user can correct every guess before the import proper (parseTransactions).
 */
import { parseAmount, parseDate } from './fieldParsers.ts';
import { RowReader } from './rowReader.ts';
import { detectSeparator } from './separator.ts';
import { DATE_FORMATS, type ColumnMapping, type CsvLayout, type DateFormat, type Separator, type TransactionFormat } from './types.ts';

export interface DetectedLayout extends CsvLayout {
  /** Column titles: the header line, or "1", "2"… when there is none. */
  columns: string[];
  /** First data rows, as text, for the preview. */
  preview: string[][];
}

const SAMPLE_ROWS = 50;
const PREVIEW_ROWS = 10;
/** Share of sample values that must fit for a column to be taken as a date or number column. */
const MOSTLY = 0.8;
/** The same when the column's title already says what it is. */
const NAMED = 0.5;

/** Fixed layouts of the CDNOW files (whitespace-separated, header line optional). */
export const CDNOW_LAYOUTS: Record<'cdnow' | 'cdnow-sample', CsvLayout> = {
  cdnow: {
    separator: 'whitespace',
    hasHeader: false,
    decimalComma: false,
    dateFormat: 'YYYYMMDD',
    mapping: { customer: 0, date: 1, quantity: 2, amount: 3, type: -1 },
  },
  'cdnow-sample': {
    separator: 'whitespace',
    hasHeader: false,
    decimalComma: false,
    dateFormat: 'YYYYMMDD',
    mapping: { customer: 0, date: 2, quantity: 3, amount: 4, type: -1 },
  },
};

/** The header line of the full CDNOW log (the sample has none). */
const CDNOW_HEADER = ['customer_id', 'date', 'number_of_cds', 'dollar_value'];
/** The CDNOW logs run from 1 January 1997 to 30 June 1998. */
const CDNOW_DATE = /^199[78]\d{4}$/;

/**
 * 'cdnow' or 'cdnow-sample' when the first rows have the shape of a CDNOW file (whitespace-separated
 * `id YYYYMMDD cds dollars`, or `id sampleId YYYYMMDD cds dollars` for the sample, dates of 1997-1998,
 * the full log's header line allowed), 'csv' otherwise: a file chosen as « CSV » is recognised, so its
 * amounts are said in dollars (QA qa13 D1: the column was `dollar_value` and they were « in the file's currency »).
 */
export function recogniseFormat(text: string): TransactionFormat {
  const rows = sampleRows(text, 'whitespace');
  const data = rows.length > 0 && rows[0].length === CDNOW_HEADER.length && rows[0].every((f, i) => f.toLowerCase() === CDNOW_HEADER[i]) ? rows.slice(1) : rows;
  if (data.length === 0) return 'csv';
  const width = data[0].length;
  if (width !== 4 && width !== 5) return 'csv';
  const date = width - 3;
  const fits = (r: string[]) =>
    r.length === width &&
    r.slice(0, date).every((id) => /^\d+$/.test(id)) &&
    CDNOW_DATE.test(r[date]) &&
    !Number.isNaN(dateOf(r[date], 'YYYYMMDD')) &&
    /^\d+$/.test(r[date + 1]) &&
    /^\d+(\.\d+)?$/.test(r[date + 2]);
  if (!data.every(fits)) return 'csv';
  return width === 4 ? 'cdnow' : 'cdnow-sample';
}

/**
 * What a file is, for the advice given when it fails to import as the type chosen: a CDNOW log of
 * either kind (recogniseFormat), a customer summary (`ID, frequency, recency, T`, one line per customer
 * and no purchase date: no type imports it as a purchase log), or 'csv' for anything else (QA qa22 F1:
 * the CDNOW master read as the sample was told to choose « CSV », and so was the summary).
 */
export type FileShape = TransactionFormat | 'summary';

/** The columns of a customer summary (parseSummary), in its header line. */
const SUMMARY_COLUMNS = ['frequency', 'recency', 't'];

export function recogniseShape(text: string): FileShape {
  const first = sampleRows(text, detectSeparator(text), 1)[0];
  if (first !== undefined && SUMMARY_COLUMNS.every((name) => first.some((f) => f.trim().toLowerCase() === name))) return 'summary';
  return recogniseFormat(text);
}

export function detectLayout(text: string, format: TransactionFormat): DetectedLayout {
  if (format !== 'csv') {
    const rows = sampleRows(text, 'whitespace');
    // both CDNOW types accept both CDNOW files: the sample has one more column (the sample id), and the
    // full log read as « Échantillon » was refused line after line while the reverse was read (QA qa22 F1)
    const width = rows[rows.length - 1]?.length;
    const base = CDNOW_LAYOUTS[width === 5 ? 'cdnow-sample' : width === 4 ? 'cdnow' : format];
    const hasHeader = rows.length > 0 && Number.isNaN(dateOf(rows[0][base.mapping.date] ?? '', base.dateFormat));
    return finish(base.separator, hasHeader, base.decimalComma, base.dateFormat, base.mapping, rows);
  }
  const separator = detectSeparator(text);
  const all = sampleRows(text, separator);
  const skipLines = titleLines(all);
  const rows = all.slice(skipLines);
  const hasHeader = rows.length > 0 && !rows[0].some((f) => guessDateFormat([f]) !== null);
  const data = hasHeader ? rows.slice(1) : rows;
  const header = hasHeader ? rows[0] : [];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const dateColumn = findDateColumn(data, header, width);
  const dateFormat = (dateColumn >= 0 && guessDateFormat(data.map((r) => r[dateColumn] ?? ''), NAMED)) || 'YYYY-MM-DD';
  const decimalComma = guessDecimalComma(data, width, dateColumn, separator);
  // with a header, a column is pre-assigned only when its title says what it is (foo, bar, baz: the
  // learner chooses); without one, the content is all there is to go on
  const mapping = hasHeader
    ? mappingByName(header, data, dateColumn, decimalComma)
    : guessMapping(header, data, width, dateColumn, decimalComma);
  return { ...finish(separator, hasHeader, decimalComma, dateFormat, mapping, rows), ...(skipLines > 0 ? { skipLines } : {}) };
}

/** At most this many title lines above the table. */
const MAX_TITLE_LINES = 10;

/**
 * Lines above the table (« Export caisse du 12/03/2024 », « Magasin : Boulangerie »): the table's
 * rows all have the same number of fields, the most common one in the sample; the lines before the
 * first row that has it, when it is more than one field, are titles.
 */
function titleLines(rows: string[][]): number {
  const tally = new Map<number, number>();
  for (const r of rows) tally.set(r.length, (tally.get(r.length) ?? 0) + 1);
  let width = 0;
  let times = 0;
  for (const [w, n] of tally) if (n > times || (n === times && w > width)) [width, times] = [w, n];
  if (width < 2) return 0;
  const first = rows.findIndex((r) => r.length === width);
  return first > 0 && first <= MAX_TITLE_LINES ? first : 0;
}

function finish(
  separator: Separator,
  hasHeader: boolean,
  decimalComma: boolean,
  dateFormat: DateFormat,
  mapping: ColumnMapping,
  rows: string[][],
): DetectedLayout {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns = hasHeader ? rows[0].slice() : Array.from({ length: width }, (_, i) => String(i + 1));
  while (columns.length < width) columns.push(String(columns.length + 1));
  const preview = rows.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + PREVIEW_ROWS);
  return { separator, hasHeader, decimalComma, dateFormat, mapping, columns, preview };
}

/** The first non-blank rows as strings. */
export function sampleRows(text: string, separator: Separator, limit = SAMPLE_ROWS): string[][] {
  const reader = new RowReader(text, separator);
  const rows: string[][] = [];
  while (rows.length < limit && reader.next()) if (reader.fieldCount > 0) rows.push(reader.fields());
  return rows;
}

function dateOf(value: string, format: DateFormat): number {
  return parseDate(value, 0, value.length, format);
}

/** The date format in which most values parse (ties: DD/MM before MM/DD, French files), or null. */
export function guessDateFormat(values: string[], threshold = MOSTLY): DateFormat | null {
  const nonEmpty = values.filter((v) => v.trim() !== '');
  if (nonEmpty.length === 0) return null;
  let best: DateFormat | null = null;
  let bestCount = 0;
  for (const format of DATE_FORMATS) {
    const count = nonEmpty.filter((v) => !Number.isNaN(dateOf(v, format))).length;
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  // tolerate a few bad values (they are reported at import) but not a column of something else
  return bestCount >= threshold * nonEmpty.length ? best : null;
}

const norm = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const NAME_PATTERNS: Record<keyof ColumnMapping, RegExp> = {
  date: /date|jour|\bday\b|time/,
  amount: /montant|amount|prix|price|total|valeur|value|dollar|euro|\bca\b|chiffre|sales|revenue|spend|depense/,
  quantity: /quantit|qty|qte|nombre|number|\bnb\b|units|unites|cds/,
  type: /type|produit|product|categor|famille|rayon|article|gamme/,
  customer: /client|customer|cust|\bid\b|identifiant|user|acheteur|buyer|_id|id_/,
};

/**
 * The column titled as a date (« date », « jour »…) whose values read in no date format known (Excel day
 * numbers such as 35431, « 1 janvier 1997 », 01/01/97): its title and first value, or null. detectLayout leaves
 * such a column unmapped; the import says why rather than « Colonnes non associées : date » (QA qa25robust m3).
 */
export function unreadableDateColumn(text: string, layout: CsvLayout): { column: string; value: string } | null {
  if (!layout.hasHeader) return null;
  const rows = sampleRows(text, layout.separator).slice(layout.skipLines ?? 0);
  const header = rows[0] ?? [];
  const c = dateColumnByName(header);
  if (c < 0) return null;
  const values = rows
    .slice(1)
    .map((r) => r[c] ?? '')
    .filter((v) => v.trim() !== '');
  if (values.length === 0 || guessDateFormat(values, NAMED) !== null) return null;
  return { column: header[c], value: values[0] };
}

/** The first column titled as a date (« date », « jour »…), or -1. */
function dateColumnByName(header: string[]): number {
  return header.findIndex((h) => NAME_PATTERNS.date.test(norm(h)));
}

function findDateColumn(data: string[][], header: string[], width: number): number {
  const byName = dateColumnByName(header);
  if (byName >= 0 && guessDateFormat(data.map((r) => r[byName] ?? ''), NAMED) !== null) return byName;
  for (let c = 0; c < width; c++) if (guessDateFormat(data.map((r) => r[c] ?? '')) !== null) return c;
  return -1;
}

/**
 * More amounts written 12,50 than 12.50. In a comma-separated file a cell with a comma is quoted
 * ("12,50", as LibreOffice writes it: QA qa22 F2, never guessed before); there "1,234" may be an English
 * thousands group, so a comma followed by exactly three digits and nothing else is not counted.
 */
function guessDecimalComma(data: string[][], width: number, dateColumn: number, separator: Separator): boolean {
  let commas = 0;
  let dots = 0;
  for (let c = 0; c < width; c++) {
    if (c === dateColumn) continue;
    for (const r of data) {
      const v = (r[c] ?? '').trim();
      if (/^[-+]?[\d\s.\u00a0\u202f]*\d,\d+\s*[€$£]?$/.test(v)) {
        if (separator !== ',' || !/^[-+]?\d{1,3},\d{3}\s*[€$£]?$/.test(v)) commas++;
      } else if (/^[-+]?[\d\s,]*\d\.\d+\s*[€$£]?$/.test(v)) dots++;
    }
  }
  return commas > dots;
}

function isNumberColumn(data: string[][], c: number, decimalComma: boolean, threshold = MOSTLY): boolean {
  const good = data.filter((r) => !Number.isNaN(parseAmount(r[c] ?? '', 0, (r[c] ?? '').length, decimalComma))).length;
  return data.length > 0 && good >= threshold * data.length;
}

/** Columns whose header names the field (a number field also needs mostly numbers): nothing else is assigned. */
function mappingByName(header: string[], data: string[][], dateColumn: number, decimalComma: boolean): ColumnMapping {
  const mapping: ColumnMapping = { customer: -1, date: -1, amount: -1, type: -1, quantity: -1 };
  const taken = new Set<number>();
  const named = (field: keyof ColumnMapping, c: number): boolean => NAME_PATTERNS[field].test(norm(header[c] ?? ''));
  if (dateColumn >= 0 && named('date', dateColumn)) {
    mapping.date = dateColumn;
    taken.add(dateColumn);
  }
  const take = (field: keyof ColumnMapping, test: (c: number) => boolean): void => {
    for (let c = 0; c < header.length && mapping[field] < 0; c++) {
      if (!taken.has(c) && named(field, c) && test(c)) {
        mapping[field] = c;
        taken.add(c);
      }
    }
  };
  const roughlyNumeric = (c: number): boolean => isNumberColumn(data, c, decimalComma, NAMED);
  take('amount', roughlyNumeric);
  take('quantity', roughlyNumeric);
  take('type', () => true);
  take('customer', () => true);
  return mapping;
}

function guessMapping(header: string[], data: string[][], width: number, dateColumn: number, decimalComma: boolean): ColumnMapping {
  const mapping: ColumnMapping = { customer: -1, date: dateColumn, amount: -1, type: -1, quantity: -1 };
  const taken = new Set<number>(dateColumn >= 0 ? [dateColumn] : []);
  const take = (field: keyof ColumnMapping, test: (c: number) => boolean): void => {
    for (let c = 0; c < width && mapping[field] < 0; c++) {
      if (!taken.has(c) && test(c)) {
        mapping[field] = c;
        taken.add(c);
      }
    }
  };
  const named = (field: keyof ColumnMapping) => (c: number) => NAME_PATTERNS[field].test(norm(header[c] ?? ''));
  const numeric = (c: number) => isNumberColumn(data, c, decimalComma);
  const roughlyNumeric = (c: number) => isNumberColumn(data, c, decimalComma, NAMED);
  take('amount', (c) => named('amount')(c) && roughlyNumeric(c));
  take('quantity', (c) => named('quantity')(c) && roughlyNumeric(c));
  take('type', named('type'));
  take('customer', named('customer'));
  if (mapping.amount < 0) {
    // by content: the last numeric column whose values have decimals, else the last numeric one
    const numericColumns = [...Array(width).keys()].filter((c) => !taken.has(c) && numeric(c));
    const withDecimals = numericColumns.filter((c) => data.some((r) => /[.,]\d+\s*[€$£]?$/.test((r[c] ?? '').trim())));
    const pick = withDecimals.length > 0 ? withDecimals[withDecimals.length - 1] : numericColumns[numericColumns.length - 1];
    if (pick !== undefined) {
      mapping.amount = pick;
      taken.add(pick);
    }
  }
  take('customer', () => true);
  return mapping;
}

/**
 * Whether a column of the file holds mostly amounts that read only with a decimal comma (12,50,
 * 1 208,00) while the layout says decimal point: the unmapped « montant » then says to tick
 * « virgule décimale » (QA qa22 F2).
 */
export function hasCommaAmounts(text: string, layout: CsvLayout): boolean {
  if (layout.decimalComma) return false;
  const rows = sampleRows(text, layout.separator).slice((layout.skipLines ?? 0) + (layout.hasHeader ? 1 : 0));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const reads = (v: string, comma: boolean): boolean => !Number.isNaN(parseAmount(v, 0, v.length, comma));
  for (let c = 0; c < width; c++) {
    const values = rows.map((r) => (r[c] ?? '').trim()).filter((v) => v !== '');
    const commaOnly = values.filter((v) => !reads(v, false) && reads(v, true)).length;
    if (values.length > 0 && commaOnly >= NAMED * values.length) return true;
  }
  return false;
}
