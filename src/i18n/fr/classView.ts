/** French strings of the class view: importing a class's result files, verifying, comparing, exporting. */
import { frenchArea } from '../frenchSpacing.ts';

export const classView = frenchArea({
  title: 'Vue classe',
  intro:
    'Importez les fichiers de résultat de vos élèves : chaque fichier est rejoué avec son scénario, sa graine et ses décisions, puis confirmé, réfuté, ou signalé s’il vient d’une autre version du modèle de simulation (un appareil resté sur une ancienne version). Le classement se fait par points d’objectifs, puis par marge nette, avec un seul fichier par élève : son dernier rendu (une variante « Et si… ? » ou un rendu plus ancien est affiché, non classé). Des résultats égaux, parties identiques comprises, partagent un rang, et le résultat suivant prend le rang suivant (1, 2, 2, 3).',
  choose: 'Choisir des fichiers de résultat',
  drop: 'ou déposez-les ici',
  dropZone: 'Zone de dépôt des fichiers de résultat',
  tooMany: '{{count}} fichiers choisis : au plus {{max}} à la fois. Seuls les {{max}} premiers sont importés.',
  /** files imported again (same content as one of the class, whatever its name): left out */
  duplicatesOne: '{{count}} fichier déjà présent dans la classe (même contenu) n’a pas été ajouté une seconde fois : {{files}}.',
  duplicatesOther: '{{count}} fichiers déjà présents dans la classe (même contenu) n’ont pas été ajoutés une seconde fois : {{files}}.',
  /** the same content twice in one import (a file downloaded twice: « … (1).json »): kept once, the original name */
  duplicatesInImportOne: '{{count}} fichier en double dans cet envoi (même contenu qu’un autre des fichiers choisis) n’a pas été ajouté : {{files}}.',
  duplicatesInImportOther: '{{count}} fichiers en double dans cet envoi (même contenu qu’un autre des fichiers choisis) n’ont pas été ajoutés : {{files}}.',
  duplicateOf: '{{file}} (identique à {{same}})',
  /** a file just imported whose very content another class of this browser holds: kept, but said, in case the teacher picked the wrong folder (QA qa16 F7) */
  alsoInClass: '{{file}} est aussi dans la classe « {{name}} » (même contenu) : vérifiez que ce fichier est bien de cette classe.',
  progressOne: '{{count}} fichier vérifié sur {{total}}',
  progressOther: '{{count}} fichiers vérifiés sur {{total}}',
  /** nothing verified yet, the replays starting (a reload resumes there too): said with a moving bar, not a frozen « 0 fichier vérifié » */
  progressStarting: 'Vérification en cours : démarrage du rejeu, le premier fichier prend quelques secondes…',
  /** nothing verified yet, the no-action games (reference, objectives adjusted to the seed) being played: they come before the first file's outcome */
  progressReference: 'Vérification en cours : rejeu de la partie « sans action » de référence, avant le premier fichier…',
  /** {{confirmed}}, {{refuted}}, {{invalid}}: doneCount's words */
  done: 'Vérification terminée : {{confirmed}}, {{refuted}}, {{invalid}}.',
  doneCount: {
    confirmedOne: '{{count}} confirmé',
    confirmedOther: '{{count}} confirmés',
    refutedOne: '{{count}} réfuté',
    refutedOther: '{{count}} réfutés',
    invalidOne: '{{count}} invalide',
    invalidOther: '{{count}} invalides',
  },
  doneOtherModelOne: '{{count}} fichier d’une autre version du modèle : à réexporter après mise à jour (voir Détails).',
  doneOtherModelOther: '{{count}} fichiers d’une autre version du modèle : à réexporter après mise à jour (voir Détails).',
  empty: 'Aucun fichier importé pour l’instant.',
  clear: 'Effacer la classe…',
  remove: 'Retirer {{file}}',
  removeShort: 'Retirer',
  confirmClear: {
    title: 'Effacer la classe « {{name}} » ?',
    messageOne:
      'Le fichier importé et les équipes formées dans la classe « {{name}} » seront retirés de la vue classe et de ce navigateur. Vos autres classes ne sont pas touchées. Le fichier d’origine, sur votre ordinateur, n’est pas touché : vous pourrez le réimporter.',
    messageOther:
      'Les {{count}} fichiers importés et les équipes formées dans la classe « {{name}} » seront retirés de la vue classe et de ce navigateur. Vos autres classes ne sont pas touchées. Les fichiers d’origine, sur votre ordinateur, ne sont pas touchés : vous pourrez les réimporter.',
    confirm: 'Effacer la classe',
    removesName: 'La classe « {{name}} » disparaîtra aussi de la liste « Classe ».',
    keepsDefault: '« {{name}} » reste dans la liste « Classe », vide.',
    emptyMessage: 'La classe « {{name}} » ne contient aucun fichier : elle sera retirée de la liste « Classe » de ce navigateur.',
  },
  classes: {
    label: 'Classe',
    defaultName: 'Ma classe',
    newTitle: 'Nouvelle classe',
    newName: 'Nom de la nouvelle classe',
    create: 'Créer la classe',
    hint: 'Par exemple « MCO 1 » ou « NDRC 2 » : chaque classe garde ses fichiers, leurs vérifications et ses équipes. Une classe créée reste dans la liste, même vide, jusqu’à ce que vous l’effaciez.',
    loadFailed: 'La classe « {{name}} » n’a pas pu être lue : ses fichiers enregistrés ne sont pas affichés. Rechargez la page pour réessayer. Détail : {{detail}}',
    opening: 'Ouverture de la classe « {{name}} »…',
    problem: {
      empty: 'Donnez un nom à la nouvelle classe.',
      tooLong: 'Ce nom est trop long : {{max}} caractères au plus.',
      duplicate: 'La classe « {{name}} » existe déjà : choisissez-la dans la liste « Classe » ou donnez un autre nom.',
    },
  },
  keep: {
    opening: 'Recherche de la classe enregistrée dans ce navigateur…',
    kept: 'La classe est enregistrée dans ce navigateur : vous la retrouverez au prochain cours, sans tout réimporter.',
    notKept:
      'Le stockage du navigateur est indisponible (navigation privée ou stockage désactivé) : la vue classe fonctionne, mais elle ne sera pas conservée après la fermeture de l’onglet.',
    otherTab:
      'La vue classe est déjà ouverte dans un autre onglet : la classe enregistrée est affichée ici, mais ce que vous y faites ne sera pas enregistré. Fermez l’autre onglet puis rechargez cette page pour enregistrer vos changements.',
    restoredOne: '{{count}} fichier retrouvé depuis votre dernière visite.',
    restoredOther: '{{count}} fichiers retrouvés depuis votre dernière visite.',
    reverifyingOne: '{{count}} fichier n’avait pas été vérifié par cette version de Fidélis : il est vérifié à nouveau.',
    reverifyingOther:
      '{{count}} fichiers n’avaient pas été vérifiés par cette version de Fidélis : ils sont vérifiés à nouveau.',
    relocalizingOne: '{{count}} fichier vérifié à nouveau pour afficher ses détails en français.',
    relocalizingOther: '{{count}} fichiers vérifiés à nouveau pour afficher leurs détails en français.',
    skippedOne: '{{count}} enregistrement abîmé de la classe a été ignoré.',
    skippedOther: '{{count}} enregistrements abîmés de la classe ont été ignorés.',
    quotaExceeded:
      'L’espace de stockage du navigateur est plein : les derniers changements de la classe ne sont pas enregistrés. Ils restent affichés tant que l’onglet est ouvert. Libérez de la place (exportez puis supprimez d’anciennes parties), puis cliquez sur « Réessayer l’enregistrement ».',
    writeFailed:
      'L’enregistrement de la classe a échoué : ce qui est affiché reste disponible tant que l’onglet est ouvert, mais ne sera pas retrouvé après un rechargement. Détail : {{detail}}',
    loadFailed: 'La classe enregistrée n’a pas pu être lue : la vue classe fonctionne, sans enregistrer. Détail : {{detail}}',
    retry: 'Réessayer l’enregistrement',
    resumingOne: '{{count}} fichier n’avait pas fini d’être vérifié (vérification interrompue par le rechargement ou la fermeture de la page) : sa vérification reprend.',
    resumingOther: '{{count}} fichiers n’avaient pas fini d’être vérifiés (vérification interrompue par le rechargement ou la fermeture de la page) : leur vérification reprend.',
  },
  /** files of several games (scenario, seed, mode): each is ranked apart (classComparison.ts assignGames) */
  severalGames:
    'Ces fichiers viennent de {{count}} parties différentes (scénario, graine ou mode) : chacune est classée à part, et un rang ne se compare qu’à ceux de la même partie.',
  /** {{scenario}}: scenarioLine */
  gameLine: 'Partie {{letter}} : {{scenario}} ; graine {{seed}}, mode {{mode}}',
  gameOf: 'partie {{letter}}',
  chartGame: '{{name}} (partie {{letter}})',
  seedOf: 'graine {{seed}}',
  /** the learner's other files (same name and team, other content) */
  sameLearnerAs: 'autre fichier du même élève : {{files}}',
  /** why a readable file is not ranked (classComparison.ts ClassRow.unranked) */
  unranked: {
    variant: 'variante « Et si… ? », non classée',
    olderHandIn: 'ancien rendu, non classé : l’élève a rendu un fichier plus récent',
    /** a refuted file dated as the learner's confirmed one (a retouched copy of the hand-in): the confirmed one is ranked */
    retouchedTwin: 'deux versions du même rendu, l’une retouchée : celle-ci, réfutée, n’est pas classée',
    alone: 'non classé (seul dans sa partie)',
  },
  /** the date a file says it was made, beside its name when two files share a name */
  fileDate: 'fichier du {{date}}',
  namedFile: '{{file}} ({{date}})',
  /** the files of another game than the class's (the one most files played) */
  offGameOne: '{{count}} fichier ne suit pas la partie de la classe ({{game}}) : {{files}}.',
  offGameOther: '{{count}} fichiers ne suivent pas la partie de la classe ({{game}}) : {{files}}.',
  offGameClass: '{{name}}, graine {{seed}}, mode {{mode}}',
  offGameFile: '{{name}} ({{game}})',
  scenarioLineOne: '{{name}} — {{count}} fichier, empreinte {{fingerprint}}',
  scenarioLineOther: '{{name}} — {{count}} fichiers, empreinte {{fingerprint}}',
  /** « activez »: a header sorts with the keyboard too (Entrée, Espace), not only a click (QA class 10) */
  tableCaption: 'Résultats de la classe',
  /** after the caption on screen only: paper sorts nothing (QA qa31lesson n2) */
  tableSortHint: '(activez un en-tête de colonne pour trier)',
  /** the teacher keeps several classes: the caption names the one shown (on a projector scrolled to the table, the selector is out of view: QA qa16 F8) */
  tableCaptionNamed: 'Résultats de la classe « {{name}} »',
  /** the link at the top of the view to its table, past the import and its notes (QA qa11 F8: three screens on a projector) */
  toTable: 'Aller au tableau de la classe',
  /** the link beside it, past the table (QA qa16 F6: about 64 Tab stops through 30 rows' buttons), to the export's group (toolsLabel), the chart and the teams under it */
  toTools: 'Aller à l’export, au graphique et aux équipes',
  toolsLabel: 'Exporter ou effacer la classe',
  column: {
    rank: 'Rang',
    learner: 'Élève',
    /** the CSV's: the file's team as the team view shows it (teamColumn.ts) */
    team: 'Équipe',
    file: 'Fichier',
    scenario: 'Scénario',
    seed: 'Graine',
    ticks: 'Périodes jouées',
    status: 'Vérification',
    mode: 'Mode',
    points: 'Points',
    maxPoints: 'Points possibles',
    turnover: 'CA cumulé',
    grossMargin: 'Marge brute cumulée',
    netMargin: 'Marge nette cumulée',
    retention: 'Rétention sur un an',
    retentionPercent: 'Rétention sur un an (%)',
    strategiesUsed: 'Stratégies utilisées',
    actions: 'Décisions',
    /** the CSV's last column: a refuted file's reasons, but also facts that accuse nobody (« résultat identique à », not ranked): not « Problèmes » (QA qa15 F2) */
    notes: 'Remarques',
    strategiesMax: 'Stratégies possibles',
    game: 'Lettre de partie',
  },
  /** files that could not be read: listed under the table, never ranked nor on the projector (QA qa14 C1) */
  unreadable: {
    title: 'Fichiers illisibles',
    note: 'Ils ne sont pas classés : pour chacun, pourquoi et quoi demander à l’élève ; retirez-le une fois traité.',
    projectorOne: '{{count}} fichier illisible, non classé (détails hors affichage projecteur).',
    projectorOther: '{{count}} fichiers illisibles, non classés (détails hors affichage projecteur).',
  },
  noName: '(sans nom)',
  modeName: { sandbox: 'bac à sable', committed: 'engagé' },
  /** the mode is the file's word: the replay checks decisions and figures, not whether the learner went back (sandbox) */
  modeOf: 'Mode : {{mode}}, déclaré par le fichier (non vérifiable)',
  /** under the table: what « confirmé » does not cover */
  declaredNote:
    'Le mode (bac à sable ou engagé) et les outils verrouillés viennent du fichier de l’élève : le rejeu confirme ses décisions et ses chiffres, pas ces réglages, qu’un élève peut modifier dans le fichier.',
  /** the run's name in the file: tells a what-if branch from the original of the same learner */
  runName: 'Nom de la partie : {{name}}',
  /** a shipped scenario's id with other content: said before any contradicted figure */
  scenarioEdited: 'scénario modifié : ce n’est pas « {{name}} » tel que l’application le fournit',
  /** the same, for a file of another model version: the app's scenario may simply have changed since (neutral, not an alteration) */
  scenarioChangedSince: 'le scénario « {{name}} » de l’application a changé depuis ce fichier (autre version)',
  /** a version of the shipped scenario the app itself shipped before (src/scenario/shippedHistory.json): neutral, not an alteration */
  scenarioEarlierVersion: 'ancienne version du scénario fourni « {{name}} » (modifié depuis par l’application)',
  pointsOf: '{{points}} / {{max}}',
  ticksOf: '{{ticks}} / {{duration}}',
  /** {{max}}: the loyalty strategies the learner could use (4, less those the class link locked or hid) */
  strategiesOfOne: '{{count}} sur {{max}} autorisée',
  strategiesOfOther: '{{count}} sur {{max}} autorisées',
  /**
   * a figure a file claims that the replay did not confirm (refuted: disproved, after the replay's figure shown first, before
   * the struck claim; other model: not checked)
   */
  claimed: { refuted: 'selon le rejeu ; chiffre faux déclaré par le fichier :', otherModel: 'non vérifié' },
  /** a figure without a column that the replay contradicts, named in the row */
  wrongFigure: 'chiffre faux : {{what}} — déclaré {{recorded}}, rejeu {{recomputed}}',
  /** an objective declared met (or not) against its replayed value: « déclaré atteint, alors que 2 290 < 2 330 » */
  wrongClaim: 'chiffre faux : {{what}} — déclaré {{claim}}',
  wrongMoreOne: 'et {{count}} autre chiffre faux : voir Détails',
  wrongMoreOther: 'et {{count}} autres chiffres faux : voir Détails',
  retentionNote:
    'Rétention sur un an : part des clients gardés sur un an au rythme de la partie (clients actifs ou dormants : un client devenu dormant compte comme gardé), calculée par le rejeu ; c’est le chiffre que l’élève lit, arrondi au pourcent, dans son tableau de bord, sous « Taux de fidélisation » (« … des clients gardés sur un an »).',
  actionCount: '{{action}} × {{count}}',
  lockedUsed: 'Attention : outil verrouillé par le lien de classe utilisé : {{tools}}',
  /** a file made before objectives were adjusted to the seed, on a seed that moves them (ClassRow.unadjustedTargets), under its points */
  unadjustedTargets: 'objectifs non ajustés à la graine (fichier d’une version antérieure)',
  /** the CSV column after « Points max » that carries that note (classCsv.ts), as the table writes it under the points */
  unadjustedTargetsCsvColumn: 'Remarque sur les points',
  /**
   * the CSV's two columns per objective of the scenario, after the others (classCsv.ts, QA qa31lesson n3): its value at the end
   * (a share in percent) and whether it was met; `scenario` only when the class played several scenarios
   */
  objectiveCsv: {
    value: 'Objectif {{n}} ({{label}}) : valeur atteinte',
    valuePercent: 'Objectif {{n}} ({{label}}) : valeur atteinte (%)',
    met: 'Objectif {{n}} ({{label}}) : atteint',
    ofScenario: '{{scenario}} — {{label}}',
    state: { atteint: 'oui', manque: 'non', enCours: 'en cours' },
  },
  noAction: 'aucune action',
  /** actions the engine refused (a lack of budget, say): not counted above, they never ran */
  refusedActions: 'refusé par la simulation, jamais appliqué : {{actions}}',
  /** CSV column: the refused actions, as the row lists them */
  refusedCsvColumn: 'Actions refusées par la simulation',
  details: 'Détails',
  /** the fold of a row's decisions: not « Détails », which a refuted row's status has too (two « Détails » in one row) */
  decisionsDetails: 'Décisions en détail',
  /** a period's decisions in the row's « Détails » and the CSV (classViewText decisionLines), in the Bilan's words */
  decisionsPeriodLine: '{{period}} : {{actions}}',
  /** CSV column: every decision period by period, as the row's « Détails » */
  decisionsCsvColumn: 'Décisions en détail',
  /** a refused action with the engine's reason(s), as the Bilan says it: « Personnalisation × 1 (budget insuffisant) » */
  refusedWhy: '{{action}} ({{reasons}})',
  sameResultAs: 'résultat identique à : {{files}}',
  /** the CSV's: the same, then « stratégie simple… » (copy.simpleOne/Other) when the games hold few actions */
  sameResultSimple: '{{same}} — {{simple}}',
  /** the CSV's: files of the same team with the same result (copy.sameTeam) */
  sameTeamGameAs: 'même équipe, même partie que : {{files}}',
  chartTitle: 'Comparaison des élèves (fichiers confirmés)',
  chartMetric: 'Indicateur du graphique',
  /** on paper, in place of the chart's select (QA qa31lesson n2) */
  chartMetricPrinted: 'Indicateur du graphique : {{metric}}',
  chartAlternative: 'Les mêmes données figurent dans le tableau ci-dessus, les noms en entier.',
  metric: {
    points: 'Points d’objectifs',
    netMargin: 'Marge nette cumulée (€)',
    turnover: 'CA cumulé (€)',
    retention: 'Rétention sur un an (%)',
    gap: 'Écart de marge nette avec « sans action » (€)',
  },
  chartAllZero: 'Tous à 0 pour cet indicateur : aucune barre à tracer.',
  chartNothing: 'Pas encore de partie à comparer : le graphique montre les parties dont le fichier est confirmé ; les fichiers de missions et les fichiers non confirmés sont dans le tableau seulement.',
  /** the class chart's game (one shown at a time) */
  chartView: {
    game: 'Partie du graphique',
    gameOption: 'Partie {{letter}} : {{name}}',
    /** games of the same shop told apart by what differs (classChart.ts gameDifferences): its {{details}} are the detail* joined by « , » */
    gameOptionDetails: 'Partie {{letter}} : {{name}} ({{details}})',
    detailSeed: 'graine {{seed}}',
    detailMode: 'mode {{mode}}',
    detailFingerprint: 'empreinte du scénario {{fingerprint}}',
  },
  /** a ZIP of the hand-ins offered to the import: not kept, the teacher is told what to do */
  archiveOne: '{{files}} : c’est une archive .zip. Décompressez-la, puis importez les fichiers .json qu’elle contient. Elle n’a pas été ajoutée à la classe.',
  archiveOther:
    '{{files}} : ce sont des archives .zip. Décompressez-les, puis importez les fichiers .json qu’elles contiennent. Elles n’ont pas été ajoutées à la classe.',
  /** files that are no result file (a CSV, a Word document, a picture): not kept, the teacher is told what a result file is */
  notResultOne: '{{files}} : ce n’est pas un fichier de résultat Fidélis (fichier .json téléchargé depuis le Bilan de l’élève). Il n’a pas été ajouté à la classe.',
  notResultOther:
    '{{files}} : ce ne sont pas des fichiers de résultat Fidélis (fichiers .json téléchargés depuis le Bilan de l’élève). Ils n’ont pas été ajoutés à la classe.',
  /** « Retirer » on a row: said, with a way back (classImport.svelte.ts undoRemove) */
  removed: {
    notice: 'Fichier retiré : {{file}}.',
    undo: 'Annuler',
    undoLabel: 'Annuler le retrait de {{file}}',
    back: 'Fichier remis dans la classe : {{file}}.',
  },
  /** the projector display switched from the class view itself (not only by the link's ?display=projector) */
  projector: 'Affichage projecteur',
  projectorNote:
    'Texte agrandi ; l’écart avec « sans action » suit le nom de l’élève dans le tableau. La colonne « Vérification », les marques « résultat identique » et les boutons « Voir le bilan » sont masqués : décochez pour les retrouver.',
  /** every file of the class's one game declares the same mode: said once, not in each row */
  modeAll: 'Mode déclaré par tous les fichiers : {{mode}} (non vérifiable).',
  export: 'Exporter en CSV',
  /** why « Exporter en CSV » waits, beside it: the CSV would lack files' outcomes, or each game's « sans action » line and gaps */
  exportWait: {
    verifying: 'Export possible une fois tous les fichiers vérifiés…',
    reference: 'Export possible dans un instant : référence « sans action » en cours de calcul…',
  },
  decimalComma: 'Virgule décimale (tableur français)',
  csvFileName: 'fidelis-classe.csv',
  readFailed: 'Lecture impossible',
  /** a file handed in before the end of its game (src/results/runProgress.ts) */
  /** a file handed in from the mission screen or a mission's run (src/results/missionRows.ts): listed apart, unranked */
  missions: {
    groupOne:
      '{{count}} fichier de mission, listé à part : une mission n’est pas une partie complète, il n’est ni classé ni comparé à « sans action ». La colonne Vérification dit ce que le rejeu a vérifié : la partie du fichier (« partie confirmée par le rejeu ») et la mission qu’elle joue, « confirmée par le rejeu » si ses décisions rejouées atteignent son objectif avec les outils demandés, sinon « non confirmée par le rejeu ». Une réponse à une question (mission 1) ne se rejoue pas : « réponse déclarée (non vérifiable) ». Les autres missions, que le fichier ne porte pas, restent « déclarée (non vérifiable) » par le navigateur de l’élève, sauf celles que confirme le fichier de cette mission du même élève (même nom, même équipe, même commerce) : « confirmée par le fichier … ». Le détail de chaque mission dit pourquoi. Pas de marque « résultat identique » : une mission demande à toute la classe la même action.',
    groupOther:
      '{{count}} fichiers de mission, listés à part : une mission n’est pas une partie complète, ils ne sont ni classés ni comparés à « sans action ». La colonne Vérification dit ce que le rejeu a vérifié : la partie du fichier (« partie confirmée par le rejeu ») et la mission qu’elle joue, « confirmée par le rejeu » si ses décisions rejouées atteignent son objectif avec les outils demandés, sinon « non confirmée par le rejeu ». Une réponse à une question (mission 1) ne se rejoue pas : « réponse déclarée (non vérifiable) ». Les autres missions, que le fichier ne porte pas, restent « déclarée (non vérifiable) » par le navigateur de l’élève, sauf celles que confirme le fichier de cette mission du même élève (même nom, même équipe, même commerce) : « confirmée par le fichier … ». Le détail de chaque mission dit pourquoi. Pas de marque « résultat identique » : une mission demande à toute la classe la même action.',
    /** a mission file's « Rang » cell: never ranked (« — » read as a figure missing) */
    rank: 'hors classement',
    /** the group's line on the projector (QA qa28class55 F1): its explanation (groupOne/groupOther) folded under « groupMore » */
    groupShortOne: '{{count}} fichier de mission (✓ réussie, ✗ échouée ; « déclarée » : non vérifiée par le rejeu ; « non confirmée » : réussite dite par l’élève que le rejeu ne retrouve pas, non comptée) : ni classé ni comparé à « sans action »',
    groupShortOther: '{{count}} fichiers de mission (✓ réussie, ✗ échouée ; « déclarée » : non vérifiée par le rejeu ; « non confirmée » : réussite dite par l’élève que le rejeu ne retrouve pas, non comptée) : ni classés ni comparés à « sans action »',
    groupMore: 'Comment lire ces lignes',
    /** a failed mission beside a passed one with less net margin (QA qa28class55 F7); every mission file, weekly or monthly shop: no unit word (« quelques périodes », periodWords34b) */
    marginNote: 'Une mission se juge sur son objectif, pas sur la marge nette : sur une partie courte, une action coûte avant de rapporter.',
    /** one mark a mission on the projector (missionRowText.ts missionMarks); unfinished: the file's own mission, handed in before its end */
    /**
     * after a passed mission's ✓ the replay did not confirm (missionRowText.ts missionMarks check), as the detailed lines'
     * check.* say it; markSaid: what a screen reader hears after a mark, check.* again for a passed one
     */
    markCheck: { declared: 'déclarée', replayNotConfirmed: 'non confirmée' },
    markSaid: '{{outcome}}, {{check}}',
    mark: { reussie: 'n°\u00a0{{n}}\u00a0✓', echouee: 'n°\u00a0{{n}}\u00a0✗', unfinished: 'n°\u00a0{{n}} non terminée' },
    /** the fold of the missions' lines on the projector */
    details: 'Détail',
    /** a mission file's « Écart avec « sans action » » cell: a mission is not compared with doing nothing */
    noGap: 'sans objet (mission)',
    /** « 1 sur 6 (n° 2) »: the count first, as the student's hand-in says it; a bare « 2 sur 6 » for mission 2 alone read as two missions (QA qa9) */
    passed: 'Missions réussies : {{count}} sur {{total}} (n°\u00a0{{list}})',
    passedNone: 'Aucune mission réussie sur {{total}}',
    /** after passed/passedNone: the successes the file says and the replay did not confirm, not counted (QA qa30missions m3) */
    unconfirmed: '{{text}} ; réussite non confirmée par le rejeu, non comptée : n°\u00a0{{list}}',
    /**
     * after the above: the file's own mission passed in the browser after more than one attempt, its run not passing it on the replay
     * (missionRows.ts retry, QA qa32optician m2). The file does not say which attempt the success was: « peut-être » (review22 m3)
     */
    unconfirmedRetry: '{{text}} ; réussie selon le navigateur, peut-être lors d’un essai précédent, non confirmée par le rejeu de ce fichier, non comptée : n°\u00a0{{list}}',
    earlierAt: 'le {{date}} selon le navigateur, peut-être lors d’un essai précédent',
    earlier: 'selon le navigateur, peut-être lors d’un essai précédent',
    retryFailed: 'le rejeu de ce fichier ne la confirme pas',
    entry: 'Mission {{n}}, {{title}} : {{outcome}} — {{details}}',
    outcome: { reussie: 'réussie', echouee: 'échouée' },
    answer: 'réponse {{answer}}',
    /** the words of the Vérification cell (status), the group's note and the session plan (missions.lessonPlan.steps.debrief) */
    check: {
      replayConfirmed: 'confirmée par le rejeu',
      replayNotConfirmed: 'non confirmée par le rejeu',
      replayFailed: 'échec retrouvé par le rejeu',
      declared: 'déclarée (non vérifiable)',
    },
    /** a mission played in another run, confirmed by the replay of the learner's file of that mission (missionCrossCheck.ts): its name, shortened */
    confirmedByFile: 'confirmée par le fichier {{file}}',
    /** a mission file's Vérification cell (missionRows.ts missionStatusText): its run, then the mission it plays */
    status: {
      line: '{{game}} ; {{mission}}',
      game: 'partie confirmée par le rejeu',
      answer: 'réponse déclarée (non vérifiable)',
      replayConfirmed: 'mission {{n}} confirmée par le rejeu',
      replayNotConfirmed: 'mission {{n}} non confirmée par le rejeu',
      retry: 'mission {{n}} : le rejeu de ce fichier ne la confirme pas (réussie selon le navigateur, peut-être lors d’un essai précédent)',
      replayFailed: 'mission {{n}} échouée, échec retrouvé par le rejeu',
      declared: 'mission {{n}} déclarée (non vérifiable)',
    },
    /** the Stratégies cell of a mission that unlocks no tool (mission 1, a question) */
    noTool: 'aucun outil dans cette mission',
    /** why a mission is marked so (the line's tooltip, read by screen readers too): src/results/missionRows.ts MissionCheckWhy */
    why: {
      confirmed: 'Le rejeu de la partie du fichier atteint l’objectif de la mission, avec les outils qu’elle demande.',
      notReproduced: 'Le rejeu ne reproduit pas ce fichier (réfuté, ou autre version du modèle) : sa réussite ne peut pas être confirmée.',
      notReached: 'Le rejeu de la partie du fichier n’atteint pas l’objectif de la mission.',
      missingTools: 'Les décisions rejouées n’utilisent pas tous les outils que la mission demande (une décision refusée faute de budget ne compte pas).',
      wrongTarget: 'Les décisions rejouées ne visent pas les clients que la mission désigne.',
      measuredEarlyBeforeRule:
        'Dans le rejeu, le dernier questionnaire de l’élève est de la même période que sa politique de réclamations, ou d’avant : la mission demande maintenant de mesurer après l’avoir appliquée ; le fichier dit une partie commencée avant cette règle (ou il a été modifié) : réussite sous la règle de l’époque, déclarée par le navigateur de l’élève et comptée, non vérifiable sous la règle actuelle.',
      budgetStopBeforeRule:
        'Le rejeu montre un programme de l’élève arrêté faute de budget, ce que la mission ne permet plus ; le fichier dit une partie commencée avant cette règle (ou il a été modifié) : réussite sous la règle de l’époque, déclarée par le navigateur de l’élève et comptée, non vérifiable sous la règle actuelle.',
      measuredEarly: 'Dans le rejeu de la partie du fichier, le dernier questionnaire est de la même période que la politique de réclamations, ou d’avant : la mission demande de mesurer la satisfaction après l’avoir appliquée.',
      budgetStop: 'Dans le rejeu de la partie du fichier, le budget a arrêté un programme de l’élève : la mission demande de le payer jusqu’au bout.',
      setupStop:
        'Dans le rejeu de la partie du fichier, le programme « {{tool}} » a été arrêté pendant sa mise en place : il n’a rien pu produire, et la mission demande de le garder au moins jusqu’à ce qu’il agisse.',
      lateStart:
        'Dans le rejeu de la partie du fichier, le programme « {{tool}} » a été lancé trop tard : il devait agir après la fin de la partie et n’a rien pu produire ; la mission demande qu’il agisse avant la fin.',
      lateStartBeforeRule:
        'Le rejeu montre le programme « {{tool}} » de l’élève lancé trop tard pour agir avant la fin de la partie, ce que la mission ne permet plus ; le fichier dit une partie commencée avant cette règle (ou il a été modifié) : réussite sous la règle de l’époque, déclarée par le navigateur de l’élève et comptée, non vérifiable sous la règle actuelle.',
      setupStopBeforeRule:
        'Le rejeu montre le programme « {{tool}} » de l’élève arrêté pendant sa mise en place, ce que la mission ne permet plus ; le fichier dit une partie commencée avant cette règle (ou il a été modifié) : réussite sous la règle de l’époque, déclarée par le navigateur de l’élève et comptée, non vérifiable sous la règle actuelle.',
      question: 'Réponse à une question : le fichier ne dit pas à quel moment l’élève a compté, le rejeu ne peut pas la vérifier.',
      otherRun: 'Mission jouée dans une autre partie que celle de ce fichier : le rejeu ne peut pas la vérifier.',
      otherFile: 'Mission jouée dans une autre partie que celle de ce fichier : le rejeu d’un autre fichier du même élève (même nom, même équipe, même commerce), celui de cette mission, la confirme.',
      failure: 'Échec dit par le navigateur de l’élève : le rejeu de ce fichier ne le retrouve pas (mission jouée dans une autre partie, partie non terminée ou fichier non confirmé).',
      unknownMission: 'Mission que cette version de Fidélis ne connaît pas (ou règles pas encore chargées) : le rejeu ne peut pas la vérifier.',
    },
    older: 'fichier de la mission {{n}} rendu depuis l’onglet « Bilan » ou par une version antérieure : il ne dit pas les missions réussies',
    csvColumn: 'Missions réussies',
    csvPassed: '{{list}} sur {{total}}',
    csvReplayColumn: 'Missions vérifiées par le rejeu',
    csvUnconfirmedColumn: 'Missions non confirmées par le rejeu (non comptées)',
    /** the CSV's « Remarques » of a mission file: why its own mission is marked so, as the table's details line says it */
    csvWhy: 'mission {{n}} : {{why}}',
    csvGame: 'fichier de mission',
  },
  unfinished: {
    /** the short badge beside the learner's name (the row's header, ClassRowName); the flag says it whole in the next cell */
    badge: 'en cours',
    /** in the file's own unit (runProgress.ts unfinishedText): a class mixes weekly and monthly shops */
    flag: { week: 'partie en cours : {{played}} / {{total}} semaines, non classée', month: 'partie en cours : {{played}} / {{total}} mois, non classée' },
    chartLabel: '{{name}} (en cours {{played}}/{{total}})',
    noteOne: '{{count}} fichier de partie en cours, rendu avant la fin depuis le Bilan : ses chiffres ne portent que sur la partie jouée. Il n’est pas classé avec les parties terminées.',
    noteOther: '{{count}} fichiers de parties en cours, rendus avant la fin depuis le Bilan : leurs chiffres ne portent que sur la partie jouée. Ils ne sont pas classés avec les parties terminées.',
    /** after the note, what the chart does with them (classChart.ts unfinishedInChart: a game's unranked files are left out when it has ranked ones; QA qa16 F9) */
    chartedOne: 'Dans le graphique, son nom porte « en cours ».',
    chartedOther: 'Dans le graphique, leur nom porte « en cours ».',
    leftOutOne: 'Il n’est pas dans le graphique.',
    leftOutOther: 'Ils ne sont pas dans le graphique.',
    someCharted: 'Dans le graphique, seuls ceux d’une partie sans fichier classé figurent, leur nom portant « en cours » ; les autres n’y sont pas.',
    csvColumn: 'Partie',
    csvFinished: 'terminée',
    csvUnfinished: 'en cours : {{played}} / {{total}}',
  },
  /** each game's replay of the empty decision log (src/results/noActionReference.ts) */
  reference: {
    name: 'Sans action (même graine)',
    note: 'référence, non classée : le même commerce, la même graine, aucune décision',
    rank: 'réf.',
    status: 'référence rejouée',
    chartLabel: 'Sans action (même graine)',
    replaying: 'Rejeu de la référence sans action (même graine)…',
    failed: 'La référence sans action n’a pas pu être rejouée.',
    summaryOne: 'Marge nette cumulée sans action (même graine){{game}} : {{margin}}. {{count}} élève sur {{compared}} a fait mieux.',
    summaryOther: 'Marge nette cumulée sans action (même graine){{game}} : {{margin}}. {{count}} élèves sur {{compared}} ont fait mieux.',
    summaryGame: ', partie {{letter}}',
    /** a game with one learner compared, named (not « 0 élève sur 1 a fait mieux », QA qa11 F10); none compared yet: the margin alone */
    summaryAloneBetter: 'Marge nette cumulée sans action (même graine){{game}} : {{margin}}. {{name}} a fait mieux.',
    summaryAloneNotBetter: 'Marge nette cumulée sans action (même graine){{game}} : {{margin}}. {{name}} n’a pas fait mieux.',
    summaryNone: 'Marge nette cumulée sans action (même graine){{game}} : {{margin}}.',
    /** the summary while files are still verified: its conclusions can change */
    provisionalOne: 'Provisoire ({{count}} fichier vérifié sur {{total}}) : {{summary}}',
    provisionalOther: 'Provisoire ({{count}} fichiers vérifiés sur {{total}}) : {{summary}}',
    column: 'Écart avec « sans action »',
    gapMargin: 'marge nette : {{value}}',
    gapCustomers: 'clients actifs : {{value}}',
    /** a game handed in unfinished: compared with doing nothing at the same period; a refuted file: with its replay's figures */
    gapAtPeriod: { week: 'à la semaine {{period}}', month: 'au mois {{period}}' },
    gapReplayed: 'selon le rejeu',
    /** the class CSV's two columns of the difference (classCsv.ts), in numbers: a spreadsheet sorts them */
    csvGapMargin: 'Écart de marge nette avec « sans action »',
    csvGapCustomers: 'Écart de clients actifs avec « sans action »',
    /** where doing nothing would sit in the ranking (noActionReference.ts referencePlace), in its row's rank cell */
    rankPlace: 'serait au rang {{rank}}',
    rankPlaceTied: 'serait au rang {{rank}} (à égalité)',
    /** the same in the summary, then how many of the learners ranked ahead of it lost money against it */
    placeSentence: 'Au classement (points, puis marge nette), sans action serait au rang {{rank}}{{tied}}.',
    placeTied: ', à égalité',
    aheadWorseOne: '{{count}} des {{ahead}} élèves classés devant lui a pourtant perdu de l’argent par rapport à sans action.',
    aheadWorseOther: '{{count}} des {{ahead}} élèves classés devant lui ont pourtant perdu de l’argent par rapport à sans action.',
    aheadAllWorseOne: 'L’élève classé devant lui a pourtant perdu de l’argent par rapport à sans action.',
    /** the …Two forms are English's « Both students » (plural.ts); French says it as for more */
    aheadAllWorseTwo: 'Les {{count}} élèves classés devant lui ont tous pourtant perdu de l’argent par rapport à sans action.',
    aheadAllWorseOther: 'Les {{count}} élèves classés devant lui ont tous pourtant perdu de l’argent par rapport à sans action.',
    aheadNoneWorseOne: 'L’élève classé devant lui a fait mieux que sans action.',
    aheadNoneWorseTwo: 'Les {{count}} élèves classés devant lui ont tous fait mieux que sans action.',
    aheadNoneWorseOther: 'Les {{count}} élèves classés devant lui ont tous fait mieux que sans action.',
  },
  /**
   * files with the very same result as another (classComparison.ts markSameResults): a fact, not an
   * accusation (QA qa11 F7): a simple strategy chosen on one's own, work done together and a copied
   * file give the same
   */
  copy: {
    badge: 'résultat identique',
    sameAs: 'résultat identique à : {{files}}',
    /** those identical games hold few actions (classComparison.ts SIMPLE_STRATEGY_ACTIONS) */
    simpleOne: 'stratégie simple ({{count}} action en tout), souvent choisie par plusieurs élèves',
    simpleOther: 'stratégie simple ({{count}} actions en tout), souvent choisie par plusieurs élèves',
    /** files declaring the same team name with the same result: the team's one game, not marked as identical */
    sameTeam: 'même équipe, même partie que : {{files}}',
    chartLabel: '{{name}} (résultat identique)',
    note: 'Résultat identique : même état final et mêmes décisions qu’un autre fichier. Cela peut venir d’une même stratégie simple choisie chacun de son côté, d’un travail à plusieurs ou d’un fichier copié : seule une discussion avec les élèves permet de le savoir, le rejeu ne dit pas lequel est l’original. Ces fichiers partagent un rang, comme deux résultats égaux, et le résultat suivant prend le rang suivant.',
    /** a file with the same result, by its learner and file name; with its date when two files of the class share that name */
    learnerFile: '{{name}} ({{file}})',
    learnerFileDated: '{{name}} ({{file}}, {{date}})',
    /** shown when a refuted file has the same result as another (classComparison.ts markSameResults: its replayed state) */
    refutedNote: 'Un fichier réfuté peut aussi avoir un résultat identique à un autre : ses décisions, rejouées, atteignent le même état final qu’un autre fichier, mais ce qu’il déclare a été modifié. Il n’est pas classé.',
  },
  /** a student's Bilan opened from the class view (ClassBilan.svelte) */
  bilan: {
    open: 'Voir le bilan',
    openLabel: 'Voir le bilan de {{name}}',
    /** a learner with several files: which one (bilanOpenLabel) */
    openLabelOf: 'Voir le bilan de {{name}} ({{which}})',
    ofMission: 'mission {{n}}',
    back: 'Retour à la vue classe',
    readOnly: 'Bilan de {{name}} ({{file}}), rejoué à partir de son fichier de résultat : lecture seule, rien n’est enregistré dans vos parties.',
    replaying: 'Rejeu de la partie de {{name}}…',
    failed: 'Le rejeu a échoué : {{detail}}',
    /** the student's Bilan's words (debrief.noAction), not « Par rapport à sans action » (QA class 15) */
    gap: 'Par rapport à une partie sans aucune action (même graine, même durée) : marge nette {{margin}}, clients actifs {{customers}}.',
    /** in the file's unit (ClassBilan.svelte) */
    gapAtPeriod: {
      week: 'Par rapport à une partie sans aucune action (même graine, même durée), à la semaine {{period}} : marge nette {{margin}}, clients actifs {{customers}}.',
      month: 'Par rapport à une partie sans aucune action (même graine, même durée), au mois {{period}} : marge nette {{margin}}, clients actifs {{customers}}.',
    },
    /** a refuted file: its decisions replayed, never its claimed figures (ClassBilan replayOf) */
    openReplay: 'Voir le rejeu de ses décisions',
    openReplayLabel: 'Voir le rejeu des décisions de {{name}} (fichier réfuté)',
    openReplayLabelOf: 'Voir le rejeu des décisions de {{name}} ({{which}}, fichier réfuté)',
    replayTitle: 'Rejeu des décisions de {{name}} — {{shop}}',
    replayNote:
      'Fichier de {{name}} ({{file}}) réfuté : les chiffres qu’il déclare ne sont pas ceux que donnent ses décisions. Ce bilan est celui de ses décisions rejouées, pas des chiffres du fichier. Lecture seule, rien n’est enregistré dans vos parties.',
    /** another model version: its replay here is not its game, so no Bilan (ClassScreen) */
    noneOtherModel: 'Pas de bilan : fichier d’une autre version du modèle, que le rejeu ici ne refait pas à l’identique.',
    /** a mission file whose run played no period (mission 1, a question): its mission's result only (ClassBilan, QA class 16) */
    readOnlyMission: 'Résultat de mission de {{name}} ({{file}}), tel que son fichier le rend : lecture seule, rien n’est enregistré dans vos parties.',
    noGame: 'Rien n’a été joué dans la partie de ce fichier : il n’y a pas de bilan de partie à afficher ni à imprimer, seulement le résultat de la mission ci-dessus.',
    /** a mission file's result, as the learner's mission debrief said it (ClassMissionResult) */
    mission: {
      title: 'Mission {{n}} : {{title}}',
      notDone: 'Le fichier de {{name}} ne dit pas encore de résultat pour cette mission (rendu avant de la finir).',
      answerSegment: '{{name}} a donné la taille du segment « {{segment}} » : {{count}} clients.',
      answer: 'Réponse donnée par {{name}} : {{count}}.',
      outcome: { reussie: 'Mission réussie.', echouee: 'Mission non réussie.' },
      /**
       * the games the learner's browser started for the mission (MissionRecord.attempts), not the answers tried: left out for a
       * question, whose bilan counts the answers (« en 2 essais »), which the file does not carry (QA qa30missions m6)
       */
      attemptsOne: '{{count}} partie commencée pour cette mission, d’après son navigateur.',
      attemptsOther: '{{count}} parties commencées pour cette mission, d’après son navigateur.',
      checked: 'Vérification : {{check}}. {{why}}',
      others: 'Autres missions de {{name}}',
    },
  },
  /**
   * Teacher strings shown outside the class view, loaded with the teacher part only when needed: the
   * class link builder's warnings (ui/presets/LockConflicts.svelte) and the home page's list of the
   * teacher tools (ui/home/TeacherTools.svelte), so a student's pages never carry them.
   */
  linkConflict: {
    impossible: 'Outil « {{tool}} » {{state}} : l’objectif « {{objective}} » ({{shop}}) ne pourra pas être atteint.',
    harder: 'Outil « {{tool}} » {{state}} : l’objectif « {{objective}} » ({{shop}}) sera plus difficile à atteindre.',
    /**
     * the missions of the path from the link's one on that a lock does the same to, in one line (lockConflicts.ts):
     * {{missions}} lists them, each as missionItem ({{n}} its number)
     */
    missionOne: 'Outil « {{tool}} » {{state}} : la mission {{missions}} porte sur cet outil, les élèves ne s’y exerceront pas.',
    missionOther: 'Outil « {{tool}} » {{state}} : les missions {{missions}} portent sur cet outil, les élèves ne s’y exerceront pas.',
    missionImpossibleOne: 'Outil « {{tool}} » {{state}} : la mission {{missions}} ne pourra pas être réussie, les élèves s’y arrêteront.',
    missionImpossibleOther: 'Outil « {{tool}} » {{state}} : les missions {{missions}} ne pourront pas être réussies, les élèves s’arrêteront à la première.',
    missionHarderOne: 'Outil « {{tool}} » {{state}} : la mission {{missions}} sera plus difficile à réussir.',
    missionHarderOther: 'Outil « {{tool}} » {{state}} : les missions {{missions}} seront plus difficiles à réussir.',
    missionItem: '{{n}} « {{title}} »',
  },
  teacherTools: {
    prepare: 'plan d’une séance de 55 minutes et lien de classe avec code QR',
    class: 'importer et vérifier les fichiers de résultats des élèves',
    editor: 'créer ou adapter un commerce',
    analytics: 'RFM et score de départ sur un vrai fichier d’achats',
    scoring: 'construire un score de risque et le vérifier (pendant une partie)',
    whatif: 'rejouer une partie avec d’autres décisions (pendant une partie)',
  },
} as const);
