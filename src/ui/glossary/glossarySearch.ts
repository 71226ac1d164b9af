/**
 * Glossary search: concepts whose title, definition or explanation contain every word of the query
 * (accents and case ignored). The course and its exam are in French: in another language a card is
 * also found by the French course terms kept with it (its `keywords`: « rupture », « récence »,
 * « fidélisation »), which an English-only learner has without downloading the French cards, and by
 * its French title, definition and explanation when French is loaded too.
 */
import { interpolate, lookup, messagesOf, type Locale } from '../../i18n/translate.ts';
import { normaliseSearchText } from '../customers/customerSource.ts';
import { CONCEPT_IDS, type ConceptId } from './concepts.ts';
import { cardValues } from './cardValues.ts';

const COURSE_LOCALE: Locale = 'fr';

/**
 * The app's own name, said by every card (« Dans Fidélis : … »): left out of the searched text, or
 * « fidél » (a learner typing « fidélité ») found all 27 cards (QA tablet #20).
 */
const APP_NAME = /\bfidelis\b/g;

/**
 * A card's field in `locale`, '' when absent or not loaded (never the key, which would match « concept »): the title
 * is the glossary area's, the other fields the cards' (area glossaryCards, loaded with the glossary screen).
 */
function field(locale: Locale, id: ConceptId, name: string): string {
  return interpolate(lookup(messagesOf(locale), name === 'title' ? `glossary.concept.${id}.title` : `glossaryCards.${id}.${name}`) ?? '', cardValues(id, locale));
}

function cardText(locale: Locale, id: ConceptId): string {
  return `${field(locale, id, 'title')} ${field(locale, id, 'short')} ${field(locale, id, 'body')}`;
}

export function conceptText(locale: Locale, id: ConceptId): string {
  const french = locale === COURSE_LOCALE ? '' : ` ${field(locale, id, 'keywords')} ${cardText(COURSE_LOCALE, id)}`;
  return normaliseSearchText(`${id} ${cardText(locale, id)}${french}`).replace(APP_NAME, ' ');
}

export function searchConcepts(locale: Locale, query: string): ConceptId[] {
  const words = normaliseSearchText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...CONCEPT_IDS];
  return CONCEPT_IDS.filter((id) => {
    const text = conceptText(locale, id);
    return words.every((w) => text.includes(w));
  });
}
