/** Import errors as sentences in the chosen language ("Ligne 12 : date illisible…"), for the screen and the CLI. */
import { translate, type Locale } from '../i18n/translate.ts';
import { translateCount } from '../i18n/plural.ts';
import type { ImportError } from './types.ts';

export function describeImportError(error: ImportError, locale: Locale = 'fr'): string {
  const params = { ...error.params };
  if (error.code === 'unmappedColumns') {
    params.columns = String(params.columns)
      .split(', ')
      .map((field) => translate(locale, `analytics.fields.${field}`))
      .join(', ');
  }
  // the expected date format as the reader writes it (« AAAA-MM-JJ » in French)
  if (error.code === 'badDate' && typeof params.format === 'string') params.format = translate(locale, `analytics.dateFormatNames.${params.format}`);
  const message = translate(locale, `analytics.importErrors.${error.code}`, params);
  return error.line > 0 ? translate(locale, 'analytics.importErrorLine', { line: error.line, message }) : message;
}

/** Every detailed error, then how many more were not detailed. */
export function describeImportErrors(errors: ImportError[], errorCount: number, locale: Locale = 'fr'): string[] {
  const lines = errors.map((e) => describeImportError(e, locale));
  if (errorCount > errors.length) lines.push(translateCount(locale, 'analytics.moreErrors', errorCount - errors.length));
  return lines;
}
