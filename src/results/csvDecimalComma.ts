import type { Locale } from '../i18n/translate.ts';

/**
 * The decimal mark a CSV export starts with in each language: a comma in French, a point in English.
 * On its own (not in csvWriter.ts) so that a screen offering an export does not bring the CSV writer with it.
 */
export function csvDecimalCommaFor(locale: Locale): boolean {
  return locale === 'fr';
}
