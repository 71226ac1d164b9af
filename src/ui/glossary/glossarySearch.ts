/**
 * Glossary search: concepts whose title, definition or explanation contain every word of the query
 * (accents and case ignored). The course and its exam are in French: in another language a card is
 * also found by its French title, definition and explanation (« futur non-client », « rupture »,
 * « part de marque » find their English card).
 */
import { translate, type Locale } from '../../i18n/translate.ts';
import { normaliseSearchText } from '../customers/customerSource.ts';
import { CONCEPT_IDS, type ConceptId } from './concepts.ts';

const COURSE_LOCALE: Locale = 'fr';

function cardText(locale: Locale, id: ConceptId): string {
  const field = (f: string) => translate(locale, `glossary.concept.${id}.${f}`);
  return `${field('title')} ${field('short')} ${field('body')}`;
}

export function conceptText(locale: Locale, id: ConceptId): string {
  const french = locale === COURSE_LOCALE ? '' : ` ${cardText(COURSE_LOCALE, id)}`;
  return normaliseSearchText(`${id} ${cardText(locale, id)}${french}`);
}

export function searchConcepts(locale: Locale, query: string): ConceptId[] {
  const words = normaliseSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...CONCEPT_IDS];
  return CONCEPT_IDS.filter((id) => {
    const text = conceptText(locale, id);
    return words.every((w) => text.includes(w));
  });
}
