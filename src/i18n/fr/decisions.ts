/** French strings of the decisions screen: target builder, actions, pending list, time controls. */
import { frenchArea } from '../frenchSpacing.ts';

export const decisions = frenchArea({
  title: 'Décisions',
  intro: 'Construisez une cible, choisissez une action, puis avancez dans le temps. Les décisions s’appliquent au début {{ofTick}} en cours.',
  /** once the game is over; followed by a link to the debrief (overLink) */
  over: 'La partie est terminée : plus aucune décision ne peut être prise. Les résultats sont dans le bilan :',
  overLink: 'lire le bilan',
  /** after overLink; followed by a link to « Et si… ? » (overWhatIfLink), then overEnd */
  overWhatIf: '. Pour essayer d’autres décisions à partir d’un moment déjà joué :',
  overWhatIfLink: 'ouvrir « Et si… ? »',
  overEnd: '.',
  /** a locked tool's note until its own comes (ToolGate.svelte: presets.toolLocked, a part of its own) */
  toolLocked: 'Outil verrouillé.',
  /** skip links at the top of the screen (QA class #3: 42 Tabs from the target to the strategy, up to 75 to the time bar) */
  skips: {
    label: 'Accès rapide',
    strategy: 'Aller au choix de la stratégie',
    timeBar: 'Aller à la barre du temps',
    /** after the time bar's buttons: back to the main navigation (QA qa13 K1: 82 Shift+Tab) */
    menu: 'Revenir au menu',
  },
  target: {
    title: 'Cible',
    segments: 'Segments RFM',
    stages: 'Étapes du cycle de vie',
    ladder: 'Échelle de fidélité',
    /** no record is ever a prospect (ui/customers/recordStages.ts, QA today 6): the stages and rungs offered leave it out */
    noProspects: 'Les prospects (pas encore clients) ne sont pas dans la base : une action ne vise que des clients. Une campagne de conquête les recrute.',
    motives: 'Besoins-types (SONCAS)',
    scores: 'Scores RFM',
    score: { r: 'Récence (R)', f: 'Fréquence (F)', m: 'Montant (M)' },
    from: 'de',
    to: 'à',
    anyScore: 'tous',
    town: 'Ville',
    anyTown: 'Toutes les villes',
    townNumber: 'Ville n° {{n}}',
    channels: 'Canal de contact préféré',
    membership: 'Carte et club',
    card: 'Carte de fidélité',
    club: 'Club clients',
    any: 'indifférent',
    yes: 'oui',
    no: 'non',
    minData: 'Données connues au minimum : {{value}}',
    /** under the slider: the customer file's « Données de profil collectées » (QA qa10 F7) */
    minDataHint: 'Part du profil collectée (besoins, préférences) : ce qu’utilise la personnalisation.',
    limit: 'Nombre maximum de clients (vide = tous)',
    limitRange: 'Indiquez un nombre entier d’au moins 1 ; sinon, la cible n’est pas limitée.',
    /** which customers a maximum keeps (engine target.ts: the first in index order), said once one is typed (QA hqa3 F15) */
    limitWhich: 'Ce sont les premiers clients de la cible par numéro de client (l’ordre de la liste ci-dessous), pas les meilleurs : pour viser les meilleurs, ajoutez un critère (segment, scores RFM).',
    reset: 'Effacer la cible',
    count: '{{n}} clients correspondent à la cible.',
    /** the lost customers who matched are not counted (no action reaches them), said apart (ui/decisions/targetCountLine.ts, QA play 26 #2) */
    countLostOne: '{{n}} clients correspondent à la cible ({{lost}} client perdu exclu).',
    countLostOther: '{{n}} clients correspondent à la cible ({{lost}} clients perdus exclus).',
    countOneLostOne: '1 client correspond à la cible ({{lost}} client perdu exclu).',
    countOneLostOther: '1 client correspond à la cible ({{lost}} clients perdus exclus).',
    countNoneLostOne: 'Aucun client encore là ne correspond à cette cible ({{lost}} client perdu exclu).',
    countNoneLostOther: 'Aucun client encore là ne correspond à cette cible ({{lost}} clients perdus exclus).',
    countOne: '1 client correspond à la cible.',
    countNone: 'Aucun client ne correspond à cette cible.',
    counting: 'Calcul…',
    everyone: 'Toute la base clients',
    preview: 'Premiers clients de la cible',
    previewName: 'Nom',
    previewStage: 'Étape',
    previewSegment: 'Segment',
    previewMotive: 'Besoin-type (SONCAS)',
    previewRfm: 'R-F-M',
    previewSpend: 'Dépense totale',
    noSegment: '—',
  },
  strategy: {
    title: 'Stratégie de fidélisation',
    choose: 'Stratégie',
    instrument: 'Outil',
    discount: 'Taux de remise : {{value}}',
    duration: 'Durée',
    untilStopped: 'jusqu’à l’arrêt',
    /** the radio (a limited duration) and its number field have distinct names for a screen reader (QA expert F26) */
    durationLimited: 'Pendant un nombre de {{ticks}} choisi',
    durationTicks: 'Nombre de {{ticks}}',
    durationRange: 'Indiquez un nombre entier de {{ticks}}, de 1 à {{max}}.',
    notAllowed: 'Verrouillée par votre enseignant (lien de classe).',
    advantages: 'Avantages',
    drawbacks: 'Inconvénients',
    delay: 'Délai d’effet attendu',
    cost: 'Coût estimé',
    costLineOne: '{{perTick}} par {{tick}}, soit {{total}} sur {{n}} {{tick}}',
    costLineOther: '{{perTick}} par {{tick}} au départ, soit environ {{total}} sur {{n}} {{ticks}} (en baisse à mesure que des membres partent)',
    costLineSetupOne: '{{perTick}} par {{tick}} et {{setup}} de mise en place, soit {{total}} sur {{n}} {{tick}}',
    costLineSetupOther:
      '{{perTick}} par {{tick}} au départ et {{setup}} de mise en place, soit environ {{total}} sur {{n}} {{ticks}} (en baisse à mesure que des membres partent)',
    costUnknown: 'Estimation : le coût réel dépend de ce que les clients achètent ; il est décompté chaque {{tick}}.',
    /** the engine's set-up delay (programmes.ts effectTick): the verdict says « en mise en place » until then (QA play F1) */
    delayTicksOne: 'Premiers effets attendus après {{n}} {{tick}} de mise en place : d’ici là, son coût est payé sans effet attendu.',
    delayTicksOther: 'Premiers effets attendus après {{n}} {{ticks}} de mise en place : d’ici là, son coût est payé sans effet attendu.',
    runwayPaidOne: 'Payé environ {{n}} {{tick}} avec le budget actuel, les programmes en cours et les décisions déjà prévues pour {{thisTick}}, puis arrêté faute de budget.',
    runwayPaidOther: 'Payé environ {{n}} {{ticks}} avec le budget actuel, les programmes en cours et les décisions déjà prévues pour {{thisTick}}, puis arrêté faute de budget.',
    /** what to do about it, said with it (QA hqa3 F6: a refusal announced with no way out) */
    /**
     * {{need}}: budget.need, the sum its first period needs (QA qa19 F2: « 4 183 € par période » under « Budget disponible
     * 4 350 € » was refused with no number that said why); {{advice}}: runwayAdvice, or runwayAdviceStop while a programme runs
     */
    runwayNone:
      'Le budget actuel ne peut pas le payer : il serait refusé (« budget insuffisant »). Avant de payer un programme, la simulation met de côté {{margin}} fois le coût prévu de {{firstTick}} : il lui faut {{need}} de budget disponible, après les programmes en cours et les décisions déjà prévues pour {{thisTick}}. {{advice}}',
    runwayAdvice: 'Réduisez la cible (« Nombre maximum de clients ») ou attendez que le budget remonte.',
    runwayAdviceStop: 'Réduisez la cible (« Nombre maximum de clients »), arrêtez d’abord un programme en cours, ou attendez que le budget remonte.',
    surveyCost: 'Coût estimé : {{cost}}',
    dataCost: 'Coût estimé : {{cost}} (un contact par client ciblé)',
    applyOne: 'Appliquer à la cible ({{n}} client)',
    applyOther: 'Appliquer à la cible ({{n}} clients)',
    applyEnrolledOne: 'Appliquer à la cible ({{n}} client inscrit)',
    applyEnrolledOther: 'Appliquer à la cible ({{n}} clients inscrits)',
    /** a data collection queued this period asks some first (app/enrolment.ts upTo, QA qa32optician M1) */
    applyRange: 'Appliquer à la cible ({{low}} à {{high}} clients inscrits)',
    enrolledOfOne: '{{enrolled}} client inscrit sur les {{targeted}} de la cible.',
    enrolledOfOther: '{{enrolled}} clients inscrits sur les {{targeted}} de la cible.',
    enrolledRange: 'Entre {{low}} et {{high}} clients inscrits sur les {{targeted}} de la cible, selon les consentements que recueillera la collecte prévue ; le coût estimé compte les {{high}}.',
    enrolledOfSingleOne: '{{enrolled}} client inscrit sur le seul client de la cible.',
    enrolledOfSingleOther: '{{enrolled}} clients inscrits sur le seul client de la cible.',
    enrolControl: '{{n}} clients tirés au hasard forment le groupe témoin : non inscrits et sans coût, ils servent à mesurer l’effet du programme.',
    /** under the minimum for a verdict (app/programmeEffect.ts VERDICT_MIN_CONTROL, the Bilan's); {{n}} ≥ 30, always plural */
    enrolControlSmall: '{{n}} témoins, c’est moins de {{min}} : trop peu pour démontrer l’effet du programme, il faudrait une cible plus large.',
    enrolNoControl:
      'Cible trop petite pour un groupe témoin : il faut au moins {{needed}} clients encore là dans la cible, et votre cible en compte {{targeted}} (les clients perdus ne comptent pas). Le groupe témoin en met de côté {{share}} % et ne se forme qu’à partir de {{min}} clients ({{share}} % de {{needed}}, arrondi, font {{min}}). Aucun client n’est mis de côté en groupe témoin : l’effet du programme ne sera pas mesurable.',
    /** {{advice}}: what to do, knowing the data collections already run (app/collectionAdvice.ts consentAdviceText, decisions.consentAdvice) */
    enrolNoControlConsentOne:
      'Trop peu de clients joignables pour un groupe témoin : seul {{consented}} client sur les {{targeted}} de la cible a donné son consentement (il en faut au moins {{needed}}). Il est inscrit, mais l’effet du programme ne sera pas mesurable. {{advice}}',
    enrolNoControlConsentOther:
      'Trop peu de clients joignables pour un groupe témoin : seuls {{consented}} clients sur les {{targeted}} de la cible ont donné leur consentement (il en faut au moins {{needed}}). Tous sont inscrits, mais l’effet du programme ne sera pas mesurable. {{advice}}',
    enrolLostOne: '{{n}} client perdu est exclu : un programme ne touche que les clients encore là.',
    enrolLostOther: '{{n}} clients perdus sont exclus : un programme ne touche que les clients encore là.',
    enrolNoConsentOne: '{{n}} client sans consentement ne sera pas contacté (RGPD) : un e-mail ou un SMS commercial demande son accord préalable. Il n’est ni inscrit ni facturé. Une collecte de données peut recueillir ce consentement.',
    enrolNoConsentOther: '{{n}} clients sans consentement ne seront pas contactés (RGPD) : un e-mail ou un SMS commercial demande leur accord préalable. Ils ne sont ni inscrits ni facturés. Une collecte de données peut recueillir ce consentement.',
    /** the same while « Collecte de données » is locked (mission 4): no advice the learner cannot follow (QA qa27missions m3) */
    enrolNoConsentLockedOne: '{{n}} client sans consentement ne sera pas contacté (RGPD) : un e-mail ou un SMS commercial demande son accord préalable. Il n’est ni inscrit ni facturé.',
    enrolNoConsentLockedOther: '{{n}} clients sans consentement ne seront pas contactés (RGPD) : un e-mail ou un SMS commercial demande leur accord préalable. Ils ne sont ni inscrits ni facturés.',
    /** a data collection queued this period asks {{asked}} of them first (engine actions.ts: a period's decisions in their order) */
    enrolNoConsentAskedOne: '{{n}} client sans consentement : la collecte prévue le lui demande ; s’il refuse, il ne sera ni inscrit ni facturé.',
    enrolNoConsentAskedOther: '{{n}} clients sans consentement : la collecte prévue le demande à {{asked}} d’entre eux ; qui refuse ne sera ni inscrit ni facturé.',
    /** a personalisation: what the shop knows of the customers it would reach (visible « données connues », app/targetSpend.ts reachedData; QA shops F8); « que le programme toucherait »: an e-mail or SMS reaches only the consenting ones, fewer than the target (QA hqa3 F11), and never the control group (QA qa23 F4) */
    dataKnownOne: 'Données connues en moyenne : {{mean}} ({{count}} client sans aucune donnée, sur les {{reached}} que le programme toucherait).',
    dataKnownOther: 'Données connues en moyenne : {{mean}} ({{count}} clients sans aucune donnée, sur les {{reached}} que le programme toucherait).',
    /** some with data, some without: the control group, drawn at launch, is left out of the count, which is then an estimate (app/targetSpend.ts reachedData; QA qa23 F4) */
    dataKnownAboutOne: 'Données connues en moyenne : {{mean}} (environ {{count}} client sans aucune donnée, sur les {{reached}} que le programme toucherait).',
    dataKnownAboutOther: 'Données connues en moyenne : {{mean}} (environ {{count}} clients sans aucune donnée, sur les {{reached}} que le programme toucherait).',
    dataKnownAll: 'Données connues en moyenne : {{mean}} (chacun des {{reached}} clients que le programme toucherait en a au moins une partie).',
    dataKnownHint:
      'Une personnalisation ne fait rien pour un client dont le magasin ne sait rien, et son effet grandit avec les données connues. Lancez d’abord une collecte de données sur cette cible (décision « Collecte de données »), puis la personnalisation {{nextTick}}.',
    /** a quarter or more known on average (a collection already run, most likely): no « d’abord » (QA hqa3 F4) */
    dataKnownHintMore:
      'Une personnalisation ne fait rien pour un client dont le magasin ne sait rien, et son effet grandit avec les données connues. Une collecte de données sur cette cible (décision « Collecte de données ») en apprendrait davantage sur les clients qui acceptent.',
    emptyTarget: 'La cible est vide : élargissez-la avant d’appliquer une stratégie.',
    /** {{advice}}: what to do, knowing the data collections already run (consentAdvice, places nobody / nobodyOnline) */
    nobodyConsented: 'Aucun client de la cible n’a donné son consentement : un e-mail ou un SMS ne peut toucher personne. {{advice}}',
    nobodyConsentedOnline: 'Aucun client de la cible n’a donné son consentement : un e-mail ou un SMS ne peut toucher personne. {{advice}}',
    allLost: 'Tous les clients de la cible sont perdus : visez des clients encore là avant d’appliquer une stratégie.',
    bestCustomersHint: 'La cible est surtout faite de très bons clients : ils achètent déjà leur maximum, une remise leur fait surtout payer moins. Le cours conseille pour eux la reconnaissance (lien social, personnalisation) plutôt qu’un avantage financier.',
  },
  /**
   * After « too few consented for a control group » (strategy form, programmes table, « Membres / groupe témoin »): what to
   * do, knowing the data collections already run (app/collectionAdvice.ts; QA qa4 #8: « lancez d’abord une collecte » to a
   * learner who had run one on that very target). {{period}}: dashboard.periodIn.name (« le mois 3 »)
   */
  consentAdvice: {
    /** no collection run before */
    none: {
      form: 'Pour le mesurer, lancez d’abord une collecte de données (décision « Collecte de données ») : les clients qui acceptent donnent leur consentement. Ou choisissez un outil en magasin.',
      formOnline:
        'Pour le mesurer, lancez d’abord une collecte de données (décision « Collecte de données ») : les clients qui acceptent donnent leur consentement. Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
      charts: 'Pour le mesurer, lancez d’abord une collecte de données (« Collecte de données »), puis un nouveau programme.',
      dashboard: 'Pour le mesurer, lancez d’abord une collecte de données, puis un nouveau programme.',
      /** nobody in the target consented (strategy.nobodyConsented) */
      nobody:
        'Lancez d’abord une collecte de données (décision « Collecte de données » : carte de fidélité, jeu-concours, personnel) ; les clients qui acceptent pourront être inscrits {{nextTick}}. Ou choisissez un outil en magasin.',
      nobodyOnline:
        'Lancez d’abord une collecte de données (décision « Collecte de données » : carte de fidélité, jeu-concours, personnel) ; les clients qui acceptent pourront être inscrits {{nextTick}}. Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
    },
    /** the form while « Collecte de données » is locked (a mission or the teacher): no advice the learner cannot follow (as enrolNoConsentLocked) */
    locked: {
      form: 'Pour le mesurer, choisissez un outil en magasin.',
      formOnline: 'Pour le mesurer, choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
      nobody: 'Choisissez un outil en magasin.',
      nobodyOnline: 'Choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
    },
    /** the form: a collection run before, on the same criteria, on criteria that take this target in, on others */
    before: {
      same: 'Une collecte de données a déjà été faite sur cette cible ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés). Une nouvelle collecte en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte.',
      wider:
        'Une collecte de données a déjà été faite sur une cible qui comprend celle-ci ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés). Une nouvelle collecte sur cette cible en convaincrait d’autres : chacune ne convainc qu’une partie des clients qu’elle contacte.',
      other:
        'Une collecte de données a déjà été faite ({{period}}), mais sur une autre cible : seuls ceux de ses clients qui sont aussi dans celle-ci ont pu y donner leur consentement. Une collecte sur cette cible en convaincrait d’autres.',
    },
    /** after « … pour un e-mail ou un SMS » in the form */
    tail: {
      form: 'Ou choisissez un outil en magasin.',
      formOnline: 'Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
      nobody: 'Les clients qui acceptent pourront être inscrits {{nextTick}}. Ou choisissez un outil en magasin.',
      nobodyOnline: 'Les clients qui acceptent pourront être inscrits {{nextTick}}. Ou choisissez un outil qui ne passe ni par l’e-mail ni par le SMS.',
    },
    /** a launched programme: a collection run before its launch */
    launched: {
      same: 'Une collecte de données avait déjà été faite sur cette cible ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés). Pour le mesurer, une nouvelle collecte en convaincrait d’autres (chacune ne convainc qu’une partie des clients qu’elle contacte), puis un nouveau programme.',
      wider:
        'Une collecte de données avait déjà été faite sur une cible qui comprend celle-ci ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés). Pour le mesurer, une nouvelle collecte sur cette cible en convaincrait d’autres (chacune ne convainc qu’une partie des clients qu’elle contacte), puis un nouveau programme.',
      other:
        'Une collecte de données avait déjà été faite ({{period}}), mais sur une autre cible : seuls ceux de ses clients qui étaient aussi dans celle-ci ont pu y donner leur consentement. Pour le mesurer, une collecte sur cette cible, puis un nouveau programme.',
    },
    /** a launched programme: a collection run since its launch, on the same criteria or wider ones */
    since: {
      same: 'Depuis, une collecte de données a été faite sur cette cible ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés) : un nouveau programme sur cette cible pourrait contacter aussi ceux qui ont accepté, et avoir son groupe témoin.',
      wider:
        'Depuis, une collecte de données a été faite sur une cible qui comprend celle-ci ({{period}} : acceptée par {{accepted}} des {{contacted}} clients contactés) : un nouveau programme sur cette cible pourrait contacter aussi ceux qui ont accepté, et avoir son groupe témoin.',
    },
  },
  programmes: {
    title: 'Programmes en cours',
    none: 'Aucun programme en cours.',
    name: '{{type}} — {{instrument}} (lancé {{period}})',
    /** queued this period, not launched yet */
    namePending: '{{type}} — {{instrument}} (à lancer {{period}})',
    lineOne: '{{name}}, {{targeted}} client, coût à ce jour {{cost}}',
    lineOther: '{{name}}, {{targeted}} clients, coût à ce jour {{cost}}',
    roi: 'ROI : {{roi}}',
    stop: 'Arrêter',
    stopLabel: 'Arrêter le programme {{name}}',
  },
  complaints: {
    title: 'Politique de réclamations',
    /**
     * ignoring costs mostly the walk-ins the unhappy customer's word of mouth turns away (QA verify3 V5), but the complainers who leave
     * are not « a few »: 0.54 x TARP_ACTION_SHARE against 0.05 x it when resolved fast, ten times more (service.ts; concepts audit C2);
     * « excellente » costs more than it keeps in every shop (engine README « Ce que coûte une réclamation »)
     */
    help: 'Une réclamation bien et vite traitée garde la plupart des clients ; ignorée, elle fait partir dix fois plus de plaignants et fuir les clients que le mécontent aurait pu vous amener (il la raconte à une dizaine de personnes : une hypothèse du simulateur, d’après les études TARP sur les clients mécontents). Mieux traiter coûte plus cher : le temps du personnel et un geste à la mesure du panier de référence du magasin. « Excellente » coûte, dans chaque magasin, plus que les clients qu’elle garde en plus : une réparation exceptionnelle rend le client à peine plus satisfait, sans guère le faire racheter davantage (d’après les études du « paradoxe de la réparation », de Matos et al. 2007).',
    apply: 'Appliquer cette politique',
    inForce: 'Politique en vigueur : {{level}}.',
    next: 'À partir de {{thisTick}} : {{level}} (décision en attente).',
    option: '{{level}} ({{cost}} par réclamation)',
    /** {{period}}: dashboard.periodIn.from (« de la semaine 4 », « du mois 4 ») */
    lastCostOne: 'Traitement des réclamations {{period}} : {{cost}} pour {{n}} réclamation, payés sur le budget.',
    lastCostOther: 'Traitement des réclamations {{period}} : {{cost}} pour {{n}} réclamations, payés sur le budget.',
    /**
     * before the first period: no longer « l'une des plus grosses dépenses » since a complaint costs in proportion to the basket
     * (QA play F5: 6,7 % of the bakery's spending under « Rapide »); engine step.ts pays them after the programmes' reserve
     */
    costNote:
      'Chaque réclamation traitée est payée sur le budget, chaque {{tick}}, au prix de la politique choisie (ci-dessus). Elle se paie sur ce que laisse la réserve des programmes en cours : faute de budget, elle n’est pas traitée.',
    lastCostUnpaidOne: 'Traitement des réclamations {{period}} : {{cost}} ; {{unpaid}} réclamation sur {{n}} non traitée faute de budget (les réclamations se paient sur ce que laisse la réserve des programmes en cours).',
    lastCostUnpaidOther: 'Traitement des réclamations {{period}} : {{cost}} ; {{unpaid}} réclamations sur {{n}} non traitées faute de budget (les réclamations se paient sur ce que laisse la réserve des programmes en cours).',
  },
  survey: {
    title: 'Mesurer la satisfaction',
    help: 'La satisfaction des clients est cachée : il faut la mesurer. Plus l’échantillon est grand, plus la marge d’erreur est petite, et plus c’est cher.',
    sampleSize: 'Taille de l’échantillon',
    visits: 'Nombre de visites',
    overBase: 'Un questionnaire ne peut pas interroger plus de clients que la base n’en compte encore ({{n}} clients encore là).',
    sampleRange: 'Indiquez un nombre entier de 5 à 5 000 réponses.',
    sampleRangeVisits: 'Indiquez un nombre entier de 5 à 5 000 visites.',
    /** what a mystery shopper measures: the service, not the customers' satisfaction (engine survey.ts; QA teacher F2) */
    mysteryNote:
      'Le client mystère ne demande rien aux clients : un enquêteur se fait passer pour un client et note le service du magasin (accueil, attente, incidents) ; vous payez chaque visite. Sa note s’affiche à part, « Note de service (client mystère) » : ce n’est pas la satisfaction de vos clients, que seul un questionnaire mesure.',
    /** the rate is the engine's SURVEY_RESPONSE_RATE; willing = about that share of the customers still there (engine survey.ts, QA qa10 F4) */
    answersNote:
      'Vous payez chaque réponse, jamais plus que le nombre demandé. Environ {{rate}} des clients encore là acceptent de répondre (les satisfaits un peu plus souvent), soit environ {{willing}} sur {{alive}} : en demander plus n’en donne pas plus, et vous ne payez que les réponses reçues.',
    costFewer: 'Coût estimé : environ {{cost}}, pour environ {{answers}} réponses. Le budget doit pouvoir payer les {{n}} demandées ({{max}}), sinon l’enquête est refusée.',
    apply: 'Commander l’enquête',
    onePerPeriod: 'Une enquête est déjà commandée pour {{thisTick}} : une seule par {{tick}}, car le tableau de bord ne montre qu’une mesure par {{tick}} (une seconde enquête serait payée sans que vous voyiez ses réponses). Retirez-la des décisions {{ofTick}} pour en commander une autre, ou attendez {{nextTick}}.',
  },
  data: {
    title: 'Collecte de données',
    help: 'Mieux connaître les clients de la cible (base de données clients) permet de mieux personnaliser ensuite.',
    applyOne: 'Collecter sur la cible ({{n}} client)',
    applyOther: 'Collecter sur la cible ({{n}} clients)',
    /** the engine contacts and charges only the target's customers still there (engine dataCollection.ts, QA F19) */
    lostOne: '{{n}} client perdu est exclu : une collecte ne contacte, et ne paie, que les clients encore là.',
    lostOther: '{{n}} clients perdus sont exclus : une collecte ne contacte, et ne paie, que les clients encore là.',
    allLost: 'Tous les clients de la cible sont perdus : visez des clients encore là avant de collecter des données.',
    emptyTarget: 'La cible est vide : élargissez-la avant de collecter des données.',
    /** the staff's collection in an online shop: by the customer service (QA shops 7) */
    personnelOnline: 'Par le service client',
    /**
     * what each instrument does, beside its name (QA hqa3 F3: three prices and nothing else to choose by);
     * {{accept}} engine params.ts DATA_ACCEPT, {{gain}} DATA_GAIN (share of the missing data learnt from one who accepts)
     */
    toolHelp: {
      carteFidelite:
        'le client reçoit une carte : environ {{accept}} des clients sollicités acceptent, et la boutique apprend {{gain}} de ce qu’elle ignorait d’eux ; la carte les retient un peu et chaque achat passé en caisse avec elle en apprend davantage.',
      jeuConcours: 'le moins cher : environ {{accept}} des clients sollicités participent, mais la boutique n’apprend que {{gain}} de ce qu’elle ignorait d’eux.',
      personnel: 'le plus cher : un vendeur pose les questions ; environ {{accept}} des clients sollicités répondent, et la boutique apprend {{gain}} de ce qu’elle ignorait d’eux.',
      personnelOnline: 'le plus cher : le service client pose les questions ; environ {{accept}} des clients sollicités répondent, et la boutique apprend {{gain}} de ce qu’elle ignorait d’eux.',
    },
  },
  acquisition: {
    title: 'Recrutement de nouveaux clients',
    help: 'Une campagne de conquête amène de nouveaux clients ; un client recruté qui reste coûte plus cher qu’un client gardé.',
    /** {{cost}}: engine unitCosts.ts recruitUnitCost; {{basket}}: the scenario's expected basket (paid channels only) */
    costPerRecruit: 'Coût par recrue sur ce canal : {{cost}} (le contact et l’offre de bienvenue, à la mesure du panier de référence du magasin, fixé à {{basket}} par le scénario). La plupart des recrues d’une campagne payée ne restent pas.',
    /**
     * the parrainage channel (engine acquisition.ts referralCampaign, QA verify3 V1): {{invitation}} REFERRAL_INVITATION_COST,
     * {{reward}} unitCosts.ts referralReward, {{atBest}} referralUnitCost, {{participation}} / {{conversion}} shares
     */
    costReferral: 'Le parrainage invite vos clients ({{invitation}} par client invité, même s’il ne parraine personne) et ne verse une récompense que si le filleul vient : {{reward}} au parrain et autant au filleul. Ses filleuls restent plus fidèles que les recrues des autres canaux, mais seuls vos clients satisfaits parrainent : sur un an, environ {{participation}} d’entre eux amènent quelqu’un, dont {{conversion}} deviennent clients, et une campagne répétée dans l’année retrouve des parrains qui ont déjà parrainé : elle amène de moins en moins. Une fois tous vos clients invités, le reste du budget n’est pas dépensé. Un filleul coûte au moins {{atBest}}, davantage si peu de vos clients sont satisfaits : c’est pourquoi la fidélisation passe d’abord.',
    channel: 'Canal',
    budget: 'Budget de la campagne (€)',
    /** under the budget, paid channels (recruitEstimate.ts): budget ÷ the cost per recruit, rounded down; fewer with negative word of mouth */
    recruitsOne: 'Environ {{n}} recrue pour ce budget, moins si des clients sont mécontents (leur bouche-à-oreille freine la conquête).',
    recruitsOther: 'Environ {{n}} recrues pour ce budget, moins si des clients sont mécontents (leur bouche-à-oreille freine la conquête).',
    recruitsNone: 'Ce budget ne paie pas une seule recrue sur ce canal.',
    budgetRange: 'Indiquez un budget en euros entiers, de 1 € à 1 000 000 €.',
    apply: 'Lancer la campagne',
  },
  pending: {
    title: 'Décisions {{ofTick}}',
    none: 'Aucune décision pour {{thisTick}}.',
    remove: 'Retirer',
    /** named by the decision, not only its number (QA learner en 11: a screen reader heard « décision 1, décision 2 ») */
    removeLabel: 'Retirer la décision {{n}} : {{action}}',
    undo: 'Annuler la dernière décision',
    undone: 'Décision annulée : {{action}}.',
    removed: 'Décision retirée : {{action}}.',
    /** a launch removed takes its stops planned in a what-if branch with it (app/whatif/planRemoval.ts) */
    alsoRemovedStop: 'Retiré aussi : l’arrêt de ce programme prévu ({{period}}) ; sans son lancement, le moteur l’aurait refusé.',
  },
  budget: {
    title: 'Coût estimé {{ofTick}}',
    programmes: 'Programmes en cours',
    decisions: 'Décisions {{ofTick}}',
    total: 'Total estimé',
    /** what the engine sets aside for the running programmes before anything is paid (periodCost.ts reserved; the dashboard's « réserve des programmes en cours ») */
    reserved: 'Réserve des programmes en cours, avec la marge de prudence ×{{margin}}',
    available: 'Budget disponible',
    /** the header's and this screen's « Budget disponible »: the dashboard's « Budget restant » plus the period's payment, in its words */
    availableDetail: '{{available}} (budget restant {{left}} + {{income}} versés au début {{ofTick}})',
    counting: 'Calcul…',
    over: 'Attention : le coût estimé ({{total}}) dépasse le budget disponible ({{available}}). En avançant, la simulation refusera les décisions qu’elle ne peut pas payer (« budget insuffisant ») et jouera {{theTick}} sans elles. Retirez ou réduisez des décisions avant d’avancer.',
    /** over, said under the refused decisions' warning (refusedOne/Other), which already says what happens and what to do (QA qa27missions m11) */
    overAlso: 'De plus, le coût estimé ({{total}}) dépasse le budget disponible ({{available}}).',
    /** over: no decision of the period costs anything, only the running programmes are over the budget */
    overProgrammes:
      'Attention : le coût estimé des programmes en cours ({{total}}) dépasse le budget disponible ({{available}}). En avançant, la simulation arrêtera faute de budget, pour de bon, le programme qu’elle ne peut plus payer. Pour choisir lequel, arrêtez un programme avant d’avancer (« Programmes en cours »).',
    overShort: 'Coût estimé ({{total}}) supérieur au budget disponible ({{available}}) : voir « Coût estimé {{ofTick}} ».',
    /**
     * decisions the engine will refuse by its budget rule (engine/budgetGate.ts, QA shops 2), even when the total fits: {{decisions}} are
     * refusedDecision items joined; the amounts are those reserved before the first one refused
     */
    refusedOne: 'Attention : en avançant, la simulation refusera la décision {{decisions}} (« budget insuffisant »). Avant de payer une décision, elle met de côté {{margin}} fois le coût prévu {{ofTick}} de chaque programme : avant celle-ci, {{running}} pour les programmes en cours et {{launched}} pour les programmes lancés {{thisTick}} ; il ne resterait que {{left}} pour elle, alors qu’il lui faut {{need}}. Retirez ou réduisez des décisions avant d’avancer.',
    refusedOther: 'Attention : en avançant, la simulation refusera les décisions {{decisions}} (« budget insuffisant »). Avant de payer une décision, elle met de côté {{margin}} fois le coût prévu {{ofTick}} de chaque programme : avant la première, {{running}} pour les programmes en cours et {{launched}} pour les programmes lancés {{thisTick}} ; il ne resterait que {{left}} pour elle, alors qu’il lui faut {{need}}. Retirez ou réduisez des décisions avant d’avancer.',
    /** one refused decision of refusedOne/Other: its number in « Décisions de la période » and its type */
    refusedDecision: '{{n}} ({{type}})',
    /** what a programme's first period needs by the budget rule (engine/budgetGate.ts needed): « 1,3 × 4 183 € = 5 438 € » */
    need: '{{margin}} × {{cost}} = {{needed}}',
    refusedShort: 'Une décision sera refusée faute de budget : voir « Coût estimé {{ofTick}} ».',
    runwayCovered: 'Au rythme actuel, le budget versé chaque {{tick}} couvre le coût des programmes : aucun ne sera arrêté faute de budget.{{sooner}}',
    runwayUntilEnd: 'Estimation (coût actuel par membre, départs de membres au rythme observé jusqu’ici) : le budget baisse mais paiera les programmes jusqu’à la fin de la partie.{{sooner}}',
    runwayNext: 'Au rythme actuel, le budget ne pourra pas payer {{programme}} {{nextTick}} : en avançant, il sera arrêté faute de budget, pour de bon. Arrêtez un programme ou réduisez les dépenses avant d’avancer.{{then}}{{sooner}}',
    runwayCutOne: 'Estimation (coût actuel par membre, départs de membres au rythme observé jusqu’ici) : le budget paiera {{programme}} encore {{count}} {{tick}}. Dès {{period}}, il ne le pourra plus : arrêt faute de budget, pour de bon.{{then}}{{sooner}}',
    runwayCutOther: 'Estimation (coût actuel par membre, départs de membres au rythme observé jusqu’ici) : le budget paiera {{programme}} encore {{count}} {{ticks}}. Dès {{period}}, il ne le pourra plus : arrêt faute de budget, pour de bon.{{then}}{{sooner}}',
    /**
     * {{sooner}} of the five sentences above: a stop the customers' purchases may bring sooner than said (app/budgetRunway.ts
     * sooner: a financial advantage's discounts follow them; QA learner 1, the coupons stopped in week 5, forecast for week 16), empty when none
     */
    runwaySooner: 'Selon les achats des clients{{why}}, {{programme}} peut aussi être arrêté plus tôt, vers {{period}}.',
    /** runwaySooner for the last programme the stops above named (QA qa31phoneEn m6: not named twice, with two weeks) */
    runwaySoonerIt: 'Selon les achats des clients{{why}}, le budget pourrait l’arrêter plus tôt, vers {{period}}.',
    /** runwaySooner for another programme the stops above named: no « aussi » */
    runwaySoonerNamed: 'Selon les achats des clients{{why}}, {{programme}} pourrait être arrêté plus tôt, vers {{period}}.',
    /** {{why}} of the three above when the programme's cost follows the purchases (a financial advantage), else empty */
    runwaySoonerWhy: ' (une remise coûte ce qu’ils achètent)',
    runwayName: '« {{name}} »',
    runwayAnd: ' et ',
    /**
     * {{then}} of the three sentences above: the programmes the budget will stop after the first ones, in the engine's order
     * (app/budgetRunway.ts cuts, QA play F10: the second stop was said only one period ahead), empty when none
     */
    runwayThen: 'Ensuite, le budget ne suffira toujours pas : arrêt aussi {{cuts}}.',
    /** one later stop of runwayThen (« de « Personnalisation — Relance personnalisée » dès la semaine 8 »), joined by runwayThenJoin */
    runwayThenItem: 'de {{programme}} dès {{period}}',
    runwayThenJoin: ', puis ',
    note: 'Estimation faite avec les coûts affichés par les formulaires ; le traitement des réclamations s’y ajoute. La simulation décide au moment d’avancer.',
  },
  /** « période » in the shop's unit, inside a sentence ({{tick}}, {{ticks}}, {{theTick}}, {{ofTick}}, {{thisTick}}, {{nextTick}}, {{firstTick}}: locale.svelte.ts tickWords, on every game screen), as the time bar's « Avancer d’une semaine » (QA qa31phoneEn m1) */
  tickWords: {
    week: { tick: 'semaine', ticks: 'semaines', theTick: 'la semaine', ofTick: 'de la semaine', thisTick: 'cette semaine', nextTick: 'la semaine suivante', firstTick: 'sa première semaine' },
    month: { tick: 'mois', ticks: 'mois', theTick: 'le mois', ofTick: 'du mois', thisTick: 'ce mois', nextTick: 'le mois suivant', firstTick: 'son premier mois' },
  },
  advance: {
    title: 'Avancer dans le temps',
    /** in the shop's unit, as the mission's progress (missions.banner.progress): « période » beside « jouez 4 semaines » read as another thing (QA qa28class55 F5) */
    one: { week: 'Avancer d’une semaine', month: 'Avancer d’un mois' },
    /** {{n}}: 4, or the 2 or 3 periods left (ui/decisions/severalPeriods.ts) */
    several: { week: 'Avancer de {{n}} semaines', month: 'Avancer de {{n}} mois' },
    end: 'Aller jusqu’à la fin',
    /** a phone's time bar: unfolds « Avancer de 4 périodes », « Aller jusqu’à la fin », « Lecture » (aria-expanded) */
    more: 'Autres choix',
    play: 'Lecture',
    pause: 'Pause',
    busy: 'Simulation en cours…',
    pendingOne: '{{n}} décision en attente pour {{thisTick}}',
    pendingOther: '{{n}} décisions en attente pour {{thisTick}}',
    readOnly: 'Lecture seule : partie ouverte dans un autre onglet (voir le message en haut de page).',
    /** followed by a link to the debrief screen (finishedLink) */
    finished: 'La partie est terminée :',
    finishedLink: 'lisez le bilan',
    /** said (polite status) once a period is played, not while playing: « Semaine 5 : 12 clients perdus, 9 nouveaux clients. » */
    outcome: '{{period}} : {{lost}}, {{won}}.',
    lostOne: '{{count}} client perdu',
    lostOther: '{{count}} clients perdus',
    wonOne: '{{count}} nouveau client',
    wonOther: '{{count}} nouveaux clients',
    /** several periods played at once (« Avancer de 4 périodes », « Lecture » then « Pause »): their sums */
    outcomeWeeks: 'Semaines {{from}} à {{to}} : {{lost}}, {{won}}.',
    /** after outcome*: a programme the engine stopped for lack of budget in the periods played (QA learner 1); {{programme}} is its name */
    outcomeStopped: '{{period}} : « {{programme}} » arrêté faute de budget.',
    outcomeMonths: 'Mois {{from}} à {{to}} : {{lost}}, {{won}}.',
    /** « Aller jusqu’à la fin » asks first, in the bar (a tap next to « Avancer de 4 périodes » ended the game) */
    /** in the shop's unit, as the time bar's « Avancer d’une semaine » (« 52 périodes » beside « Avancer de 4 semaines », QA qa30enTablet m2) */
    endConfirm: {
      weekOne: 'Jouer la dernière semaine avec les décisions en vigueur, sans nouvelle décision ?',
      weekOther: 'Jouer d’un coup les {{n}} semaines restantes avec les décisions en vigueur, sans nouvelle décision ?',
      monthOne: 'Jouer le dernier mois avec les décisions en vigueur, sans nouvelle décision ?',
      monthOther: 'Jouer d’un coup les {{n}} mois restants avec les décisions en vigueur, sans nouvelle décision ?',
    },
    /** decisions already queued or planned (a what-if branch's plan) are played at their period: « sans nouvelle décision » read as dropped (QA play 26 #3) */
    endConfirmPlanned: {
      weekOne: 'Jouer la dernière semaine avec les décisions en vigueur et celles déjà prévues pour elle, sans autre décision ?',
      weekOther: 'Jouer d’un coup les {{n}} semaines restantes avec les décisions en vigueur et celles déjà prévues, chacune à sa semaine, sans autre décision ?',
      monthOne: 'Jouer le dernier mois avec les décisions en vigueur et celles déjà prévues pour lui, sans autre décision ?',
      monthOther: 'Jouer d’un coup les {{n}} mois restants avec les décisions en vigueur et celles déjà prévues, chacune à son mois, sans autre décision ?',
    },
    /** under the question, one per objective it loses (EndConfirm, endLosses.ts: a measured satisfaction only): {{period}} is periodIn.from */
    endConfirmLost: 'L’objectif de satisfaction demande un questionnaire à partir {{period}} : il ne sera pas atteint.',
    endConfirmYes: { weekOne: 'Jouer la dernière semaine', weekOther: 'Jouer les {{n}} semaines', monthOne: 'Jouer le dernier mois', monthOther: 'Jouer les {{n}} mois' },
    endConfirmCancel: 'Annuler',
  },
  /** the − / + buttons beside a slider (SliderField.svelte), named after what they change */
  slider: {
    less: 'Diminuer : {{name}}',
    more: 'Augmenter : {{name}}',
    discount: 'Taux de remise',
    minData: 'Données connues au minimum',
  },
  describe: {
    line: '{{type}} : {{detail}}',
    financier: '{{instrument}}, remise {{rate}}, {{target}}',
    programme: '{{instrument}}, {{target}}',
    collecteDonnees: '{{instrument}}, {{target}}',
    enquete: '{{instrument}}, {{n}} réponses demandées',
    enqueteMystere: '{{instrument}}, {{n}} visites',
    politiqueReclamations: 'niveau « {{level}} »',
    acquisition: '{{channel}}, {{budget}}',
    arreterProgramme: '{{name}}',
    arreterProgrammeId: 'programme {{id}}',
    forTicksOne: 'pendant {{n}} {{tick}}',
    forTicksOther: 'pendant {{n}} {{ticks}}',
  },
  targetSummary: {
    flag: '{{name}} : {{value}}',
    everyone: 'toute la base',
    customersOne: '{{n}} client choisi',
    customersOther: '{{n}} clients choisis',
    criteria: 'cible : {{criteria}}',
    limitOne: '{{n}} client au plus',
    limitOther: '{{n}} clients au plus',
    scores: '{{letter}} de {{from}} à {{to}}',
    minData: 'données ≥ {{value}}',
  },
  invalid: 'Décision invalide : {{detail}}',
  notAllowed: 'Cette stratégie n’est pas autorisée dans ce scénario.',
  duplicate: {
    programme: 'Ce programme est déjà prévu pour cette cible {{thisTick}} : il ne sera pas lancé (ni payé) deux fois. Vous pouvez le retirer dans « Décisions {{ofTick}} ».',
    collection: 'Cette collecte de données est déjà prévue pour cette cible {{thisTick}} : elle ne sera pas faite (ni payée) deux fois.',
    other: 'Cette décision est déjà prévue pour {{thisTick}} : elle ne sera pas appliquée (ni payée) deux fois.',
  },
  /** {{period}}: « à la semaine 6 » (dashboard.periodIn.to): the notice stays until dismissed, many periods later (QA hqa F2) */
  rejected: 'Action refusée par la simulation {{period}} ({{action}}) : {{reason}}',
  /** a refusal « budget insuffisant » of decisions the screen had estimated: what the engine reserved before it (engine/budgetGate.ts, QA shops 2) */
  rejectedReserved:
    'Action refusée par la simulation {{period}} ({{action}}) : {{reason}}. Avant elle, la simulation avait mis de côté, {{period}}, {{margin}} fois le coût prévu des programmes : {{running}} pour les programmes en cours et {{launched}} pour les programmes lancés {{period}}. Il ne restait que {{left}} pour elle, alors qu’il lui fallait {{need}}.',
  // reason ids sent by the engine (src/engine/actions.ts)
  reason: {
    budgetInsuffisant: 'budget insuffisant',
    strategieIndisponible: 'stratégie non autorisée dans ce scénario',
    canalIndisponible: 'canal non disponible dans ce scénario',
    programmeInconnu: 'programme inconnu ou déjà arrêté',
    cibleVide: 'la cible ne contient aucun client',
    sansConsentement: 'aucun client de la cible n’a donné son consentement pour être contacté par e-mail ou SMS (RGPD)',
  },
} as const);
