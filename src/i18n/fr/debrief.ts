/** French texts of the debrief report (src/ui/debrief): what happened, why, what it cost, what the course says. */
import { frenchArea } from '../frenchSpacing.ts';

export const debrief = frenchArea({
  title: 'Bilan',
  titleWithName: 'Bilan — {{name}}',
  /** neutral: the class view opens this Bilan for the teacher too (ClassBilan), where « votre magasin » addressed the wrong reader (QA class 15) */
  intro: 'Ce qui s’est passé dans le magasin, pourquoi, ce que cela a coûté et rapporté, et ce que dit le cours.',
  inProgressOne: 'Partie en cours : bilan après {{n}} {{tick}} sur {{total}}.',
  inProgressOther: 'Partie en cours : bilan après {{n}} {{ticks}} sur {{total}}.',
  finished: 'Partie terminée : bilan des {{total}} {{ticks}}.',
  noData: 'Rien n’a encore été joué : le bilan sera disponible après {{theTick}} 1.',
  print: 'Imprimer ou enregistrer en PDF',
  exportResult: 'Exporter le fichier de résultat',
  /** a share above 0 too small for one decimal, in a table cell (debriefFormat.ts): « < 0,1 % » */
  shareBelow: '< {{value}}',
  section: {
    objectives: 'Objectifs du scénario',
    summary: 'La partie en chiffres',
    departures: 'Pourquoi des clients sont partis',
    programmes: 'Effet de chaque action de fidélisation',
    costs: 'Coûts et retour sur investissement',
    satisfaction: 'Satisfaction réelle et satisfaction mesurée (notes moyennes)',
    course: 'Ce que dit le cours',
    /** in the shop's unit (decisions.tickWords): « semaine par semaine », « mois par mois » */
    timeline: 'Les décisions, {{tick}} par {{tick}}',
  },
  /** the same seed replayed with no decision (DebriefRoute, once the Bilan shows) */
  noAction: 'Par rapport à une partie sans aucune action (même graine, même durée) : marge nette {{margin}}, clients actifs {{customers}}.',
  /** after noAction: how this exact replay relates to the control-group estimates below */
  noActionVsControl:
    'Cette partie rejouée sans aucune action donne le gain exact de toutes les décisions ensemble, qu’aucun vrai magasin ne peut observer ; les groupes témoins ci-dessous donnent, programme par programme, l’estimation qu’un vrai magasin pourrait mesurer, avec sa marge d’erreur.',
  objectives: {
    objective: 'Objectif',
    target: 'Cible',
    value: 'Valeur obtenue',
    /** an objective checked at every period (`everyTick`): the worst value over the periods */
    valueLowest: '{{value}} (la plus basse)',
    valueHighest: '{{value}} (la plus haute)',
    state: 'Résultat',
    points: 'Points',
    checkedAt: 'Vérifié à la fin de',
    firstMet: 'Seuil franchi pour la première fois',
    /** the threshold was crossed, but the objective was missed at its checkpoint; {{deadline}}: « la semaine 52 » (QA class 15: « repassé de l’autre côté avant l’échéance » was unclear) */
    metThenLost: '{{period}}, puis perdu avant la fin de {{deadline}}',
    /** a level to keep (« garder au moins … ») met from the first period: not crossed, already there (objectiveGrades.ts firstMetCell, QA shops F13) */
    atStart: 'Déjà atteint au départ',
    atStartThenLost: 'Déjà atteint au départ, puis perdu avant la fin de {{deadline}}',
    notMeasured: 'non mesuré',
    never: 'jamais',
    scoreOne: 'Points gagnés : {{earned}} sur {{possible}}',
    scoreOther: 'Points gagnés : {{earned}} sur {{possible}}',
    /** score when the mission's figure earned its points but the mission is not passed (QA qa30missions m7): the Bilan's and the dashboard's */
    scoreShortfallOne: 'Points de l’objectif : {{earned}} sur {{possible}} (mission non réussie)',
    scoreShortfallOther: 'Points de l’objectif : {{earned}} sur {{possible}} (mission non réussie)',
    /** toolMissing, budgetStop: a mission's figure met that does not pass it (app/objectiveText.ts missionShortfall), as the dashboard says */
    stateLabel: { enCours: 'En cours', atteint: 'Atteint', manque: 'Non atteint', toolMissing: 'Valeur atteinte, outil manquant', budgetStop: 'Valeur atteinte, programme arrêté', wrongTarget: 'Valeur atteinte, mauvaise cible', measuredEarly: 'Valeur atteinte, mesurée trop tôt', setupStop: 'Valeur atteinte, programme arrêté trop tôt', lateStart: 'Valeur atteinte, programme lancé trop tard' },
    /* the line under toolMissing, budgetStop, wrongTarget: missionShortfall below, the dashboard's too (ui/dashboard/missionShortfallText.ts) */
    /** a run on another seed than the default: its figure targets moved by what doing nothing gives there (src/engine/seedTargets.ts) */
    seedAdjusted:
      'Cibles ajustées à la graine {{seed}} : celles du commerce sont réglées pour la graine {{defaultSeed}} ; chaque cible chiffrée a bougé de ce que cette graine donne sans aucune action, pour demander le même écart à « ne rien faire ».',
    adjustedFrom: 'au lieu de {{target}} à la graine {{seed}}',
  },
  summary: {
    indicator: 'Indicateur',
    value: 'Valeur',
    dormantNote: 'Un client dormant n’a pas acheté depuis un moment mais n’est pas parti : il compte encore parmi les clients du magasin (le taux de fidélisation le compte comme gardé), et une action peut le réveiller.',
    customersCaption: 'Les clients (actifs ou dormants) : au départ + recrutés − perdus = maintenant',
    customers: 'Clients (actifs ou dormants)',
    count: 'Nombre',
    flow: {
      atStart: 'Clients au départ (actifs ou dormants, sans les anciens clients déjà perdus)',
      recruited: '+ clients recrutés',
      lost: '− clients perdus',
      atEnd: '= clients maintenant',
      activeAtEnd: 'dont clients actifs (achat récent)',
      dormantAtEnd: 'dont clients dormants (pas d’achat depuis un moment, pas encore perdus)',
    },
    moneyCaption: 'Chiffre d’affaires, marges et budget',
    turnover: 'Chiffre d’affaires cumulé',
    grossMargin: 'Marge brute cumulée',
    netMargin: 'Marge nette cumulée (après actions et charges fixes)',
    costs: 'Dépenses marketing cumulées',
    discounts: 'dont remises accordées (payées par le budget et déjà retirées de la marge brute : la marge nette ne les retire pas une seconde fois)',
    budgetLeft: 'Budget restant',
  },
  departures: {
    none: 'Aucun client n’est parti pendant la partie.',
    totalOne: '{{total}} départ au total.',
    totalOther: '{{total}} départs au total.',
    cause: 'Cause',
    count: 'Départs',
    share: 'Part',
    kind: 'Schéma de l’infidélité',
    course: 'Fiche du cours',
    caption: 'Départs par cause et leur place dans le schéma de l’infidélité',
    /** incidents against complaints over the game: most dissatisfied customers never complain (QA teacher F9) */
    silent:
      'Incidents de service pendant la partie : {{incidents}} ; réclamations : {{complaints}} ({{share}}). La plupart des clients mécontents ne réclament jamais : le magasin ne voit que ceux qui se plaignent, les autres partent ou restent sans rien dire.',
    /**
     * the would-be customers unresolved complaints turned away, next to the complainers who left ({{count}}: departures
     * « Réclamation mal traitée »); the larger half of what ignoring costs (app/complaintWordOfMouth.ts, QA verify3 V5)
     */
    deterredOne:
      'Clients détournés par le bouche-à-oreille négatif : {{deterred}}, à comparer à {{count}} départ « Réclamation mal traitée ». Ils ne sont pas dans les départs ci-dessus : ils ne sont jamais venus, parce qu’un client mécontent leur a raconté sa réclamation restée sans solution.',
    deterredOther:
      'Clients détournés par le bouche-à-oreille négatif : {{deterred}}, à comparer à {{count}} départs « Réclamation mal traitée ». Ils ne sont pas dans les départs ci-dessus : ils ne sont jamais venus, parce qu’un client mécontent leur a raconté sa réclamation restée sans solution.',
    /** the rule, after the figure: {{unresolved}} complaints not resolved in the game, {{told}} people, {{conversion}} share, {{each}} walk-ins per complaint */
    deterredHow:
      'Comment est-ce calculé ? Chaque réclamation non résolue (ici {{unresolved}} en tout) est racontée à {{told}} personnes environ, dont {{conversion}} renoncent à venir : {{each}} arrivée spontanée de moins par réclamation, jamais plus que les arrivées attendues {{ofTick}}. Les {{told}} personnes sont une hypothèse du simulateur (d’après TARP) ; le nombre est une moyenne attendue, arrondie.',
  },
  programmes: {
    none: 'Aucun programme de fidélisation n’a été lancé.',
    action: 'Action',
    started: 'Début',
    ended: 'Fin',
    running: 'en cours',
    /**
     * a stopped programme: the period at whose start it stopped (nothing spent then), said as the note under it and every
     * screen say it (dashboard.programmes.measuredSpan); a bare « Semaine 7 » read as « ran through week 7 ».
     * {{period}}: after « de » (« de la semaine 7 », « du mois 7 »)
     */
    endedAt: 'arrêté au début {{period}}',
    endedForBudget: 'arrêté faute de budget au début {{period}}',
    targeted: 'Clients inscrits',
    control: 'Groupe témoin',
    cost: 'Coût',
    incremental: 'Marge supplémentaire',
    /** the column's header on a portrait tablet, in an <abbr> (incremental is what a screen reader says) */
    incrementalShort: 'Marge suppl.',
    roi: 'ROI',
    controlNone: 'aucun',
    estimateNote: 'La marge supplémentaire de chaque programme est estimée par comparaison avec son groupe témoin : des clients de sa cible tirés au hasard et non inscrits. Un chiffre dans sa marge d’erreur ne prouve aucun effet (il peut n’être que du hasard) ; sans groupe témoin (cible trop petite, ou trop peu de clients de la cible ayant consenti à un e-mail ou un SMS), l’effet n’est pas mesurable. Ces estimations, avant coût et avec leur marge d’erreur, peuvent différer du gain exact de toutes les décisions ensemble face à une partie sans aucune action, et même le dépasser : seule cette comparaison-là est exacte.',
    /** under the table when it lists two or more programmes and one effect is not shown (app/programmeEffect.ts rankingNotShown, QA verify3 V3) */
    noRanking:
      'Ne classez pas ces programmes par leurs estimations : quand l’effet n’est pas démontré, le vrai effet peut être d’un côté comme de l’autre de 0 (l’intervalle contient 0, ou il n’est pas fiable : trop peu de témoins ou de {{ticks}}). Ne comparez que des effets démontrés, ou attendez plus de {{ticks}} ou un plus grand groupe témoin.',
    noteOf: '{{name}} : {{note}}',
    /** the whole game, whatever the programmes' dates (programmeEffects.ts baseSegments); {{before}} « de la semaine 1 », {{after}} « à la semaine 52 » */
    /** {{before}}, {{after}}: the first and last periods after « de » (« du mois 1 ») */
    baseSegmentsCaption: 'Segments RFM de toute la clientèle (pas seulement des clients inscrits), à la fin {{before}} et {{after}}',
    /** under the segments' table: the lost customers are in « Inactif (RFM) » (QA qa29self m3); {{from}}, {{to}} « de la semaine 1 » */
    segmentsLost: '« {{inactive}} » compte aussi les clients perdus, qui ne rachèteront plus : {{before}} à la fin {{from}}, {{after}} à la fin {{to}}.',
    segment: 'Segment',
    delta: 'Évolution',
  },
  costs: {
    typeTitle: 'Dépenses par type d’action',
    acquisitionTitle: 'Dépenses d’acquisition par canal',
    type: 'Type d’action',
    channel: 'Canal',
    amount: 'Montant',
    none: 'Aucune dépense.',
    programmeRoiOne:
      'ROI du seul programme de fidélisation mesuré par un groupe témoin ({{programmes}}) : {{roi}} ; marge supplémentaire {{margin}}, pour {{cost}} dépensés ; {{effect}}.',
    programmeRoiOther:
      'ROI global des {{count}} programmes de fidélisation mesurés par un groupe témoin ({{programmes}}) : {{roi}} ; marge supplémentaire {{margin}}, pour {{cost}} dépensés ; {{effect}}.',
    programmeName: '{{name}}, lancé {{period}}',
    programmesUnmeasuredOne: '{{count}} programme sans groupe témoin (cible trop petite, ou trop peu de consentements à un e-mail ou un SMS) n’entre pas dans ce ROI : son effet n’est pas mesurable.',
    programmesUnmeasuredOther: '{{count}} programmes sans groupe témoin (cible trop petite, ou trop peu de consentements à un e-mail ou un SMS) n’entrent pas dans ce ROI : leur effet n’est pas mesurable.',
    programmeRoiNone: 'Aucun programme de fidélisation n’a encore coûté quelque chose : pas de ROI à calculer.',
    overallInSetupOne:
      'verdict d’ensemble non donné : {{count}} de ces programmes est encore en mise en place, son coût est compté mais son effet n’est pas encore attendu',
    overallInSetupOther:
      'verdict d’ensemble non donné : {{count}} de ces programmes sont encore en mise en place, leur coût est compté mais leur effet n’est pas encore attendu',
    overallInSetupOnly: 'verdict non donné : ce programme est encore en mise en place, son coût est compté mais son effet n’est pas encore attendu',
  },
  satisfaction: {
    reveal: 'Révélé au bilan : pendant la partie, seule la satisfaction mesurée par les enquêtes était visible.',
    trueStart: 'Satisfaction réelle au départ (note moyenne) : {{value}}',
    trueEnd: 'Satisfaction réelle maintenant (note moyenne) : {{value}}',
    /** what every figure of the section is: a mean score, not the course's « taux de satisfaction » (QA qa25 F1) */
    meanScore: 'Ces valeurs sont des notes moyennes ramenées sur 100 (la moyenne de ce que ressentent les clients), pas la part de clients satisfaits.',
    none: 'Aucune enquête n’a été menée : la satisfaction des clients est restée inconnue pendant toute la partie.',
    survey: 'Enquête',
    method: 'Méthode',
    sample: 'Échantillon',
    measured: 'Mesurée',
    truth: 'Réelle',
    within: 'Réalité dans la marge d’erreur ?',
    yes: 'oui',
    no: 'non',
    measuredValue: '{{mean}} ± {{margin}} pt',
    caption: 'Chaque enquête : satisfaction mesurée avec sa marge d’erreur, et satisfaction réelle (notes moyennes)',
  },
  course: {
    none: 'Rien de particulier à signaler pour l’instant.',
    topCause:
      'Première cause de départ : « {{cause}} » ({{count}} départs, {{share}}). La fiche du cours explique ce mécanisme et comment le prévenir.',
    competitorsPull:
      '{{share}} des départs viennent d’une « rencontre » (offre concurrente, recherche de nouveauté) : selon le schéma de l’infidélité, la rencontre provoque la rupture si rien n’attache le client au magasin.',
    /** how a financial advantage ended ({{ended}} below): stopped by the learner, or at the duration set at launch (QA expert F24) */
    discountEnd: {
      stopped: 'Le magasin a arrêté son avantage financier ({{instrument}})',
      duration: 'L’avantage financier ({{instrument}}) a pris fin à la durée prévue à son lancement',
    },
    discountStopped:
      '{{ended}} : départs pour cause de prix par {{tick}} pendant le programme : {{during}}, après : {{after}}. Un avantage financier est facile à lancer mais difficile à arrêter, et facile à imiter.',
    discountStoppedForBudget:
      'L’avantage financier ({{instrument}}) a été arrêté faute de budget, pour de bon : départs pour cause de prix par {{tick}} pendant le programme : {{during}}, après : {{after}}. Un avantage financier coûte chaque {{tick}} ; son arrêt, voulu ou non, se paie en départs.',
    discountStoppedQuiet:
      '{{ended}} : départs pour cause de prix par {{tick}} pendant le programme : {{during}}, après : {{after}}. Le contrecoup que décrit le cours (à l’arrêt, le prix normal ressenti comme une hausse par des clients habitués à la remise) n’apparaît pas dans les départs : {{reason}} Il est d’autant plus fort que la remise est forte et longue et que les membres achètent souvent.',
    discountStoppedForBudgetQuiet:
      'L’avantage financier ({{instrument}}) a été arrêté faute de budget, pour de bon : départs pour cause de prix par {{tick}} pendant le programme : {{during}}, après : {{after}}. Le contrecoup que décrit le cours (à l’arrêt, le prix normal ressenti comme une hausse par des clients habitués à la remise) n’apparaît pas dans les départs : {{reason}} Un avantage financier coûte chaque {{tick}}, et son arrêt se paie d’autant plus que la remise est forte et longue et que les membres achètent souvent.',
    /** why the backlash did not show in the learner's departures ({{reason}} above) */
    quietReason: {
      referencePrice:
        'à l’arrêt, {{beyond}} de ses {{members}} membres avaient un prix de référence assez bas pour ressentir le prix normal comme une hausse (écart moyen {{gap}} ; un prix n’est ressenti comme une hausse qu’au-delà de {{tolerance}}), et chacun ne risque de partir qu’au moment d’un achat, avec une faible probabilité. Leur satisfaction, elle, baisse à leurs achats suivants.',
      unknown: 'le programme a sans doute été court, ou ses membres achetaient trop peu souvent pour s’habituer à la remise.',
    },
    discountImitated:
      '{{competitor}} a imité l’avantage financier du magasin ({{instrument}}) dès {{period}} : à partir de là, il a perdu {{loss}} de son effet (hausse des achats, protection contre la concurrence). Un avantage financier est facile à copier : il ne distingue pas durablement le magasin.',
    discountImitatedUnknown:
      'Un concurrent a imité l’avantage financier du magasin ({{instrument}}) dès {{period}} : à partir de là, il a perdu {{loss}} de son effet (hausse des achats, protection contre la concurrence). Un avantage financier est facile à copier : il ne distingue pas durablement le magasin.',
    effectNotShownOne:
      '{{count}} programme n’a pas (encore) d’effet démontré sur la marge : sa marge supplémentaire reste dans la marge d’erreur de son groupe témoin. Un programme qui ne change rien pour les clients (une personnalisation sans données de profil, par exemple) ne montre rien de plus. Ses membres ont pu rester clients plus souvent que son groupe témoin (plus bas) : un écart à lire lui aussi avec sa marge d’erreur, et des clients gardés n’achètent pas toujours assez pour que cela se voie déjà dans la marge.',
    effectNotShownOther:
      '{{count}} programmes n’ont pas (encore) d’effet démontré sur la marge : leur marge supplémentaire reste dans la marge d’erreur de leur groupe témoin. Un programme qui ne change rien pour les clients (une personnalisation sans données de profil, par exemple) ne montre rien de plus. Leurs membres ont pu rester clients plus souvent que leurs groupes témoins (plus bas) : un écart à lire lui aussi avec sa marge d’erreur, et des clients gardés n’achètent pas toujours assez pour que cela se voie déjà dans la marge.',
    profitNotShownOne:
      '{{count}} programme a un effet démontré sur la marge, mais pas sur la rentabilité : sa marge supplémentaire dépasse sa marge d’erreur, mais, au bas de celle-ci, elle ne couvre pas son coût (son ROI peut encore être négatif). Un programme se juge après son coût, pas seulement sur la marge qu’il ajoute.',
    profitNotShownOther:
      '{{count}} programmes ont un effet démontré sur la marge, mais pas sur la rentabilité : leur marge supplémentaire dépasse leur marge d’erreur, mais, au bas de celle-ci, elle ne couvre pas leur coût (leur ROI peut encore être négatif). Un programme se juge après son coût, pas seulement sur la marge qu’il ajoute.',
    negativeRoiOne:
      '{{count}} programme a coûté plus qu’il n’a rapporté de marge supplémentaire : le ROI compare la marge gagnée au coût de l’action.',
    negativeRoiOther:
      '{{count}} programmes ont coûté plus qu’ils n’ont rapporté de marge supplémentaire : le ROI compare la marge gagnée au coût de l’action.',
    noSurvey:
      'La satisfaction n’a été mesurée à aucun moment : elle ne se voit pas, il faut la mesurer par un questionnaire (un client mystère, lui, note le service), avec un coût et une marge d’erreur.',
    surveyMissedOne:
      '{{count}} questionnaire a mesuré une satisfaction plus haute que la réalité, au-delà de sa marge d’erreur. Ce n’est pas la taille de l’échantillon : la marge d’erreur en tient déjà compte, elle couvre le hasard du tirage, pas le choix de ceux qui répondent. Les clients satisfaits répondent un peu plus souvent (biais de non-réponse) : la mesure penche vers le haut, et un plus grand échantillon n’y change rien.',
    surveyMissedOther:
      '{{count}} questionnaires ont mesuré une satisfaction plus haute que la réalité, au-delà de leur marge d’erreur. Ce n’est pas la taille de l’échantillon : la marge d’erreur en tient déjà compte, elle couvre le hasard du tirage, pas le choix de ceux qui répondent. Les clients satisfaits répondent un peu plus souvent (biais de non-réponse) : la mesure penche vers le haut, et un plus grand échantillon n’y change rien.',
    surveyChanceOne:
      '{{count}} questionnaire a mesuré une satisfaction plus basse que la réalité, au-delà de sa marge d’erreur : une marge d’erreur à 95 % laisse environ une chance sur vingt de manquer la réalité par simple hasard.',
    surveyChanceOther:
      '{{count}} questionnaires ont mesuré une satisfaction plus basse que la réalité, au-delà de leur marge d’erreur : une marge d’erreur à 95 % laisse environ une chance sur vingt de manquer la réalité par simple hasard.',
    mysteryMissedOne:
      '{{count}} enquête par client mystère s’est écartée de la satisfaction réelle au-delà de sa marge d’erreur : le client mystère note le service du magasin, pas la satisfaction des clients ; sa marge d’erreur dit la précision de cette note, pas l’écart avec ce que ressentent les clients.',
    mysteryMissedOther:
      '{{count}} enquêtes par client mystère se sont écartées de la satisfaction réelle au-delà de leur marge d’erreur : le client mystère note le service du magasin, pas la satisfaction des clients ; sa marge d’erreur dit la précision de cette note, pas l’écart avec ce que ressentent les clients.',
    discountBestCustomers:
      'Une remise a été accordée aux très bons clients : ils achètent déjà le maximum ; le cours conseille pour eux la reconnaissance et la connaissance de leurs besoins plutôt qu’un avantage financier.',
    /** {{deterred}}: clause.deterred, or nothing in a game saved before the KPIs recorded it */
    complaintsLostOne:
      '{{count}} client est parti après une réclamation mal traitée{{deterred}} : une réclamation traitée vite et bien garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu amener au magasin.',
    complaintsLostOther:
      '{{count}} clients sont partis après une réclamation mal traitée{{deterred}} : une réclamation traitée vite et bien garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu amener au magasin.',
    conquestOverRetention:
      'Le magasin a dépensé plus pour recruter ({{acquisition}}) que pour fidéliser ({{retention}}) : recruter un client coûte plus cher que le garder.',
    /** the strategies read from the learner's first programme of each (courseFindings.ts); {{vsControl}}, {{consent}}, {{data}}, {{lost}}: the clauses below */
    socialBondingOne:
      'Avec le lien social ({{instrument}}, lancé {{period}}), {{count}} client a été inscrit, pour {{cost}}. {{stopped}}{{vsControl}}Ses effets sont lents à venir (la confiance se construit en mois) mais durables, et difficiles à imiter par la concurrence.',
    socialBondingOther:
      'Avec le lien social ({{instrument}}, lancé {{period}}), {{count}} clients ont été inscrits, pour {{cost}}. {{stopped}}{{vsControl}}Ses effets sont lents à venir (la confiance se construit en mois) mais durables, et difficiles à imiter par la concurrence.',
    customisationOne:
      'Avec la customisation ({{instrument}}, lancée {{period}}), {{count}} client est lié au magasin par une barrière au changement : ce qui a été construit pour lui se perdrait s’il partait ailleurs. {{stopped}}Coût : {{cost}}. {{vsControl}}Le cours la dit coûteuse et sujette à résistance : les clients qui cherchent la nouveauté ou l’économie (besoins-types nouveauté et argent) supportent mal une offre fermée, leur barrière reste faible et leur satisfaction baisse.',
    customisationOther:
      'Avec la customisation ({{instrument}}, lancée {{period}}), {{count}} clients sont liés au magasin par une barrière au changement : ce qui a été construit pour eux se perdrait s’ils partaient ailleurs. {{stopped}}Coût : {{cost}}. {{vsControl}}Le cours la dit coûteuse et sujette à résistance : les clients qui cherchent la nouveauté ou l’économie (besoins-types nouveauté et argent) supportent mal une offre fermée, leur barrière reste faible et leur satisfaction baisse.',
    personalisationOne:
      'Avec la personnalisation ({{instrument}}, lancée {{period}}), {{count}} client a été inscrit. {{stopped}}{{consent}}Elle demande {{setup}} de mise en place, puis n’agit qu’à la mesure de ce que le magasin sait de chaque membre : sans données de profil, rien. {{data}}Coût : {{cost}}. {{vsControl}}Le cours la dit lente et coûteuse, mais forte et très difficile à imiter.',
    personalisationOther:
      'Avec la personnalisation ({{instrument}}, lancée {{period}}), {{count}} clients ont été inscrits. {{stopped}}{{consent}}Elle demande {{setup}} de mise en place, puis n’agit qu’à la mesure de ce que le magasin sait de chaque membre : sans données de profil, rien. {{data}}Coût : {{cost}}. {{vsControl}}Le cours la dit lente et coûteuse, mais forte et très difficile à imiter.',
    complaintPolicyOne:
      'La politique de réclamations, « {{level}} » depuis {{period}} : {{count}} réclamation reçue{{unpaid}} (résolues : {{resolved}}, dont {{fast}} rapidement) ; {{lost}}{{deterred}}. {{budget}}Une réclamation traitée vite et bien garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu amener au magasin. Et la plupart des clients insatisfaits ne réclament jamais.',
    complaintPolicyOther:
      'La politique de réclamations, « {{level}} » depuis {{period}} : {{count}} réclamations reçues{{unpaid}} (résolues : {{resolved}}, dont {{fast}} rapidement) ; {{lost}}{{deterred}}. {{budget}}Une réclamation traitée vite et bien garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu amener au magasin. Et la plupart des clients insatisfaits ne réclament jamais.',
    clause: {
      /**
       * each share with its 95 % margin of error (« 88,9 % ± 9,8 pt », near 100 % « 100 % (entre 90,6 % et 100 %) », app/retentionGap.ts); {{chance}}: when the two intervals
       * overlap, the sentence the charts' « Membres et groupe témoin » says too (dashboard.programmes.retentionMayBeChance; QA today 11)
       */
      vsControl:
        'À la dernière mesure, {{memberShare}} de ses membres étaient encore clients, contre {{controlShare}} de son groupe témoin ({{n}} clients). {{chance}}',
      consentOne: '{{count}} client de la cible n’a pas été contacté faute de consentement (RGPD) : une relance par e-mail ou SMS ne va qu’aux clients qui ont consenti. ',
      consentOther: '{{count}} clients de la cible n’ont pas été contactés faute de consentement (RGPD) : une relance par e-mail ou SMS ne va qu’aux clients qui ont consenti. ',
      dataBeforeOne: 'Avant son lancement, les collectes de données avaient recueilli les données de {{count}} client ; elles ne servent qu’aux membres qui en font partie. ',
      dataBeforeOther: 'Avant son lancement, les collectes de données avaient recueilli les données de {{count}} clients ; elles ne servent qu’aux membres qui en font partie. ',
      /** none of the learner's collections up to the programme's end (courseFindings.ts personalisationData, QA shops F4) */
      noDataBefore:
        'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres, par leur carte de fidélité quand ils en ont une. ',
      /** the same, counted from the members' profile data at the launch (engine ProgrammeKpi.membersWithData; QA expert F5) */
      noDataBeforeKnownOne:
        'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de son membre ({{withData}} sur {{count}} avec des données de profil, par sa carte de fidélité ; {{known}} de ce qui lui serait utile). ',
      noDataBeforeKnownOther:
        'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres : {{withData}} sur {{count}} avaient des données de profil, par leur carte de fidélité, et il en savait en moyenne {{known}} de ce qui lui serait utile. ',
      /** no collection, with the members' data recorded up to its end: the card teaches a little at each purchase (engine purchases.ts) */
      noCollection:
        'Aucune collecte de données avant ni pendant le programme : elle n’a pu s’appuyer que sur ce que le magasin savait déjà de ses membres, par leur carte de fidélité quand ils en ont une (chaque achat avec la carte lui en apprend un peu plus). ',
      /** the learner's collections up to the programme's end, when they were made ({{when}}: whenOnly, or the whenPart list in brackets) */
      dataCollectedOne: 'Les collectes de données ont recueilli les données de {{count}} client{{when}} ; elles ne servent qu’aux membres qui en font partie. ',
      dataCollectedOther: 'Les collectes de données ont recueilli les données de {{count}} clients{{when}} ; elles ne servent qu’aux membres qui en font partie. ',
      whenOnly: {
        before: ', avant son lancement',
        launchWeek: ', la semaine de son lancement',
        launchMonth: ', le mois de son lancement',
        setup: ', pendant sa mise en place',
        later: ', après ses premiers effets',
      },
      whenPart: {
        before: '{{count}} avant son lancement',
        launchWeek: '{{count}} la semaine de son lancement',
        launchMonth: '{{count}} le mois de son lancement',
        setup: '{{count}} pendant sa mise en place',
        later: '{{count}} après ses premiers effets',
      },
      /** how the engine uses them (strategies/personnalisation.ts reads each member's dataKnown every period once the set-up is over) */
      dataRule:
        'Elle lit chaque {{tick}} ce que le magasin sait de chacun de ses membres : une collecte faite avant ses premiers effets ({{effect}}) compte dès ceux-ci, une collecte plus tardive à partir {{ofTick}} où elle a été faite. ',
      /** the members' profile data at the launch and at its last running period (engine ProgrammeKpi.membersWithData, membersDataNow) */
      membersData:
        'Membres avec des données de profil : {{withStart}} sur {{count}} à son lancement (le magasin en savait en moyenne {{knownStart}} de ce qui lui serait utile), {{with}} sur {{members}} encore clients au dernier relevé, {{period}} ({{known}}). ',
      /** the set-up delay in the shop's periods (courseFindings.ts setupTicks: 6 weeks, 1 month; QA shops F13) */
      setupWeekOne: '{{count}} semaine',
      setupWeekOther: '{{count}} semaines',
      setupMonthOne: '{{count}} mois',
      setupMonthOther: '{{count}} mois',
      lostNone: 'aucun client n’est parti après une réclamation mal traitée',
      lostOne: '{{count}} client est parti après une réclamation mal traitée',
      lostOther: '{{count}} clients sont partis après une réclamation mal traitée',
      /** after lost (or complaintsLost's count): the would-be customers unresolved complaints turned away (QA verify3 V5) */
      deterredOne: ' ; {{count}} client détourné par le bouche-à-oreille négatif',
      deterredOther: ' ; {{count}} clients détournés par le bouche-à-oreille négatif',
      /** a strategy's programme that stopped before the end ({{at}}: « au mois 4 », « à la semaine 12 »; QA shops F13) */
      stopped: {
        budget:
          'Le programme a été arrêté faute de budget {{at}}, pour de bon : le budget ne pouvait plus payer son coût {{ofTick}} ; ce qu’il avait construit s’efface ensuite peu à peu. ',
        learner: 'Le magasin a arrêté le programme {{at}} ; ce qu’il avait construit s’efface ensuite peu à peu. ',
        duration: 'Le programme a pris fin {{at}}, à la durée prévue à son lancement ; ce qu’il avait construit s’efface ensuite peu à peu. ',
      },
      /** after the complaints received: those the budget could not pay (engine KPIs' complaintsUnpaid, QA shops F10), then why */
      unpaidOne: ', dont {{count}} non traitée faute de budget',
      unpaidOther: ', dont {{count}} non traitées faute de budget',
      unpaidWhy:
        'Une réclamation se paie sur ce que le budget laisse après la réserve des programmes en cours et des enquêtes {{ofTick}} : faute de budget, elle reste sans réponse, comme ignorée, quelle que soit la politique choisie. ',
      /** complaint handling a large share of the game's spending (courseFindings.ts COMPLAINT_COST_SHARE) */
      complaintCost:
        'Traiter les réclamations a coûté {{cost}} sur la partie, {{share}} des dépenses marketing : une politique plus soignée coûte plus par réclamation et laisse moins de budget aux autres actions. ',
    },
    atRiskGrew:
      'Le segment « Futur non-client » est passé de {{from}} à {{to}} clients : ce sont les clients à reconquérir en priorité avant qu’ils ne deviennent inactifs.',
    /** the game over, a notable share of the budget never spent (courseFindings.ts UNUSED_BUDGET_SHARE, QA class 5) */
    /** the same when an objective asked to keep a reserve (a mission's « au moins 1 000 € de budget »): only the rest was idle (QA qa29self m7) */
    budgetUnusedReserve:
      '{{left}} du budget n’ont jamais servi ({{share}} de ce qu’il a reçu), dont {{reserve}} que l’objectif demandait de garder : seul le reste aurait pu payer d’autres actions de fidélisation.',
    budgetUnused: '{{left}} du budget n’ont jamais servi ({{share}} de ce qu’il a reçu) : cet argent aurait pu payer des actions de fidélisation.',
    /** the same, with programmes the budget stopped and no programme of their strategy launched after */
    budgetUnusedStoppedOne:
      '{{left}} du budget n’ont jamais servi ({{share}} de ce qu’il a reçu) : {{count}} programme arrêté faute de budget n’a pas été relancé. Un arrêt est définitif, mais la même stratégie peut être lancée à nouveau quand les versements ont reconstitué le budget.',
    budgetUnusedStoppedOther:
      '{{left}} du budget n’ont jamais servi ({{share}} de ce qu’il a reçu) : {{count}} programmes arrêtés faute de budget n’ont pas été relancés. Un arrêt est définitif, mais la même stratégie peut être lancée à nouveau quand les versements ont reconstitué le budget.',
  },
  timeline: {
    none: 'Aucune décision n’a été prise.',
    afterType: ' : ',
    detail: ' — {{text}}',
    rejected: 'refusée : {{reason}}',
    allCustomers: 'toute la clientèle',
    target: 'cible : {{parts}}',
    durationOne: 'pendant {{n}} {{tick}}',
    durationOther: 'pendant {{n}} {{ticks}}',
    yes: 'oui',
    no: 'non',
    part: {
      segmentsOne: 'segment {{values}}',
      segmentsOther: 'segments {{values}}',
      rfSegmentsOne: 'segment R × F {{values}}',
      rfSegmentsOther: 'segments R × F {{values}}',
      stagesOne: 'étape {{values}}',
      stagesOther: 'étapes {{values}}',
      ladderOne: 'échelon {{values}}',
      ladderOther: 'échelons {{values}}',
      motivesOne: 'besoin-type {{values}}',
      motivesOther: 'besoins-types {{values}}',
      channelsOne: 'canal {{values}}',
      channelsOther: 'canaux {{values}}',
      value: '« {{value}} »',
      r: 'R de {{min}} à {{max}}',
      f: 'F de {{min}} à {{max}}',
      m: 'M de {{min}} à {{max}}',
      loyaltyCard: 'carte de fidélité : {{value}}',
      clubMember: 'membre du club : {{value}}',
      customerIdsOne: '{{count}} client choisi',
      customerIdsOther: '{{count}} clients choisis',
      townsOne: '{{count}} commune',
      townsOther: '{{count}} communes',
      townsNamedOne: 'commune {{names}}',
      townsNamedOther: 'communes {{names}}',
      minDataKnown: 'données connues au moins {{value}}',
      limit: 'au plus {{value}} clients',
    },
    action: {
      financier: '{{instrument}}, remise de {{rate}}',
      lienSocial: '{{instrument}}',
      personnalisation: '{{instrument}}',
      customisation: '{{instrument}}',
      collecteDonnees: '{{instrument}}',
      enquete: '{{instrument}} auprès de {{sample}} clients',
      politiqueReclamations: '{{level}}',
      acquisition: '{{channel}} : {{budget}}',
      arreterProgramme: 'arrêt du programme lancé {{period}}',
      arreterProgrammeNamed: '{{type}} — {{instrument}}, lancé {{period}}',
    },
  },
  /** the BTS competencies' evidence of the game (ui/competencies/CompetencyEvidence.svelte; a mission's debrief reads decision): with the debrief, not with every learner's competencies */
  competencyEvidence: {
    intro: 'Pour l’évaluation en cours de formation : chaque compétence avec les traces produites pendant la partie (décisions prises, résultats obtenus).',
    none: 'Aucune décision prise pour l’instant : pas encore de trace à relier aux compétences.',
    decision: '{{period}} : {{action}}',
    objective: 'Objectif « {{label}} » : {{state}}',
    /** an objective with no value (no survey in the period it asks for): listed all the same (QA class 14); « jamais
        mesuré » told a learner who had run a questionnaire in month 1, too early for « fait dans les 9 derniers mois », that it never happened (QA phone F5) */
    objectiveUnmeasured: 'Objectif « {{label}} » : {{state}} (pas de mesure dans le délai demandé)',
    state: {
      enCours: 'en cours',
      atteint: 'atteint',
      manque: 'manqué',
      /** a mission's figure met that does not pass it (app/objectiveText.ts missionShortfall), in the words of the objectives' table */
      toolMissing: 'valeur atteinte, outil manquant',
      budgetStop: 'valeur atteinte, programme arrêté',
      wrongTarget: 'valeur atteinte, mauvaise cible',
      measuredEarly: 'valeur atteinte, mesurée trop tôt',
      setupStop: 'valeur atteinte, programme arrêté trop tôt',
      lateStart: 'valeur atteinte, programme lancé trop tard',
    },
    moreOne: '… et {{count}} autre trace',
    moreOther: '… et {{count}} autres traces',
    blocShort: {
      mco1: 'Bloc 1',
      mco2: 'Bloc 2',
      mco3: 'Bloc 3',
      mco4: 'Bloc 4',
      ndrc1: 'Bloc 1',
      ndrc2: 'Bloc 2',
      ndrc3: 'Bloc 3',
    },
  },
  /**
   * A mission's objective whose figure alone does not pass it (app/objectiveText.ts missionShortfall, ui/dashboard/missionShortfallText.ts):
   * the dashboard's objective card (a mission run: the mission code comes with this part, App.svelte LazyMissions loadText), the
   * Bilan's table, the mission card and bilan, the class view's Bilan of a mission file. Here, not in the learner part: a free
   * game never shows them (bench app-learner-js). Their state labels are objectives.stateLabel's
   */
  missionShortfall: {
    /**
     * held and heldFinal when the mission's figure is met but does not pass it (app/objectiveText.ts missionShortfall): « Objectifs
     * atteints : 1 sur 1 » read first, before the line saying the mission failed (QA qa29access m1); the count stays « Et si… ? »'s
     */
    held: 'Valeurs atteintes ou tenues jusqu’ici : {{met}} sur {{total}}, mais cela ne suffit pas à réussir la mission (voir sous son objectif).',
    heldFinal: 'Valeurs atteintes : {{met}} sur {{total}}, mais la mission n’est pas réussie (voir sous son objectif).',
    /**
     * under objectives.stateLabel's budgetStop, wrongTarget, toolMissing, on the dashboard and in the Bilan (ui/dashboard/missionShortfallText.ts):
     * {{period}}: periodIn.name; {{tool}}: the tool's name; {{seeMission}}: seeMission on the dashboard, nothing in the Bilan
     */
    wrongTarget: 'L’action « {{tool}} » visait d’autres clients que ceux que la mission demande : la mission n’est pas réussie{{seeMission}}.',
    seeMission: ' (voir « Ma mission »)',
    budgetStopped: 'Un programme a été arrêté faute de budget {{period}} : la mission demandait de pouvoir le payer jusqu’au bout, elle n’est pas réussie.',
    /** {{measured}}, {{policy}}: periodIn.name of the last questionnaire and of the first complaint policy (missions/evaluate.ts measuredEarly; the only tool a mission measures after); {{rule}}: rule; {{advice}}: again or later */
    measuredEarly: {
      samePeriod: 'Le dernier questionnaire a été lancé {{measured}}, comme la politique de réclamations. {{rule}} {{advice}}',
      before: 'Le dernier questionnaire a été lancé {{measured}}, avant la politique de réclamations ({{policy}}). {{rule}} {{advice}}',
      /** {{rule}}: the mission's procedure, by the shop's unit (scenario tickUnit) */
      rule: {
        week: 'La mission ne compte qu’un questionnaire lancé après la semaine de la politique de réclamations : celui-ci ne compte donc pas.',
        month: 'La mission ne compte qu’un questionnaire lancé après le mois de la politique de réclamations : celui-ci ne compte donc pas.',
      },
      /** {{advice}} on the dashboard and the mission card while the mission goes on, by the shop's unit */
      /** the survey form's words (decisions.survey.apply, vocabulary.surveyMethod.questionnaire): « relancez un questionnaire » sent a student looking for such a button (QA qa30enTablet m5) */
      again: {
        week: 'La semaine suivante, choisissez de nouveau « Questionnaire » et appuyez sur « Commander l’enquête ».',
        month: 'Le mois suivant, choisissez de nouveau « Questionnaire » et appuyez sur « Commander l’enquête ».',
      },
      /** {{advice}} once the game is over (the dashboard after the last period, the Bilan, the mission bilan) */
      later: { week: 'Il fallait relancer un questionnaire la semaine suivante ou plus tard.', month: 'Il fallait relancer un questionnaire le mois suivant ou plus tard.' },
    },
    /**
     * a programme the learner stopped during its set-up (missions/evaluate.ts setupStop, ObjectiveCheck.keepRunning): {{tool}}
     * its tool's name, {{period}} and {{effect}} periodIn.name of its stop and of its first effect due; `dashboard` while the
     * mission goes on (another one kept passes), `debrief` once it is over. Read by the teacher too (class view): no « vous »
     */
    setupStop: {
      dashboard:
        'Programme « {{tool}} » arrêté {{period}}, pendant sa mise en place : il n’a rien pu produire (il devait agir dès {{effect}}). La mission demande d’en garder un au moins jusqu’à ce qu’il agisse : en relancer un et le garder.',
      debrief:
        'Programme « {{tool}} » arrêté {{period}}, pendant sa mise en place : il n’a rien pu produire (il devait agir dès {{effect}}). La mission demandait de le garder au moins jusqu’à ce qu’il agisse : elle n’est pas réussie.',
    },
    /**
     * the programme the mission keeps running launched too late to act (evaluate.ts notActed `late`, GRADING_RULES 7): {{tool}}
     * its tool's name, {{period}} its launch (periodIn.name), {{effect}} its first effect due (periodIn.from: « de la semaine
     * 14 », « du mois 14 »), after the game's last period. Read by the teacher too: no « vous »
     */
    lateStart: {
      dashboard:
        'Programme « {{tool}} » lancé {{period}}, trop tard : il devait agir à partir {{effect}}, après la fin de la partie, et ne produira rien. La mission demande qu’un programme de ce type agisse avant la fin de la partie.',
      debrief:
        'Programme « {{tool}} » lancé {{period}}, trop tard : il devait agir à partir {{effect}}, après la fin de la partie, et n’a rien pu produire. La mission demandait qu’il agisse avant la fin : elle n’est pas réussie.',
    },
    /** the tools a mission still asks for, as the mission card says (missions.missingTools) */
    toolsMissing: 'Outils encore à utiliser pour la mission : {{tools}}.',
    /** the bar of a mission's figure that does not pass it (missionShortfall): a full bar alone read as the mission passed (QA qa29access m1) */
    progress: 'Progression de la valeur vers la cible, la mission n’étant pas réussie pour autant : {{objective}}',
  },
} as const);
