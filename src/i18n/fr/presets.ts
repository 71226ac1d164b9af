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
  /** the link brings a changed version of the shop whose game is in progress (App.svelte tellOlderVersion) */
  olderShopVersion:
    'Votre partie en cours « {{run}} » joue la version précédente de « {{name}} », celle que vous aviez en la commençant. Le lien reçu apporte une nouvelle version de ce commerce : pour la jouer, commencez une nouvelle partie depuis l’accueil.',
  /** a class link's note on a home card and the Missions screen (ClassNote.svelte, classNoteParts.ts), the other shops' fold, a fixed seed's help */
  classChosen: 'Commerce choisi par votre enseignant',
  classSeed: 'Graine fixée par le lien de classe : {{seed}}',
  classMode: { sandbox: 'Mode bac à sable : retour en arrière possible', committed: 'Mode engagé : décisions définitives' },
  classLocked: 'Outils verrouillés par votre enseignant : {{tools}}',
  /** under an objective the class link makes impossible (ScenarioCard: a measured satisfaction without the survey) */
  objectiveLocked: 'Impossible à atteindre avec le lien de votre enseignant : il faut l’outil « {{tool}} », qu’il a verrouillé.',
  objectiveHidden: 'Impossible à atteindre avec le lien de votre enseignant : l’outil qu’il demande n’est pas disponible.',
  /** under an objective the class link makes harder (ScenarioCard: recruiting without the acquisition campaigns) */
  objectiveHarderLocked: 'Plus difficile avec le lien de votre enseignant : l’outil « {{tool}} », qui y aide, est verrouillé.',
  objectiveHarderHidden: 'Plus difficile avec le lien de votre enseignant : un outil qui y aide n’est pas disponible.',
  otherShops: 'Autres commerces (hors choix de votre enseignant)',
  seedFixedHelp: 'Graine fixée par le lien de classe : toute la classe joue la même partie.',
  /** a home card's objectives when the link's seed is not the shop's default (ScenarioCard; a seed the learner typed keeps home.seedNotDefault) */
  seedTargets: 'Objectifs ajustés pour cette séance : les cibles chiffrées ci-dessus (marge, clients actifs…) changeront au début de la partie, et le tableau de bord dira de combien.',
  /** a scenario link's notices (App.svelte): with the link's texts, fetched by the notices area when one is pushed (bench app-learner-js) */
  linkOpened: 'Scénario reçu par lien : « {{name}} ». Il apparaît en premier dans l’accueil et s’ouvre dans l’éditeur de scénarios.',
  linkBroken: 'Le lien de scénario ne peut pas être ouvert : {{detail}}',
  /** a problem only a new link mends (link.ts needsNewLink) */
  linkBrokenAsk: 'Le lien de scénario ne peut pas être ouvert : {{detail}}. Demandez un nouveau lien à votre enseignant',
} as const);
