/**
 * What the transaction importer accepts and returns: file formats, column mapping, options and
 * errors. Errors carry a code and parameters (translated by src/i18n, `analytics.importErrors.<code>`)
 * and the line number in the file, so the same parser serves the app (French or English) and the CLI.
 */
import type { TransactionLog } from '../engine/scoring/transactionLog.ts';
import type { AmountOutliers } from './amountOutliers.ts';

/**
 * 'cdnow': `id YYYYMMDD cds dollars`; 'cdnow-sample': `id sampleId YYYYMMDD cds dollars` (each reads the
 * other's file too, by its number of columns); 'csv': any delimited file, layout detected then confirmed.
 */
export const TRANSACTION_FORMATS = ['cdnow', 'cdnow-sample', 'csv'] as const;
export type TransactionFormat = (typeof TRANSACTION_FORMATS)[number];

/** Field separators recognised in 'csv' files; 'whitespace' = runs of spaces or tabs (the CDNOW files). */
export const SEPARATORS = [',', ';', '\t', '|', 'whitespace'] as const;
export type Separator = (typeof SEPARATORS)[number];

/** Date layouts recognised in the date column; 'iso-datetime' is YYYY-MM-DD followed by a time (ignored). */
export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYYMMDD', 'YYYY/MM/DD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** Column numbers (0-based) of each field; -1 = absent (only type and quantity may be absent). */
export interface ColumnMapping {
  customer: number;
  date: number;
  amount: number;
  type: number;
  quantity: number;
}

export interface CsvLayout {
  separator: Separator;
  hasHeader: boolean;
  /**
   * Non-blank lines above the header (or the first data line) that are not the table: a title, the
   * shop's name, an export date, as a till's export writes them. Skipped; absent = none.
   */
  skipLines?: number;
  /** Amounts written 12,50 (and 1.234,50 / 1 234,50). */
  decimalComma: boolean;
  dateFormat: DateFormat;
  mapping: ColumnMapping;
}

export interface ImportProgress {
  /** Share of the text read, 0..1. */
  fraction: number;
  rows: number;
}

export interface ParseOptions extends CsvLayout {
  /** Import the good lines and report the bad ones, instead of importing nothing. */
  skipBadLines?: boolean;
  /**
   * The last plausible day (the import day, read from the browser's clock by the app): a later date
   * is a line in error ('futureDate'), a typo like 2099 that would make every customer inactive.
   */
  latestDay?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export const IMPORT_ERROR_CODES = [
  'emptyFile',
  'noRows',
  'missingColumns',
  'emptyCustomer',
  'badDate',
  'missingDate',
  'badAmount',
  'missingAmount',
  'exponentAmount',
  'badQuantity',
  'missingQuantity',
  'exponentQuantity',
  'unterminatedQuote',
  'tooManyTypes',
  'badNumber',
  'missingNumber',
  'badSummaryHeader',
  'unmappedColumns',
  'futureDate',
  'unknownDateFormat',
  'dateFormatMismatch',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  /** Line number in the file (1-based); 0 for errors about the whole file. */
  line: number;
  code: ImportErrorCode;
  params: Record<string, string | number>;
}

/** The required columns a file was read without, in the order the reader checks them. */
export type RequiredField = 'customer' | 'date' | 'amount';
export const REQUIRED_FIELDS: readonly RequiredField[] = ['customer', 'date', 'amount'];
const FIELD_LIST_SEPARATOR = ', ';

/** The `columns` param of an `unmappedColumns` error: the fields listed (its params hold strings and numbers only). */
export function unmappedParam(fields: readonly RequiredField[]): string {
  return fields.join(FIELD_LIST_SEPARATOR);
}

/** The fields an `unmappedColumns` error is about, none for any other error: the one reading of its `columns`. */
export function unmappedFields(error: ImportError): RequiredField[] {
  if (error.code !== 'unmappedColumns') return [];
  return String(error.params.columns)
    .split(FIELD_LIST_SEPARATOR)
    .filter((field): field is RequiredField => (REQUIRED_FIELDS as readonly string[]).includes(field));
}

/** Details kept per import; the count of errors is always exact. */
export const MAX_ERROR_DETAILS = 200;

export type TransactionImport =
  | ({
      ok: true;
      log: TransactionLog;
      rows: number;
      skippedLines: number;
      errors: ImportError[];
      errorCount: number;
      /** lines with a negative amount (refunds?): imported as they are */
      negativeAmounts: number;
      /** amounts far above the file's median basket (a typo, a decimal-separator mistake?): imported as they are */
      amountOutliers: AmountOutliers;
    } & ImportNotes)
  /** rows, skippedLines: the data lines read and those in error, when the lines were read (absent: the file failed before) */
  | ({ ok: false; errors: ImportError[]; errorCount: number; rows?: number; skippedLines?: number } & ImportNotes);

/** What an import says beside its errors, when the lines were read. */
export interface ImportNotes {
  /** how many errors of each code (the details stop at MAX_ERROR_DETAILS, the counts do not) */
  errorsByCode?: Partial<Record<ImportErrorCode, number>>;
  /**
   * Why most dates failed, said once above the line errors: 'dateFormatMismatch' (they all read in another
   * format, the file's: nothing is imported, even with skipBadLines) or 'unknownDateFormat' (in no format known).
   */
  dateHint?: ImportError;
  /** the last line seems cut (no final line break, a last value shorter than the others: src/import/cutLastLine.ts): the file may be incomplete */
  cutLine?: { line: number; value: string };
}
