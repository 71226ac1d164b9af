/** Mission path screen, mission banner, question form and mission debrief (texts of the missions themselves are in scenarios/missions/*.json). */
import { frenchArea } from '../frenchSpacing.ts';

export const missions = frenchArea({
  title: 'Missions',
  intro: 'Des missions courtes (10 à 20 minutes) pour apprendre pas à pas : d’abord lire la base clients, puis chaque outil de fidélisation, l’un après l’autre.',
  shopLabel: 'Commerce',
  /** the shop menu's name for a screen reader: the page also has the class link builder's « Commerce » */
  shopName: 'Commerce du parcours de missions',
  pathLabel: 'Parcours de missions : {{shop}}',
  none: 'Aucun parcours de missions pour ce commerce.',
  number: 'Mission {{n}}',
  minutes: '{{n}} min',
  duration: {
    week: '{{n}} semaines',
    month: '{{n}} mois',
  },
  status: {
    locked: 'Verrouillée (réussissez la mission précédente)',
    open: 'À faire',
    active: 'En cours',
    reussie: 'Réussie',
    reussieAgain: 'Réussie · nouvel essai en cours',
    echouee: 'À refaire',
  },
  show: 'Voir la mission',
  briefTitle: 'La situation',
  objectiveTitle: 'Objectif',
  /** a mission not started yet on another seed than the shop's default, whose figure follows the seed (src/engine/seedTargets.ts) */
  seedAdjustedAtStart:
    'Ce chiffre est réglé pour la graine {{defaultSeed}} : sur la graine {{seed}}, il sera ajusté au début de la mission de ce qu’elle donne sans aucune action.',
  durationTitle: 'Durée',
  durationText: '{{duration}} de jeu, environ {{minutes}} minutes',
  toolsTitle: 'Outils débloqués',
  newTools: 'Nouveaux : {{tools}}',
  noNewTools: 'Aucun outil de décision : on observe la base clients.',
  availableTools: 'Disponibles : {{tools}}',
  teacherLockedTools: 'Verrouillés par l’enseignant (lien de classe) : {{tools}}',
  conceptsTitle: 'Notions travaillées',
  /** the course segments in a mission's concepts (ui/missions/conceptName.ts) */
  conceptSegments: 'Segments de clientèle',
  start: 'Commencer la mission {{n}}',
  restart: 'Recommencer la mission {{n}}',
  /** a mission in progress: its card's main button goes back to it (QA qa27missions m8) */
  continue: 'Continuer la mission {{n}}',
  /** asked before a mission in progress with periods played is started again */
  restartConfirm: {
    weekOne: 'Vous avez déjà joué {{n}} semaine de cette mission. La recommencer lance une nouvelle partie à la semaine 1, sans vos décisions ni leurs résultats. Cette partie reste dans les « Parties enregistrées » de l’Accueil : rouverte, elle reprend là où vous en êtes.',
    weekOther: 'Vous avez déjà joué {{n}} semaines de cette mission. La recommencer lance une nouvelle partie à la semaine 1, sans vos décisions ni leurs résultats. Cette partie reste dans les « Parties enregistrées » de l’Accueil : rouverte, elle reprend là où vous en êtes.',
    monthOne: 'Vous avez déjà joué {{n}} mois de cette mission. La recommencer lance une nouvelle partie au mois 1, sans vos décisions ni leurs résultats. Cette partie reste dans les « Parties enregistrées » de l’Accueil : rouverte, elle reprend là où vous en êtes.',
    monthOther: 'Vous avez déjà joué {{n}} mois de cette mission. La recommencer lance une nouvelle partie au mois 1, sans vos décisions ni leurs résultats. Cette partie reste dans les « Parties enregistrées » de l’Accueil : rouverte, elle reprend là où vous en êtes.',
  },
  startedAs: 'Graine du hasard {{seed}} (la même graine redonne les mêmes clients et les mêmes événements) · mode {{mode}} : {{modeHelp}}.',
  mode: {
    sandbox: 'bac à sable',
    committed: 'engagé',
  },
  modeHelp: {
    sandbox: 'vous pouvez revenir en arrière et rejouer des {{ticks}}',
    committed: 'vos décisions sont définitives, sans retour en arrière',
  },
  freePlay: 'Jouer librement ce commerce',
  current: 'Mission en cours',
  banner: {
    label: 'Mission en cours',
    title: 'Mission {{n}} : {{title}}',
    objective: 'Objectif : {{objective}}',
    /** folds the banner to its title line (aria-expanded): objective, progress, answer form */
    details: 'Objectif',
    open: 'Ma mission',
    finished: 'Mission terminée : voir le bilan',
    /** in the shop's unit, as the objective (« jouez 4 semaines »): « périodes » beside it read as another thing (QA qa28class55 F5) */
    progress: { week: '{{ticks}} / {{total}} semaines', month: '{{ticks}} / {{total}} mois' },
  },
  /** the class link closes a tool of the mission (ui/missions/missionTeacherLock.ts): waived, the mission is passed without it, or its objective lost */
  teacherLock: {
    /** {{closed}}: locked, hidden or lockedAndHidden below, in the word the teacher chose on the link (« verrouillé », « caché »; QA qa23 F5) */
    waived: '{{closed}}. Cette mission s’en passe : l’objectif ci-dessus ne vous en demande plus rien, tenez-le pour la réussir.',
    impossible: '{{closed}}. Cet objectif ne peut donc pas être atteint : demandez à votre enseignant quoi faire.',
    locked: 'Verrouillé par votre enseignant : {{tools}}',
    hidden: 'Caché par votre enseignant : {{tools}}',
    lockedAndHidden: 'Verrouillé par votre enseignant : {{locked}} ; caché : {{hidden}}',
  },
  question: {
    legend: 'Votre réponse',
    label: 'Nombre de clients du segment « {{segment}} »',
    /** {{period}}: « de la semaine 1 » (dashboard.periodIn.from), the period played now: the engine counts the answer there (missionController.answer) */
    hint: 'Astuce : dans Décisions, cochez le segment dans la cible et lisez le nombre de clients ; ou filtrez la base clients. Le nombre attendu est celui {{period}}, où vous en êtes : il change dès que vous avancez le temps.',
    /** the run over, Décisions has no target builder any more (QA qa28class55 F3); {{period}}: the last one, « de la semaine 4 » */
    hintEnded:
      'Astuce : la partie est terminée et Décisions n’a plus de cible : filtrez la base clients sur ce segment et lisez le nombre de clients. Le nombre attendu est celui de la fin {{period}}, celui que montre la base clients.',
    submit: 'Valider la réponse',
    checking: 'Vérification…',
    right: 'Bonne réponse : {{count}} clients.',
    wrong: 'Ce n’est pas le bon nombre. Vérifiez le segment choisi et réessayez.',
    /** not checked, not counted in the tries (the bilan's « en n essais »: QA qa28class55 F6) */
    invalid: 'Donnez un nombre entier positif : cette saisie ne compte pas comme un essai.',
    /** the run is open in another tab (db.runLocked): the answer is neither checked nor recorded here */
    readOnly: 'Cette partie est ouverte dans un autre onglet : répondez dans celui-là, rien n’est enregistré ici.',
    /** from the 2nd try on, {{n}}: the tries the bilan counts (« en n essais »), checked answers only (QA qa28class55 F6) */
    again: 'Essai {{n}} : {{message}}',
  },
  /** {{played}}: played.week / played.month */
  played: { week: '{{ticks}} / {{total}} semaines jouées', month: '{{ticks}} / {{total}} mois joués' },
  objectiveProgress: 'Où en est l’objectif : {{value}} (cible {{comparator}} {{target}}), {{played}}.',
  /** an objective checked at every period (`everyTick`): the worst value so far */
  objectiveProgressLowest: 'Où en est l’objectif : valeur la plus basse jusqu’ici {{value}} (cible {{comparator}} {{target}} chaque {{tick}}), {{played}}.',
  objectiveProgressHighest: 'Où en est l’objectif : valeur la plus haute jusqu’ici {{value}} (cible {{comparator}} {{target}} chaque {{tick}}), {{played}}.',
  notMeasured: 'pas encore mesuré',
  missingTools: 'Outils encore à utiliser : {{tools}}',
  /** after missingTools: the policy in force (Standard) counts only once applied (QA qa27missions M2: kept without the button, the mission failed while the dashboard said « Atteint ») */
  missingPolicy: 'Une politique de réclamations ne compte qu’une fois validée avec « Appliquer cette politique » (écran Décisions), même pour garder Standard, celle déjà en vigueur.',
  /** missions 2 and 4 to 6 (ObjectiveCheck.keepProgrammes): the budget stopped a programme during the mission, which fails it */
  budgetStopped: '« {{programme}} » a été arrêté faute de budget {{period}} : l’objectif demandait un budget qui puisse le payer, cette mission ne peut plus être réussie.',
  playHint: 'Prenez vos décisions dans l’écran Décisions, puis avancez le temps.',
  goDecisions: 'Aller aux décisions',
  debrief: {
    title: 'Bilan de la mission {{n}}',
    did: 'Ce que vous avez fait',
    didAnswer: 'Vous avez trouvé la taille du segment « {{segment}} » : {{count}} clients, en {{attempts}} essais.',
    didAnswerFirst: 'Vous avez trouvé la taille du segment « {{segment}} » : {{count}} clients, du premier coup.',
    didNothing: 'Aucune décision prise.',
    /** after a campaign in « Ce que vous avez fait »: its recruits (dashboard.feed.recruits) and what it spent (MissionDebrief.svelte campaignText) */
    campaignRecruits: '{{recruits}} pour {{spent}}',
    campaignPerRecruit: '{{recruits}} pour {{spent}}, soit {{cost}} par recrue',
    result: 'Résultat',
    success: 'Mission réussie.',
    failure: 'Mission non réussie.',
    /** said first when a tool the mission asks for was only tried in decisions refused for lack of budget (ui/missions/missionRefusals.ts, QA qa18 F10) */
    refusedBudget: 'Vos décisions ont été refusées faute de budget : ciblez moins de clients (« Nombre maximum de clients »).',
    /** the same when a refused tool has no « Nombre maximum de clients » (a survey, a campaign: missionRefusals.ts refusedBudgetAdvice) */
    refusedBudgetCost: 'Vos décisions ont été refusées faute de budget : choisissez-les moins coûteuses (moins de clients ciblés, moins de réponses à une enquête, une campagne plus petite).',
    objective: 'Objectif : {{objective}}',
    value: 'Valeur atteinte : {{value}} (cible {{comparator}} {{target}}).',
    /** a check with everyTick (missions/schema.ts): the worst value over the mission's periods */
    valueLowest: 'Valeur la plus basse pendant la mission : {{value}} (cible {{comparator}} {{target}} chaque {{tick}}).',
    valueHighest: 'Valeur la plus haute pendant la mission : {{value}} (cible {{comparator}} {{target}} chaque {{tick}}).',
    /** valueLowest when the value is the budget left (every shipped mission's « every period » check, QA qa21 F5) */
    budgetLowest: 'Budget restant le plus bas pendant la mission : {{value}} (cible {{comparator}} {{target}} chaque {{tick}}).',
    /** the bilan comes once the mission is over: its value can no longer be measured (the screen's « pas encore mesuré » is for a mission in progress, QA qa18 F11) */
    neverMeasured: 'jamais mesurée',
    /** a satisfaction mission with a mystery shopper and no questionnaire (ui/missions/mysteryShopperOnly.ts) */
    mysteryShopper: 'Un client mystère note le service, pas la satisfaction de vos clients : il fallait un questionnaire.',
    recap: 'À retenir',
    competencies: 'Compétences BTS travaillées',
    next: 'Mission suivante : {{title}}',
    retry: 'Recommencer la mission',
    /** asked before a succeeded mission's run is left for a new one (QA qa19 F4: the hand-in carries the run being played) */
    retryConfirm:
      'Vous avez réussi cette mission. Si vous la recommencez, « Rendre mon travail » rendra la nouvelle partie et non celle-ci : l’enseignant ne pourra plus vérifier votre réussite par le rejeu. Rendez d’abord votre travail ci-dessous. Cette partie reste dans les « Parties enregistrées » de l’Accueil : rouverte, elle peut encore être rendue.',
    retryConfirmYes: 'Recommencer quand même',
    retryConfirmCancel: 'Annuler',
    pathDone: 'Parcours terminé : toutes les missions de ce commerce sont réussies.',
    /** the last mission passed while others of the shop are not (in this browser): not « parcours terminé » (QA qa27missions M1) */
    pathLeft: 'Dernière mission du parcours réussie. Pour terminer le parcours, il reste à réussir : {{missions}}.',
    /** after pathDone: the whole game shows what the missions' few weeks rarely do, a loyalty action paying (QA qa29self M-1) */
    pathNext: 'Jouez maintenant la partie complète de ce commerce ({{duration}}) pour voir ce que vos actions rapportent sur la durée.',
    pathNextButton: 'Jouer la partie complète',
    /** after pathDone: the course's notions no mission of the path works, each a link to its card (ui/missions/pathRevision.ts, QA qa29self m8) */
    pathRevise: 'À réviser : les notions du cours qu’aucune mission du parcours n’a travaillées. Relisez leur fiche du glossaire :',
    /** after the Bilan’s « Par rapport à une partie sans aucune action… » (debrief.noAction), before the link to the card « Pourquoi fidéliser ? » (QA qa29self M-1) */
    noActionWhy: {
      week: 'Une action de fidélisation se paie tout de suite, mais elle rapporte sur la durée de la relation : un client gardé continue d’acheter pendant des mois. Quelques semaines montrent donc rarement ce qu’elle rapporte.',
      /** a shop played by the month (the optician): not « quelques semaines » (QA qa30missions m5) */
      month: 'Une action de fidélisation se paie tout de suite, mais elle rapporte sur la durée de la relation : un client gardé continue d’acheter pendant des années. Quelques mois montrent donc rarement ce qu’elle rapporte.',
    },
    fullDebrief: 'Bilan détaillé de la partie',
    successBut: 'Mission réussie, mais…',
    /** a recruitment campaign was run: the run's arrivals against its departures (missionCaveats.ts conquestBalance, QA qa27missions M4) */
    caveatConquestShort:
      'Pendant la mission, {{arrivals}} (dont {{recruits}} de vos campagnes) contre {{departures}} : la conquête seule n’a pas compensé les départs. Recruter coûte plus cher que garder : c’est la fidélisation qui limite les départs.',
    conquestCovered: 'Pendant la mission, {{arrivals}} (dont {{recruits}} de vos campagnes) pour {{departures}}.',
    /** the counts of the two sentences above: « 1 nouveau client », « 0 départ » (review17 m2) */
    arrivalsOne: '{{count}} nouveau client',
    arrivalsOther: '{{count}} nouveaux clients',
    departuresOne: '{{count}} départ',
    departuresOther: '{{count}} départs',
    caveatsIntro: 'Ce que le cours dit de vos choix :',
    caveatUntargeted: 'Votre {{action}} visait toute la clientèle : le cours conseille d’adapter chaque action au segment à qui elle convient ; offerte à tous, elle coûte aussi pour des clients qui n’en ont pas besoin.',
    /** the whole-base programme the engine refused (missionCaveats.ts untargeted with `refused`, QA qa28class55 F2): it never ran */
    caveatUntargetedRefused:
      'Votre décision refusée ({{action}}, {{reason}}) visait toute la clientèle : même avec le budget, le cours conseille d’adapter chaque action au segment à qui elle convient ; offerte à tous, elle coûterait aussi pour des clients qui n’en ont pas besoin.',
    /** a programme the budget stopped during the mission (missionCaveats.ts budgetStop, QA qa19 F1) */
    caveatBudgetStop: '« {{programme}} » a été arrêté faute de budget {{period}} : c’est cet arrêt qui a empêché le budget de baisser davantage, et ses membres n’ont plus eu l’avantage promis.',
    /** the failure of a mission that keeps its programmes (ObjectiveCheck.keepProgrammes), said in place of caveatBudgetStop, when its objective was reached */
    budgetStopFailed: '« {{programme}} » a été arrêté faute de budget {{period}} : le budget ne pouvait plus le payer, ce que l’objectif ne permettait pas. C’est cet arrêt, pas votre gestion, qui a gardé le budget au-dessus de la cible, et ses membres n’ont plus eu l’avantage promis.',
    /** budgetStopFailed when the budget also ended under the target (objective missed): the stop did not keep it above (review15 F1) */
    budgetStopAlso: '« {{programme}} » a été arrêté faute de budget {{period}} : l’objectif demandait de pouvoir le payer jusqu’au bout, et ses membres n’ont plus eu l’avantage promis.',
    caveatPersonalisationNoData:
      'Vous avez lancé la personnalisation sans avoir collecté de données de profil avant : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres, par leur carte de fidélité quand ils en ont une. Sans données de profil sur un client, elle ne fait rien pour lui ; plus le magasin en sait, plus elle porte. Collectez d’abord (carte de fidélité, jeu-concours, personnel).',
    /** the same, counted from the members' profile data at the launch (engine ProgrammeKpi.membersWithData; QA expert F5) */
    caveatPersonalisationNoProfileOne:
      'Vous avez lancé la personnalisation sans avoir collecté de données de profil avant, et le magasin n’en avait pas sur son seul membre : sans données de profil sur un client, elle ne fait rien pour lui. Collectez d’abord (carte de fidélité, jeu-concours, personnel).',
    caveatPersonalisationNoProfileOther:
      'Vous avez lancé la personnalisation sans avoir collecté de données de profil avant, et le magasin n’en avait sur aucun de ses {{count}} membres : sans données de profil sur un client, elle ne fait rien pour lui. Collectez d’abord (carte de fidélité, jeu-concours, personnel).',
    caveatPersonalisationSomeProfileOne:
      'Vous avez lancé la personnalisation sans avoir collecté de données de profil avant : votre seul membre en avait déjà, par sa carte de fidélité, et le magasin savait {{known}} de ce qui lui serait utile sur lui. Elle n’agit qu’à la mesure de ces données : plus le magasin en sait, plus elle porte. Collectez d’abord (carte de fidélité, jeu-concours, personnel).',
    caveatPersonalisationSomeProfileOther:
      'Vous avez lancé la personnalisation sans avoir collecté de données de profil avant : {{withData}} de vos {{count}} membres en avaient déjà, par leur carte de fidélité, et le magasin savait en moyenne {{known}} de ce qui lui serait utile sur un membre. Elle n’agit qu’à la mesure de ces données : rien pour un membre sans données de profil, et plus le magasin en sait, plus elle porte. Collectez d’abord (carte de fidélité, jeu-concours, personnel).',
    /** collections were run before the launch, but the members' profile data at the launch says none reached them (engine ProgrammeKpi.membersWithData 0) */
    caveatPersonalisationMissedOne:
      'Vous avez lancé la personnalisation alors que le magasin n’avait pas de données de profil sur son seul membre : les collectes de données faites avant son lancement n’avaient pas recueilli les siennes. Sans données de profil sur un client, elle ne fait rien pour lui. Collectez d’abord auprès de sa cible (carte de fidélité, jeu-concours, personnel).',
    caveatPersonalisationMissedOther:
      'Vous avez lancé la personnalisation alors que le magasin n’avait de données de profil sur aucun de ses {{count}} membres : les collectes de données faites avant son lancement n’avaient recueilli celles d’aucun d’eux. Sans données de profil sur un client, elle ne fait rien pour lui. Collectez d’abord auprès de sa cible (carte de fidélité, jeu-concours, personnel).',
    wrongTarget: 'L’action « {{tool}} » devait viser les clients qui le méritent : ne cochez dans la cible que des segments parmi {{segments}} (un seul suffit).',
    /** each programme of the mission's run and its measured effect (ui/missions/missionProgrammes.ts, the dashboard's words: QA play F21) */
    effects: 'Ce que vos programmes ont rapporté',
    effectsIntro: 'Mesuré en comparant les clients inscrits à un groupe témoin, tenu à l’écart au hasard : le ROI est la marge gagnée en plus, moins ce que le programme a coûté, rapportée à ce coût.',
    programmeRoi: '{{programme}} : ROI {{roi}}',
    /** what the course says of a financial advantage's target; {{target}}: « cible : segments Très bon client » (debrief/actionText.ts targetText) */
    targetFinancialBest:
      'Votre avantage financier ({{target}}) : les très bons clients seraient venus de toute façon. La remise leur rend de l’argent sur des achats qu’ils auraient faits sans elle.',
    targetFinancialGood:
      'Votre avantage financier ({{target}}) : les bons clients peuvent encore venir plus souvent, c’est sur eux qu’une remise peut faire acheter plus qu’ils ne l’auraient fait sans elle.',
    targetFinancialOther:
      'Votre avantage financier ({{target}}) : une remise ne rapporte que sur les achats qu’elle fait faire en plus, pas sur ceux que ses clients auraient faits sans elle.',
    /** said after the target's note: what the ROI above tells, or why there is none (a financial advantage needs no consent: only a small target leaves it without control group) */
    roiBeyond: 'Le ROI ci-dessus dit ce qu’elle a rapporté au-delà.',
    roiCovered: 'Le ROI ci-dessus dit si ce supplément a couvert son coût.',
    roiUnmeasurable: 'Son gain sur ce que ces clients auraient acheté de toute façon ne peut pas se mesurer ici : la cible était trop petite pour un groupe témoin.',
  },
  lessonPlan: {
    title: 'Pour l’enseignant : une séance de 55 minutes',
    intro: 'Un déroulé possible avec une classe de 30 élèves, chacun sur sa tablette ou son poste.',
    steps: {
      open: { time: '0–5 min', text: 'Préparez le lien de classe (commerce, mission 1, graine commune) et projetez-le en code QR : les élèves le scannent et ouvrent Fidélis avec vos réglages.' },
      read: { time: '5–15 min', text: 'Mission 1 « Lire la base clients » : chacun trouve la taille d’un segment RFM. Faites dire à voix haute ce qu’est un « futur non-client » et comment on le repère.' },
      play: {
        time: '15–45 min',
        text: 'Missions 2 et 3 (avantage financier, réclamations et enquêtes, 15 minutes chacune) : chaque mission réussie ouvre la suivante, écran « Missions ». Les décisions et les réponses sont enregistrées dans le navigateur de l’élève, puis dans son fichier : rien à recopier ; chacun prépare seulement, pour le débriefing, la raison d’une de ses décisions. (Pour classer des stratégies entre elles, faites plutôt jouer toute la classe en partie libre, mode engagé, avec un lien de classe sans mission : le fichier se rend alors depuis l’onglet « Bilan ».)',
      },
      collect: {
        time: '45–48 min',
        text: 'Chaque élève va sur l’écran « Missions », sous sa mission (terminée ou en cours), et clique « Rendre mon travail » : son fichier de résultat dit les missions réussies dans ce navigateur, avec la réponse de la mission 1 et la date, et porte la partie de la dernière mission. Il écrit son nom et son équipe, puis dépose le fichier là où vous l’avez demandé (ENT, dossier partagé, clé USB). L’onglet « Bilan » de la même partie rend le même fichier, missions comprises.',
      },
      debrief: {
        time: '48–55 min',
        /** what the teacher reads in class (QA qa19 F6: 1 800 characters in one paragraph); the rest under « Détails » */
        text: 'Vue classe : importez tous les fichiers d’un coup et projetez le tableau. Les fichiers de mission sont listés à part, sans rang : chaque ligne dit quelles missions sont réussies. Débriefez une réponse de la mission 1 et un choix de cible de la mission 2.',
        details:
          'La colonne Vérification dit ce que le rejeu a vérifié : « partie confirmée par le rejeu », puis la mission que joue cette partie, « confirmée par le rejeu » si ses décisions rejouées atteignent l’objectif avec les outils demandés, sinon « non confirmée par le rejeu ». La réponse de la mission 1, une question, ne se rejoue pas : « réponse déclarée (non vérifiable) ». Les autres réussites sont déclarées par le navigateur de l’élève : « déclarée (non vérifiable) ». Une mission jouée dans une autre partie est « confirmée par le fichier … » quand la classe a le fichier de cette mission du même élève (même nom, même équipe, même commerce) et que son rejeu la confirme. Les fichiers de mission ne portent ni « résultat identique » ni « stratégie simple » : une mission demande à toute la classe la même action, sur une graine commune. La classe reste enregistrée dans ce navigateur pour le cours suivant. Pour des parties libres, triez le tableau par « Écart avec « sans action » » (le graphique s’ouvre sur cet écart) : il classe les stratégies par ce qu’elles ont rapporté de plus que ne rien faire, alors qu’un point d’objectif peut s’obtenir avec une seule enquête.',
      },
    },
    /** the plan of a class link without a mission (LessonPlan.svelte, QA qa31lesson m2), and a link too long for a QR code (m1) */
    free: {
      note: 'Déroulé d’une partie libre, comme le lien de classe préparé plus bas (sans mission). Pour celui des missions 1 à 3, choisissez dans ce lien un commerce fourni avec l’application et sa mission 1.',
      openPosted:
        'Préparez le lien de classe et publiez-le sur l’ENT, ou envoyez-le par copier-coller dans la messagerie : il est trop long pour un code QR. Les élèves l’ouvrent d’un clic et retrouvent Fidélis avec vos réglages.',
      open: { time: '0–5 min', text: 'Préparez le lien de classe (commerce, graine commune, mode engagé) et projetez-le en code QR : les élèves le scannent et ouvrent Fidélis avec vos réglages.' },
      read: { time: '5–10 min', text: 'Chacun lit la fiche du commerce sur l’accueil (objectifs, budget, durée) et commence la partie. Faites dire à voix haute ce que demande chaque objectif.' },
      play: {
        time: '10–45 min',
        text: 'Partie libre : chacun choisit ses cibles et ses outils pour atteindre les objectifs, et joue jusqu’à la fin. Les décisions sont enregistrées dans le navigateur de l’élève, puis dans son fichier : rien à recopier ; chacun prépare seulement, pour le débriefing, la raison d’une de ses décisions.',
      },
      collect: {
        time: '45–48 min',
        text: 'Chaque élève ouvre l’onglet « Bilan » de sa partie, écrit son nom et son équipe, télécharge son fichier (« Télécharger le fichier de résultat », ou « Rendre mon travail maintenant » si la partie n’est pas finie) et le dépose là où vous l’avez demandé (ENT, dossier partagé, clé USB).',
      },
      debrief: {
        time: '48–55 min',
        text: 'Vue classe : importez tous les fichiers d’un coup, triez le tableau par « Écart avec « sans action » » et projetez-le : il classe les stratégies par ce qu’elles ont rapporté de plus que ne rien faire. Débriefez la meilleure et la plus faible.',
      },
    },
    classView: 'Ouvrir la vue classe',
    details: 'Détails',
  },
  /** « Rendre mon travail » on the mission screen (MissionHandIn.svelte): the result file with the learner's missions of the shop */
  handIn: {
    title: 'Rendre mon travail',
    introOne:
      'Téléchargez votre fichier et déposez-le là où votre enseignant l’a demandé. Il dit les missions de ce commerce que vous avez réussies dans ce navigateur ({{passed}} mission réussie sur {{total}}), avec vos réponses, et porte la partie de cette mission, que la vue classe rejoue pour la vérifier.',
    introOther:
      'Téléchargez votre fichier et déposez-le là où votre enseignant l’a demandé. Il dit les missions de ce commerce que vous avez réussies dans ce navigateur ({{passed}} missions réussies sur {{total}}), avec vos réponses, et porte la partie de cette mission, que la vue classe rejoue pour la vérifier.',
    download: 'Rendre mon travail (télécharger le fichier)',
    /** the same texts for a mission run started without a teacher's class link (presets/runClass.ts fromClassLink) */
    self: {
      introOne:
        'Téléchargez votre fichier. Il dit les missions de ce commerce que vous avez réussies dans ce navigateur ({{passed}} mission réussie sur {{total}}), avec vos réponses, et porte la partie de cette mission, que la vue classe rejoue pour la vérifier.',
      introOther:
        'Téléchargez votre fichier. Il dit les missions de ce commerce que vous avez réussies dans ce navigateur ({{passed}} missions réussies sur {{total}}), avec vos réponses, et porte la partie de cette mission, que la vue classe rejoue pour la vérifier.',
    },
  },
  teacher: {
    title: 'Pour l’enseignant : lien de classe',
    referential: 'Référentiels et compétences',
    heading: 'Pour l’enseignant',
    shortcut: 'Vous êtes enseignant ? Plan de séance et lien de classe',
  },
  /** the missions screen's BTS referential (ui/competencies/CompetencyReferential.svelte): with the missions, not with every learner's competencies */
  referential: {
    intro: 'Les blocs de compétences des deux BTS et ce que Fidélis permet d’en travailler. Les intitulés sont ceux des référentiels ; seules les compétences réellement exercées dans l’application sont détaillées.',
    untrained: 'Non travaillé dans Fidélis.',
    trainedBy: 'Missions : {{missions}}',
    noMission: 'Aucune mission ne la travaille directement.',
    diploma: {
      mco: 'BTS MCO — Management commercial opérationnel',
      ndrc: 'BTS NDRC — Négociation et digitalisation de la relation client',
    },
  },
  /** the decisions screen's strategies a mission still locks (StrategyPanel.svelte): here, with the mission code, not in every learner's part */
  strategyLockedOne: '{{tools}} : pas encore disponible, la mission en cours la verrouille ; une mission suivante la débloque.',
  strategyLockedOther: '{{tools}} : pas encore disponibles, la mission en cours les verrouille ; une mission suivante les débloque.',
} as const);
