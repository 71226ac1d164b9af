/** The teacher's class link builder (mission screen): the form, the copy button and the QR code. The notice a learner sees about the link is in presets.ts. */
import { frenchArea } from '../frenchSpacing.ts';

export const classLink = frenchArea({
  intro: 'Préparez un seul lien pour toute la classe : commerce ou mission, graine, langue, mode, outils verrouillés ou cachés, affichage. Les élèves l’ouvrent et retrouvent ces réglages.',
  /** the shop menu's label and name: the Missions page also has the mission path's « Commerce » */
  shopName: 'Commerce du lien de classe',
  anyShop: 'Au choix de l’élève',
  shopShippedOnly:
    'Seuls les commerces fournis avec l’application figurent ici : ceux que vous créez dans l’éditeur restent dans votre navigateur, et ceux des élèves ne les ont pas. Pour faire jouer un commerce de l’éditeur, envoyez son lien de partage (Éditeur de scénario, « Créer un lien de partage »).',
  mission: 'Mission',
  noMission: 'Aucune (partie libre)',
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
