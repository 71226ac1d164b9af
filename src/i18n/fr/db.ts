/**
 * Messages of the database layer (src/db): one key per DbError code (`t('db.' + error.code, error.params)`),
 * plus the column headers of the CSV exports.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const db = frenchArea({
  unavailable:
    'Le stockage du navigateur est indisponible (navigation privée ou stockage désactivé). La partie se joue en mémoire : vos données ne seront pas conservées après la fermeture de l’onglet. Pensez à exporter la partie.',
  inMemory: 'Mode sans sauvegarde : vos données ne seront pas conservées après la fermeture de l’onglet.',
  versionChange:
    'Fidélis a été mis à jour ou ouvert dans une version plus récente dans un autre onglet. Rechargez la page pour continuer : votre travail enregistré est conservé.',
  blocked:
    'Un autre onglet de Fidélis empêche la mise à jour de la base de données. Fermez les autres onglets de Fidélis : l’ouverture reprendra d’elle-même.',
  terminated:
    'Le navigateur a fermé la base de données (données du site effacées, ou incident du navigateur) : plus rien ne peut être enregistré dans cet onglet. Rechargez la page : la partie reprendra à la dernière période enregistrée, sauf si les données du site ont été effacées ; elle n’est alors plus sur l’Accueil, et seul un fichier exporté plus tôt (bouton « Exporter ») permet de la retrouver.',
  recalculated:
    'Cette partie a été enregistrée avec une version précédente du modèle de simulation : ses chiffres ont été recalculés avec la version actuelle (mêmes décisions, même graine) et peuvent différer de ceux que vous aviez vus. L’historique enregistré (fiches clients, exports) est mis à jour avec ces chiffres.',
  recalculatedNotSaved:
    'Les chiffres recalculés n’ont pas pu être enregistrés : l’historique enregistré de la partie (fiches clients, exports) reste celui de la version précédente. Fidélis réessaiera avant de jouer la prochaine période, qui ne sera pas jouée tant que cet enregistrement échoue.',
  runLocked:
    'Cette partie est ouverte dans un autre onglet : ici, elle est seulement affichée, à jour de ce que l’autre onglet enregistre (ni décision ni avancée ici, rien ne serait enregistré). Continuez-la dans l’autre onglet, ou fermez-le et reprenez ici.',
  takeOverHere: 'Reprendre ici',
  stillOpenElsewhere:
    'La partie est encore ouverte dans un autre onglet : elle ne peut pas être reprise ici tant qu’elle y est ouverte. Fermez cet onglet (ou ouvrez-y une autre partie), puis cliquez à nouveau sur « Reprendre ici ».',
  otherTabSaved: {
    week: 'L’autre onglet a avancé : semaine {{n}} (ici, encore la semaine {{here}} : mise à jour en cours).',
    month: 'L’autre onglet a avancé : mois {{n}} (ici, encore le mois {{here}} : mise à jour en cours).',
  },
  advanceInterrupted: {
    week: 'Reprise à la semaine {{n}} : l’avance de plusieurs semaines a été interrompue (page rechargée ou fermée, ou autre partie ouverte), les semaines suivantes n’ont pas été jouées (semaines prévues non jouées : {{missing}}).',
    month: 'Reprise au mois {{n}} : l’avance de plusieurs mois a été interrompue (page rechargée ou fermée, ou autre partie ouverte), les mois suivants n’ont pas été joués (mois prévus non joués : {{missing}}).',
  },
  /** « Aller jusqu’à la fin » stopped, where it stopped not kept for a reload (localStorage full, RunStore.markStopped) */
  stopNoteNotKept:
    'Le stockage du navigateur est plein : la note « arrêté après… » de l’en-tête ne sera plus affichée après un rechargement. La partie, elle, est enregistrée : rien n’est perdu.',
  otherTabClosed: 'L’autre onglet a quitté cette partie : vous pouvez la reprendre ici, à sa dernière période enregistrée.',
  readOnly: 'Partie ouverte en lecture seule (elle est utilisée dans un autre onglet) : rien n’a été modifié.',
  runOpenElsewhere:
    'Cette partie est ouverte dans un autre onglet : elle ne peut pas être supprimée tant qu’elle y est ouverte. Fermez cet onglet, puis recommencez.',
  /** a what-if branch not made for a full disk (QA qa30robust M2: the period's text said « avancez à nouveau ») */
  quotaBranch:
    'L’espace de stockage du navigateur est plein : la branche « Et si… ? » n’a pas été créée, et la partie en cours n’a pas changé (rien n’a été perdu). Exportez puis supprimez d’anciennes parties, ou libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille), puis recommencez.',
  quotaExceeded:
    'L’espace de stockage du navigateur est plein : la dernière période n’a pas été enregistrée et la partie reste à la dernière période complète. Exportez puis supprimez d’anciennes parties pour libérer de la place ; si c’est votre seule partie, libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille) ou demandez de l’aide à l’enseignant, puis avancez à nouveau.',
  recordInvalidOne:
    '{{count}} enregistrement abîmé a été ignoré ({{store}}). Le reste de la partie est utilisable ; en cas de doute, vérifiez-la en la recalculant.',
  recordInvalidOther:
    '{{count}} enregistrements abîmés ont été ignorés ({{store}}). Le reste de la partie est utilisable ; en cas de doute, vérifiez-la en la recalculant.',
  runChanged: 'La liste des parties a changé dans un autre onglet (une branche créée ou supprimée) : rien n’a été supprimé. Vérifiez la liste à jour, puis recommencez.',
  runNotFound: 'Partie introuvable : elle a peut-être été supprimée dans un autre onglet.',
  tickOutOfOrder:
    'La période {{tick}} ne suit pas la dernière période enregistrée ({{expected}}) : la partie a sans doute avancé dans un autre onglet. Rechargez la partie.',
  writeFailed: 'L’enregistrement a échoué, rien n’a été modifié. Détail : {{detail}}',
  readFailed: 'La lecture de la base de données a échoué. Détail : {{detail}}',
  importNotText:
    'Ce fichier n’est pas une partie Fidélis exportée : c’est une image ou un fichier binaire. Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.',
  importTable:
    'Ce n’est pas un fichier de partie Fidélis : on dirait un tableau (CSV). Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.',
  /**
   * what to do too (QA qa22 F6): a run file, as exported, is always readable JSON. An export is one line: its « ligne 1,
   * colonne 2472 » says nothing, the line and column only of a file of several lines (importNotJsonAt), as validate.ts's reader
   */
  importNotJson:
    'Ce fichier n’est pas un fichier JSON lisible : {{reason}}. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  importNotJsonAt:
    'Ce fichier n’est pas un fichier JSON lisible (ligne {{line}}, colonne {{column}}) : {{reason}}. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  /** where it stops is its end: no line nor column */
  importTruncated:
    'Ce fichier de partie est incomplet : il s’arrête avant la fin, copie interrompue ou fichier abîmé. Exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  importTooLarge: 'Fichier trop volumineux ou trop de données : {{detail}} (limite : {{limit}}).',
  importForbiddenKey: 'Fichier refusé : il contient une clé interdite (« {{key}} »).',
  /** what to do, not the format's internal name (« fidelis-run » told a learner nothing, QA qa25robust m9) */
  importWrongFormat: 'Ce fichier n’est pas une partie Fidélis exportée. Choisissez le fichier .json créé par le bouton « Exporter » de l’Accueil.',
  importResultFile:
    'Ce fichier est un fichier de résultat : il se remet à l’enseignant, qui l’ouvre dans la vue classe. Pour reprendre une partie sur un autre ordinateur, importez le fichier de partie créé par le bouton « Exporter » de l’Accueil.',
  importScenarioFile:
    'Ce fichier est un scénario (un commerce), pas une partie : ouvrez-le dans l’Éditeur de scénario (« Importer un fichier JSON »), puis enregistrez-le : il figurera sur l’accueil, prêt à jouer.',
  importUnsupportedVersion:
    'Ce fichier vient d’une version de Fidélis non prise en charge (version {{version}}, attendue : {{expected}}) : mettez l’application à jour.',
  importInvalid: 'Fichier de partie invalide : {{reason}}. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  // the file's schema refused it with no problem to name (importRun.ts parseRunFile)
  importInvalidContent:
    'Fichier de partie invalide : son contenu n’est pas celui d’une partie exportée par Fidélis. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  importDuplicateCustomer: 'Fichier de partie invalide : le client n° {{number}} y figure deux fois. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  importKpisAhead: 'Fichier de partie invalide : il contient des indicateurs de périodes pas encore jouées. Il a sans doute été modifié ou abîmé : exportez de nouveau la partie depuis l’ordinateur et le navigateur où elle a été jouée.',
  importTampered:
    'Import refusé, ce fichier a été modifié : ses chiffres (dès la période {{period}}) ne correspondent pas au rejeu de son scénario, de sa graine et de ses décisions par le même modèle. Rien n’a été importé.',
  importMismatch:
    'Import refusé, ce fichier a été modifié : son scénario n’est pas celui de la partie enregistrée avec lui (identifiant ou base de clients). Rien n’a été importé.',
  importChecking: 'Vérification du fichier : rejeu de la partie, période {{tick}} sur {{total}}…',
  importOtherModel:
    'La partie « {{name}} » vient d’une autre version de Fidélis (ou son fichier ne dit pas laquelle) : ses chiffres n’ont pas pu être vérifiés. Ils seront recalculés avec la version actuelle quand vous la reprendrez (mêmes décisions, même graine) et peuvent différer de ceux du fichier.',
  importedAsCopy: 'Cette partie était déjà dans ce navigateur : le fichier est importé comme une copie, « {{name}} ».',
  quotaImport:
    'Impossible d’importer : l’espace de stockage du navigateur est plein. Supprimez une ancienne partie (exportée d’abord si besoin) ou, si vous n’en avez pas, libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille) ou demandez de l’aide à l’enseignant, puis recommencez.',
  quotaNewGame:
    'Impossible de commencer la partie : l’espace de stockage du navigateur est plein. Supprimez une ancienne partie (exportée d’abord si besoin) ou, si vous n’en avez pas, libérez de la place sur l’ordinateur (fichiers téléchargés, corbeille) ou demandez de l’aide à l’enseignant, puis recommencez.',
  quotaDecision:
    'Votre décision n’a pas pu être enregistrée : l’espace de stockage du navigateur est plein. La liste des décisions en attente ne montre que ce qui est enregistré. Supprimez une ancienne partie (exportée d’abord si besoin) ou libérez de la place sur l’ordinateur, puis recommencez.',
  /** « Retirer » or « Annuler » not saved (app/session.svelte.ts): the decision stays as saved */
  quotaRemoval:
    'Le retrait n’a pas pu être enregistré : l’espace de stockage du navigateur est plein. Rien n’est perdu : la décision reste prévue, telle qu’enregistrée. Supprimez une ancienne partie (exportée d’abord si besoin) ou libérez de la place sur l’ordinateur, puis recommencez.',
  importConflict:
    'Une partie « {{name}} » existe déjà avec le même identifiant. Remplacez-la, ou importez le fichier comme une copie.',
  verifyMismatch:
    'La partie recalculée (scénario, graine et décisions) ne donne pas l’état enregistré (empreinte attendue {{expected}}, obtenue {{actual}}).',
  csv: {
    id: 'N° client',
    firstName: 'Prénom',
    lastName: 'Nom',
    age: 'Âge',
    town: 'Ville',
    channel: 'Canal préféré',
    motive: 'Besoin-type (SONCAS)',
    firstPurchase: 'Premier achat',
    lastPurchase: 'Dernier achat',
    purchasesTotal: 'Nombre d’achats',
    spendTotal: 'Montant total (€)',
    loyaltyCard: 'Carte de fidélité',
    clubMember: 'Membre du club',
    stage: 'Cycle de vie',
    ladder: 'Échelle de fidélité',
    r: 'R',
    f: 'F',
    m: 'M',
    segment: 'Segment RFM',
    rfSegment: 'Segment R x F',
    measuredSatisfaction: 'Dernière satisfaction déclarée',
    dataKnown: 'Données connues',
    consent: 'Consentement',
    referred: 'Parrainé',
    departureCause: 'Cause du départ',
    date: 'Date',
    period: 'Période',
    customer: 'N° client',
    amount: 'Montant (€)',
    productType: 'Type de produit',
    purchaseChannel: 'Canal',
    yes: 'oui',
    no: 'non',
  },
} as const);
