export const app = {
  title: 'Fidélis',
  tagline: 'Simulateur de fidélisation client',
  loading: 'Chargement…',
  language: 'Langue',
  skipToContent: 'Aller au contenu',
  unexpected: 'Une erreur inattendue s’est produite : {{detail}}',
} as const;
