/** Strings of the « Et si… ? » screen: timelines, going back (sandbox), committed mode, comparison. */
import { frenchArea } from '../frenchSpacing.ts';

export const whatif = frenchArea({
  title: 'Et si… ?',
  intro:
    'Revenez quelques {{ticks}} en arrière, rejouez avec d’autres décisions, puis comparez les deux chronologies sur les mêmes graphiques. Même scénario, même graine : la seule différence, ce sont vos décisions.',
  noStorage: 'Les chronologies « Et si… ? » demandent le stockage du navigateur, qui n’est pas disponible ici.',
  /** a period inside a sentence: with its article, after « de », after « à » (French contractions) */
  periodName: { week: 'la semaine {{n}}', month: 'le mois {{n}}' },
  periodFrom: { week: 'de la semaine {{n}}', month: 'du mois {{n}}' },
  periodTo: { week: 'à la semaine {{n}}', month: 'au mois {{n}}' },
  mode: {
    title: 'Mode de la partie : {{mode}}',
    name: { sandbox: 'bac à sable', committed: 'engagé' },
    sandbox:
      'Vous pouvez revenir en arrière et rejouer à partir {{ofTick}} de votre choix. Revenir en arrière ne supprime rien : une nouvelle chronologie (une branche) repart de là avec les mêmes clients et la même graine, et l’ancienne reste enregistrée, consultable et comparable. Une branche est jouée en connaissant la suite : elle n’est pas classée dans la vue classe. Pour figurer au classement, rendez la partie d’origine.',
    /** the same in a branch whose original is no longer saved (kept as a game of its own when it was deleted) */
    sandboxOriginGone:
      'Vous pouvez revenir en arrière et rejouer à partir {{ofTick}} de votre choix. Revenir en arrière ne supprime rien : une nouvelle chronologie (une branche) repart de là avec les mêmes clients et la même graine, et l’ancienne reste enregistrée, consultable et comparable. Une branche est jouée en connaissant la suite : elle n’est pas classée dans la vue classe. Cette partie en est une, gardée à part quand sa partie d’origine a été supprimée : pour figurer au classement, rendez une partie qui n’est pas une branche.',
    committed:
      'Vos décisions sont définitives : pas de retour en arrière, pas d’annulation après avoir avancé, et le fichier de résultat indique ce mode. Les rapports passés restent consultables.',
    committedLater:
      'Les « Et si… ? » s’ouvriront à la fin de la partie : vous pourrez alors explorer d’autres choix sans changer votre partie.',
    committedOver:
      'La partie est terminée : vous pouvez explorer d’autres choix dans des branches « Et si… ? » (en mode bac à sable), votre partie reste telle quelle.',
  },
  timelines: {
    title: 'Chronologies',
    original: 'Partie d’origine',
    branch: 'Branche à partir {{from}}',
    /** in the shop's unit, as the time bar (QA qa30enTablet m2) */
    ticks: { weekOne: '{{n}} semaine jouée', weekOther: '{{n}} semaines jouées', monthOne: '{{n}} mois joué', monthOther: '{{n}} mois joués' },
    current: 'celle que vous jouez',
    open: 'Ouvrir',
    openLabel: 'Ouvrir la chronologie « {{name}} »',
  },
  past: {
    /** in the shop's unit, as the rows « Semaine 1 » (QA qa31phoneEn m1) */
    title: { week: 'Semaines passées', month: 'Mois passés' },
    caption: 'Pour chaque {{tick}} de cette chronologie : décisions, chiffre d’affaires, clients actifs. Son rapport reste consultable.',
    none: { week: 'Aucune semaine jouée pour l’instant.', month: 'Aucun mois joué pour l’instant.' },
    period: { week: 'Semaine', month: 'Mois' },
    decisions: 'Décisions',
    noDecision: 'aucune décision',
    turnover: 'Chiffre d’affaires',
    active: 'Clients actifs',
    pick: { week: 'Choisir une semaine', month: 'Choisir un mois' },
    reportLabel: 'Rapport {{from}}',
    branchLabel: 'Et si… ? Rejouer {{period}} et la suite',
    confirmTitle: 'Rejouer à partir {{from}} ?',
    confirmMessage: 'Une nouvelle chronologie repart {{from}}, avec les mêmes clients. Votre partie actuelle reste enregistrée : « Ouvrir », dans « Chronologies », la ramène à tout moment. Une branche n’est pas classée dans la vue classe : pour figurer au classement, rendez la partie d’origine.',
    confirmMessageOriginGone: 'Une nouvelle chronologie repart {{from}}, avec les mêmes clients. Votre partie actuelle reste enregistrée : « Ouvrir », dans « Chronologies », la ramène à tout moment. Une branche n’est pas classée dans la vue classe, et votre partie actuelle non plus : c’est une branche dont la partie d’origine a été supprimée.',
    confirm: 'Rejouer à partir {{from}}',
    /** the choice of what the branch plays after its shared periods (only when the current timeline decided something from there on) */
    start: {
      legend: 'Vos décisions à partir {{from}}',
      empty: 'Partir de zéro',
      emptyHint: 'Aucune décision prévue : vous décidez de nouveau chaque {{tick}}.',
      original: 'Reprendre les décisions suivantes de l’original',
      originalHint: 'Les décisions de la chronologie actuelle à partir {{from}} sont prévues {{tick}} par {{tick}} : vous pouvez en retirer ou en changer avant d’avancer.',
    },
  },
  /** a branch's planned decisions (taken up from the original), played as the game reaches their period */
  planned: {
    title: 'Décisions prévues',
    intro:
      'Reprises de la chronologie d’origine, chacune est jouée quand la partie atteint {{theTick}} où elle est prévue (le budget peut en faire refuser, le fil des événements le dit). Retirez celles que vous ne voulez pas ; pour en changer une, retirez-la puis prenez-en une autre dans « Décisions » quand la partie y arrive. Retirer le lancement d’un programme retire aussi son arrêt prévu.',
    now: '{{period}} (à jouer maintenant)',
    none: 'Aucune décision prévue : la suite se décide dans « Décisions ».',
    remove: 'Retirer',
    removeLabel: 'Retirer « {{action}} » ({{period}})',
    /** said (role=status) once a planned decision is removed; a launch takes its planned stops with it (planRemoval.ts) */
    removed: 'Retiré : « {{action}} » ({{period}}).',
    alsoRemovedStop: 'L’arrêt de ce programme prévu {{period}} a aussi été retiré : sans son lancement, le moteur l’aurait refusé.',
  },
  report: {
    title: 'Rapport {{from}}',
    close: 'Fermer le rapport',
    decisions: 'Décisions prises',
    rejected: 'Refusée : {{reason}}',
    kpis: 'Indicateurs {{ofTick}}',
    turnover: 'Chiffre d’affaires',
    purchases: 'Achats',
    averageBasket: 'Panier moyen',
    activeCustomers: 'Clients actifs',
    acquired: 'Nouveaux clients',
    lost: 'Clients perdus',
    retentionRate: 'Taux de fidélisation',
    complaints: 'Réclamations',
    costs: 'Coûts des actions',
    netMargin: 'Marge nette',
    budgetLeft: 'Budget restant',
    /** after « Coûts des actions » when complaints were paid: the default policy is paid without being chosen */
    complaintCostDefault: 'dont {{amount}} de traitement des réclamations (politique « {{level}} », en vigueur par défaut)',
    complaintCostChosen: 'dont {{amount}} de traitement des réclamations (politique « {{level}} »)',
  },
  branched: 'Vous jouez maintenant « {{name}} », à partir {{from}}. Prenez d’autres décisions, avancez, puis revenez comparer.',
  branchedPlanned:
    'Vous jouez maintenant « {{name}} », à partir {{from}}, avec les décisions suivantes de l’original : retirez ou changez-en dans « Décisions prévues », avancez, puis revenez comparer.',
  opened: 'Vous jouez maintenant « {{name}} ».',
  goDecide: 'Aller aux décisions',
  working: 'Préparation de la chronologie…',
  compare: {
    title: 'Comparer deux chronologies',
    a: 'Chronologie A (trait plein)',
    b: 'Chronologie B (pointillés)',
    needTwo: 'Il faut au moins deux chronologies : utilisez « Et si… ? » sur un moment déjà joué.',
    same: 'Choisissez deux chronologies différentes.',
    loading: 'Chargement des chronologies…',
    identicalUntil: 'Les indicateurs sont identiques jusqu’{{to}} ; ils diffèrent à partir {{from}}.',
    identicalFromStart: 'Les indicateurs diffèrent dès {{period}}.',
    noDifference: 'Les deux chronologies ont les mêmes indicateurs sur tout ce qu’elles ont joué.',
    decisionsFrom: 'Les décisions diffèrent pour la première fois {{period}}.',
    metric: {
      turnover: 'Chiffre d’affaires',
      activeCustomers: 'Clients actifs',
      retentionRate: 'Taux de fidélisation',
      netMargin: 'Marge nette',
      budgetLeft: 'Budget restant',
    },
    /** the chart of the retention rate: the rate of each period, not over a year */
    retentionPer: { week: 'Taux de fidélisation par semaine', month: 'Taux de fidélisation par mois' },
    gap: 'Écart (B − A)',
    /** the timelines' short names in the charts' legends and tables (compareTimelines.ts legendNames) */
    legend: {
      slot: '{{slot}} : {{name}}',
      original: 'original',
      branch: 'et si… (à partir {{periods}})',
      period: { week: 'de la semaine {{n}}', month: 'du mois {{n}}' },
      then: ', puis ',
    },
    /** the chart of B − A on the cumulative net margin (QA class 6: the gap the totals give, as a curve from zero) */
    cumulative: {
      title: 'Écart de marge nette cumulée (B − A)',
      intro: 'Au-dessus de zéro, B a gagné plus que A depuis le début ; en dessous, moins.',
      gapLabel: 'Écart B − A',
      sum: '{{name}}, cumulée',
    },
    differs: 'différent',
    /** each timeline's totals over the periods it played, and which one is ahead on the cumulative net margin */
    totals: {
      title: 'Bilan de chaque chronologie',
      line: '{{slot}}, jusqu’{{to}} : marge nette cumulée {{margin}}, clients actifs à la fin : {{active}}, objectifs atteints ou tenus jusqu’ici : {{met}} sur {{total}}.',
      /** a timeline played to its last period: every objective is past its checkpoint, nothing is « tenu jusqu’ici » (QA hqa3 F5) */
      lineEnded: '{{slot}}, jusqu’{{to}} (partie terminée) : marge nette cumulée {{margin}}, clients actifs à la fin : {{active}}, objectifs atteints : {{met}} sur {{total}}.',
      none: '{{slot}} : rien de joué pour l’instant.',
      ahead: '{{slot}} est devant sur la marge nette cumulée, de {{gap}}.',
      tie: 'A et B sont à égalité sur la marge nette cumulée.',
      unequal: 'A et B n’en sont pas au même point de la partie : jouez-les jusqu’au même point pour savoir laquelle est devant.',
    },
    decisionsTitle: 'Décisions qui diffèrent',
    decisionsNone: 'Les deux chronologies ont pris les mêmes décisions.',
    /** one period's decisions that differ, decision by decision (B branched from A: what B removed or added) */
    /** what explains the gap: each timeline's figures at its last period, as its dashboard writes them (compareDetail.ts, QA qa28whatif M1) */
    detail: {
      title: 'Ce qui explique l’écart',
      intro: 'Chaque chronologie là où elle en est (voir la colonne), comme son tableau de bord l’affiche : chiffre d’affaires = fréquence d’achat × panier moyen × durée de la relation, attrition, satisfaction mesurée par enquête et rentabilité de chaque programme.',
      indicator: 'Indicateur',
      column: '{{slot}} ({{period}})',
      customerValue: 'CA d’un client sur sa relation (fréquence × panier × durée)',
      roi: 'ROI — {{programme}}',
      notLaunched: 'non lancé',
    },
    change: {
      removed: 'Retiré dans {{slot}} : {{actions}}',
      added: 'Ajouté dans {{slot}} : {{actions}}',
      only: 'Seulement dans {{slot}} : {{actions}}',
      kept: 'Dans les deux : {{actions}}',
      /** a decision the engine refused in that timeline (played, or a saved one replayed), as the past periods' table says it */
      refused: '{{action}} (refusée : {{reason}})',
      reordered: 'Les mêmes décisions, dans un autre ordre.',
      /** a period only one timeline has played: the other's decisions of it are at most planned, not « retirées » (QA qa28whatif m3) */
      played: 'Joué dans {{slot}} : {{actions}}',
      notPlayed: '{{slot}} n’a pas encore joué {{thisTick}} : ses décisions {{ofTick}} ne sont pas encore connues (au plus prévues).',
    },
    /** a saved timeline whose replay does not give its stored results (another version of the simulator) or whose replay failed: its refusals are not known */
    refusalsUnknown: 'Les décisions de {{slot}} sont listées sans dire lesquelles le simulateur a refusées : le rejeu de cette chronologie n’a pas redonné ses résultats enregistrés (calculés par une autre version du simulateur, par exemple). Ouvrez-la pour le savoir.',
  },
  refused: {
    noRun: 'Aucune partie en cours.',
    /** also said on the screen of a tab that only shows the run (WhatIfScreen) */
    readOnly:
      'Cette partie est ouverte dans un autre onglet : « Rejouer » et « Retirer » ne se font que dans celui-là. Ici, vous pouvez consulter le passé, comparer les chronologies et en ouvrir une autre.',
    busy: 'Patientez : calcul en cours.',
    committed: 'Mode engagé : vos décisions sont définitives, impossible de revenir en arrière pendant la partie.',
    badTick: 'On ne peut repartir que d’un moment déjà joué.',
  },
  replayMismatch: 'Le rejeu de la partie ne redonne pas les mêmes résultats : la branche n’a pas été créée.',
} as const);
