/**
 * The figures a glossary card reads from the model rather than types (params.ts), formatted in the card's
 * language: the budget card's prudence margin `{{margin}}` (QA qa26doc m7). The card and the search use them.
 */
import { BUDGET_PRUDENCE_MARGIN } from '../../engine/params.ts';
import { formatNumber } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';
import type { ConceptId } from './concepts.ts';

export function cardValues(id: ConceptId, locale: Locale): Record<string, string> | undefined {
  return id === 'budget' ? { margin: formatNumber(locale, BUDGET_PRUDENCE_MARGIN, 2) } : undefined;
}
