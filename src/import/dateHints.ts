/**
 * Why the dates of an import failed, said once above its line errors (QA qa25robust m2, m3):
 * - 'dateFormatMismatch': many dates do not read in the format chosen, and every date of the file
 *   reads in another one (a US file read as JJ/MM/AAAA). With « ignorer les lignes en erreur », the
 *   import would have kept the dates whose day is at most 12, day and month swapped: nothing is imported.
 * - 'unknownDateFormat': most dates read in no known format (Excel day numbers such as 35431,
 *   « 1 janvier 1997 », 01/01/97): the column is the date column, its dates need another format.
 */
import { parseDate } from './fieldParsers.ts';
import { RowReader } from './rowReader.ts';
import { DATE_FORMATS, type DateFormat, type ImportError, type ParseOptions } from './types.ts';

/** Share of the data lines whose date fails, from which a date format that reads the whole file is named. */
const MISMATCH_SHARE = 0.1;

/** An Excel date as the number of days since 1900 (35431 = 1 January 1997): five digits, a time as decimals. */
export function isExcelSerial(value: string): boolean {
  return /^[1-9]\d{4}([.,]\d+)?$/.test(value.trim());
}

/** The dates refused at import, and in which other formats they read. */
export class BadDates {
  /** non-empty dates refused */
  count = 0;
  first = '';
  readonly readsIn = new Map<DateFormat, number>();

  add(value: string, chosen: DateFormat): void {
    if (value === '') return;
    if (this.count === 0) this.first = value;
    this.count++;
    for (const format of DATE_FORMATS) {
      if (format !== chosen && !Number.isNaN(parseDate(value, 0, value.length, format))) this.readsIn.set(format, (this.readsIn.get(format) ?? 0) + 1);
    }
  }
}

/** The column for the messages: its title, or its number (from 1) when the file has no header line. */
function columnName(title: string | undefined, column: number): string | number {
  return title !== undefined && title !== '' ? title : column + 1;
}

/** The hint of an import whose `rows` data lines were read with `bad` dates refused, or undefined. */
export function dateHint(text: string, options: ParseOptions, bad: BadDates, rows: number, title: string | undefined): ImportError | undefined {
  if (bad.count === 0 || rows === 0) return undefined;
  if (bad.count >= MISMATCH_SHARE * rows) {
    for (const [other, reads] of bad.readsIn) {
      if (reads === bad.count && everyDateReads(text, options, other)) {
        return { line: 0, code: 'dateFormatMismatch', params: { failed: bad.count, rows, format: options.dateFormat, other } };
      }
    }
  }
  const readable = Math.max(0, ...bad.readsIn.values());
  if (bad.count * 2 > rows && readable * 2 < bad.count) return unknownFormat(columnName(title, options.mapping.date), bad.first);
  return undefined;
}

/** `column`: the column's title, or its number when it has none (said « la colonne n° 3 », not « « 3 » » as a title). */
export function unknownFormat(column: string | number, value: string): ImportError {
  return { line: 0, code: 'unknownDateFormat', params: { ...(typeof column === 'number' ? { columnNumber: column } : { column }), value: value.length > 40 ? `${value.slice(0, 40)}…` : value, ...(isExcelSerial(value) ? { excel: 1 } : {}) } };
}

/** Whether every non-empty date of the file's data lines reads in `format`. */
function everyDateReads(text: string, options: ParseOptions, format: DateFormat): boolean {
  const reader = new RowReader(text, options.separator);
  const column = options.mapping.date;
  let before = (options.skipLines ?? 0) + (options.hasHeader ? 1 : 0);
  while (reader.next()) {
    if (reader.fieldCount === 0) continue;
    if (before > 0) {
      before--;
      continue;
    }
    if (reader.fieldCount <= column) continue;
    const value = reader.field(column);
    if (value !== '' && Number.isNaN(parseDate(value, 0, value.length, format))) return false;
  }
  return true;
}
