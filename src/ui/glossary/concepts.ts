/**
 * The glossary's concept ids (one card each: title in src/i18n/<lang>/glossary.ts under
 * `glossary.concept.<id>`, texts in src/i18n/<lang>/glossaryCards.ts), their theme and related cards. Other screens link to a card with
 * <GlossaryLink concept="rfm" />; the id type makes a wrong id a type error, and a test checks
 * every id used in src/. Deep link: #/glossary/<id> (src/app/routes.ts).
 */
export const CONCEPT_IDS = [
  // notions de base
  'fidelite',
  'satisfaction',
  'reclamation',
  'reconnaissance',
  'pourquoiFideliser',
  'equationCa',
  'schemaInfidelite',
  'niveauxSatisfaction',
  'boucheAOreille',
  'partDuPortefeuille',
  'mesureSatisfaction',
  'margeErreur',
  'gestionReclamations',
  'fidelisationActive',
  'pyramideMaslow',
  'clubClients',
  // connaître le client
  'bdd',
  'collecteDonnees',
  'consentement',
  'relationApprentissage',
  'rfm',
  'frat',
  'segments',
  'datamining',
  'scoring',
  'actionParSegment',
  'logicielGrc',
  // cycle de vie et client
  'cycleDeVie',
  'echelleFidelite',
  'soncas',
  'rolesAchat',
  'parcoursClient',
  'canauxContact',
  // stratégies
  'strategiesFidelisation',
  'avantageFinancier',
  'lienSocial',
  'personnalisation',
  'customisation',
  // indicateurs
  'retention',
  'acquisition',
  'roi',
  'groupeTemoin',
  'margeBrute',
  'margeNette',
  'budget',
  'valeurClient',
  'prixReference',
  'barrieresChangement',
] as const;
export type ConceptId = (typeof CONCEPT_IDS)[number];

export const CONCEPT_THEMES = ['notions', 'connaissance', 'cycle', 'strategies', 'indicateurs'] as const;
export type ConceptTheme = (typeof CONCEPT_THEMES)[number];

export interface ConceptInfo {
  theme: ConceptTheme;
  related: readonly ConceptId[];
}

