/**
 * English glossary strings and the cards' titles (same keys as src/i18n/fr/glossary.ts); the cards' texts
 * are in en/glossaryCards.ts.
 */
import type { Messages } from '../fr.ts';

export const glossary: Messages['glossary'] = {
  title: 'Glossary',
  intro: 'The loyalty concepts used in Fidélis, explained simply. Each card says where the concept shows up in the app.',
  search: 'Search a concept',
  searchPlaceholder: 'e.g. RFM, complaint, club…',
  resultCountZero: 'No cards',
  resultCountOne: '{{count}} card',
  resultCountOther: '{{count}} cards',
  noResult: 'No card matches “{{query}}”.',
  whereLabel: 'In Fidélis',
  relatedLabel: 'See also',
  labelled: '{{label}}:',
  linkLabel: 'Definition: {{title}}',
  linkLabelAbout: 'Definition ({{about}}): {{title}}',
  close: 'Close',
  seeCard: 'Open the full card',
  backToDecisions: '← Back to the decisions',
  backTo: '← Back to “{{screen}}”',
  unknownConcept: 'This concept is not in the glossary.',
  cardUnavailable: 'Card unavailable for now: check the connection, then open it again.',
  theme: {
    notions: 'Core notions',
    connaissance: 'Knowing the customer',
    cycle: 'The customer and their journey',
    strategies: 'The four strategies',
    indicateurs: 'Indicators',
  },
  concept: {
    fidelite: {
      title: 'Loyalty (fidélité)',
    },
    satisfaction: {
      title: 'Satisfaction',
    },
    reclamation: {
      title: 'Complaint (réclamation)',
    },
    reconnaissance: {
      title: 'Recognition (reconnaissance)',
    },
    pourquoiFideliser: {
      title: 'Why build loyalty?',
    },
    equationCa: {
      title: 'Turnover (CA) = frequency × average basket × length',
    },
    schemaInfidelite: {
      title: 'The disloyalty pattern (schéma de l’infidélité)',
    },
    niveauxSatisfaction: {
      title: 'The three levels of satisfaction',
    },
    boucheAOreille: {
      title: 'Word of mouth and prescribers (bouche-à-oreille, prescripteurs)',
    },
    partDuPortefeuille: {
      title: 'Share of wallet (part du portefeuille, part de marque)',
    },
    mesureSatisfaction: {
      title: 'Measuring satisfaction (enquêtes, sondages, clients mystères)',
    },
    margeErreur: {
      title: 'Margin of error (marge d’erreur)',
    },
    gestionReclamations: {
      title: 'Handling complaints (gérer les réclamations)',
    },
    fidelisationActive: {
      title: 'Active loyalty building (fidélisation active)',
    },
    pyramideMaslow: {
      title: 'Maslow’s pyramid',
    },
    clubClients: {
      title: 'Customer club (club clients)',
    },
    bdd: {
      title: 'Customer database (BDD)',
    },
    collecteDonnees: {
      title: 'Data collection (collecte de données)',
    },
    consentement: {
      title: 'Consent (GDPR, RGPD)',
    },
    relationApprentissage: {
      title: 'Learning relationship (relation d’apprentissage)',
    },
    rfm: {
      title: 'RFM',
    },
    frat: {
      title: 'FRAT',
    },
    segments: {
      title: 'Customer segments (nouveau, bon, très bon, futur non-client, inactif)',
    },
    datamining: {
      title: 'Data mining',
    },
    scoring: {
      title: 'Scoring',
    },
    actionParSegment: {
      title: 'One action per segment',
    },
    logicielGrc: {
      title: 'CRM software (logiciel de GRC)',
    },
    cycleDeVie: {
      title: 'Customer lifecycle (cycle de vie)',
    },
    echelleFidelite: {
      title: 'Loyalty ladder (échelle de fidélité)',
    },
    soncas: {
      title: 'SONCAS buying motives (French acronym)',
    },
    rolesAchat: {
      title: 'Buying roles (rôles dans l’achat)',
    },
    parcoursClient: {
      title: 'Customer journey (parcours client)',
    },
    canauxContact: {
      title: 'Contact channels',
    },
    strategiesFidelisation: {
      title: 'The four loyalty strategies (stratégies de fidélisation)',
    },
    avantageFinancier: {
      title: 'Financial advantage (avantage financier)',
    },
    lienSocial: {
      title: 'Social bonding (lien social)',
    },
    personnalisation: {
      title: 'Personalisation',
    },
    customisation: {
      title: 'Customisation (sur-mesure)',
    },
    retention: {
      title: 'Retention and churn (fidélisation et attrition)',
    },
    acquisition: {
      title: 'Acquisition',
    },
    roi: {
      title: 'Return on investment (ROI)',
    },
    groupeTemoin: {
      title: 'Control group (groupe témoin)',
    },
    margeBrute: {
      title: 'Gross margin (marge brute)',
    },
    margeNette: {
      title: 'Net margin (marge nette)',
    },
    budget: {
      title: 'Budget',
    },
    valeurClient: {
      title: 'Customer value (CLV, valeur client)',
    },
    prixReference: {
      title: 'Reference price (prix de référence)',
    },
    barrieresChangement: {
      title: 'Switching barriers (barrières au changement)',
    },
  },
};
