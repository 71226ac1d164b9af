/**
 * The part of French's closed vocabularies the home screen shows (a scenario card's period unit, the tools a
 * class link locks): French's first-screen part (frCore.ts) carries only these, the whole `vocabulary` area
 * (vocabulary.ts, which includes them) comes with the learner part (bench app-learner-js-en-switched: a learner
 * who switches to English on the home page does not download the rest).
 */
import { frenchArea } from '../frenchSpacing.ts';

export const vocabularyCore = frenchArea({
  actionType: {
    financier: 'Avantage financier',
    lienSocial: 'Lien social',
    personnalisation: 'Personnalisation',
    customisation: 'Customisation',
    collecteDonnees: 'Collecte de données',
    enquete: 'Enquête de satisfaction',
    politiqueReclamations: 'Politique de réclamations',
    acquisition: 'Recrutement',
    arreterProgramme: 'Arrêt d’un programme',
  },
  tickUnit: {
    week: 'semaine',
    month: 'mois',
  },
} as const);
