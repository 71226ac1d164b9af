/**
 * French texts of the scenario editor (src/ui/editor) and of scenario links (src/scenario/link.ts).
 * Field names come from `scenario.fields` (shared with file checking), so a field reads the same
 * in the editor and in an error about a file.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const editor = frenchArea({
  title: 'Éditeur de scénario',
  intro:
    'Préparez un scénario pour votre classe : partez d’un scénario fourni, modifiez-le, vérifiez l’aperçu de la clientèle, puis enregistrez-le, exportez-le en fichier JSON ou partagez-le par un lien.',
  startFrom: 'Partir du scénario',
  startFromShipped: 'Scénarios fournis',
  startFromMine: 'Mes scénarios',
  /** « Partir du scénario » : a shop with no template's competitor, event, product type nor objective (blankShop.ts) */
  startBlank: 'Commerce vide, à remplir',
  blank: {
    name: 'Mon commerce',
    description: 'À décrire : le commerce, sa clientèle, l’enjeu de fidélisation.',
    sector: 'à préciser',
    product: 'Produits',
  },
  load: 'Charger',
  importFile: 'Importer un fichier JSON',
  exportFile: 'Exporter en fichier JSON',
  copyLink: 'Créer un lien de partage',
  linkReady: 'Lien de partage (copiez-le) :',
  linkCopied: 'Lien copié dans le presse-papiers.',
  linkReplaces:
    'Attention : ce scénario garde l’identifiant de « {{name}} ». Chez l’élève qui ouvre le lien, il prendra la place de ce commerce sur la page d’accueil ; donnez-lui un identifiant à lui pour qu’il s’ajoute aux commerces fournis.',
  linkTooLong: 'Ce scénario est trop volumineux pour un lien : exportez-le plutôt en fichier.',
  save: 'Enregistrer dans le navigateur',
  saved: 'Commerce « {{name}} » enregistré dans ce navigateur : il figure sur la page d’accueil, parmi les commerces, et peut être joué.',
  savedDraftOne: 'Brouillon « {{name}} » enregistré, {{count}} erreur à corriger avant de jouer.',
  savedDraftOther: 'Brouillon « {{name}} » enregistré, {{count}} erreurs à corriger avant de jouer.',
  savedToPlay: 'Brouillon « {{name}} » enregistré. Le scénario est valide ; changez ce qui est listé sous « À changer avant de jouer ce commerce » pour pouvoir le jouer.',
  idShipped: 'l’identifiant « {{id}} » est celui d’un commerce fourni : choisissez-en un autre, pour que votre commerce ait sa propre carte sur la page d’accueil',
  /** {{field}}, {{section}}: where the shop's name is written; {{saveAs}}: the other name field, which does not change it (QA qa13 E1) */
  nameTaken:
    'le nom « {{name}} » est déjà celui d’un commerce de la page d’accueil : donnez-en un autre dans « {{field}} » ({{section}}), pour que les élèves ne confondent pas les deux cartes ; « {{saveAs}} » ne change pas ce nom',
  /** {{other}}: the other shop's name in the language shown; only when the French names alone are alike (the interface in English) */
  nameTakenFrench:
    'le nom français « {{name}} » est déjà celui d’un commerce de la page d’accueil (« {{other}} » en anglais) : donnez-en un autre dans « {{field}} » ({{section}}), pour que les élèves qui jouent en français ne confondent pas les deux cartes ; « {{saveAs}} » ne change pas ce nom',
  play: 'Jouer ce commerce',
  playHint: 'Enregistrez le commerce sans erreur pour pouvoir le jouer : il figurera aussi sur la page d’accueil.',
  valid: 'Le scénario est valide.',
  /** valid, but with problems to change before it can be played (toPlay): the top must not say only « valide » (QA qa30editor Minor 6) */
  validToPlayOne: 'Mais {{count}} point est à changer avant de jouer ce commerce (voir ci-dessous).',
  validToPlayOther: 'Mais {{count}} points sont à changer avant de jouer ce commerce (voir ci-dessous).',
  invalidCannotExport: 'Corrigez les erreurs avant d’exporter ou de partager le scénario.',
  /** offered when the browser's storage is gone or refuses (site data cleared, full): the draft as a file, valid or not */
  exportNow: 'Exporter le scénario maintenant',
  /** beside « Exporter le scénario maintenant » while the database is closed (its notice may have been dismissed) */
  databaseClosed: 'Le navigateur a fermé la base de données de cet onglet : exportez le scénario avant de recharger la page.',
  exportedWithErrors: 'Le scénario est exporté tel quel, avec ses erreurs : « {{button}} » le rouvrira ici pour les corriger.',
  exportedValid: 'Scénario exporté : {{file}}.',
  errorSummaryOne: '{{count}} erreur à corriger :',
  errorSummaryOther: '{{count}} erreurs à corriger :',
  /** the summary's status line, said when the count changes (ErrorSummary.svelte) */
  errorCountOne: '{{count}} erreur à corriger',
  errorCountOther: '{{count}} erreurs à corriger',
  noErrorLeft: 'Aucune erreur à corriger.',
  toPlay: 'À changer avant de jouer ce commerce :',
  errorLine: '{{field}} : {{message}}',
  warnings: 'Remarques :',
  /** warnings of a valid scenario its own figures cannot support (src/ui/editor/reachCheck.ts) */
  reach: {
    activeCustomers:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} clients actifs, alors que les {{initial}} clients du départ (anciens clients déjà perdus ou dormants compris) qui restent, plus les nouveaux clients qui restent (clients de passage ; avec la moitié du budget marketing en conquête, ses recrues qui restent : la plupart des recrues d’une campagne payée repartent après leur achat suivant), font environ {{estimate}} clients au mieux. Baissez la cible ou augmentez le nombre de clients au départ.',
    cumulativeMargin:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} € de marge brute cumulée, alors que la clientèle de départ en produit environ {{estimate}} € d’ici l’échéance. Baissez la cible ou augmentez le nombre de clients au départ.',
    cumulativeNetMargin:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} € de marge nette cumulée, alors qu’une estimation grossière (la partie sans action n’a pas pu être jouée) donne au plus environ {{estimate}} € d’ici l’échéance, frais fixes déduits, avant le coût des actions ; la partie réelle donne souvent bien moins. Baissez la cible ou augmentez le nombre de clients au départ.',
    cumulativeTurnover:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} € de chiffre d’affaires cumulé, alors que la clientèle de départ en produit environ {{estimate}} € d’ici l’échéance. Baissez la cible ou augmentez le nombre de clients au départ.',
    grossMargin:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} € de marge brute par {{tick}}, alors que la clientèle de départ en produit environ {{estimate}} €. Baissez la cible ou augmentez le nombre de clients au départ.',
    turnover:
      'Objectif sans doute hors d’atteinte. La cible demande {{target}} € de chiffre d’affaires par {{tick}}, alors que la clientèle de départ en produit environ {{estimate}} €. Baissez la cible ou augmentez le nombre de clients au départ.',
    fixedCosts:
      'Les charges fixes ({{fixed}} € par {{tick}}) dépassent la marge brute que la clientèle de départ produit (environ {{estimate}} € par {{tick}}) : la marge nette sera négative quoi que fasse l’élève.',
    /** « à chaque période » on a metric that only grows (src/scenario/cumulativeMetrics.ts); {{metric}}: its name in the form's list */
    everyTickFirst:
      '« {{metric}} » ne fait que croître au fil de la partie : sa plus basse valeur est celle {{ofTick}} 1. Cocher la case revient donc à ne vérifier que {{theTick}} 1. Décochez la case pour vérifier la valeur à l’échéance.',
    everyTickLast:
      '« {{metric}} » ne fait que croître au fil de la partie : sa plus haute valeur est celle de l’échéance. Cocher la case ne change donc rien ; décochez-la.',
    /** the whole budget of the run below the cheapest programme for one period on the starting customers still there, former customers left out (reachCheck.ts budgetWarnings); {{customers}}: « 1 275 », or « environ 1 420 » (about) when estimated: programmes are targeted, so it only says the target must be small */
    budgetTooSmall: {
      week: 'Le budget de toute la partie ({{total}}) paie moins d’une semaine du programme le moins cher, {{action}} ({{cost}}), sur les clients encore là au départ : {{customers}}, sans les anciens clients déjà perdus. Les élèves devront viser très peu de clients.',
      month: 'Le budget de toute la partie ({{total}}) paie moins d’un mois du programme le moins cher, {{action}} ({{cost}}), sur les clients encore là au départ : {{customers}}, sans les anciens clients déjà perdus. Les élèves devront viser très peu de clients.',
    },
    about: 'environ {{count}}',
    englishName:
      'Le nom anglais est encore « {{en}} », celui de « {{fr}} » : les élèves qui jouent en anglais verront ce nom. Traduisez le nouveau nom.',
    /** an English text left as the template's while its French was changed (reachCheck.ts staleEnglishPaths) */
    englishDescription:
      'La description anglaise est encore celle du modèle alors que la française a changé : les élèves qui jouent en anglais la liraient. Traduisez-la, ou videz-la : ils liront alors la française.',
    englishLabel:
      'Le libellé anglais est encore celui du modèle alors que le français a changé : les élèves qui jouent en anglais liraient l’objectif du modèle. Traduisez-le, ou videz-le : ils liront alors le français.',
    /** the button that clears them all at once (an English text left empty is shown in French) */
    clearEnglish: 'Effacer les textes anglais restés du modèle',
    /** said (a status, focused) once they are cleared */
    englishCleared: 'Textes anglais effacés : les élèves anglophones liront le texte français.',
    /** a template's objective label kept while the objective measures something else (reachCheck.ts staleLabelWarnings) */
    staleLabel:
      'Le libellé « {{label}} » est celui d’un objectif du modèle ({{was}}), mais cet objectif est maintenant {{now}} : les élèves liraient un objectif qui n’est pas celui noté. Réécrivez le libellé.',
    /** an objective label that no longer fits its objective (labelCheck.ts ownLabelWarnings); {{why}}: one of the reasons below */
    ownLabel: {
      message: 'Le libellé « {{label}} » ne correspond plus à l’objectif, maintenant {{now}} : {{why}}. Les élèves liraient un objectif qui n’est pas celui noté ; réécrivez le libellé.',
      words: 'il ne parle pas de « {{metric}} »',
      comparator: 'il ne dit pas « {{comparator}} »',
      target: 'il annonce {{said}}, la cible est {{target}}',
      late: {
        week: 'il nomme « {{said}} », mais la partie finit à la semaine {{last}}',
        month: 'il nomme « {{said}} », mais la partie finit au mois {{last}}',
      },
    },
    objectiveSaid: '« {{metric}} » {{comparator}} {{target}}',
  },
  /** the objectives read on the game played with no action on the default seed (src/ui/editor/noActionCheck.ts) */
  noAction: {
    /** « vérification… » while the game with no action is played (a polite status) */
    checking: 'Vérification des objectifs sur la partie sans action…',
    /** the same status once that game is played: the check's end, with the count of remarks of the list (qa32keyboard m2) */
    checkedZero: 'Vérification terminée : aucune remarque.',
    checkedOne: 'Vérification terminée : 1 remarque, dans la liste « Remarques ».',
    checkedOther: 'Vérification terminée : {{count}} remarques, dans la liste « Remarques ».',
    customers: '{{count}} clients actifs',
    /** what the game gives for an objective ({{reading}} of the remarks below): at its deadline, or its worst period for one checked at every period */
    atDeadline: '{{value}} à l’échéance ({{when}})',
    everyTick: {
      lowest: {
        week: 'au plus bas {{value}} ({{worst}}), la cible devant tenir chaque semaine jusqu’à l’échéance ({{when}})',
        month: 'au plus bas {{value}} ({{worst}}), la cible devant tenir chaque mois jusqu’à l’échéance ({{when}})',
      },
      highest: {
        week: 'au plus haut {{value}} ({{worst}}), la cible devant tenir chaque semaine jusqu’à l’échéance ({{when}})',
        month: 'au plus haut {{value}} ({{worst}}), la cible devant tenir chaque mois jusqu’à l’échéance ({{when}})',
      },
    },
    /** by the comparator: « au moins » is made harder by raising the target, « au plus » by lowering it */
    met: {
      atLeast:
        'Déjà atteint sans rien faire. Sans aucune action, la partie (graine {{seed}}) donne {{reading}}, pour une cible de {{target}}. Les élèves auront ces points sans agir ; relevez la cible si ce n’est pas voulu.',
      atMost:
        'Déjà atteint sans rien faire. Sans aucune action, la partie (graine {{seed}}) donne {{reading}}, pour une cible de {{target}}. Les élèves auront ces points sans agir ; abaissez la cible si ce n’est pas voulu.',
    },
    above:
      'Objectif sans doute hors d’atteinte. Sans aucune action, la partie (graine {{seed}}) donne {{reading}}. De bonnes actions font rarement mieux qu’environ {{most}} ; {{target}} demande bien plus. Baissez la cible ou augmentez le nombre de clients au départ.',
    formerCustomers:
      'Les {{initial}} clients du départ comptent aussi les anciens clients que l’historique a déjà perdus ou endormis : sans aucune action, la partie (graine {{seed}}) compte {{start}} à la fin {{ofTick}} 1 et {{reading}}. {{target}} demande donc aux élèves de gagner des clients, pas seulement de les garder.',
    fixedCosts:
      'Les charges fixes ({{fixed}} par {{tick}}) dépassent la marge brute de la partie sans action (graine {{seed}} : {{gross}} par {{tick}} en moyenne), même avec ce que de bonnes actions y ajoutent : la marge nette sera négative quoi que fassent les élèves.',
  },
  /** what a value means, following the event's kind, the objective's metric or the time unit (QA qa27 M1 to M3) */
  meaning: {
    /** an event's intensity by its kind (src/engine/context.ts shopConditions, step.ts price level; scenarios/README « Événements du magasin ») */
    intensity: {
      saisonHaute: 'multiplicateur des achats, au-dessus de 1 : 1,4 = 40 % d’achats en plus',
      saisonBasse: 'multiplicateur des achats, sous 1 : 0,7 = 30 % d’achats en moins',
      vagueIncidents: 'multiplicateur du taux d’incidents : 2 = deux fois plus d’incidents',
      hausseDesPrix: 'hausse des prix définitive dès son début (la durée ne compte pas), les prix sont multipliés par 1 + l’intensité : 0,07 = +7 %',
      travaux: 'gravité entre 0 et 1 : moins d’achats et performance perçue en baisse ; 0,5 = travaux de voirie devant la boutique',
    },
    /** remarks on an intensity that contradicts its kind (reachCheck.ts intensityWarnings) */
    intensityRemark: {
      saisonHauteLow: 'une haute saison multiplie les achats : {{value}} les fait baisser de {{percent}}. Pour 40 % d’achats en plus, écrivez 1,4.',
      saisonHauteHigh: 'une haute saison de {{value}} multiplie les achats par {{value}}. Pour 40 % d’achats en plus, écrivez 1,4.',
      saisonBasseHigh: 'une basse saison multiplie les achats : {{value}} ne les fait pas baisser. Pour 30 % d’achats en moins, écrivez 0,7.',
      vagueIncidentsLow: 'une vague d’incidents multiplie le taux d’incidents : {{value}} ne l’augmente pas. Pour deux fois plus d’incidents, écrivez 2.',
      hausseDesPrixHigh: 'une hausse des prix de {{value}} multiplie les prix par {{factor}} (+{{percent}}). Pour +7 %, écrivez 0,07.',
      travauxHigh: 'la gravité des travaux va de 0 à 1 : {{value}} est au-delà du plus grave.',
    },
    /** an event's period shown as the game numbers it (« Semaine 1 / 26 »): the file's `tick` + 1 */
    tick: {
      week: {
        label: 'semaine',
        hint: 'semaine du jeu où l’événement commence : 1 = la première, {{last}} = la dernière (comme « Semaine 1 / {{last}} » pendant la partie)',
        line: 'semaine {{n}}',
        duration: 'durée de l’événement (en semaines)',
        before: 'la première semaine est la semaine 1 (reçu : {{received}})',
        after: 'l’événement tombe après la fin : la dernière semaine est la semaine {{last}} (reçu : {{received}})',
        survey: 'Ne compte qu’avec un questionnaire fait entre la semaine {{from}} et la semaine {{to}} : dites-le dans le libellé.',
        period: 'la dernière semaine',
      },
      month: {
        label: 'mois',
        hint: 'mois du jeu où l’événement commence : 1 = le premier, {{last}} = le dernier (comme « Mois 1 / {{last}} » pendant la partie)',
        line: 'mois {{n}}',
        duration: 'durée de l’événement (en mois)',
        before: 'le premier mois est le mois 1 (reçu : {{received}})',
        after: 'l’événement tombe après la fin : le dernier mois est le mois {{last}} (reçu : {{received}})',
        survey: 'Ne compte qu’avec un questionnaire fait entre le mois {{from}} et le mois {{to}} : dites-le dans le libellé.',
        period: 'le dernier mois',
      },
      integer: 'doit être un nombre entier (reçu : {{received}})',
    },
    /** « Valeur à atteindre » by the objective's metric (src/engine/objectives.ts valueAtLast) */
    target: {
      rate: 'taux sur {{period}} avant l’échéance, pas sur toute la partie : entre 0 et 1 (0,99 pour 99 %)',
      activeCustomers: 'nombre de clients actifs à l’échéance',
      perPeriodMoney: 'en €, sur {{period}} avant l’échéance',
      cumulativeMoney: 'en €, cumulé depuis le début jusqu’à l’échéance',
      budgetLeft: 'en €, le budget restant à l’échéance',
      measuredSatisfaction: 'moyenne du dernier questionnaire, entre 0 et 1 (0,7 pour 70 %).',
      segmentShare: 'part du segment parmi les clients notés, entre 0 et 1 (0,2 pour 20 %)',
      segmentRetention: 'taille du segment à l’échéance ÷ sa taille à la fin {{ofTick}} 1 (1 = autant qu’au départ)',
      acquisitions: 'nombre de clients recrutés depuis le début',
      /** the same for an objective checked « à chaque période » (everyTick): read at every period up to the deadline, not at the deadline; {{unit}}: semaine, mois */
      everyTick: {
        rate: 'taux sur chaque {{unit}} jusqu’à l’échéance, la cible devant tenir chaque fois, pas sur toute la partie : entre 0 et 1 (0,99 pour 99 %)',
        activeCustomers: 'nombre de clients actifs chaque {{unit}} jusqu’à l’échéance',
        perPeriodMoney: 'en €, sur chaque {{unit}} jusqu’à l’échéance',
        cumulativeMoney: 'en €, cumulé depuis le début, chaque {{unit}} jusqu’à l’échéance',
        budgetLeft: 'en €, le budget restant chaque {{unit}} jusqu’à l’échéance',
        segmentRetention: 'taille du segment chaque {{unit}} jusqu’à l’échéance ÷ sa taille à la fin {{ofTick}} 1 (1 = autant qu’au départ)',
      },
    },
    /** a target a metric between 0 and 1 can never reach (to change before playing) or always reaches (a remark) */
    targetNever: '« {{metric}} » reste entre 0 et 1 : {{target}} ne peut jamais être atteint.',
    targetNeverPercent: '« {{metric}} » reste entre 0 et 1 : {{target}} ne peut jamais être atteint. Pour {{target}} %, écrivez {{suggest}}.',
    targetAlways: '« {{metric}} » reste entre 0 et 1 : « au plus {{target}} » est toujours vrai.',
    targetAlwaysPercent: '« {{metric}} » reste entre 0 et 1 : « au plus {{target}} » est toujours vrai. Pour {{target}} %, écrivez {{suggest}}.',
    /** « à chaque période » on measuredSatisfaction (objectives.ts: no questionnaire in the window at the first periods = not measured) */
    everyTickSurvey:
      '« Satisfaction mesurée » n’est mesurée qu’avec un questionnaire fait dans le dernier quart de la partie avant l’échéance (au moins 4 {{ticks}}) : avant, elle n’est pas mesurée : case cochée, l’objectif ne peut donc jamais être atteint. Décochez la case.',
  },
  required: '(obligatoire)',
  optional: '(facultatif)',
  add: 'Ajouter',
  addProductType: 'Ajouter un type de produit',
  addCompetitor: 'Ajouter un concurrent',
  addCompetitorEvent: 'Ajouter une action de {{item}}',
  addEvent: 'Ajouter un événement',
  addObjective: 'Ajouter un objectif',
  newProductType: 'Nouveau produit',
  newCompetitor: 'Nouveau concurrent',
  /** the new objective's label, with its figure and its period (newItems.ts newObjective; QA qa27 M2) */
  newObjective: 'Taux de rétention d’au moins 99 % à l’échéance',
  remove: 'Supprimer',
  removeItem: 'Supprimer {{item}}',
  /** a product type, competitor or objective just deleted, until the next change (src/ui/editor/ListUndo.svelte, QA qa27editor M4) */
  removed: {
    plain: 'Supprimé : {{item}}. « Annuler la suppression » le remet, tant que vous ne modifiez rien d’autre.',
    named: 'Supprimé : {{item}} (« {{name}} »). « Annuler la suppression » le remet, tant que vous ne modifiez rien d’autre.',
    undo: 'Annuler la suppression',
  },
  datePlaceholder: 'JJ/MM/AAAA',
  /** the dated events (the shop's, a competitor's moves), one line each, one open at a time (src/ui/editor/EventList.svelte) */
  events: {
    line: '{{item}} · {{when}} · {{kind}} · intensité {{intensity}}',
    lineLabel: '{{line}} · « {{label}} »',
    missing: '?',
    problemsOne: '{{line}} — {{count}} erreur',
    problemsOther: '{{line}} — {{count}} erreurs',
    close: 'Fermer {{item}}',
  },
  /** « Retirer les événements après la fin », offered once the duration is shortened (src/ui/editor/PastEndAction.svelte, QA qa13 E2) */
  pastEnd: {
    eventsOne: 'l’événement après la fin',
    eventsOther: 'les {{count}} événements après la fin',
    deadlinesOne: 'l’échéance dépassée',
    deadlinesOther: 'les {{count}} échéances dépassées',
    removeEvents: 'Retirer {{events}}',
    moveDeadlines: 'Ramener {{deadlines}} à la fin du scénario',
    both: 'Retirer {{events}} et ramener {{deadlines}} à la fin du scénario',
    removedOne: '{{count}} événement retiré : il tombait après la fin ({{duration}} {{ticks}}).',
    removedOther: '{{count}} événements retirés : ils tombaient après la fin ({{duration}} {{ticks}}).',
    movedOne: '{{count}} échéance ramenée à la fin du scénario.',
    movedOther: '{{count}} échéances ramenées à la fin du scénario.',
    undoHint: 'Rallonger la durée ne les fait pas revenir : « Annuler le retrait » remet le scénario comme avant, tant que vous ne modifiez rien d’autre.',
    shopEvent: 'événement du magasin, {{when}} : {{kind}}',
    competitorEvent: '{{competitor}}, {{when}} : {{kind}}',
    deadline: 'objectif « {{objective}} » : échéance {{tick}}, désormais la fin du scénario',
    undo: 'Annuler le retrait',
  },
  none: '(aucun)',
  draft: {
    restored: 'Brouillon restauré : les modifications non enregistrées de votre dernier passage dans l’éditeur ont été retrouvées.',
    discard: 'Repartir du scénario d’origine',
    /** the origin by its name: a shipped or imported shop, or one saved in this browser */
    discardTo: 'Repartir de « {{name}} »',
    discardSaved: 'Repartir de « {{name}} » enregistré',
    discarded: 'Brouillon abandonné : le scénario d’origine est rechargé.',
    otherTab:
      'L’éditeur est déjà ouvert dans un autre onglet, qui garde votre brouillon. Ce que vous modifiez ici n’est pas gardé : enregistrez-le dans le navigateur ou exportez-le avant de fermer cet onglet, ou continuez dans l’autre onglet.',
    tookOver: 'L’autre onglet a fermé l’éditeur : vous pouvez reprendre le brouillon ici.',
    tookOverKept: 'L’autre onglet a fermé l’éditeur : les modifications faites ici sont désormais gardées dans ce navigateur.',
    tookOverShown: 'L’autre onglet a fermé l’éditeur : le scénario affiché ici reste à l’écran, et ce que vous y modifiez est désormais gardé dans ce navigateur.',
    tookOverBlocked:
      'L’autre onglet a fermé l’éditeur, mais un brouillon est déjà mis de côté dans ce navigateur : pour ne rien perdre, ce que vous modifiez ici n’est pas gardé. Enregistrez-le dans le navigateur ou exportez-le ; en rechargeant la page, vous retrouverez le brouillon de l’autre onglet.',
  },
  aside: {
    kept: 'Brouillon mis de côté : « {{name}} », en cours quand un lien de partage a été ouvert, est gardé dans ce navigateur.',
    keptFromTab: 'Brouillon de l’autre onglet mis de côté : « {{name}} » est gardé dans ce navigateur.',
    resume: 'Reprendre mon brouillon',
    forget: 'Oublier ce brouillon',
    forgetTitle: 'Oublier le brouillon mis de côté ?',
    forgetMessage: 'Le brouillon « {{name}} » sera supprimé de ce navigateur. Le scénario affiché n’est pas modifié.',
    forgetConfirm: 'Oublier le brouillon',
  },
  confirm: {
    replaceTitle: 'Remplacer le scénario en cours ?',
    replaceMessage: 'Les modifications non enregistrées du scénario en cours seront perdues.',
    replace: 'Remplacer',
    overwriteTitle: 'Écraser le scénario enregistré ?',
    overwriteMessage: 'Un scénario nommé « {{name}} » existe déjà dans ce navigateur. Il sera remplacé.',
    overwrite: 'Écraser',
    deleteTitle: 'Supprimer ce scénario ?',
    deleteMessage: 'Le scénario « {{name}} » sera supprimé de ce navigateur.',
    delete: 'Supprimer',
    cancel: 'Annuler',
  },
  import: {
    loaded: 'Scénario importé depuis le fichier {{file}}.',
    /** a scenario with mistakes, opened in the form to be fixed there (QA qa19 F9); the file's problems follow, with their lines */
    openedWithErrorsOne:
      'Le fichier {{file}} est ouvert avec {{count}} erreur, marquée dans le formulaire : corrigez-la pour pouvoir jouer, exporter ou partager ce scénario.',
    openedWithErrorsOther:
      'Le fichier {{file}} est ouvert avec {{count}} erreurs, marquées dans le formulaire : corrigez-les pour pouvoir jouer, exporter ou partager ce scénario.',
    failed: 'Le fichier {{file}} n’a pas été importé ; rien n’a été modifié :',
    readFailed: 'Impossible de lire le fichier {{file}}.',
    notText:
      'Le fichier {{file}} n’a pas été importé ; rien n’a été modifié. Ce fichier n’est pas un scénario Fidélis : c’est une image ou un fichier binaire. Choisissez le fichier .json du scénario.',
    notScenario:
      'Le fichier {{file}} n’a pas été importé ; rien n’a été modifié : ce n’est pas un scénario Fidélis (on n’y trouve pas les rubriques d’un scénario : identifiant, nom, économie du magasin, clientèle…).',
    resultFile:
      'Le fichier {{file}} n’a pas été importé ; rien n’a été modifié : c’est le fichier de résultat qu’un élève a rendu, pas un scénario. Il s’ouvre dans la vue classe, avec ceux des autres élèves.',
    openClassView: 'Ouvrir la vue classe',
    runFile:
      'Le fichier {{file}} n’a pas été importé ; rien n’a été modifié : c’est le fichier d’une partie exportée, pas un scénario. Il s’importe depuis l’Accueil (« Importer une partie ») pour continuer la partie ; le fichier rendu à l’enseignant s’ouvre dans la vue classe.',
    openHome: 'Aller à l’Accueil',
    reading: 'Lecture du fichier {{file}}…',
    checking: 'Vérification du scénario du fichier {{file}}…',
    tooLarge:
      'Le fichier {{file}} n’a pas été importé : il pèse {{size}} Mo, quand un scénario en pèse quelques Ko (au plus {{max}} Mo). Ce n’est sans doute pas un fichier de scénario (une partie exportée s’importe depuis l’accueil) ; rien n’a été modifié.',
    readAsWindows1252:
      'Ce fichier n’est pas en UTF-8 : il a été lu en Windows-1252 (l’encodage des anciens outils de Windows) pour garder ses accents. Vérifiez le nom et la description ; le scénario exporté ou enregistré d’ici sera en UTF-8.',
    fromLink: 'Scénario ouvert depuis un lien.',
    linkFailed: 'Le lien ne contient pas un scénario utilisable ; rien n’a été modifié :',
    /** after a link problem only a new link mends (the editor's reader may be a teacher: not « votre enseignant ») */
    linkAskSender: '{{reason}}. Demandez un nouveau lien à la personne qui vous l’a envoyé',
  },
  label: {
    satisfactionMean: 'Satisfaction de départ : moyenne (0 à 1)',
    satisfactionSd: 'Satisfaction de départ : écart-type',
    competitorName: 'Nom du concurrent',
  },
  section: {
    general: 'Informations générales',
    budget: 'Budget marketing',
    economics: 'Économie du magasin',
    productTypes: 'Types de produits',
    customers: 'Clientèle de départ',
    motiveMix: 'Besoins-types (SONCAS)',
    behaviour: 'Comportement d’achat',
    service: 'Qualité de service',
    competitors: 'Concurrents',
    competitorEvents: 'Actions de ce concurrent',
    events: 'Événements du magasin',
    objectives: 'Objectifs notés',
    allowed: 'Ce que l’élève peut utiliser',
    preview: 'Aperçu de la clientèle de départ',
    mine: 'Mes scénarios enregistrés',
  },
  hint: {
    /** « Nombre de clients au départ »: the generated history has already lost some of them (QA qa30editor Minor 3) */
    initialCustomers: 'Compte aussi les anciens clients que l’historique généré a déjà perdus ou endormis : la partie commence avec moins de clients actifs.',
    initialCustomersActive: 'Compte aussi les anciens clients que l’historique généré a déjà perdus ou endormis : sans aucune action, la partie (graine {{seed}}) compte {{active}} clients actifs à la fin {{ofTick}} 1.',
    startDate: 'JJ/MM/AAAA (04/01/2027) ou AAAA-MM-JJ (2027-01-04)',
    everyTick: 'La cible doit tenir après chaque {{tick}} jusqu’à l’échéance, pas seulement à l’échéance : c’est la pire valeur qui compte (la plus basse pour « au moins », la plus haute pour « au plus »).',
    id: 'minuscules, chiffres et tirets, par exemple « ma-boutique »',
    share: 'Part normalisée : {{share}}',
    motiveShare: '{{share}} des clients',
    meanBasket: 'Panier moyen attendu : {{amount}} (modèle Gamma-Gamma : p × v / (q − 1))',
    meanBasketMix: 'Panier moyen attendu avec le mélange de produits : {{amount}}',
    meanBasketUndefined: 'Panier moyen non défini : q doit être supérieur à 1.',
    purchaseRateOne: 'En moyenne {{rate}} achat par client et par {{tick}} (r / alpha).',
    purchaseRateOther: 'En moyenne {{rate}} achats par client et par {{tick}} (r / alpha).',
    dropout: 'Après chaque achat, un client part avec une probabilité moyenne de {{rate}} (a / (a + b)).',
    probability: 'entre 0 et 1 (0,55 pour 55 %)',
    /** a valid 0–1 share echoed as a percentage beside its field (Field.svelte `share`) */
    percentEcho: '= {{percent}}',
    /** the SONCAS weights are relative: the engine divides each by their total (QA qa27 minor 4) */
    motiveTotal: 'Poids relatifs, ramenés à 100 % (total saisi : {{total}})',
    formatVersion: 'Version du format de fichier : {{version}}',
    /** engine README « Concurrents »: open from the start (competitorOpen.ts); an ouverture not after a fermeture opens nothing */
    competitorEvents:
      'Un concurrent est sur le marché dès le début : il attire et peut imiter tout de suite. Une ouverture qui ne suit pas une fermeture est un nouveau magasin ou une nouvelle offre d’un concurrent déjà là : elle ajoute de l’attraction, elle n’ouvre rien. Pour un concurrent qui arrive plus tard : une fermeture dès le début de la partie, puis une ouverture (il n’imite pas les avantages lancés avant, mais il a attiré pendant l’historique avant le départ).',
    channel:
      'En ligne : les outils parlent de code à saisir à la commande et de service client, pas de caisse ni de vendeur, et aucun client ne préfère le magasin ni le courrier. Sans choix : en ligne si le secteur dit « en ligne », sinon magasin.',
  },
  option: {
    difficulty: { '1': '1 - facile', '2': '2 - moyen', '3': '3 - difficile' },
    tickUnit: { week: 'semaine', month: 'mois' },
    channel: { store: 'magasin', online: 'en ligne' },
    /** the scenario's `channel` (scenario.fields.channel names an acquisition campaign's channel) */
    channelField: 'Vente (magasin ou en ligne)',
    competitorKind: { promotion: 'Promotion', ouverture: 'Ouverture', imitation: 'Imitation', fermeture: 'Fermeture' },
    shopKind: {
      vagueIncidents: 'Vague d’incidents',
      saisonHaute: 'Haute saison',
      saisonBasse: 'Basse saison',
      hausseDesPrix: 'Hausse des prix',
      travaux: 'Travaux',
    },
    metric: {
      retentionRate: 'Taux de rétention',
      churnRate: 'Taux d’attrition',
      activeCustomers: 'Clients actifs',
      turnover: 'Chiffre d’affaires de la période',
      cumulativeTurnover: 'Chiffre d’affaires cumulé',
      grossMargin: 'Marge brute de la période',
      cumulativeMargin: 'Marge brute cumulée',
      cumulativeNetMargin: 'Marge nette cumulée (après coût des actions et frais fixes)',
      budgetLeft: 'Budget restant',
      measuredSatisfaction: 'Satisfaction mesurée',
      segmentShare: 'Part d’un segment',
      segmentRetention: 'Maintien d’un segment',
      acquisitions: 'Clients recrutés',
    },
    comparator: { '>=': 'au moins (≥)', '<=': 'au plus (≤)' },
  },
  preview: {
    run: 'Calculer l’aperçu',
    running: 'Calcul de l’aperçu…',
    needValid: 'Corrigez les erreurs pour calculer l’aperçu.',
    sample: 'Aperçu calculé sur un échantillon de {{n}} clients sur {{total}}, avec la graine {{seed}}.',
    whole: 'Aperçu calculé sur les {{n}} clients, avec la graine {{seed}}.',
    failed: 'L’aperçu a échoué : {{reason}}',
    byMotive: 'Clients par besoin-type (SONCAS)',
    byStage: 'Clients par étape du cycle de vie',
    bySegment: 'Clients par segment RFM',
    meanBasket: 'Panier moyen observé : {{amount}}',
    unscored: 'Non classé (pas d’achat récent)',
    noBasket: 'Aucun achat dans l’historique : panier moyen inconnu.',
    group: 'Groupe',
    count: 'Clients',
    share: 'Part',
  },
  /** the shops made in the editor, on the home page (src/ui/home/LocalShopCards.svelte, loaded only when there are some) */
  homeShops: {
    mark: 'Créé dans l’éditeur, enregistré dans ce navigateur',
    savedAs: 'Enregistré sous « {{name}} »',
    deleteNamed: 'Supprimer le commerce « {{name}} »',
    deleteTitle: 'Supprimer ce commerce ?',
    deleteMessage:
      'Le commerce « {{name}} », créé dans l’éditeur, sera supprimé de ce navigateur. Les parties déjà commencées restent enregistrées. Exportez-le d’abord depuis l’éditeur si vous voulez le garder.',
    deleteConfirm: 'Supprimer le commerce',
    deleted: 'Commerce « {{name}} » supprimé.',
    deleteFailed: 'Le commerce « {{name}} » n’a pas pu être supprimé : le stockage du navigateur ne répond pas.',
    broken: 'Le commerce « {{name}} » ne peut pas être lancé : il contient des erreurs. Ouvrez-le dans l’éditeur de scénario pour les corriger.',
  },
  mine: {
    empty: 'Aucun scénario enregistré dans ce navigateur.',
    open: 'Ouvrir',
    rename: 'Renommer',
    renameLabel: 'Nouveau nom de « {{name}} »',
    renameDone: 'Valider le nom',
    delete: 'Supprimer',
    openNamed: 'Ouvrir « {{name}} »',
    renameNamed: 'Renommer « {{name}} »',
    deleteNamed: 'Supprimer « {{name}} »',
    savedAt: 'enregistré le {{date}}',
    playable: 'jouable, sur la page d’accueil',
    draftOne: 'brouillon, {{count}} point à régler avant de jouer',
    draftOther: 'brouillon, {{count}} points à régler avant de jouer',
    unchecked: 'pas encore jouable : ouvrez-le et enregistrez-le à nouveau',
    nameLabel: 'Nom sous lequel enregistrer',
    storageFull: 'Le stockage du navigateur est plein : supprimez des scénarios ou exportez-les en fichiers. Rien n’a été perdu.',
    storageUnavailable: 'Le stockage du navigateur n’est pas disponible (navigation privée ?) : exportez le scénario en fichier.',
    tooBig: 'Ce scénario est trop volumineux pour être enregistré dans le navigateur : exportez-le en fichier.',
  },
  /**
   * A broken link, without whom to ask for a new one (version, notScenario, invalid): the caller says it,
   * « votre enseignant » to whoever opens the link, « la personne qui vous l’a envoyé » in the editor.
   */
  link: {
    empty: 'le lien ne contient pas de scénario : recopiez-le en entier',
    tooLong: 'le lien est trop long (plus de {{chars}} caractères) : demandez plutôt le fichier JSON',
    version: 'ce lien a été créé par une autre version de l’application ou a été modifié',
    characters: 'le lien est abîmé (caractères inattendus) : recopiez-le en entier',
    corrupted: 'le lien est abîmé ou incomplet : recopiez-le en entier',
    tooBig: 'le scénario du lien dépasse la taille permise ({{max}} Ko) : demandez plutôt le fichier JSON',
    /** a result file, a run or any text that is not a scenario (as the editor's file import says it) */
    notScenario: 'ce lien ne contient pas un scénario Fidélis',
    /** {{errors}}: the scenario's problems, each field in words, joined by `separator` */
    invalid: 'le scénario du lien n’est pas valide : {{errors}}',
    separator: ' ; ',
  },
  /** the form's labels that name a period, in the unit being edited (« Unité de temps »), over scenario.fields (fieldLabel.ts; QA qa31lesson n5) */
  unitFields: {
    week: {
      durationTicks: 'durée (en semaines)',
      budget_perTick: 'budget ajouté chaque semaine (€)',
      fixedCostsPerTick: 'charges fixes par semaine (€)',
      historyTicks: 'semaines d’historique avant le départ',
      organicAcquisitionPerTick: 'clients venus d’eux-mêmes par semaine',
      imitationDelayTicks: 'délai d’imitation (semaines)',
      byTick: 'échéance (semaine)',
      everyTick: 'chaque semaine',
    },
    month: {
      durationTicks: 'durée (en mois)',
      budget_perTick: 'budget ajouté chaque mois (€)',
      fixedCostsPerTick: 'charges fixes par mois (€)',
      historyTicks: 'mois d’historique avant le départ',
      organicAcquisitionPerTick: 'clients venus d’eux-mêmes par mois',
      imitationDelayTicks: 'délai d’imitation (mois)',
      byTick: 'échéance (mois)',
      everyTick: 'chaque mois',
    },
  },
} as const);
