/**
 * The BTS competencies Fidélis can train, from the national referentials of BTS MCO
 * (Management commercial opérationnel, 2019) and BTS NDRC (Négociation et digitalisation de la
 * relation client, 2018). Bloc titles are the referentials' own; inside a bloc only the
 * competencies the app really exercises are listed, with their referential wording (texts in
 * src/i18n/<lang>/competencies.ts). MCO bloc 4 (managing the sales team) and NDRC bloc 3
 * (networks) are listed at bloc level: no mission trains them, and the app says so.
 * (zod's enum of the ids is the missions' schema's, src/missions/schema.ts: no zod on the learner's path.)
 */

export const DIPLOMAS = ['mco', 'ndrc'] as const;
export type Diploma = (typeof DIPLOMAS)[number];

export const BLOCS = ['mco1', 'mco2', 'mco3', 'mco4', 'ndrc1', 'ndrc2', 'ndrc3'] as const;
export type Bloc = (typeof BLOCS)[number];

export const COMPETENCY_IDS = [
  // MCO bloc 1 : développer la relation client et assurer la vente conseil
  'mco1.veille',
  'mco1.etudes',
  'mco1.relation',
  // MCO bloc 2 : animer et dynamiser l'offre commerciale
  'mco2.offre',
  'mco2.communication',
  'mco2.evaluer',
  // MCO bloc 3 : assurer la gestion opérationnelle
  'mco3.budget',
  'mco3.performances',
  // NDRC bloc 1 : relation client et négociation-vente
  'ndrc1.cibler',
  'ndrc1.negocier',
  'ndrc1.evenement',
  'ndrc1.information',
  // NDRC bloc 2 : relation client à distance et digitalisation
  'ndrc2.omnicanal',
  'ndrc2.digital',
] as const;
export type CompetencyId = (typeof COMPETENCY_IDS)[number];

/** Blocs not trained by any part of the app (listed for honesty in the referential view). */
export const UNTRAINED_BLOCS: readonly Bloc[] = ['mco4', 'ndrc3'];

export function blocOf(id: CompetencyId): Bloc {
  return id.slice(0, id.indexOf('.')) as Bloc;
}

export function diplomaOf(bloc: Bloc): Diploma {
  return bloc.startsWith('mco') ? 'mco' : 'ndrc';
}

export function competenciesOfBloc(bloc: Bloc): CompetencyId[] {
  return COMPETENCY_IDS.filter((id) => blocOf(id) === bloc);
}

export function isCompetencyId(value: unknown): value is CompetencyId {
  return typeof value === 'string' && (COMPETENCY_IDS as readonly string[]).includes(value);
}

/** Sorted in referential order, without duplicates. */
export function sortCompetencies(ids: Iterable<CompetencyId>): CompetencyId[] {
  const set = new Set(ids);
  return COMPETENCY_IDS.filter((id) => set.has(id));
}
