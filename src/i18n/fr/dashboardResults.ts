/**
 * The dashboard's view of the periods played (ui/dashboard/DashboardResults.svelte and its cards, levers' trends, event
 * feed): fetched with its code once the dashboard has a period to show (ui/dashboard/dashboardResultsCode.ts, i18n/areas.ts
 * DASHBOARD_RESULT_AREAS). A first visit's dashboard, before any period, shows the dashboard area only.
 */
import { frenchArea } from '../frenchSpacing.ts';

export const dashboardResults = frenchArea({
  asOf: 'Situation à la fin {{periodIn}}',
  kpisTitle: 'Indicateurs clés',
  /** the strategy form, when a programme's set-up ends after the game's last period (review22 m2): here, not in the learner part
   * (first visit's bundle); fetched by then, or on demand (ui/decisions/StrategyCost.svelte) */
  lateStrategy: 'Ses premiers effets viendraient après la fin de la partie : ce programme ne produirait rien.',
  kpiHint: {
    retention: 'part des clients (actifs ou dormants) du début {{ofTick}} qui ne sont pas perdus à la fin : un client devenu dormant compte comme gardé',
    churn: 'part des clients (actifs ou dormants) du début {{ofTick}} perdus pendant {{theTick}}',
    netMargin: 'marge brute moins le coût des actions (hors remises, déjà retirées de la marge brute) et les frais fixes',
    /** QA verify3 V7: the funnel's « Client actif » leaves the new customers out */
    activeCustomers: 'nouveaux clients compris (étapes « Nouveau (1er achat) » et « Client actif » du cycle de vie)',
    frequency: 'achats par client actif et par {{tick}}',
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
    'Budget disponible (en haut de l’écran) : {{available}} = ce budget restant + {{income}} versés au début {{period}}, ce que {{thisTick}} pourra dépenser, programmes en cours compris.',
  /**
   * under the new customers: the would-be customers unresolved complaints turned away since the start, beside the complainers
   * who left (app/complaintWordOfMouth.ts, QA verify3 V5); the rule is in the card's « Comment est-ce calculé ? »
   */
  wordOfMouthDetail: 'Clients détournés par le bouche-à-oreille négatif : {{deterred}} depuis le début (départs « Réclamation mal traitée » : {{left}})',
  /** how the card's yearly line (yearlyKept) is computed, in its « Comment est-ce calculé ? »: no figure, the line gives it (QA tablet verify N3) */
  yearlyRetention: 'Sur un an : {{pace}}, taux de fidélisation composés sur {{year}}. Le nombre de clients actifs peut baisser bien plus vite.',
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
  /** a mystery shopper's score, apart from the customers' satisfaction: it scores the service (engine survey.ts; QA teacher F2) */
  serviceScore: {
    title: 'Note de service (client mystère)',
    detailOne: '{{method}} {{period}}, {{n}} visite',
    detailOther: '{{method}} {{period}}, {{n}} visites',
    explained:
      'Le client mystère note le service du magasin (accueil, attente, incidents), pas la satisfaction de vos clients : ± {{margin}} pt dit la précision de cette note sur ses visites. La satisfaction mesurée (note moyenne) reste celle du dernier questionnaire.',
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
    complaintWave: 'Vague de réclamations : {{complaints}} {{thisTick}} (d’habitude {{usual}}), {{resolved}} traitées.',
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
      'Campagne de conquête : {{channels}}. Ses recrues ne sont pas comptées à part : elles sont parmi les nouveaux clients {{ofTick}}, avec ceux venus d’eux-mêmes ou parrainés.',
    campaignsOther:
      'Campagnes de conquête : {{channels}}. Leurs recrues ne sont pas comptées à part : elles sont parmi les nouveaux clients {{ofTick}}, avec ceux venus d’eux-mêmes ou parrainés.',
    campaignChannel: '{{channel}}, {{spend}} dépensés',
    /** the same, with the recruits the engine counted for each channel (TickKpis.campaignRecruits) */
    campaignsCountedOne: 'Campagne de conquête : {{channels}}. Ses recrues sont comptées parmi les nouveaux clients {{ofTick}}.',
    campaignsCountedOther: 'Campagnes de conquête : {{channels}}. Leurs recrues sont comptées parmi les nouveaux clients {{ofTick}}.',
    campaignChannelRecruits: '{{channel}}, {{spend}} dépensés, {{recruits}}',
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
  /** complaints paid from what the programmes' reserve leaves (app/complaintMoney.ts) */
  complaintMoney: {
    feedWhy:
      'Les réclamations se paient sur ce que laisse la réserve des programmes en cours (leur coût estimé {{ofTick}}, avec la marge de prudence) : celles traitées ont reçu {{paid}}, et il ne restait pas {{unit}} pour une de plus. Le budget restant à la fin {{ofTick}} peut être plus élevé : les programmes ont coûté moins que leur réserve.',
    feedWhyNone:
      'Les réclamations se paient sur ce que laisse la réserve des programmes en cours (leur coût estimé {{ofTick}}, avec la marge de prudence) : il ne restait pas {{unit}} pour en traiter une seule. Le budget restant à la fin {{ofTick}} peut être plus élevé : les programmes ont coûté moins que leur réserve.',
    cardWarning:
      'Réclamations : après la réserve des programmes en cours ({{reserve}}), il resterait {{left}} pour traiter les réclamations attendues {{nextTick}}, environ {{need}} nécessaires : certaines ne seront pas traitées.',
    cardWarningUnpaidOne:
      'Réclamations : {{count}} n’a pas été traitée {{thisTick}} faute de budget. Elles se paient après la réserve des programmes en cours ({{reserve}}) : il resterait {{left}} {{nextTick}}, pour environ {{need}} nécessaires.',
    cardWarningUnpaidOther:
      'Réclamations : {{count}} n’ont pas été traitées {{thisTick}} faute de budget. Elles se paient après la réserve des programmes en cours ({{reserve}}) : il resterait {{left}} {{nextTick}}, pour environ {{need}} nécessaires.',
  },
} as const);
