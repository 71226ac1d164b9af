import { frenchArea } from '../frenchSpacing.ts';

export const app = frenchArea({
  title: 'Fidélis',
  tagline: 'Simulateur de fidélisation client',
  loading: 'Chargement…',
  skipToContent: 'Aller au contenu',
  /** an unexpected error, without the browser's text (often English), which goes to a « Détails techniques » fold */
  unexpectedError: 'Une erreur inattendue s’est produite. Si elle revient, rechargez la page : une partie reprend à son dernier enregistrement.',
  technicalDetails: 'Détails techniques',
  /** a button: a screen that could not be downloaded (shell.screenUnavailable), the other tab's periods (db.otherTabSaved) */
  reload: 'Recharger',
  /** between the items of a list written in a sentence (a target's criteria, a field's errors, a period's decisions): the French space before the semicolon */
  listSeparator: ' ; ',
  /** a target's criteria (QA qa10 F9): between kinds every one must hold (« et »), within a kind any value will do (« ou »); a kind of several values among others goes in brackets */
  criteriaAnd: ' et ',
  criteriaOr: ' ou ',
  criteriaGroup: '({{values}})',
} as const);
