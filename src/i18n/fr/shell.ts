/** French strings of the app shell: header, navigation, language switch, notices. */
export const shell = {
  nav: {
    label: 'Écrans du jeu',
    home: 'Accueil',
    dashboard: 'Tableau de bord',
    decisions: 'Décisions',
    customers: 'Base clients',
    charts: 'Graphiques',
    analytics: 'Données réelles',
    glossary: 'Glossaire',
  },
  tick: {
    week: 'Semaine {{n}} / {{total}}',
    month: 'Mois {{n}} / {{total}}',
    finished: 'Partie terminée ({{total}} {{unit}})',
    date: 'à partir du {{date}}',
  },
  budgetLeft: 'Budget restant : {{amount}}',
  noRun: 'Aucune partie en cours',
  language: { label: 'Langue', fr: 'Français', en: 'English' },
  notices: {
    label: 'Messages',
    dismiss: 'Fermer le message',
    error: 'Erreur :',
    warning: 'Attention :',
    info: 'Information :',
  },
  needRun: 'Choisissez ou reprenez d’abord une partie depuis l’accueil.',
  goHome: 'Aller à l’accueil',
  screenLoading: 'Chargement de l’écran…',
  screenMissing: 'Cet écran n’est pas encore disponible.',
  help: 'Visite guidée',
} as const;
