/** Glossary search: concepts whose title, definition or explanation contain every word of the query (accents and case ignored). */
import { translate, type Locale } from '../../i18n/translate.ts';
import { normaliseSearchText } from '../customers/customerSource.ts';
import { CONCEPT_IDS, type ConceptId } from './concepts.ts';

export function conceptText(locale: Locale, id: ConceptId): string {
  const field = (f: string) => translate(locale, `glossary.concept.${id}.${f}`);
  return normaliseSearchText(`${id} ${field('title')} ${field('short')} ${field('body')}`);
}

export function searchConcepts(locale: Locale, query: string): ConceptId[] {
  const words = normaliseSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...CONCEPT_IDS];
  return CONCEPT_IDS.filter((id) => {
    const text = conceptText(locale, id);
    return words.every((w) => text.includes(w));
  });
}
