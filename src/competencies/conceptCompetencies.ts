/**
 * Which BTS competencies each glossary card trains (shown on the card, src/ui/glossary).
 * Kept apart from the glossary's own data so the referential can evolve without touching it;
 * a unit test checks that every card names at least one competency.
 */
import type { ConceptId } from '../ui/glossary/concepts.ts';
import type { CompetencyId } from './referential.ts';

/** Partial so a new card does not break the build; the unit test asks for every card to be mapped. */
export const CONCEPT_COMPETENCIES: Partial<Record<ConceptId, readonly CompetencyId[]>> = {
  fidelite: ['mco1.relation', 'ndrc1.negocier'],
  satisfaction: ['mco1.relation', 'ndrc1.negocier'],
  reclamation: ['mco1.relation', 'ndrc1.negocier'],
  reconnaissance: ['mco1.relation', 'ndrc1.negocier'],
  pourquoiFideliser: ['mco1.relation', 'mco3.performances', 'ndrc1.cibler'],
  equationCa: ['mco3.performances', 'mco2.evaluer'],
  schemaInfidelite: ['mco1.relation', 'ndrc1.negocier'],
  niveauxSatisfaction: ['mco1.etudes', 'mco1.relation'],
  boucheAOreille: ['mco2.communication', 'ndrc2.digital'],
  partDuPortefeuille: ['mco3.performances', 'ndrc1.negocier'],
  mesureSatisfaction: ['mco1.etudes', 'ndrc1.information'],
  margeErreur: ['mco1.etudes'],
  gestionReclamations: ['mco1.relation', 'ndrc1.negocier', 'ndrc2.omnicanal'],
  fidelisationActive: ['mco1.relation', 'mco2.offre', 'ndrc1.negocier'],
  pyramideMaslow: ['mco1.relation'],
  clubClients: ['mco2.offre', 'ndrc1.evenement', 'ndrc2.digital'],
  bdd: ['ndrc1.information', 'mco1.veille'],
  collecteDonnees: ['ndrc1.information', 'mco1.etudes', 'ndrc2.omnicanal'],
  consentement: ['ndrc1.information', 'ndrc2.digital'],
  relationApprentissage: ['mco1.relation', 'ndrc1.information'],
  rfm: ['ndrc1.information', 'ndrc1.cibler', 'mco1.etudes'],
  frat: ['ndrc1.information', 'mco1.etudes'],
  segments: ['ndrc1.cibler', 'ndrc1.information'],
  datamining: ['ndrc1.information', 'mco1.veille'],
  scoring: ['ndrc1.cibler', 'ndrc1.information'],
  actionParSegment: ['ndrc1.cibler', 'mco2.offre'],
  logicielGrc: ['ndrc1.information', 'ndrc2.omnicanal'],
  cycleDeVie: ['ndrc1.cibler', 'mco1.relation'],
  echelleFidelite: ['mco1.relation', 'ndrc1.negocier'],
  soncas: ['ndrc1.negocier', 'mco1.relation'],
  rolesAchat: ['ndrc1.negocier'],
  parcoursClient: ['ndrc2.omnicanal', 'mco1.relation'],
  canauxContact: ['ndrc2.omnicanal', 'ndrc2.digital', 'mco2.communication'],
  strategiesFidelisation: ['mco2.offre', 'mco1.relation'],
  avantageFinancier: ['mco2.offre', 'mco3.budget'],
  lienSocial: ['mco2.offre', 'ndrc1.evenement'],
  personnalisation: ['mco1.relation', 'ndrc2.digital'],
  customisation: ['mco2.offre', 'ndrc1.negocier'],
  retention: ['mco3.performances', 'mco2.evaluer'],
  acquisition: ['ndrc1.cibler', 'mco2.communication', 'mco3.budget'],
  roi: ['mco2.evaluer', 'mco3.budget'],
  groupeTemoin: ['mco2.evaluer'],
  margeBrute: ['mco3.performances'],
  margeNette: ['mco3.performances', 'mco3.budget'],
  budget: ['mco3.budget'],
  valeurClient: ['mco3.performances', 'mco2.evaluer'],
  prixReference: ['mco2.offre'],
  barrieresChangement: ['mco2.offre', 'mco1.relation'],
};

export function competenciesOfConcept(id: ConceptId): readonly CompetencyId[] {
  return CONCEPT_COMPETENCIES[id] ?? [];
}
