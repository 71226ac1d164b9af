/** Dashboard strings: KPI cards, the three levers of turnover, satisfaction, objectives, programmes, event feed. */
import { frenchArea } from '../frenchSpacing.ts';

export const dashboard = frenchArea({
  title: 'Tableau de bord',
  period: { week: 'Semaine {{n}}', month: 'Mois {{n}}' },
  noData: {
    week: 'Aucune semaine simulée pour l’instant. Prenez vos décisions puis avancez d’une semaine pour voir les premiers indicateurs.',
    month: 'Aucun mois simulé pour l’instant. Prenez vos décisions puis avancez d’un mois pour voir les premiers indicateurs.',
  },
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
  /** the period a retention or churn rate covers, under its figure (KpiCard period) */
  kpiPeriod: { week: 'd’une semaine à l’autre', month: 'd’un mois à l’autre' },
  levers: {
    title: 'Les trois leviers du chiffre d’affaires',
    formula: 'CA d’un client sur sa relation = fréquence d’achat × panier moyen × durée de la relation',
    thisPeriod: 'CA de {{thisTick}} = clients actifs × fréquence × panier moyen = {{active}} × {{frequency}} × {{basket}} = {{turnover}}',
    /** turnover, not margin: the CLV (glossary valeurClient) is this times the margin rate */
    /** {{frequency}}: per customer, active or dormant (purchases ÷ customers), the customer the length is about (QA teacher F7) */
    customerValue:
      'CA d’un client sur toute sa relation (chiffre d’affaires, avant la marge) ≈ {{frequency}} × {{basket}} × {{length}} = {{value}}, avec la fréquence par client, actif ou dormant ({{purchases}} achats ÷ {{customers}} clients), car la durée de la relation compte aussi le temps passé dormant',
    thisPeriodRounded:
      'CA de {{thisTick}} = clients actifs × fréquence × panier moyen = {{active}} × {{frequency}} × {{basket}} ≈ {{turnover}} (facteurs arrondis)',
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
    old: {
      weekOne: 'Dernière mesure il y a {{ago}} semaine.',
      weekOther: 'Dernière mesure il y a {{ago}} semaines.',
      monthOne: 'Dernière mesure il y a {{ago}} mois.',
      monthOther: 'Dernière mesure il y a {{ago}} mois.',
    },
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
    missedWindow: 'non mesurée : aucun questionnaire dans le délai demandé, {{from}} {{to}}',
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
      costThisTick: 'Coût {{ofTick}}',
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
    compareLink: 'Voir, {{tick}} par {{tick}}, la marge par client des membres face à celle de leur groupe témoin (Graphiques)',
    /** under the table when it lists two or more programmes and one effect is not shown (app/programmeEffect.ts rankingNotShown, QA verify3 V3) */
    noRanking:
      'Ne classez pas ces programmes par leurs estimations : quand l’effet n’est pas démontré, le vrai effet peut être d’un côté comme de l’autre de 0 (l’intervalle contient 0, ou il n’est pas fiable : trop peu de témoins ou une mesure trop courte). Ne comparez que des effets démontrés, ou attendez plus longtemps ou un plus grand groupe témoin.',
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
        'en mise en place : son coût est payé (mise en place comprise), mais ses premiers effets viendraient dès {{period}}, après la fin de la partie : il ne pourra pas être jugé',
      /** running, past its set-up, in loss to date only because of its one-off set-up cost ({{setup}}) */
      setupNotRepaid:
        'perte à ce jour, due à sa mise en place : sans les {{setup}} de mise en place, payés une fois au lancement, la marge gagnée peut couvrir son coût ; perte non démontrée',
      /**
       * an estimate too weak for a verdict « démontré », gain or loss (app/programmeEffect.ts VERDICT_MIN_CONTROL, VERDICT_MIN_PERIODS; QA shops F6);
       * its interval, flagged « peu fiable », may leave out 0: said as chance, never « ni gain ni perte démontrés » beside it (QA qa19 F3)
       */
      tooSmall:
        'groupe témoin trop petit pour conclure : avec {{n}} clients témoins, cet écart peut venir du hasard, quelques gros acheteurs tirés ou non dans ce groupe suffisent à déplacer l’estimation et même son intervalle ; il en faut au moins {{min}} pour parler de gain ou de perte démontrés',
      tooEarly: 'trop tôt pour conclure : mesuré trop peu de temps, cet écart peut venir du hasard, quelques achats font l’estimation et même son intervalle ; verdict après {{period}}',
      /** the same, when that period would come after the game's (or mission's) last period (programmeEffectText.ts verdictKey) */
      tooEarlyAfterEnd: 'trop tôt pour conclure : cet écart peut venir du hasard ; lancé trop près de la fin de la partie (elle s’arrête avant {{period}}), il ne peut pas être jugé',
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
  /** period 0: the shop's base read from the initial state (startingBase.ts) */
  start: {
    title: 'Point de départ',
    intro: 'Avant {{theTick}} 1, voici la base clients du magasin (état initial du scénario) :',
    active: 'Clients actifs (nouveaux et actifs) : {{count}}',
    dormant: 'Clients dormants : {{count}}',
    customers: 'Clients encore là (nouveaux, actifs, dormants) : {{count}}',
    segmentsCaption: 'Segments RFM au départ (les clients déjà perdus comptent dans « Inactif (RFM) », comme sur les graphiques)',
    segment: 'Segment',
    count: 'Clients',
    objectives: 'Les objectifs montrent déjà leur valeur de départ quand l’état initial la donne (clients actifs, part d’un segment, budget) ; les autres (chiffre d’affaires, marge, départs, satisfaction mesurée) se mesurent à la fin {{ofTick}} 1.',
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
      'Le retour des campagnes d’acquisition n’est pas connu pour cette partie : elle a commencé avant que le simulateur compte les recrues de chaque campagne.',
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
  /** a campaign's recruits, in the event feed (dashboardResults.feed) and a mission's debrief (missions) */
  feed: {
    recruitsOne: '{{count}} recrue',
    recruitsOther: '{{count}} recrues',
  },
} as const);
