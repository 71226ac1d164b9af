/**
 * The closed vocabularies shared by the engine, the database and the interface.
 * Ids are stable ASCII slugs (stored in files and IndexedDB); the words shown to
 * learners live in src/i18n, keyed by these ids. Order matters: the index of an id
 * is its code in the engine's typed arrays, so only ever append.
 */

/** Dominant buying motive (SONCAS). A design device, not an empirical model (MODEL.md). */
export const MOTIVES = ['securite', 'orgueil', 'nouveaute', 'confort', 'argent', 'sympathie'] as const;
export type Motive = (typeof MOTIVES)[number];

/** Lifecycle stage (cycle de vie du client). */
export const STAGES = ['suspect', 'prospect', 'nouveau', 'actif', 'dormant', 'perdu'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * The stages a customer record can be at. The simulation never puts anyone at « suspect »: a suspect
 * (interested in the category, unknown to the shop) is not in the shop's database; the people it can
 * still recruit are counted as prospects. Lists, filters and the funnel offer only these.
 */
export const STAGES_IN_DATABASE: readonly Stage[] = STAGES.filter((s) => s !== 'suspect');

/** Loyalty ladder (échelle de fidélité), for customers who have bought at least once. */
export const LADDER = ['prospect', 'acheteur', 'client', 'supporteur', 'ambassadeur'] as const;
export type LadderRung = (typeof LADDER)[number];

/** The course's five RFM segments (default view). 'aucun' = never bought, not scored. */
export const COURSE_SEGMENTS = ['nouveau', 'tresBon', 'bon', 'futurNonClient', 'inactif'] as const;
export type CourseSegment = (typeof COURSE_SEGMENTS)[number];

/** The R x F segment map of MODEL.md (complete, non-overlapping). */
export const RF_SEGMENTS = [
  'champions',
  'loyal',
  'potentialLoyalists',
  'new',
  'promising',
  'needAttention',
  'aboutToSleep',
  'atRisk',
  'cantLoseThem',
  'hibernating',
] as const;
export type RfSegment = (typeof RF_SEGMENTS)[number];

/** The four loyalty strategies of the course. */
export const STRATEGIES = ['financier', 'lienSocial', 'personnalisation', 'customisation'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Contact channels (canaux de contact). */
export const CHANNELS = ['magasin', 'telephone', 'courrier', 'email', 'sms', 'siteWeb'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Why a customer left (schéma de l'infidélité): the dominant cause at the moment of departure. */
export const DEPARTURE_CAUSES = [
  'insatisfaction', // rupture: dissatisfaction with the offer or the shop
  'manqueReconnaissance', // rupture: lack of recognition
  'concurrence', // rencontre: better offer elsewhere
  'nouveaute', // rencontre: novelty seeking
  'prix', // loss of competitiveness / reference price shock
  'reclamationMalTraitee', // complaint not (well) handled
  'naturel', // life events: moved away, need gone (BTYD baseline dropout)
  'inactivite', // a dormant customer silent for too long (lifecycle.ts lostByInactivity): the unseen dropout, cause unknown
] as const;
export type DepartureCause = (typeof DEPARTURE_CAUSES)[number];

/** Kinds of entries in a customer's event log. Append only. */
export const EVENT_TYPES = [
  'premierAchat',
  'incident',
  'reclamation',
  'reclamationTraiteeRapidement',
  'reclamationTraitee',
  'reclamationNonTraitee',
  'offreConcurrente',
  'cibleParAction', // detail = action index in the tick's decisions
  'adhesionClub',
  'carteFidelite',
  'donneesCollectees',
  'parrainage', // detail = id of the referred new customer
  'recrute', // detail = 1 if referred
  'devenuDormant',
  'reactive',
  'depart', // detail = DepartureCause index
  'enqueteRepondue',
  'finAvantage',
  'programmeSuspendu', // detail = reason (0 = the budget could not pay the programme this tick)
  'reclamationSansBudget', // detail = the complaint policy (COMPLAINT_POLICIES index) the budget could not pay
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Complaint handling policies, from none to the best (the engine's state keeps the index). */
export const COMPLAINT_POLICIES = ['ignorer', 'standard', 'rapide', 'excellente'] as const;
export type ComplaintPolicy = (typeof COMPLAINT_POLICIES)[number];

export const ACQUISITION_CHANNELS = ['flyers', 'emailing', 'reseauxSociaux', 'parrainage', 'presseLocale'] as const;
export type AcquisitionChannel = (typeof ACQUISITION_CHANNELS)[number];
