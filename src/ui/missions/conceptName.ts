/**
 * A concept's name in a mission's lists (brief, bilan): its glossary title, except the course segments,
 * whose English glossary title keeps the course's French names in brackets (« Customer segments (nouveau,
 * bon, …) », QA qa17 F1) where every other English screen says « New customer (RFM) », « Good customer »:
 * the missions name them as the French title does, with no list (QA qa19 F11).
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { ConceptId } from '../glossary/concepts.ts';
import { conceptTitle } from '../glossary/frenchTerm.ts';

export function conceptName(concept: ConceptId, t: (key: MessageKey) => string, english = false): string {
  // an English title's French term (« Customer database (BDD) ») left to the card (QA qa21 F2); French titles' brackets are not one
  return concept === 'segments' ? t('missions.conceptSegments') : conceptTitle(concept, t, english);
}
