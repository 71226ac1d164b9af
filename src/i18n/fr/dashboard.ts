/** Dashboard strings: KPI cards, the three levers of turnover, satisfaction, objectives, programmes, event feed. */
import { frenchArea } from '../frenchSpacing.ts';

export const dashboard = frenchArea({
  title: 'Tableau de bord',
  period: { week: 'Semaine {{n}}', month: 'Mois {{n}}' },
  asOf: 'Situation à la fin de la période : {{period}}',
  noData: 'Aucune période simulée pour l’instant. Prenez vos décisions puis avancez d’une période pour voir les premiers indicateurs.',
  kpisTitle: 'Indicateurs clés',
  /** a card's glass box button (ui/glassBox); what it opens is the glassBox area, fetched then */
  glassToggle: 'Comment est-ce calculé ?',
  glassToggleFor: 'Comment est-ce calculé ? ({{kpi}})',
  kpi: {
    turnover: 'Chiffre d’affaires',
    activeCustomers: 'Clients actifs',
    retention: 'Taux de fidélisation',
    churn: 'Taux d’attrition',
    acquisitions: 'Nouveaux clients',
    satisfaction: 'Satisfaction mesurée (note moyenne)',
    budgetLeft: 'Budget restant',
    grossMargin: 'Marge brute',
    netMargin: 'Marge nette',
    frequency: 'Fréquence d’achat',
    averageBasket: 'Panier moyen',
    relationshipLength: 'Durée de la relation',
  },
  kpiHint: {
    retention: 'part des clients (actifs ou dormants) du début de période qui ne sont pas perdus à la fin : un client devenu dormant compte comme gardé',
    churn: 'part des clients (actifs ou dormants) du début de période perdus pendant la période',
    netMargin: 'marge brute moins le coût des actions (hors remises, déjà retirées de la marge brute) et les frais fixes',
    /** QA verify3 V7: the funnel's « Client actif » leaves the new customers out */
    activeCustomers: 'nouveaux clients compris (étapes « Nouveau (1er achat) » et « Client actif » du cycle de vie)',
    frequency: 'achats par client actif et par période',
    relationshipLength: 'durée attendue de la relation, d’après l’attrition',
    overBudget: 'Budget dépassé : les actions en cours coûtent plus que ce qui reste.',
  },
  trend: {
    up: 'En hausse',
    down: 'En baisse',
    flat: 'Stable',
    first: { week: 'Première semaine', month: 'Premier mois' },
    favourable: 'favorable',
    unfavourable: 'défavorable',
    /** in the shop's unit, as the time bar and « Situation à la fin de la semaine 50 » above (QA qa30enTablet m2) */
    change: { week: '{{direction}} : {{delta}} par rapport à la semaine précédente', month: '{{direction}} : {{delta}} par rapport au mois précédent' },
    changeJudged: {
      week: '{{direction}} ({{judgement}}) : {{delta}} par rapport à la semaine précédente',
      month: '{{direction}} ({{judgement}}) : {{delta}} par rapport au mois précédent',
    },
  },
  unit: {
    points: '{{value}} pt',
    /** a share with its 95 % margin of error, as a survey's result is written (app/retentionGap.ts shareWithMarginText): « 91,2 % ± 2,8 pt » */
    withMargin: '{{value}} ± {{margin}} pt',
    /** the same near 0 or 100 %, where « ± » would read as a range past the bounds (QA qa24 m4): the 95 % interval itself, « 100 % (entre 96,3 % et 100 %) » */
    withInterval: '{{value}} (entre {{low}} et {{high}})',
    /** a length in periods (leverText.ts ticksText), counted: French « 0 semaine », « 1,5 semaine » (QA qa29access m3) */
    weekOne: '{{value}} semaine',
    weekOther: '{{value}} semaines',
    monthOne: '{{value}} mois',
    monthOther: '{{value}} mois',
    perTick: '{{value}} par client',
    veryLong: 'très longue (aucun départ récent)',
    /** the purchase frequency lever's unit, after its value (counted: French 0,075 is singular) */
    frequency: {
      weekOne: 'achat par client actif et par semaine',
      weekOther: 'achats par client actif et par semaine',
      monthOne: 'achat par client actif et par mois',
      monthOther: 'achats par client actif et par mois',
    },
  },
  /**
   * every new customer a customer brought, by a referral campaign or spontaneously (acquiredByReferral): « par parrainage » told a
   * student who ran no referral campaign that one had recruited them, beside the feed's « 2 recommandés spontanément » (QA hqa F13)
   */
  acquisitionsDetail: 'dont {{referrals}} sur recommandation d’un client',
  /**
   * under « Budget restant » while periods remain: the header's « Budget disponible » (shell.budgetAvailable) is this figure plus
   * the next period's payment (QA class: two budgets on one screen, which to trust?); {{period}} is periodIn.from
   */
  budgetAvailableDetail:
    'Budget disponible (en haut de l’écran) : {{available}} = ce budget restant + {{income}} versés au début {{period}}, ce que cette période pourra dépenser, programmes en cours compris.',
  /**
   * under the new customers: the would-be customers unresolved complaints turned away since the start, beside the complainers
   * who left (app/complaintWordOfMouth.ts, QA verify3 V5); the rule is in the card's « Comment est-ce calculé ? »
   */
  wordOfMouthDetail: 'Clients détournés par le bouche-à-oreille négatif : {{deterred}} depuis le début (départs « Réclamation mal traitée » : {{left}})',
  /** how the card's yearly line (yearlyKept) is computed, in its « Comment est-ce calculé ? »: no figure, the line gives it (QA tablet verify N3) */
  yearlyRetention: 'Sur un an : {{pace}}, taux de fidélisation composés sur {{year}}. Le nombre de clients actifs peut baisser bien plus vite.',
  /** the period a retention or churn rate covers, under its figure (KpiCard period) */
  kpiPeriod: { week: 'd’une semaine à l’autre', month: 'd’un mois à l’autre' },
  /** under a card's sparkline, on paper only (KpiCard seriesEnds): {{from}}, {{to}}: period (« Semaine 2 ») */
  seriesEnds: 'Courbe : de {{first}} ({{from}}) à {{last}} ({{to}})',
  /** the same rate over a year, under it (KpiCard sub): the yearly retention (results/yearlyRetention.ts) */
  yearlyKept: '{{pace}} : {{kept}} des clients gardés sur un an',
  yearlyLost: '{{pace}} : {{lost}} des clients perdus sur un an',
  /** the periods the yearly figure averages: the last year's, or all those played when fewer */
  yearlyPace: {
    weekOne: 'au rythme de la seule semaine jouée',
    weekOther: 'au rythme moyen des {{count}} dernières semaines',
    monthOne: 'au rythme du seul mois joué',
    monthOther: 'au rythme moyen des {{count}} derniers mois',
  },
  levers: {
    title: 'Les trois leviers du chiffre d’affaires',
    formula: 'CA d’un client sur sa relation = fréquence d’achat × panier moyen × durée de la relation',
    thisPeriod: 'CA de cette période = clients actifs × fréquence × panier moyen = {{active}} × {{frequency}} × {{basket}} = {{turnover}}',
    /** turnover, not margin: the CLV (glossary valeurClient) is this times the margin rate */
    /** {{frequency}}: per customer, active or dormant (purchases ÷ customers), the customer the length is about (QA teacher F7) */
    customerValue:
      'CA d’un client sur toute sa relation (chiffre d’affaires, avant la marge) ≈ {{frequency}} × {{basket}} × {{length}} = {{value}}, avec la fréquence par client, actif ou dormant ({{purchases}} achats ÷ {{customers}} clients), car la durée de la relation compte aussi le temps passé dormant',
    thisPeriodRounded:
      'CA de cette période = clients actifs × fréquence × panier moyen = {{active}} × {{frequency}} × {{basket}} ≈ {{turnover}} (facteurs arrondis)',
    customerValueRounded:
      'CA d’un client sur toute sa relation (chiffre d’affaires, avant la marge) ≈ {{frequency}} × {{basket}} × {{length}} ≈ {{value}} (facteurs arrondis), avec la fréquence par client, actif ou dormant ({{purchases}} achats ÷ {{customers}} clients), car la durée de la relation compte aussi le temps passé dormant',
    sinceStart: 'depuis le début : {{delta}}',
  },
  satisfaction: {
    notMeasured: 'Non mesurée',
    notMeasuredHint: 'La satisfaction réelle de vos clients est cachée : lancez un questionnaire (écran Décisions) pour la mesurer ; un client mystère note le service, pas la satisfaction.',
    value: '{{mean}} ± {{margin}} pt',
    detail: '{{method}} {{period}}, {{n}} réponses',
    /** what the figure is: a mean score, not the course's « taux de satisfaction » (share of satisfied respondents) (QA qa25 F1) */
    meanScore: 'Moyenne des notes des répondants, ramenée sur 100 : ce n’est pas la part de clients satisfaits.',
    marginExplained: 'Si les répondants ressemblent aux autres clients, la vraie valeur est très probablement entre {{low}} et {{high}}.',
    oldOne: 'Dernière mesure il y a {{ago}} période.',
    oldOther: 'Dernière mesure il y a {{ago}} périodes.',
  },
  /** a mystery shopper's score, apart from the customers' satisfaction: it scores the service (engine survey.ts; QA teacher F2) */
  serviceScore: {
    title: 'Note de service (client mystère)',
    detailOne: '{{method}} {{period}}, {{n}} visite',
    detailOther: '{{method}} {{period}}, {{n}} visites',
    explained:
      'Le client mystère note le service du magasin (accueil, attente, incidents), pas la satisfaction de vos clients : ± {{margin}} pt dit la précision de cette note sur ses visites. La satisfaction mesurée (note moyenne) reste celle du dernier questionnaire.',
  },
  objectives: {
    title: 'Objectifs du scénario',
    score: 'Points gagnés : {{earned}} sur {{possible}}',
    /** the count « Et si… ? » gives for a timeline (compareTimelines timelineTotals: objectives met now), in the same words (QA class 7) */
    held: 'Objectifs atteints ou tenus jusqu’ici : {{met}} sur {{total}} (les points se gagnent à l’échéance de chaque objectif).',
    /** the same once every objective is past its checkpoint (the game's end): nothing is « tenu jusqu’ici » any more, every point is given (QA hqa F7) */
    heldFinal: 'Objectifs atteints : {{met}} sur {{total}}.',
    seedNotDefault:
      'Objectifs réglés pour une autre graine ({{seed}}) : la comparaison du bilan « par rapport à une partie sans aucune action » est la mesure juste.',
    /** a run on another seed than the default: its figure objectives moved by what doing nothing gives there (src/engine/seedTargets.ts) */
    seedAdjusted:
      'Objectifs ajustés à la graine {{seed}} : ceux du commerce sont réglés pour la graine {{defaultSeed}}. Chaque objectif chiffré bouge de ce que cette graine donne sans aucune action, pour que votre plan doive battre « ne rien faire » du même écart qu’à la graine {{defaultSeed}}.',
    adjustedTarget: 'Objectif ajusté à la graine {{seed}} : {{base}} → {{target}} ({{why}})',
    adjustedWhy: {
      moneyMore: 'sans action, cette graine rapporte {{gap}} de plus que la graine de référence',
      moneyLess: 'sans action, cette graine rapporte {{gap}} de moins que la graine de référence',
      /** a budget left (budgetLeft) is not earned: « rapporte » read as revenue (QA qa17 F6) */
      budgetMore: 'sans action, il reste {{gap}} de plus avec cette graine qu’avec la graine de référence',
      budgetLess: 'sans action, il reste {{gap}} de moins avec cette graine qu’avec la graine de référence',
      countMore: 'sans action, cette graine en compte {{gap}} de plus que la graine de référence',
      countLess: 'sans action, cette graine en compte {{gap}} de moins que la graine de référence',
    },
    state: { enCours: 'En cours', atteint: 'Atteint', manque: 'Manqué' },
    checkAt: 'Vérifié à la fin {{period}}',
    current: 'Valeur actuelle : {{value}}',
    atCheck: 'Valeur à l’échéance : {{value}}',
    /** an objective checked at every period (`everyTick`): its value is the worst so far, not the current one */
    lowestSoFar: 'Valeur la plus basse jusqu’ici : {{value}}',
    highestSoFar: 'Valeur la plus haute jusqu’ici : {{value}}',
    target: 'Cible : {{target}}',
    notMeasured: 'pas encore mesurée',
    /** a satisfaction objective without a questionnaire in its window yet: {{from}} « du mois 28 », {{to}} « au mois 36 » (QA qa10 F1) */
    notMeasuredWindow: 'pas encore mesurée : seul compte un questionnaire fait {{from}} {{to}}',
    /** the same objective missed at its checkpoint (QA qa24 m1: « pas encore » after the game's end, although a survey was run), in the Bilan’s words (debrief.competencyEvidence.objectiveUnmeasured) */
    missedWindow: 'non mesurée : aucun questionnaire dans la période demandée, {{from}} {{to}}',
    /** {{window}}: notMeasuredWindow or missedWindow; {{last}}: the last questionnaire before the checkpoint, « de la semaine 1 » (periodIn.from) */
    lastQuestionnaire: '{{window}} ; le dernier date {{last}}',
    /** another objective without a value once checked */
    notMeasuredFinal: 'non mesurée',
    progress: 'Progression vers la cible : {{objective}}',
    /** beside a full bar of an objective met now that can still go back (objectiveFormat.ts mustStillHold, QA shops F13); {{period}}: « à la semaine 52 » */
    heldSoFar: 'tenu jusqu’ici, vérifié {{period}}',
    pointsOne: '{{points}} point',
    pointsOther: '{{points}} points',
  },
  programmes: {
    title: 'Programmes de fidélisation : coût et rentabilité',
    caption: 'Chaque action lancée, ce qu’elle a coûté (remises accordées comprises) et la marge supplémentaire faite sur les clients inscrits, comptée au prix normal pour ne pas retirer deux fois une remise (un client visé par plusieurs programmes compte pour une part dans chacun). Cette marge est estimée par comparaison avec un groupe témoin : des clients de la cible tirés au hasard et non inscrits, qui montrent ce que les membres auraient acheté sans le programme.',
    empty: 'Aucun programme lancé pour l’instant.',
    column: {
      programme: 'Programme',
      since: 'Depuis',
      status: 'Statut',
      targeted: 'Clients inscrits',
      control: 'Groupe témoin',
      costThisTick: 'Coût de la période',
      costToDate: 'Coût cumulé',
      margin: 'Marge supplémentaire',
      roi: 'ROI',
    },
    running: 'En cours',
    endedAt: 'Arrêté ({{period}})',
    endedForBudget: 'Arrêté faute de budget ({{period}})',
    /** a competitor copies this financial advantage from that period on (it loses most of its effect) */
    imitatedSince: 'imité depuis {{period}}',
    roiNone: 'pas encore de coût',
    roiUnmeasured: 'non mesurable',
    /**
     * an ROI whose 95 % interval is more than ± 100 points (app/roi.ts ROI_MAX_ERROR: the extra margin's uncertainty exceeds
     * the cost): {{margin}} the extra margin's interval in euros (estimateInterval), {{cost}} the cost to date
     */
    roiTooUncertain: 'non chiffrable (marge d’erreur trop large), marge supplémentaire {{margin}} pour un coût de {{cost}}',
    /** the same where the extra margin is shown beside it (a table's margin column, the Bilan's sentence) */
    roiTooUncertainShort: 'non chiffrable (trop incertain)',
    controlNone: 'aucun',
    /** under a margin or ROI figure too weak for a verdict (app/programmeEffect.ts unreliableEstimate), here and in the Bilan; its note says why */
    unreliable: 'peu fiable',
    notContactedOne: '{{count}} non contacté faute de consentement (RGPD)',
    notContactedOther: '{{count}} non contactés faute de consentement (RGPD)',
    compareLink: 'Voir, période par période, la marge par client des membres face à celle de leur groupe témoin (Graphiques)',
    /** under the table when it lists two or more programmes and one effect is not shown (app/programmeEffect.ts rankingNotShown, QA verify3 V3) */
    noRanking:
      'Ne classez pas ces programmes par leurs estimations : quand l’effet n’est pas démontré, le vrai effet peut être d’un côté comme de l’autre de 0 (l’intervalle contient 0, ou il n’est pas fiable : trop peu de témoins ou de périodes). Ne comparez que des effets démontrés, ou attendez plus de périodes ou un plus grand groupe témoin.',
    marginError: '{{margin}} ± {{error}}',
    /**
     * an estimate whose effect is not shown: its 95 % interval first, then the estimate, rounded to two significant
     * digits of the error (QA expert F26); written « interval intervalError », the second part kept in one piece
     */
    interval: 'entre {{low}} et {{high}} (estimation {{value}}',
    intervalError: '± {{error}})',
    /** an extra margin whose estimate is under a tenth of its error (app/roi.ts ESTIMATE_MIN_SHARE, QA hqa3 F9: « estimation 0 € ») */
    intervalOnly: 'entre {{low}} et {{high}} (gain ou perte : impossible à dire)',
    estimate: 'estimé par comparaison avec un groupe témoin de {{n}} clients non inscrits',
    roiWithEffect: '{{roi}} — {{effect}}',
    effect: {
      unmeasured: 'pas de groupe témoin : effet non mesurable (cible trop petite : il faut au moins {{needed}} clients encore là dans la cible, elle en comptait {{targeted}})',
      /** {{advice}}: what to do, knowing the data collections already run (app/collectionAdvice.ts consentAdviceText, decisions.consentAdvice) */
      unmeasuredConsentOne:
        'pas de groupe témoin : effet non mesurable. La cible était assez grande, mais seul {{count}} client sur {{targeted}} avait donné son consentement (e-mail ou SMS, RGPD). {{advice}}',
      unmeasuredConsentOther:
        'pas de groupe témoin : effet non mesurable. La cible était assez grande, mais seuls {{count}} clients sur {{targeted}} avaient donné leur consentement (e-mail ou SMS, RGPD). {{advice}}',
      /** the verdicts of app/programmeEffect.ts effectVerdict: the effect on the margin, then the profitability (margin minus cost: the ROI) */
      noEffect: 'effet non démontré : dans la marge d’erreur',
      marginOnly: 'effet sur la marge démontré ; rentabilité non démontrée : une fois le coût déduit, le ROI peut encore être négatif',
      profitable: 'rentable (démontré) : même au bas de sa marge d’erreur, la marge gagnée dépasse le coût',
      marginButLoss: 'effet sur la marge démontré, mais perte démontrée : même au haut de sa marge d’erreur, la marge gagnée ne couvre pas le coût',
      loss: 'perte démontrée : même au haut de sa marge d’erreur, la marge gagnée ne couvre pas le coût',
      /** a slow programme's start (effectVerdict, QA play F1): within its set-up delay; {{period}}: « la semaine 7 » (the first period its effect acts) */
      setup: 'en mise en place : son coût est payé (mise en place comprise), son effet n’est pas encore attendu ; verdict après {{period}}',
      /** the same, when its first effects would come after the game's last period (launched too late, or the game ended during its set-up) */
      setupAfterEnd:
        'en mise en place : son coût est payé (mise en place comprise), mais ses premiers effets viendraient à partir de {{period}}, après la fin de la partie : il ne pourra pas être jugé',
      /** running, past its set-up, in loss to date only because of its one-off set-up cost ({{setup}}) */
      setupNotRepaid:
        'perte à ce jour, due à sa mise en place : sans les {{setup}} de mise en place, payés une fois au lancement, la marge gagnée peut couvrir son coût ; perte non démontrée',
      /**
       * an estimate too weak for a verdict « démontré », gain or loss (app/programmeEffect.ts VERDICT_MIN_CONTROL, VERDICT_MIN_PERIODS; QA shops F6);
       * its interval, flagged « peu fiable », may leave out 0: said as chance, never « ni gain ni perte démontrés » beside it (QA qa19 F3)
       */
      tooSmall:
        'groupe témoin trop petit pour conclure : avec {{n}} clients témoins, cet écart peut venir du hasard, quelques gros acheteurs tirés ou non dans ce groupe suffisent à déplacer l’estimation et même son intervalle ; il en faut au moins {{min}} pour parler de gain ou de perte démontrés',
      tooEarly: 'trop tôt pour conclure : sur si peu de périodes, cet écart peut venir du hasard, quelques achats font l’estimation et même son intervalle ; verdict après {{period}}',
      /** the same, when that period would come after the game's (or mission's) last period (programmeEffectText.ts verdictKey) */
      tooEarlyAfterEnd: 'trop tôt pour conclure : cet écart peut venir du hasard ; lancé trop près de la fin de la partie pour être mesuré jusqu’à {{period}}, il ne peut pas être jugé',
    },
    /**
     * members' and controls' shares still customers whose 95 % intervals overlap (app/retentionGap.ts; QA today 11): said the same
     * in the charts' « Membres et groupe témoin » and in the Bilan
     */
    retentionMayBeChance: 'Les deux marges d’erreur se chevauchent : l’écart entre membres et témoins encore clients peut n’être que du hasard, à lire avec prudence.',
    /** the period of effect.setup when the screen does not give the scenario's unit */
    setupPeriod: 'la période {{n}}',
    /** the estimate's source when its control group is small (app/programmeEffect.ts FRAGILE_CONTROL_GROUP) */
    estimateFragileOne:
      'estimé par comparaison avec un groupe témoin de {{n}} client non inscrit seulement : estimation fragile, quelques gros acheteurs y pèsent lourd',
    estimateFragileOther:
      'estimé par comparaison avec un groupe témoin de {{n}} clients non inscrits seulement : estimation fragile, quelques gros acheteurs y pèsent lourd',
    /**
     * a stopped programme stays measured against its control group to the last period played (its lasting effect): the periods
     * it acted ({{first}} to {{last}}), the one whose start stopped it ({{stopped}}, nothing spent then) and the periods the
     * measure covers ({{first}}, its launch, to {{to}}, the last played) (QA today 12: « mesuré sur les semaines 1 à 7, programme arrêté semaine 7 » read as « ran through week 7 »).
     * range: it acted several periods; single: one; atLaunch: stopped before it ever acted
     */
    measuredSpan: {
      week: {
        range:
          'programme actif semaines {{first}} à {{last}}, arrêté au début de la semaine {{stopped}} ; effet mesuré sur les semaines {{first}} à {{to}} (après-coup compris)',
        single:
          'programme actif la semaine {{first}} seulement, arrêté au début de la semaine {{stopped}} ; effet mesuré sur les semaines {{first}} à {{to}} (après-coup compris)',
        atLaunch: 'programme arrêté au début de la semaine {{stopped}}, avant d’avoir agi ; effet mesuré sur les semaines {{first}} à {{to}}',
      },
      month: {
        range:
          'programme actif mois {{first}} à {{last}}, arrêté au début du mois {{stopped}} ; effet mesuré sur les mois {{first}} à {{to}} (après-coup compris)',
        single:
          'programme actif le mois {{first}} seulement, arrêté au début du mois {{stopped}} ; effet mesuré sur les mois {{first}} à {{to}} (après-coup compris)',
        atLaunch: 'programme arrêté au début du mois {{stopped}}, avant d’avoir agi ; effet mesuré sur les mois {{first}} à {{to}}',
      },
    },
  },
  /** a period inside a sentence (dashboard/period.ts periodInSentence): with its article, after « de », after « à » (French contractions) */
  periodIn: {
    name: { week: 'la semaine {{n}}', month: 'le mois {{n}}' },
    from: { week: 'de la semaine {{n}}', month: 'du mois {{n}}' },
    to: { week: 'à la semaine {{n}}', month: 'au mois {{n}}' },
  },
  feed: {
    title: 'Ce qui s’est passé',
    empty: 'Rien de notable.',
    /** the departures' causes are the simulator's knowledge, not the shop's (QA expert F8) */
    causesRevealed: 'Les causes de départ sont révélées par le simulateur : un vrai magasin ne les connaît pas.',
    departuresOne: '1 client perdu',
    departuresOther: '{{count}} clients perdus',
    /** One part of the departures line per cause, singular/plural picked by pluralKey (French: 0 and 1 are singular). */
    cause: {
      insatisfactionOne: '{{count}} par insatisfaction',
      insatisfactionOther: '{{count}} par insatisfaction',
      manqueReconnaissanceOne: '{{count}} par manque de reconnaissance',
      manqueReconnaissanceOther: '{{count}} par manque de reconnaissance',
      concurrenceOne: '{{count}} parti à la concurrence',
      concurrenceOther: '{{count}} partis à la concurrence',
      nouveauteOne: '{{count}} par recherche de nouveauté',
      nouveauteOther: '{{count}} par recherche de nouveauté',
      prixOne: '{{count}} à cause des prix',
      prixOther: '{{count}} à cause des prix',
      reclamationMalTraiteeOne: '{{count}} réclamation mal traitée',
      reclamationMalTraiteeOther: '{{count}} réclamations mal traitées',
      naturelOne: '{{count}} départ naturel',
      naturelOther: '{{count}} départs naturels',
      inactiviteOne: '{{count}} par inactivité prolongée',
      inactiviteOther: '{{count}} par inactivité prolongée',
    },
    competitor: {
      promotion: '{{competitor}} lance une promotion.',
      ouverture: '{{competitor}} ouvre un point de vente près de chez vous.',
      imitation: '{{competitor}} imite votre avantage financier.',
      imitationNone: '{{competitor}} copie les avantages financiers de ses concurrents : vous n’en avez aucun en cours qu’il n’ait déjà copié, sans effet pour vous.',
      fermeture: '{{competitor}} ferme ses portes.',
    },
    reachedOne: '1 de vos clients a reçu son offre.',
    reachedOther: '{{count}} de vos clients ont reçu son offre.',
    competitorOffersOne: '1 client a reçu l’offre d’un concurrent.',
    competitorOffersOther: '{{count}} clients ont reçu l’offre d’un concurrent.',
    complaintWave: 'Vague de réclamations : {{complaints}} cette période (d’habitude {{usual}}), {{resolved}} traitées.',
    complaintsUnpaidOne: '1 réclamation non traitée faute de budget : le client n’a reçu aucune réponse.',
    complaintsUnpaidOther: '{{count}} réclamations non traitées faute de budget : ces clients n’ont reçu aucune réponse.',
    acquisitionsOne: '1 nouveau client, dont {{referrals}} par parrainage.',
    acquisitionsOther: '{{count}} nouveaux clients, dont {{referrals}} par parrainage.',
    /** the same line when no new customer came by referral: no « dont 0 par parrainage » */
    acquisitionsNoReferralOne: '1 nouveau client.',
    acquisitionsNoReferralOther: '{{count}} nouveaux clients.',
    /** the referred ones split as the « Nouveaux clients » glass box does: the referral campaign's recruits, the spontaneous recommendations (QA shops 9) */
    acquisitionsSplitOne: '1 nouveau client, dont {{parts}}.',
    acquisitionsSplitOther: '{{count}} nouveaux clients, dont {{parts}}.',
    referralCampaignRecruitsOne: '{{count}} recruté par la campagne de parrainage',
    referralCampaignRecruitsOther: '{{count}} recrutés par la campagne de parrainage',
    spontaneousReferralsOne: '{{count}} recommandé spontanément par un client',
    spontaneousReferralsOther: '{{count}} recommandés spontanément par un client',
    acquisitionsSplitJoin: ' et ',
    survey: 'Résultat d’enquête ({{method}}) : satisfaction moyenne {{mean}} ± {{margin}} pt sur {{n}} réponses.',
    /** a mystery shopper's visits: a service score, not the customers' satisfaction (QA teacher F2) */
    surveyMysteryOne: 'Client mystère : note de service {{mean}} ± {{margin}} pt sur {{n}} visite (le service du magasin, pas la satisfaction des clients).',
    surveyMysteryOther: 'Client mystère : note de service {{mean}} ± {{margin}} pt sur {{n}} visites (le service du magasin, pas la satisfaction des clients).',
    shopEvent: {
      vagueIncidents: 'Vague d’incidents de service au magasin.',
      saisonHaute: 'Haute saison : plus de passage en magasin.',
      saisonBasse: 'Basse saison : moins de passage en magasin.',
      hausseDesPrix: 'Hausse des prix des fournisseurs.',
      travaux: 'Travaux devant le magasin.',
    },
    programmeEnded: 'Fin du programme : {{programme}}.',
    programmeLaunchedOne: 'Programme lancé : {{programme}}, {{count}} client contacté.',
    programmeLaunchedOther: 'Programme lancé : {{programme}}, {{count}} clients contactés.',
    programmeNoConsentOne: '{{count}} client de la cible sans consentement n’a pas été contacté (RGPD) : une collecte de données peut le recueillir.',
    programmeNoConsentOther: '{{count}} clients de la cible sans consentement n’ont pas été contactés (RGPD) : une collecte de données peut le recueillir.',
    programmeSuspendedOne: 'Programme arrêté faute de budget : {{programme}} ({{count}} client prévenu).',
    programmeSuspendedOther: 'Programme arrêté faute de budget : {{programme}} ({{count}} clients prévenus).',
    /** the programmes launched this period, in one line (eventFeed.ts programmesLaunched; those left short of consent have their own line) */
    programmesLaunchedOne: 'Programme lancé : {{programmes}}.',
    programmesLaunchedOther: 'Programmes lancés : {{programmes}}.',
    launchedProgramme: '{{programme}} ({{members}})',
    membersOne: '{{count}} membre',
    membersOther: '{{count}} membres',
    /** the acquisition campaigns of this period and what they spent: the engine counts their recruits with the other new customers, not apart */
    campaignsOne:
      'Campagne de conquête : {{channels}}. Ses recrues ne sont pas comptées à part : elles sont parmi les nouveaux clients de la période, avec ceux venus d’eux-mêmes ou parrainés.',
    campaignsOther:
      'Campagnes de conquête : {{channels}}. Leurs recrues ne sont pas comptées à part : elles sont parmi les nouveaux clients de la période, avec ceux venus d’eux-mêmes ou parrainés.',
    campaignChannel: '{{channel}}, {{spend}} dépensés',
    /** the same, with the recruits the engine counted for each channel (TickKpis.campaignRecruits) */
    campaignsCountedOne: 'Campagne de conquête : {{channels}}. Ses recrues sont comptées parmi les nouveaux clients de la période.',
    campaignsCountedOther: 'Campagnes de conquête : {{channels}}. Leurs recrues sont comptées parmi les nouveaux clients de la période.',
    campaignChannelRecruits: '{{channel}}, {{spend}} dépensés, {{recruits}}',
    recruitsOne: '{{count}} recrue',
    recruitsOther: '{{count}} recrues',
    /** {{reasons}}: the engine's reasons (decisions.reason), joined */
    rejectedOne: '1 action refusée par la simulation : {{reasons}}.',
    rejectedOther: '{{count}} actions refusées par la simulation : {{reasons}}.',
    /** one refused action named as the refusal notice does (decisions.rejected): its type and target (app/actionText.ts describeAction) */
    rejectedAction: 'Action refusée par la simulation ({{action}}) : {{reason}}.',
    /** a competitor copies a financial advantage (engine: its imitation delay or an 'imitation' event) */
    imitated:
      '{{competitor}} imite votre avantage financier ({{instrument}}) : il perd {{loss}} de son effet (hausse des achats, protection contre la concurrence). Un avantage financier est facile à copier.',
    imitatedUnknown:
      'Un concurrent imite votre avantage financier ({{instrument}}) : il perd {{loss}} de son effet (hausse des achats, protection contre la concurrence). Un avantage financier est facile à copier.',
    /** a financial advantage ended: where its members' reference price stands (one line, two sentences) */
    priceReturnOne:
      'Fin de la remise ({{instrument}}) : {{count}} membre paie de nouveau le prix normal, en moyenne {{gap}} au-dessus du prix de référence auquel il s’était habitué.',
    priceReturnOther:
      'Fin de la remise ({{instrument}}) : {{count}} membres paient de nouveau le prix normal, en moyenne {{gap}} au-dessus du prix de référence auquel ils s’étaient habitués.',
    priceReturnBeyondOne:
      'Pour {{count}} d’entre eux l’écart dépasse {{tolerance}} : à ses prochains achats, il le ressent comme une hausse de prix (satisfaction en baisse, départ possible pour la cause « Prix »).',
    priceReturnBeyondOther:
      'Pour {{count}} d’entre eux l’écart dépasse {{tolerance}} : à leurs prochains achats, ils le ressentent comme une hausse de prix (satisfaction en baisse, départs possibles pour la cause « Prix »).',
    priceReturnNone:
      'Pour aucun l’écart ne dépasse {{tolerance}} : trop peu habitués à la remise, pas de départ « Prix » attendu, satisfaction à peine en baisse.',
    /** a data collection of the tick: asked, accepted, refused, cost */
    dataCollectionOne:
      'Collecte de données ({{instrument}}) : {{count}} client sollicité, {{accepted}} a accepté (consentement enregistré, données mieux connues), {{refused}} a refusé. Coût : {{cost}}.',
    dataCollectionOther:
      'Collecte de données ({{instrument}}) : {{count}} clients sollicités, {{accepted}} ont accepté (consentement enregistré, données mieux connues), {{refused}} ont refusé. Coût : {{cost}}.',
    /** a shop event named by the scenario (« Saint-Valentin ») followed by what it is and does */
    shopEventLabelled: '{{label}} : {{effect}}',
    shopEffect: {
      saisonHaute: 'haute saison, les clients achètent plus souvent ({{change}} d’achats pendant {{duration}}).',
      saisonBasse: 'basse saison, les clients achètent moins souvent ({{change}} d’achats pendant {{duration}}).',
      vagueIncidents: 'vague d’incidents de service (incidents × {{factor}} pendant {{duration}}).',
      hausseDesPrix: 'hausse des prix des fournisseurs de {{percent}}, définitive : vos clients la comparent à leur prix de référence.',
      travaux: 'travaux devant le magasin pendant {{duration}} : moins d’achats, service perçu moins bon.',
    },
    duration: {
      weekOne: '{{count}} semaine',
      weekOther: '{{count}} semaines',
      monthOne: '{{count}} mois',
      monthOther: '{{count}} mois',
    },
  },
  /** period 0: the shop's base read from the initial state (startingBase.ts) */
  start: {
    title: 'Point de départ',
    intro: 'Avant la première période, voici la base clients du magasin (état initial du scénario) :',
    active: 'Clients actifs (nouveaux et actifs) : {{count}}',
    dormant: 'Clients dormants : {{count}}',
    customers: 'Clients encore là (nouveaux, actifs, dormants) : {{count}}',
    segmentsCaption: 'Segments RFM au départ (les clients déjà perdus comptent dans « Inactif (RFM) », comme sur les graphiques)',
    segment: 'Segment',
    count: 'Clients',
    objectives: 'Les objectifs montrent déjà leur valeur de départ quand l’état initial la donne (clients actifs, part d’un segment, budget) ; les autres (chiffre d’affaires, marge, départs, satisfaction mesurée) se mesurent à la fin de la première période.',
  },
  /** complaints paid from what the programmes' reserve leaves (app/complaintMoney.ts) */
  complaintMoney: {
    feedWhy:
      'Les réclamations se paient sur ce que laisse la réserve des programmes en cours (leur coût estimé de la période, avec la marge de prudence) : celles traitées ont reçu {{paid}}, et il ne restait pas {{unit}} pour une de plus. Le budget restant en fin de période peut être plus élevé : les programmes ont coûté moins que leur réserve.',
    feedWhyNone:
      'Les réclamations se paient sur ce que laisse la réserve des programmes en cours (leur coût estimé de la période, avec la marge de prudence) : il ne restait pas {{unit}} pour en traiter une seule. Le budget restant en fin de période peut être plus élevé : les programmes ont coûté moins que leur réserve.',
    cardWarning:
      'Réclamations : après la réserve des programmes en cours ({{reserve}}), il resterait {{left}} pour traiter celles de la prochaine période, qui demandent environ {{need}} : certaines ne seront pas traitées.',
    cardWarningUnpaidOne:
      'Réclamations : {{count}} n’a pas été traitée la dernière période faute de budget. Elles se paient après la réserve des programmes en cours ({{reserve}}) : il resterait {{left}} la prochaine période, pour environ {{need}} nécessaires.',
    cardWarningUnpaidOther:
      'Réclamations : {{count}} n’ont pas été traitées la dernière période faute de budget. Elles se paient après la réserve des programmes en cours ({{reserve}}) : il resterait {{left}} la prochaine période, pour environ {{need}} nécessaires.',
  },
  /** each acquisition channel's campaigns since the start (app/campaignReturn.ts, CampaignReturns.svelte; issue #2) */
  campaigns: {
    title: 'Retour des campagnes d’acquisition',
    note: 'Depuis le début de la partie, pour chaque canal : la marge (nette des remises) des achats de ses recrues, premier achat compris, et ROI = (marge − coût) ÷ coût. Cette marge est due à la campagne : sans elle, ces clients ne seraient pas là ; pas besoin de groupe témoin, contrairement aux programmes de fidélisation.',
    /** the rule of the model for paid campaigns, then the table's own figure (QA shops 9: the rule sat over a referral-only row where 7 of 16 stayed) */
    notePaid:
      'Mais la plupart des recrues d’une campagne payée ne restent pas : en règle générale, {{oneOff}} repartent après leur achat suivant. Ici, recrues des campagnes payées encore clientes à ce jour : {{still}} sur {{recruits}}.',
    noteReferral:
      'Le parrainage fait exception : ses recrues, recommandées par un client, restent plus souvent. Ici, recrues du parrainage encore clientes à ce jour : {{still}} sur {{recruits}}.',
    /** beside the programmes' ROIs (course expert M3): a campaign's ROI counts all its recruits' margin, a programme's only its members' extra margin over their control group */
    notComparable:
      'Ne classez pas ce ROI avec celui d’un programme de fidélisation : il compte toute la marge des recrues, alors que celui d’un programme ne compte que la marge en plus de ses membres face à leur groupe témoin, estimée avec une marge d’erreur. Les deux ne se comparent donc pas : un programme à l’effet « non démontré », ou sans groupe témoin, peut rapporter plus par euro dépensé qu’une campagne au ROI élevé.',
    notRecorded:
      'Le retour des campagnes d’acquisition n’est pas connu pour cette partie : ses premières périodes ont été jouées avant que le simulateur compte les recrues de chaque campagne.',
    column: {
      channel: 'Canal',
      spent: 'Dépensé',
      recruits: 'Recrues',
      still: 'Encore clientes',
      margin: 'Marge apportée',
      roi: 'ROI',
    },
    roiNone: '—',
  },
} as const);
