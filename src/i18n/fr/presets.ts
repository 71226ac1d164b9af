/** Class links (presets in the URL), what a learner may see: the notice about ignored parameters, a locked tool, the run mode. The teacher's link builder is in classLink.ts. */
import { frenchArea } from '../frenchSpacing.ts';

export const presets = frenchArea({
  modeName: { sandbox: 'Bac à sable : retour en arrière possible', committed: 'Engagé : décisions définitives' },
  noticeOne: 'Lien de classe : paramètre ignoré : {{list}}. Signalez-le à votre enseignant.',
  noticeOther: 'Lien de classe : paramètres ignorés : {{list}}. Signalez-le à votre enseignant.',
  remembered: 'Réglages du dernier lien de votre enseignant, gardés par ce navigateur.',
  forget: 'Partie libre (sans ces réglages)',
  reason: {
    unknown: '« {{param}} » (inconnu)',
    invalid: '« {{param}} » (valeur invalide)',
    duplicate: '« {{param}} » (en double)',
    tooLong: '« {{param}} » (trop long)',
    needsShop: '« {{param}} » (indiquez aussi le commerce)',
  },
  toolLocked: 'Outil verrouillé par l’enseignant ou la mission.',
  runSettings: 'Réglages de votre enseignant pour cette partie : {{list}}.',
} as const);
