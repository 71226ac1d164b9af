/** The teacher's class link builder (mission screen): the form, the copy button and the QR code. The notice a learner sees about the link is in presets.ts. */
import { frenchArea } from '../frenchSpacing.ts';

export const classLink = frenchArea({
  intro: 'Préparez un seul lien pour toute la classe : commerce ou mission, graine, langue, mode, outils verrouillés ou cachés, affichage. Les élèves l’ouvrent et retrouvent ces réglages.',
  /** the shop menu's label and name: the Missions page also has the mission path's « Commerce » */
  shopName: 'Commerce du lien de classe',
  anyShop: 'Au choix de l’élève',
  /** the shop menu's note: no shop saved in the editor of this browser yet, or some (listed in their own group) */
  shopShippedOnly:
    'Les commerces que vous créez dans l’éditeur de scénario figurent aussi ici, une fois enregistrés dans ce navigateur (« Enregistrer ») : leur lien de classe les emporte avec lui.',
  shopSavedToo:
    'Les commerces fournis avec l’application, et ceux que vous avez enregistrés dans l’éditeur de ce navigateur : le lien de classe d’un commerce de l’éditeur le contient tout entier, les élèves n’ont rien d’autre à ouvrir.',
  shippedShops: 'Commerces fournis avec l’application',
  savedShops: 'Mes commerces (enregistrés dans ce navigateur)',
  savedShopName: '{{name}} (enregistré sous « {{saved}} »)',
  /** under the form, a shipped shop's link too long for a QR code (a long address): why the QR button is disabled */
  tooLongForQr: 'Ce lien est trop long pour un code QR : envoyez-le par copier-coller (ENT, messagerie).',
  /** under the form, for a shop saved in the editor: its link carries it */
  saved: {
    making: 'Préparation du lien…',
    carried:
      'Ce lien contient tout le commerce « {{name}} » : {{chars}} caractères. Envoyez-le par copier-coller (ENT, messagerie) ; un SMS et certains outils coupent les liens aussi longs. Si vous modifiez ce commerce, refaites le lien et envoyez-le de nouveau : une partie déjà commencée garde l’ancienne version.',
    noQr: 'Il est trop long pour un code QR.',
    tooBig: 'Ce commerce est trop volumineux pour tenir dans un lien : exportez-le depuis l’éditeur et partagez le fichier.',
    failed: 'Ce navigateur ne peut pas préparer le lien de ce commerce : essayez avec un navigateur à jour.',
  },
  mission: 'Mission',
  noMission: 'Aucune (partie libre)',
  /** under the Mission menu for a shop saved in the editor (QA qa31lesson m2) */
  missionsShippedOnly: 'Les missions se jouent sur les commerces fournis avec l’application : ce commerce se joue en partie libre.',
  seed: 'Graine',
  seedHelp: 'vide = graine du scénario',
  seedOtherThanDefault:
    'Les objectifs de ce commerce sont réglés sur sa graine par défaut ({{seed}}). Avec une autre graine, chaque objectif chiffré (marge, chiffre d’affaires, clients actifs, recrues, budget) est ajusté au début de la partie de ce que cette graine donne sans aucune action : un plan doit y battre « ne rien faire » du même écart qu’à la graine {{seed}}, et le tableau de bord dit de combien la cible a bougé. La satisfaction mesurée et les taux ne sont pas ajustés. Pour comparer les élèves, gardez une seule graine pour toute la classe.',
  seedOtherThanDefaults:
    'Les objectifs de chaque commerce sont réglés sur sa propre graine par défaut. Avec une autre graine, chaque objectif chiffré (marge, chiffre d’affaires, clients actifs, recrues, budget) est ajusté au début de la partie de ce que cette graine donne sans aucune action : un plan doit y battre « ne rien faire » du même écart qu’à la graine du commerce, et le tableau de bord dit de combien la cible a bougé. La satisfaction mesurée et les taux ne sont pas ajustés. Pour comparer les élèves, gardez une seule graine pour toute la classe.',
  lang: 'Langue',
  langDefault: 'Celle de l’élève',
  langName: { fr: 'Français', en: 'English' },
  mode: 'Mode',
  tools: 'Outils',
  toolState: { open: 'disponible', lock: 'verrouillé', hide: 'caché' },
  toolLegend: 'Outil « {{tool}} »',
  display: 'Affichage',
  displayName: { standard: 'Standard', projector: 'Vidéoprojecteur (grand texte, contraste fort)', contrast: 'Contraste élevé' },
  motion: 'Animations réduites',
  link: 'Lien de la classe',
  copy: 'Copier le lien pour ma classe',
  copied: 'Lien copié dans le presse-papiers.',
  copyFailed: 'Copie impossible : sélectionnez le lien et copiez-le à la main.',
  qrShow: 'Afficher en grand avec un code QR',
  qrTitle: 'Lien de la classe',
  qrHelp: 'Scannez ce code avec l’appareil photo de la tablette ou du téléphone, ou tapez le lien ci-dessous.',
  qrLabel: 'Code QR du lien de la classe',
  qrTooLong: 'Ce lien est trop long pour un code QR : copiez-le et partagez-le autrement (ENT, messagerie).',
  qrLocal: 'Attention : cette adresse ne s’ouvre que sur cet ordinateur (fichier local ou serveur local). Pour les tablettes des élèves, publiez Fidélis sur l’ENT ou un serveur de l’établissement et préparez le lien depuis cette adresse.',
  qrClose: 'Fermer',
} as const);
