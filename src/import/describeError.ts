/** Import errors as sentences in the chosen language ("Ligne 12 : date illisible…"), for the screen and the CLI. */
import { translate, type Locale } from '../i18n/translate.ts';
import { translateCount } from '../i18n/plural.ts';
import type { FileShape } from './detect.ts';
import { parseAmount } from './fieldParsers.ts';
import type { ImportError, TransactionFormat } from './types.ts';
import { formatNumber } from '../app/format.ts';

/** The message of one error, without its line. */
function messageOf(error: ImportError, locale: Locale): string {
  const params = { ...error.params };
  if (error.code === 'unmappedColumns') {
    params.columns = String(params.columns)
      .split(', ')
      .map((field) => translate(locale, `analytics.fields.${field}`))
      .join(', ');
  }
  // the expected date format as the reader writes it (« AAAA-MM-JJ » in French)
  if (error.code === 'badDate' && typeof params.format === 'string') params.format = translate(locale, `analytics.dateFormatNames.${params.format}`);
  return translate(locale, `analytics.importErrors.${error.code}`, params);
}

export function describeImportError(error: ImportError, locale: Locale = 'fr'): string {
  const message = messageOf(error, locale);
  return error.line > 0 ? translate(locale, 'analytics.importErrorLine', { line: error.line, message }) : message;
}

/** How many line numbers a group of identical errors shows before « … ». */
const LINES_SHOWN = 3;

/**
 * Every detailed error, then how many more were not detailed. Lines with the same error (same code
 * and values) are said once, with their count and first lines: a CDNOW summary read as « CDNOW » gave
 * the same sentence 200 times (QA robustness #8).
 */
export function describeImportErrors(errors: ImportError[], errorCount: number, locale: Locale = 'fr'): string[] {
  const groups = new Map<string, ImportError[]>();
  errors.forEach((e, i) => {
    const key = e.line > 0 ? `${e.code} ${JSON.stringify(e.params)}` : `file ${i}`;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  });
  const lines = [...groups.values()].map((group) => {
    if (group.length === 1) return describeImportError(group[0], locale);
    const shown = group.slice(0, LINES_SHOWN).map((e) => e.line).join(', ');
    return translate(locale, 'analytics.importErrorLines', {
      count: formatNumber(locale, group.length),
      message: messageOf(group[0], locale),
      lines: group.length > LINES_SHOWN ? `${shown}…` : shown,
    });
  });
  if (errorCount > errors.length) lines.push(translateCount(locale, 'analytics.moreErrors', errorCount - errors.length, { count: formatNumber(locale, errorCount - errors.length) }));
  return lines;
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
