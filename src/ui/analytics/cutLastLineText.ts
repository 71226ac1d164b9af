/**
 * The import's warning on a last line that seems cut (src/import/cutLastLine.ts): the file may be incomplete.
 * Said by the Données réelles screen and by `npm run rfm` / `npm run score` (cli/analyticsArgs.ts) alike.
 */
import { formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import type { ImportNotes } from '../../import/types.ts';

export function cutLastLineText(locale: Locale, cut: NonNullable<ImportNotes['cutLine']>): string {
  return translate(locale, 'analytics.cutLastLine', { line: formatNumber(locale, cut.line), value: cut.value });
}
