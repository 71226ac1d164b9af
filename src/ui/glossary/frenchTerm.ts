import type { MessageKey } from '../../i18n/translate.ts';
import type { ConceptId } from './concepts.ts';

/**
 * An English glossary title ends with the course's French term in brackets (« Complaint (réclamation) »):
 * its parts, so the term can be marked lang="fr" and an English voice reads it in French. Pure.
 */
export function splitFrenchTerm(title: string): { before: string; term: string; after: string } | null {
  const found = /^(.*\()([^()]+)(\))$/u.exec(title);
  return found ? { before: found[1], term: found[2], after: found[3] } : null;
}

/** The English title without its French term (« Complaint »): a « ? »'s name and a link's text, where the term, read in an English voice, was noise (QA qa21 F2); the card keeps it. */
export function withoutFrenchTerm(title: string): string {
  const parts = splitFrenchTerm(title);
  return parts ? parts.before.slice(0, -1).trimEnd() : title;
}

/** A concept's title as a « ? » or a link names it: in English without its French term (withoutFrenchTerm), the card's own title in French. */
export function conceptTitle(concept: ConceptId, t: (key: MessageKey) => string, english: boolean): string {
  const title = t(`glossary.concept.${concept}.title` as MessageKey);
  return english ? withoutFrenchTerm(title) : title;
}
