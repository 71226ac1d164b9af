/**
 * French labels of the closed vocabularies (src/engine/vocabulary.ts and the action types of
 * src/engine/decisions.ts): one key per id, used by every screen (`vocabulary.stage.dormant`).
 * `cause` is the short label, `causeExplanation` the plain sentence shown in a customer's file,
 * `causeKind` says where the cause sits in the schéma de l'infidélité (rupture or rencontre).
 */
import { frenchArea } from '../frenchSpacing.ts';
import { vocabularyCore } from './vocabularyCore.ts';

export const vocabulary = frenchArea({
  motive: {
    securite: 'Sécurité',
    orgueil: 'Orgueil',
    nouveaute: 'Nouveauté',
    confort: 'Confort',
    argent: 'Argent',
    sympathie: 'Sympathie',
  },
  stage: {
    suspect: 'Suspect',
    prospect: 'Prospect',
    /** not « Nouveau client »: the segment of that name is another count on the same screens (QA expert F12) */
    nouveau: 'Nouveau (1er achat)',
    actif: 'Client actif',
    dormant: 'Client dormant',
    perdu: 'Client perdu',
  },
  ladder: {
    prospect: 'Prospect',
    acheteur: 'Acheteur',
    client: 'Client',
    supporteur: 'Supporteur',
    ambassadeur: 'Ambassadeur',
  },
  segment: {
    nouveau: 'Nouveau client (RFM)',
    tresBon: 'Très bon client',
    bon: 'Bon client',
    futurNonClient: 'Futur non-client',
    /** « (RFM) »: beside the lifecycle's « Client actif » a bare « Inactif » read as a contradiction (QA class 4), as « Nouveau client (RFM) » */
    inactif: 'Inactif (RFM)',
  },
  rfSegment: {
    champions: 'Champions',
    loyal: 'Fidèles',
    potentialLoyalists: 'Fidèles en devenir',
    new: 'Nouveaux',
    promising: 'Prometteurs',
    needAttention: 'À surveiller',
    aboutToSleep: 'Sur le point de s’endormir',
    atRisk: 'À risque',
    cantLoseThem: 'À ne pas perdre',
    hibernating: 'En hibernation',
  },
  strategy: {
    financier: 'Avantage financier',
    lienSocial: 'Lien social',
    personnalisation: 'Personnalisation',
    customisation: 'Customisation',
  },
  channel: {
    magasin: 'Magasin',
    telephone: 'Téléphone',
    courrier: 'Courrier',
    email: 'E-mail',
    sms: 'SMS',
    siteWeb: 'Site web',
  },
  cause: {
    insatisfaction: 'Insatisfaction',
    manqueReconnaissance: 'Manque de reconnaissance',
    concurrence: 'Concurrence',
    nouveaute: 'Recherche de nouveauté',
    prix: 'Prix',
    reclamationMalTraitee: 'Réclamation mal traitée',
    naturel: 'Départ naturel',
    inactivite: 'Inactivité prolongée',
  },
  causeExplanation: {
    insatisfaction: 'Déçu par l’offre ou par le magasin, ce client a cessé de venir puis a trouvé mieux ailleurs.',
    manqueReconnaissance: 'Ce client ne se sentait pas reconnu par le magasin : il s’est détaché et a fini par partir.',
    concurrence: 'Un concurrent lui a fait une meilleure offre : cette rencontre a provoqué la rupture.',
    nouveaute: 'Ce client cherchait de la nouveauté et l’a trouvée chez un autre commerçant.',
    prix: 'Il a trouvé nos prix moins compétitifs que ceux qu’il avait en tête (par exemple après la fin d’une remise).',
    /** service.ts: set only by a complaint left unresolved (policy, or no budget left), the customer leaving in that same period (« dans la foulée »); a complaint resolved, even slowly, never gives this cause */
    reclamationMalTraitee:
      'Après un incident de service, il s’est plaint et sa réclamation n’a pas été résolue (la politique de réclamation ne l’a pas réglée, ou le budget ne pouvait plus la payer) : il est parti dans la foulée.',
    naturel: 'Un événement de la vie (déménagement, besoin disparu) : une partie de ces départs est inévitable ; les barrières au changement (carte, club, service construit pour le client) retiennent le reste.',
    /** churn.ts / lifecycle.ts lostByInactivity: a dormant customer silent far beyond his own rhythm, counted lost without a known cause */
    inactivite:
      'Ce client dormait et n’est jamais revenu : il n’a rien acheté depuis bien plus longtemps que son rythme habituel (plus de deux fois le délai qui l’avait rendu dormant, et au moins un an, davantage dans un magasin où l’on revient rarement), il est donc compté perdu. Le magasin ne sait pas pourquoi il est parti, seulement qu’il ne revient plus ; une relance pendant qu’il dormait était la dernière occasion de le garder.',
  },
  causeKind: {
    insatisfaction: 'Rupture puis rencontre',
    manqueReconnaissance: 'Rupture puis rencontre',
    concurrence: 'Rencontre puis rupture',
    nouveaute: 'Rencontre puis rupture',
    prix: 'Rupture puis rencontre',
    reclamationMalTraitee: 'Rupture puis rencontre',
    naturel: 'Hors schéma de l’infidélité',
    inactivite: 'Départ silencieux, cause inconnue',
  },
  eventType: {
    premierAchat: 'Premier achat',
    incident: 'Incident de service',
    reclamation: 'Réclamation',
    reclamationTraiteeRapidement: 'Réclamation traitée rapidement',
    reclamationTraitee: 'Réclamation traitée',
    reclamationNonTraitee: 'Réclamation non traitée',
    offreConcurrente: 'Offre d’un concurrent reçue',
    cibleParAction: 'Ciblé par une action',
    adhesionClub: 'Adhésion au club',
    carteFidelite: 'Carte de fidélité',
    donneesCollectees: 'Données collectées',
    parrainage: 'A parrainé un client',
    recrute: 'Recruté',
    devenuDormant: 'Devenu dormant',
    reactive: 'Réactivé',
    depart: 'Départ',
    enqueteRepondue: 'A répondu à une enquête',
    finAvantage: 'Fin d’un avantage',
    programmeSuspendu: 'Programme arrêté faute de budget',
    reclamationSansBudget: 'Réclamation non traitée faute de budget',
  },
  acquisitionChannel: {
    flyers: 'Prospectus',
    emailing: 'E-mailing',
    reseauxSociaux: 'Réseaux sociaux',
    parrainage: 'Parrainage',
    presseLocale: 'Presse locale',
  },
  instrument: {
    coupon: 'Bons de réduction',
    points: 'Programme à points',
    /** the same rate on every purchase, not the course's volume discount (prix dégressif, not simulated: QA teacher qa25 F7); id unchanged */
    remiseVolume: 'Remise permanente (sur chaque achat)',
    club: 'Club clients',
    evenementPrive: 'Événement privé',
    relancePersonnalisee: 'Relance personnalisée',
    personalShopper: 'Conseiller personnel',
    offreSurMesure: 'Offre sur mesure',
    contrat: 'Programme contractuel',
    carteFidelite: 'Carte de fidélité',
    jeuConcours: 'Jeu-concours',
    personnel: 'Par le personnel',
    questionnaire: 'Questionnaire',
    clientMystere: 'Client mystère',
  },
  complaintPolicy: {
    ignorer: 'Ignorer',
    standard: 'Standard',
    rapide: 'Rapide',
    excellente: 'Excellente',
  },
  // the first screen's part (frCore.ts): action types, period units
  ...vocabularyCore,
} as const);
