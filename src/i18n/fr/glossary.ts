/**
 * Glossary screen strings and each card's title (`concept.<id>.title`, ids in src/ui/glossary/concepts.ts):
 * every « ? » button names its concept, so the titles come with the learner part. The cards' texts
 * (definition, explanation, where in Fidélis, search keywords) are in glossaryCards.ts, fetched when the
 * glossary screen or a « ? » pop-up opens.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const glossary = frenchArea({
  title: 'Glossaire',
  intro: 'Les notions de fidélisation utilisées dans Fidélis, expliquées simplement. Chaque fiche dit où la notion apparaît dans l’application.',
  search: 'Rechercher une notion',
  searchPlaceholder: 'ex. RFM, réclamation, club…',
  /** for 0, « Aucune fiche » (« 0 fiche » read badly, QA a11y qa8 F9): plural.ts's `…Zero` form */
  resultCountZero: 'Aucune fiche',
  resultCountOne: '{{count}} fiche',
  resultCountOther: '{{count}} fiches',
  noResult: 'Aucune fiche ne correspond à « {{query}} ».',
  whereLabel: 'Dans Fidélis',
  relatedLabel: 'Voir aussi',
  /** a label before its content: French puts a space before the colon, English does not */
  labelled: '{{label}} :',
  linkLabel: 'Définition : {{title}}',
  /** a « ? » by a figure named otherwise (a dashboard card): « Définition (Taux d’attrition) : Fidélisation et attrition » */
  linkLabelAbout: 'Définition ({{about}}) : {{title}}',
  close: 'Fermer',
  seeCard: 'Ouvrir la fiche complète',
  backToDecisions: '← Retour aux décisions',
  backTo: '← Retour à l’écran « {{screen}} »',
  unknownConcept: 'Cette notion n’existe pas dans le glossaire.',
  /** a card whose texts could not be downloaded (offline before the app was stored for offline use) */
  cardUnavailable: 'Fiche indisponible pour le moment : vérifiez la connexion puis rouvrez-la.',
  theme: {
    notions: 'Notions de base',
    connaissance: 'Connaître le client',
    cycle: 'Le client et son parcours',
    strategies: 'Les quatre stratégies',
    indicateurs: 'Indicateurs',
  },
  concept: {
    fidelite: {
      title: 'Fidélité',
    },
    satisfaction: {
      title: 'Satisfaction',
    },
    reclamation: {
      title: 'Réclamation',
    },
    reconnaissance: {
      title: 'Reconnaissance',
    },
    pourquoiFideliser: {
      title: 'Pourquoi fidéliser ?',
    },
    equationCa: {
      title: 'CA = fréquence × panier moyen × durée',
    },
    schemaInfidelite: {
      title: 'Schéma de l’infidélité',
    },
    niveauxSatisfaction: {
      title: 'Les trois niveaux de satisfaction',
    },
    boucheAOreille: {
      title: 'Bouche-à-oreille et prescripteurs',
    },
    partDuPortefeuille: {
      title: 'Part du portefeuille',
    },
    mesureSatisfaction: {
      title: 'Mesurer la satisfaction',
    },
    margeErreur: {
      title: 'Marge d’erreur',
    },
    gestionReclamations: {
      title: 'Gérer les réclamations',
    },
    fidelisationActive: {
      title: 'Fidélisation active',
    },
    pyramideMaslow: {
      title: 'Pyramide de Maslow',
    },
    clubClients: {
      title: 'Club clients',
    },
    bdd: {
      title: 'Base de données clients (BDD)',
    },
    collecteDonnees: {
      title: 'Collecte de données',
    },
    consentement: {
      title: 'Consentement (RGPD)',
    },
    relationApprentissage: {
      title: 'Relation d’apprentissage',
    },
    rfm: {
      title: 'RFM',
    },
    frat: {
      title: 'FRAT',
    },
    segments: {
      title: 'Segments de clientèle',
    },
    datamining: {
      title: 'Datamining',
    },
    scoring: {
      title: 'Scoring',
    },
    actionParSegment: {
      title: 'Une action par segment',
    },
    logicielGrc: {
      title: 'Logiciel de GRC',
    },
    cycleDeVie: {
      title: 'Cycle de vie du client',
    },
    echelleFidelite: {
      title: 'Échelle de fidélité',
    },
    soncas: {
      title: 'SONCAS (besoins-types)',
    },
    rolesAchat: {
      title: 'Rôles dans l’achat',
    },
    parcoursClient: {
      title: 'Parcours client',
    },
    canauxContact: {
      title: 'Canaux de contact',
    },
    strategiesFidelisation: {
      title: 'Les quatre stratégies de fidélisation',
    },
    avantageFinancier: {
      title: 'Avantage financier',
    },
    lienSocial: {
      title: 'Lien social',
    },
    personnalisation: {
      title: 'Personnalisation',
    },
    customisation: {
      title: 'Customisation (sur-mesure)',
    },
    retention: {
      title: 'Fidélisation et attrition',
    },
    acquisition: {
      title: 'Acquisition',
    },
    roi: {
      title: 'Retour sur investissement (ROI)',
    },
    groupeTemoin: {
      title: 'Groupe témoin',
    },
    margeBrute: {
      title: 'Marge brute',
    },
    margeNette: {
      title: 'Marge nette',
    },
    budget: {
      title: 'Budget',
    },
    valeurClient: {
      title: 'Valeur client (CLV)',
    },
    prixReference: {
      title: 'Prix de référence',
    },
    barrieresChangement: {
      title: 'Barrières au changement',
    },
  },
} as const);
