/**
 * What a learner who finished a shop's mission path should still revise (QA qa29self m8): the course's notions
 * (/work/shared/docs/CONCEPTS.md) that have a glossary card and that no mission of the path lists as worked
 * (Mission.concepts). Only the missions screen's bilan uses it: loaded with the mission code, not with the app.
 */
import { CONCEPT_IDS, CONCEPTS, type ConceptId } from '../glossary/concepts.ts';
import type { MissionPath } from '../../missions/schema.ts';

/**
 * The course's notions that have a card, in the glossary's order: every card but the app's indicators (ROI, groupe témoin,
 * marges, budget…: the « Indicateurs » cards), the consent card (RGPD) and the model's own notions the indicators theme
 * sits beside (prix de référence, barrières au changement), which the course notions do not name. Read off the glossary's
 * list rather than copied (review20 D1), so a new card of a course theme is named here too.
 */
const NOT_COURSE: ReadonlySet<ConceptId> = new Set(['consentement', 'prixReference', 'barrieresChangement']);
export const COURSE_CONCEPTS: readonly ConceptId[] = CONCEPT_IDS.filter((id) => CONCEPTS[id].theme !== 'indicateurs' && !NOT_COURSE.has(id));

/**
 * A notion worked once every one of these is: a complaint is worked with the complaint policy, satisfaction with its
 * measurement, the four strategies and active loyalty (advantages, recognition, club) with each of them.
 */
const WORKED_WITH: Partial<Record<ConceptId, readonly ConceptId[]>> = {
  reclamation: ['gestionReclamations'],
  satisfaction: ['mesureSatisfaction'],
  strategiesFidelisation: ['avantageFinancier', 'lienSocial', 'personnalisation', 'customisation'],
  fidelisationActive: ['avantageFinancier', 'reconnaissance', 'clubClients'],
};

/** The course's notions (COURSE_CONCEPTS order) that none of the path's missions works. */
export function conceptsToRevise(path: Pick<MissionPath, 'missions'>): ConceptId[] {
  const worked = new Set(path.missions.flatMap((m) => m.concepts));
  const isWorked = (c: ConceptId) => worked.has(c) || (WORKED_WITH[c]?.every((w) => worked.has(w)) ?? false);
  return COURSE_CONCEPTS.filter((c) => !isWorked(c));
}
