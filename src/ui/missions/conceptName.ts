/**
 * A concept's name in a mission's lists (brief, bilan): its glossary title, except the course segments,
 * whose English glossary title keeps the course's French names in brackets (« Customer segments (nouveau,
 * bon, …) », QA qa17 F1) where every other English screen says « New customer (RFM) », « Good customer »:
 * the missions name them as the French title does, with no list (QA qa19 F11).
 */
import type { MessageKey } from '../../i18n/translate.ts';
import type { ConceptId } from '../glossary/concepts.ts';

export function conceptName(concept: ConceptId, t: (key: MessageKey) => string): string {
  return t(concept === 'segments' ? 'missions.conceptSegments' : (`glossary.concept.${concept}.title` as MessageKey));
}
