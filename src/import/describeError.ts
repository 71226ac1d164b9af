/** Import errors as sentences in the chosen language ("Ligne 12 : date illisible…"), for the screen and the CLI. */
import { translate, type Locale } from '../i18n/translate.ts';
import { translateCount } from '../i18n/plural.ts';
import type { FileShape } from './detect.ts';
import { parseAmount } from './fieldParsers.ts';
import { unmappedFields, type ImportError, type TransactionFormat } from './types.ts';
import { formatNumber } from '../app/format.ts';

/** The message of one error, without its line. */
function messageOf(error: ImportError, locale: Locale): string {
  const params = { ...error.params };
  if (error.code === 'unmappedColumns') {
    params.columns = unmappedFields(error)
      .map((field) => translate(locale, `analytics.fields.${field}`))
      .join(', ');
  }
  // the expected date format as the reader writes it (« AAAA-MM-JJ » in French)
  if ((error.code === 'badDate' || error.code === 'dateFormatMismatch') && typeof params.format === 'string') {
    params.format = translate(locale, `analytics.dateFormatNames.${params.format}`);
  }
  if (error.code === 'dateFormatMismatch') {
    params.other = translate(locale, `analytics.dateFormatNames.${String(params.other)}`);
    params.failed = formatNumber(locale, Number(params.failed));
    params.rows = formatNumber(locale, Number(params.rows));
  }
  if (error.code === 'unknownDateFormat') {
    params.column =
      params.columnNumber !== undefined
        ? translate(locale, 'analytics.dateColumnNumbered', { number: params.columnNumber })
        : translate(locale, 'analytics.dateColumnTitled', { title: params.column });
  }
  // Excel day numbers (35431): what to do in the spreadsheet
  if (error.code === 'unknownDateFormat' && params.excel !== undefined) return translate(locale, 'analytics.importErrors.unknownDateFormatExcel', params);
  return translate(locale, `analytics.importErrors.${error.code}`, params);
}

export function describeImportError(error: ImportError, locale: Locale = 'fr'): string {
  const message = messageOf(error, locale);
  return error.line > 0 ? translate(locale, 'analytics.importErrorLine', { line: error.line, message }) : message;
}

/** How many line numbers a group of errors shows before « … ». */
const LINES_SHOWN = 3;
/** Above this many lines with the same error but each its own value, one sentence with an example, not one per value. */
const VALUES_LISTED = 5;

/** The key of a line error without its value: « date illisible » whatever the date. */
function keyWithoutValue(e: ImportError): string {
  const rest = { ...e.params };
  delete rest.value;
  return `${e.code} ${JSON.stringify(rest)}`;
}

/** The errors with the same key together, the groups in the order of their first error, each in the errors' order. */
function groupBy(errors: readonly ImportError[], keyOf: (e: ImportError, index: number) => string): ImportError[][] {
  const groups = new Map<string, ImportError[]>();
  errors.forEach((e, i) => {
    const key = keyOf(e, i);
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  });
  return [...groups.values()];
}

/**
 * Every detailed error, then how many more were not detailed. Lines with the same error (same code
 * and values) are said once, with their count and first lines: a CDNOW summary read as « CDNOW » gave
 * the same sentence 200 times (QA robustness #8). Many lines with the same error but each its own value
 * (3 000 Excel dates, each « date illisible « 35431 » ») are said once with the first as an example
 * (QA qa25robust m3). `byCode`: the count of each code's errors, the undetailed ones too; a group
 * that holds all the detailed errors of its code says that count.
 */
export function describeImportErrors(
  errors: ImportError[],
  errorCount: number,
  locale: Locale = 'fr',
  byCode?: Partial<Record<ImportError['code'], number>>,
): string[] {
  return describeImportErrorItems(errors, errorCount, locale, byCode).map((item) => item.text);
}

/** One line of describeImportErrors and the error it says (the first of its group; null for « … et N autres erreurs »). */
export interface ImportErrorItem {
  text: string;
  error: ImportError | null;
}

/**
 * describeImportErrors with each line's error, so the screen ties a line to the form's fields by the error it
 * says, not by its text (review16 m9).
 */
