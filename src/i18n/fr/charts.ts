/** Charts screen strings: titles, series names, table alternatives, teacher view. */
import { frenchArea } from '../frenchSpacing.ts';

export const charts = frenchArea({
  title: 'Graphiques',
  intro: 'L’évolution de votre clientèle {{tick}} après {{tick}}. Chaque graphique a son tableau de données.',
  noData: 'Rien de simulé pour l’instant : les graphiques apparaîtront après {{theTick}} 1.',
  legend: 'Légende : masquer ou afficher une série',
  showTable: 'Voir le tableau des données',
  /** the same disclosure's accessible name: 11 identical names in a screen reader's list of controls (QA qa17 F3) */
  showTableOf: 'Voir le tableau des données : {{title}}',
  /** the tables' first column, in the shop's unit */
  period: { week: 'Semaine', month: 'Mois' },
  noCanvas: 'Le graphique ne peut pas être dessiné ici ; le tableau ci-dessous donne les mêmes données.',
  /** a tap shows the values as the mouse does (chartTooltip.ts followPointer): a finger user had only the keys (QA qa17 F3) */
  keys: 'Touchez ou survolez le graphique pour lire ses valeurs ; au clavier, flèches gauche et droite : les lire une à une ; Échap : les masquer.',
  turnover: {
    title: 'Chiffre d’affaires et marge brute',
    turnover: 'Chiffre d’affaires',
    grossMargin: 'Marge brute',
  },
  customers: {
    title: 'Clients actifs',
    active: 'Clients actifs',
    acquired: 'Nouveaux clients',
    lost: 'Clients perdus',
    /** QA verify3 V7: the KPI counts the stages « Nouveau (1er achat) » and « Client actif » (engine/kpis.ts) */
    note: 'Nouveaux clients compris : ce chiffre additionne les étapes « Nouveau (1er achat) » et « Client actif » du cycle de vie, comme la carte « Clients actifs » du tableau de bord. L’entonnoir et les mouvements entre étapes les comptent à part.',
  },
  arrivals: {
    title: 'Arrivées et départs de clients',
  },
  retention: {
    /**
     * {{period}}: dashboard.kpiPeriod (« d’une semaine à l’autre »), the period the rate covers (QA teacher F24); the
     * chart draws the rate and its yearly equivalent on one axis from 0 % (retentionConfig.ts, QA expert § 24)
     */
    title: 'Fidélisation {{period}} et sur un an',
    retention: 'Taux de fidélisation {{period}}',
    /** the dashboard card's yearly figure (results/yearlyRetention.ts), as it stood at each period */
    yearly: 'Équivalent sur un an',
    axis: 'Clients gardés',
    note: {
      week: 'Équivalent sur un an : à chaque semaine, les taux des semaines jouées jusque-là (les 52 dernières au plus) composés sur un an, comme sur la carte « Taux de fidélisation » du tableau de bord. L’attrition n’est pas tracée : c’est le reste, 100 % moins la fidélisation.',
      month: 'Équivalent sur un an : à chaque mois, les taux des mois joués jusque-là (les 12 derniers au plus) composés sur un an, comme sur la carte « Taux de fidélisation » du tableau de bord. L’attrition n’est pas tracée : c’est le reste, 100 % moins la fidélisation.',
    },
  },
  rfm: {
    title: 'Grille RFM : récence × fréquence',
    caption: 'Nombre de clients par note de récence (lignes, 5 = achat très récent) et de fréquence (colonnes, 5 = achète très souvent), avec le segment de chaque case.',
    corner: 'R \\ F',
    /** what the corner says to a screen reader, its « R \\ F » hidden (read « R barre oblique inversée F », QA a11y qa8 F7) */
    cornerName: 'Récence en lignes, fréquence en colonnes',
    rowHeader: 'R = {{r}}',
    colHeader: 'F = {{f}}',
    cell: '{{count}} ({{share}})',
    /** the long words of the cells' segment names (vocabulary.rfSegment), a hyphen where a narrow cell may break them (softHyphens.ts) */
    hyphenation: 'Nou-veaux Cham-pions Pro-met-teurs s’en-dor-mir sur-veil-ler hi-ber-na-tion Fi-dèles de-ve-nir',
    noScores: 'Pas encore de notes RFM.',
    legend: 'Plus la case est foncée, plus elle compte de clients. Les noms des cases (« Champions », « Nouveaux »…) sont ceux de la carte récence × fréquence : une autre segmentation que les cinq segments du cours (graphique « Taille des segments »). « Nouveaux » y veut dire : achat très récent mais peu d’achats ; le segment « Nouveau client (RFM) » du cours compte, lui, les premiers achats {{recent}} ; l’étape « Nouveau (1er achat) » du cycle de vie, tous les clients d’un seul achat pas encore dormants. Dans le jeu, les clients perdus ne sont pas sur la grille : ils sont partis, leur segment est « Inactif (RFM) ».',
    /** the legend's {{recent}}, in the shop's period unit (QA shops 13: « semaines » in a monthly shop) */
    recent: { week: 'des dernières semaines', month: 'des derniers mois' },
  },
  segments: {
    title: 'Taille des segments au fil du temps',
  },
  lifecycle: {
    title: 'Cycle de vie : entonnoir',
    customers: 'Clients',
    stage: 'Étape',
    flowsTitle: 'Entrées et sorties de chaque étape : {{period}}',
    flowsCaption: 'Au début + entrées − sorties = à la fin. Les arrivées viennent des prospects, les départs vont vers « Client perdu ».',
    start: 'Au début',
    inflow: 'Entrées',
    outflow: 'Sorties',
    end: 'À la fin',
    netChange: 'Variation nette',
    arrivals: 'Arrivées (nouveaux clients)',
    departures: 'Départs (clients perdus)',
    balance: 'Solde arrivées − départs',
    balanceOk: 'Les arrivées compensent les départs.',
    balanceKo: 'Les arrivées ne compensent pas les départs.',
    flowsNote: 'Une étape dont l’effectif bouge peu peut cacher beaucoup d’entrées et de sorties : la variation nette ne dit pas qui a bougé.',
    netOnly: 'Entrées et sorties non enregistrées (une version antérieure de Fidélis ne les gardait pas) : seule la variation nette est connue.',
    first: 'inconnue',
    noSuspects: 'L’entonnoir commence aux prospects : les suspects (toutes les personnes intéressées par la catégorie) ne sont pas dans votre base de données ; les prospects comptent les personnes que vous pouvez encore recruter.',
  },
  /** the gross movements between lifecycle stages of a chosen period (StageMovements.svelte) */
  movements: {
    title: 'Mouvements entre étapes : {{period}}',
    choose: { week: 'Semaine affichée', month: 'Mois affiché' },
    previous: { week: 'Semaine précédente', month: 'Mois précédent' },
    next: { week: 'Semaine suivante', month: 'Mois suivant' },
    /** {{first}}, {{last}}: the first and last period's numbers */
    wholeGame: {
      week: 'toute la partie (de la semaine {{first}} à la semaine {{last}})',
      month: 'toute la partie (du mois {{first}} au mois {{last}})',
    },
    move: 'Mouvement',
    customers: 'Clients',
    kind: 'Sens',
    key: 'Couleurs des barres',
    kinds: {
      arrivee: 'Arrivée (recrutement)',
      progression: 'Progression',
      reactivation: 'Réactivation',
      recul: 'Recul',
      depart: 'Départ',
      autre: 'Autre',
    },
    note: 'Chaque client qui a changé d’étape compte une fois, de son étape au début à son étape à la fin : « Client dormant → Client actif » compte les clients réactivés, « Prospect → Nouveau (1er achat) » les clients recrutés.',
    /** QA verify3 V6: in a run without actions most reactivations are dormant customers buying again on their own */
    selfReturn: 'Sans aucune action, beaucoup de clients dormants reviennent d’eux-mêmes : un client dormant n’a pas acheté depuis un moment, il n’est pas parti. Une réactivation n’est donc pas forcément l’effet d’une relance : comparez avec une partie sans action.',
    notRecorded: 'Mouvements entre étapes non enregistrés : une version antérieure de Fidélis ne les gardait pas.',
  },
  /** the loyalty ladder over time */
  ladder: {
    title: 'Échelle de fidélité',
    note: 'Acheteur : un achat ; client : achats répétés ; supporteur : membre du club, porteur de la carte qui a confiance, ou client qui reçoit des offres personnalisées ; ambassadeur : a fait venir un client.',
    /** after the note when no second chart is drawn (the rungs are close enough to be read on one axis) */
    hideNote: 'Masquez « Client » dans la légende pour lire les petits effectifs.',
    /** after the note when the rarer rungs are drawn again under it (smallTitle) */
    smallBelow: 'Les échelons plus rares sont redessinés juste en dessous, sans « {{rung}} », à leur échelle.',
    /** the same ladder without the rung that dwarfs the others, on its own axis (stageMovements.ts ladderSmallRungs) */
    smallTitle: 'Échelons plus rares de l’échelle de fidélité, sans « {{rung}} », à leur échelle',
    smallNote: 'Mêmes chiffres que le graphique du dessus, sans « {{rung}} » : l’axe vertical s’arrête plus bas pour que les petits effectifs se lisent. Ne comparez pas la hauteur des courbes d’un graphique à l’autre.',
  },
  satisfaction: {
    title: 'Satisfaction mesurée par enquête (note moyenne)',
    mean: 'Satisfaction mesurée (note moyenne)',
    /** under the chart: a mean score, not the course's « taux de satisfaction » (QA qa25 F1) */
    meanScore: 'Chaque point est la moyenne des notes des répondants, ramenée sur 100 : ce n’est pas la part de clients satisfaits.',
    interval: 'Intervalle à 95 % (marge d’erreur)',
    low: 'Borne basse',
    high: 'Borne haute',
    sample: 'Réponses',
    none: 'Aucune enquête pour l’instant : la satisfaction n’est pas mesurée.',
    teacherSummary: 'Vue enseignant / débriefing : vraie satisfaction (cachée au joueur)',
    teacherIntro: 'Répartition de la vraie satisfaction des clients encore présents à la fin de la partie. Le joueur ne la voit pas : il ne connaît que ses enquêtes.',
    teacherTitle: 'Vraie satisfaction des clients (cachée au joueur)',
    teacherLocked: 'Elle s’ouvre à la fin de la partie, pour le débriefing. D’ici là, comme le joueur, vous ne la connaissez que par vos enquêtes et leur marge d’erreur.',
    bin: '{{low}} à {{high}}',
    customers: 'Clients',
    range: 'Satisfaction',
  },
  scrollHint: 'Tableau plus large que l’écran : faites-le défiler sur le côté ↔',
  scrollRegion: 'Tableau : {{title}}',
  programmes: {
    title: 'Coût et rentabilité des programmes',
    cost: 'Coût cumulé',
    margin: 'Marge supplémentaire',
    roi: 'ROI',
    programme: 'Programme',
    none: 'Aucun programme lancé pour l’instant.',
    effect: 'Effet du programme',
    /** a programme's name on the chart and in its table (programmeLabel.ts) */
    name: '{{type}} — {{instrument}} ({{period}})',
    notShown: 'Marge supplémentaire : effet non démontré (l’intervalle contient 0, ou l’estimation est trop fragile pour conclure)',
    errorBars:
      'Les traits noirs donnent la marge d’erreur à 95 % de la marge supplémentaire. Une barre pâle : l’intervalle contient 0, ou le groupe témoin est trop petit, ou la mesure trop courte, pour conclure ; l’écart peut n’être que du hasard (effet non démontré).',
    /** after errorBars when a margin of error is longer than the axis (programmesAxis.ts, QA phone F11) */
    cut: 'Un trait terminé par une flèche continue au-delà du graphique : le tableau des données donne sa marge d’erreur.',
  },
  comparison: {
    heading: 'Membres et groupe témoin',
    title: 'Marge cumulée par client — {{programme}}',
    choose: 'Programme comparé',
    /** an option of the select: launch period first, what tells two programmes of one instrument apart; the instrument implies the action type (programmeLabel.ts, QA phone F10) */
    option: '{{period}} : {{instrument}}',
    members: 'Membres',
    control: 'Groupe témoin',
    gap: 'Écart par membre (effet)',
    memberShare: 'Membres encore clients',
    controlShare: 'Témoins encore clients',
    /** the last compared period's shares still customers, each with its 95 % margin (« 91,2 % ± 2,8 pt »; app/retentionGap.ts, QA today 11) */
    shares: 'Encore clients ({{period}}) : membres {{members}}, témoins {{control}} (marges d’erreur à 95 %).',
    caption:
      'Les {{members}} membres et les {{control}} clients témoins viennent de la même cible, tirés au hasard. Sans effet, les deux courbes avancent ensemble ; l’écart entre elles est l’effet du programme : ce que chaque membre a rapporté de plus (ou de moins) qu’un client comparable que le programme n’a pas touché, avant son coût. Les achats des membres y sont comptés au prix normal : une remise accordée fait partie du coût du programme, comptée une seule fois.',
    /** the verdicts of app/programmeEffect.ts effectVerdict: the gap is read before the cost, the profitability after it */
    profitable: 'À ce jour l’écart dépasse sa marge d’erreur : effet positif démontré, et assez grand pour couvrir le coût du programme : rentable (démontré).',
    marginOnly:
      'À ce jour l’écart dépasse sa marge d’erreur : effet positif sur la marge démontré. Mais l’écart se lit avant le coût : une fois le coût déduit, la rentabilité n’est pas démontrée.',
    marginButLoss:
      'À ce jour l’écart dépasse sa marge d’erreur : effet positif sur la marge démontré. Mais l’écart se lit avant le coût : même au haut de sa marge d’erreur, il ne couvre pas le coût du programme : perte démontrée.',
    loss: 'À ce jour, même au haut de sa marge d’erreur, l’écart ne couvre pas le coût du programme : perte démontrée.',
    noEffect: 'À ce jour l’écart reste dans sa marge d’erreur : il peut n’être que du hasard, aucun effet n’est démontré.',
    /** a slow programme's start (effectVerdict, QA play F1); {{period}}: « la semaine 7 » */
    setup: 'Le programme est encore en mise en place : son coût est payé, mais son effet n’est pas encore attendu ; un écart entre les courbes n’est que du hasard. Verdict après {{period}}.',
    setupAfterEnd:
      'Le programme est encore en mise en place : son coût est payé, mais ses premiers effets viendraient dès {{period}}, après la fin de la partie ; un écart entre les courbes n’est que du hasard.',
    setupNotRepaid:
      'À ce jour l’écart ne couvre pas tout le coût du programme, mais sans les {{setup}} de sa mise en place, payés une fois au lancement, il peut le couvrir : perte non démontrée.',
    /** an estimate too weak for a verdict « démontré » (app/programmeEffect.ts VERDICT_MIN_CONTROL, VERDICT_MIN_PERIODS) */
    tooSmall:
      'Le groupe témoin ({{n}} clients) est trop petit pour conclure : quelques gros acheteurs tirés dedans, ou non, suffisent à creuser ou à combler l’écart. Cet écart peut venir du hasard ; il faut au moins {{min}} clients témoins pour parler de gain ou de perte démontrés.',
    tooEarly:
      'Trop tôt pour conclure : sur une durée si courte, la plupart des clients n’ont encore rien acheté et quelques achats font l’écart. Cet écart peut venir du hasard ; verdict après {{period}}.',
    tooEarlyAfterEnd:
      'Trop tôt pour conclure : cet écart peut venir du hasard ; lancé trop près de la fin de la partie (elle s’arrête avant {{period}}), le programme ne peut pas être jugé.',
    noControlGroup:
      'Pas de groupe témoin pour ce programme : la cible était trop petite. Il faut au moins {{needed}} clients encore là dans la cible (elle en comptait {{targeted}}), car le groupe témoin en met de côté {{share}} et ne se forme qu’à partir de {{min}} clients ({{share}} de {{needed}}, arrondi, font {{min}}). Son effet n’est pas mesurable.',
    /** {{advice}}: what to do, knowing the data collections already run (app/collectionAdvice.ts consentAdviceText, decisions.consentAdvice) */
    noControlConsentOne:
      'Pas de groupe témoin pour ce programme : la cible était assez grande, mais seul {{count}} client sur {{targeted}} avait donné son consentement à un e-mail ou un SMS (RGPD), trop peu pour en mettre {{min}} de côté. Son effet n’est pas mesurable. {{advice}}',
    noControlConsentOther:
      'Pas de groupe témoin pour ce programme : la cible était assez grande, mais seuls {{count}} clients sur {{targeted}} avaient donné leur consentement à un e-mail ou un SMS (RGPD), trop peu pour en mettre {{min}} de côté. Son effet n’est pas mesurable. {{advice}}',
    notYet: 'La comparaison apparaîtra quand le programme aura fini {{firstTick}}.',
  },
  /** a shop whose customers buy far apart next to the 12-month RFM window (longCycle.ts) */
  rfmWindow: {
    note: 'Commerce à achats espacés : un client y achète en moyenne tous les {{months}} mois environ, et beaucoup bien plus rarement, alors que les notes RFM ne regardent que les 12 derniers mois. Bien des clients fidèles qui n’ont simplement pas eu besoin d’acheter cette année ressortent en bas de la grille et dans le segment « Inactif (RFM) » : ce n’est pas un désengagement, c’est le rythme normal du métier. Dans un vrai fichier, on adapte la fenêtre au cycle d’achat (2 à 3 ans pour un opticien) avant de traiter ces clients comme à reconquérir.',
  },
} as const);