export const CONCEPTS: Record<ConceptId, ConceptInfo> = {
  fidelite: { theme: 'notions', related: ['satisfaction', 'pourquoiFideliser', 'echelleFidelite'] },
  satisfaction: { theme: 'notions', related: ['niveauxSatisfaction', 'mesureSatisfaction', 'schemaInfidelite'] },
  reclamation: { theme: 'notions', related: ['gestionReclamations', 'satisfaction'] },
  reconnaissance: { theme: 'notions', related: ['pyramideMaslow', 'fidelisationActive', 'clubClients'] },
  pourquoiFideliser: { theme: 'notions', related: ['equationCa', 'acquisition', 'retention'] },
  equationCa: { theme: 'notions', related: ['pourquoiFideliser', 'retention', 'valeurClient', 'partDuPortefeuille'] },
  schemaInfidelite: { theme: 'notions', related: ['satisfaction', 'reconnaissance', 'retention'] },
  niveauxSatisfaction: { theme: 'notions', related: ['satisfaction', 'mesureSatisfaction'] },
  boucheAOreille: { theme: 'notions', related: ['satisfaction', 'acquisition', 'echelleFidelite', 'rolesAchat'] },
  partDuPortefeuille: { theme: 'notions', related: ['satisfaction', 'equationCa'] },
  mesureSatisfaction: { theme: 'notions', related: ['margeErreur', 'satisfaction'] },
  margeErreur: { theme: 'notions', related: ['mesureSatisfaction'] },
  gestionReclamations: { theme: 'notions', related: ['reclamation', 'schemaInfidelite'] },
  fidelisationActive: { theme: 'notions', related: ['reconnaissance', 'clubClients', 'strategiesFidelisation'] },
  pyramideMaslow: { theme: 'notions', related: ['reconnaissance', 'fidelisationActive'] },
  clubClients: { theme: 'notions', related: ['lienSocial', 'fidelisationActive'] },
  bdd: { theme: 'connaissance', related: ['collecteDonnees', 'relationApprentissage', 'logicielGrc'] },
  collecteDonnees: { theme: 'connaissance', related: ['bdd', 'consentement', 'canauxContact'] },
  consentement: { theme: 'connaissance', related: ['collecteDonnees', 'canauxContact', 'personnalisation'] },
  relationApprentissage: { theme: 'connaissance', related: ['bdd', 'personnalisation'] },
  rfm: { theme: 'connaissance', related: ['frat', 'segments', 'scoring'] },
  frat: { theme: 'connaissance', related: ['rfm'] },
  segments: { theme: 'connaissance', related: ['rfm', 'actionParSegment'] },
  datamining: { theme: 'connaissance', related: ['scoring', 'bdd'] },
  scoring: { theme: 'connaissance', related: ['datamining', 'rfm'] },
  actionParSegment: { theme: 'connaissance', related: ['segments', 'strategiesFidelisation'] },
  logicielGrc: { theme: 'connaissance', related: ['bdd', 'segments'] },
  cycleDeVie: { theme: 'cycle', related: ['echelleFidelite', 'retention'] },
  echelleFidelite: { theme: 'cycle', related: ['cycleDeVie', 'boucheAOreille', 'fidelite'] },
  soncas: { theme: 'cycle', related: ['strategiesFidelisation', 'personnalisation'] },
  rolesAchat: { theme: 'cycle', related: ['boucheAOreille', 'parcoursClient'] },
  parcoursClient: { theme: 'cycle', related: ['canauxContact', 'reclamation'] },
  canauxContact: { theme: 'cycle', related: ['parcoursClient', 'collecteDonnees'] },
  strategiesFidelisation: { theme: 'strategies', related: ['avantageFinancier', 'lienSocial', 'personnalisation', 'customisation', 'fidelisationActive'] },
  avantageFinancier: { theme: 'strategies', related: ['strategiesFidelisation', 'roi', 'prixReference'] },
  lienSocial: { theme: 'strategies', related: ['clubClients', 'strategiesFidelisation', 'pyramideMaslow'] },
  personnalisation: { theme: 'strategies', related: ['relationApprentissage', 'strategiesFidelisation'] },
  customisation: { theme: 'strategies', related: ['strategiesFidelisation', 'barrieresChangement'] },
  retention: { theme: 'indicateurs', related: ['schemaInfidelite', 'cycleDeVie', 'pourquoiFideliser'] },
  acquisition: { theme: 'indicateurs', related: ['boucheAOreille', 'pourquoiFideliser'] },
  roi: { theme: 'indicateurs', related: ['strategiesFidelisation', 'avantageFinancier', 'groupeTemoin'] },
  groupeTemoin: { theme: 'indicateurs', related: ['roi', 'margeErreur', 'strategiesFidelisation'] },
  margeBrute: { theme: 'indicateurs', related: ['margeNette', 'equationCa'] },
  margeNette: { theme: 'indicateurs', related: ['margeBrute', 'roi', 'budget'] },
  budget: { theme: 'indicateurs', related: ['margeNette', 'roi'] },
  valeurClient: { theme: 'indicateurs', related: ['equationCa', 'retention', 'acquisition'] },
  prixReference: { theme: 'strategies', related: ['avantageFinancier', 'schemaInfidelite'] },
  barrieresChangement: { theme: 'strategies', related: ['customisation', 'lienSocial', 'relationApprentissage'] },
};

export function isConceptId(value: unknown): value is ConceptId {
  return typeof value === 'string' && (CONCEPT_IDS as readonly string[]).includes(value);
}

/** The hash route of a card. */
export function conceptHref(id: ConceptId): string {
  return `#/glossary/${id}`;
}

/** Context key: a tool locked by the mission or the teacher (ToolGate), whose « ? » are links to their cards (GlossaryLink). */
export const LOCKED_TOOL = Symbol('lockedTool');