export function describeImportErrorItems(
  errors: ImportError[],
  errorCount: number,
  locale: Locale = 'fr',
  byCode?: Partial<Record<ImportError['code'], number>>,
): ImportErrorItem[] {
  // a file error (no line) is a group of its own
  const groups = groupBy(errors, (e, i) => (e.line > 0 ? keyWithoutValue(e) : `file ${i}`));
  const groupsOfCode = new Map<string, number>();
  for (const group of groups) groupsOfCode.set(group[0].code, (groupsOfCode.get(group[0].code) ?? 0) + 1);
  let said = 0;
  const lines: ImportErrorItem[] = [];
  const sayLines = (group: ImportError[], count: number, varied: boolean): void => {
    said += count;
    if (count === 1) {
      lines.push({ text: describeImportError(group[0], locale), error: group[0] });
      return;
    }
    const shown = group.slice(0, LINES_SHOWN).map((e) => e.line).join(', ');
    const text = translate(locale, varied ? 'analytics.importErrorLinesVaried' : 'analytics.importErrorLines', {
      count: formatNumber(locale, count),
      message: messageOf(group[0], locale),
      lines: count > LINES_SHOWN ? `${shown}…` : shown,
    });
    lines.push({ text, error: group[0] });
  };
  for (const group of groups) {
    const code = group[0].code;
    const total = group[0].line > 0 && groupsOfCode.get(code) === 1 && byCode?.[code] !== undefined ? Math.max(group.length, byCode[code]) : group.length;
    const byValue = groupBy(group, (e) => String(e.params.value));
    if (byValue.length === 1 || total > VALUES_LISTED) {
      // lines counted but not detailed may hold other values: not « N lignes : date illisible « x » » for all N (review15 #11)
      sayLines(group, total, byValue.length > 1 || (total > group.length && group[0].params.value !== undefined));
      continue;
    }
    // a few values: each said with its lines
    for (const same of byValue) sayLines(same, same.length, false);
  }
  if (errorCount > said) lines.push({ text: moreErrorsText(locale, errorCount - said), error: null });
  return lines;
}

/** « … et 7 autres erreurs. »: what a list of errors said only in part adds (the import's above, a broken scenario link's, scenario/link.ts). */
export function moreErrorsText(locale: Locale, count: number): string {
  return translateCount(locale, 'analytics.moreErrors', count, { count: formatNumber(locale, count) });
}

/** An import that failed on most of its lines: the file is not what the form said it was (type or separator). */
function failedOnMostLines(result: { ok: boolean; rows: number; skippedLines: number }): boolean {
  return !result.ok && result.rows > 0 && result.skippedLines * 2 > result.rows;
}

/**
 * The type to suggest for an import that failed on most of its lines, read as a CDNOW file: « CSV » for a
 * file not of a CDNOW shape (`shape`, detect.ts recogniseShape), none for one of a CDNOW shape, which either
 * CDNOW type reads (the master read as the sample was told to choose « CSV », QA qa22 F1; then the other
 * CDNOW type, which would fail the same way, review8 #7). 'summary' for a customer summary
 * whatever the type chosen and however it failed: no type imports it, and « CSV » ended on « colonnes
 * non associées ». Null otherwise.
 */
export function otherFormatHint(result: { ok: boolean; rows: number; skippedLines: number; shape?: FileShape }, format: TransactionFormat): FileShape | null {
  if (!result.ok && result.shape === 'summary') return 'summary';
  if (format === 'csv' || !failedOnMostLines(result)) return null;
  // both CDNOW types read either CDNOW layout (detect.ts): the other one would fail the same way (review8 #7)
  if (result.shape === 'cdnow' || result.shape === 'cdnow-sample') return null;
  return 'csv';
}

/** A comma between digits and what follows it, as in 12,50 or 1 208,00. */
const COMMA_AMOUNT = /\d,\d/;

/**
 * An import whose amounts could not be read because they are written with a decimal comma while
 * « Montants avec une virgule décimale » is unticked: a « montant illisible » that reads with a decimal
 * comma, or « montant » left unmapped for that reason (parseTransactions). The learner saw « montant
 * illisible « 12,50 » » and nothing about the box (QA qa22 F2).
 */
export function decimalCommaHint(result: { errors: readonly ImportError[] }): boolean {
  return result.errors.some((e) => {
    if (e.code === 'unmappedColumns') return e.params.decimalComma !== undefined;
    if (e.code !== 'badAmount') return false;
    const value = String(e.params.value);
    return COMMA_AMOUNT.test(value) && !Number.isNaN(parseAmount(value, 0, value.length, true, false));
  });
}

/**
 * A CSV import that failed because most lines have too few columns: the separator chosen does not split
 * the file's lines (a « ; » file read with « , » gives one field a line). The learner saw « il manque des
 * colonnes » line after line and nothing about the « Séparateur » to change (QA qa7). False otherwise.
 */
export function wrongSeparatorHint(result: { ok: boolean; rows: number; skippedLines: number; errors: readonly ImportError[] }, format: TransactionFormat): boolean {
  if (format !== 'csv' || !failedOnMostLines(result)) return false;
  const lineErrors = result.errors.filter((e) => e.line > 0);
  return lineErrors.length > 0 && lineErrors.filter((e) => e.code === 'missingColumns').length * 2 > lineErrors.length;
}
