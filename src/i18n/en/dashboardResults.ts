/** English strings of the dashboard's view of the periods played (same keys as src/i18n/fr/dashboardResults.ts). */
import type { Messages } from '../fr.ts';

export const dashboardResults: Messages['dashboardResults'] = {
  /** {{period}}: « Week 14 » (periodLabel); {{periodIn}}: « week 14 » (periodIn.name) */
  asOf: 'Situation at the end of {{periodIn}}',
  kpisTitle: 'Key indicators',
  /** the strategy form, when a programme's set-up ends after the game's last period (review22 m2): here, not in the learner part
   * (first visit's bundle); fetched by then, or on demand (ui/decisions/StrategyCost.svelte) */
  lateStrategy: 'Its first effects would come after the end of the game: this programme would achieve nothing.',
  kpiHint: {
    retention: 'share of the customers (active or dormant) at the start of {{theTick}} who are not lost at its end: a customer who became dormant counts as kept',
    churn: 'share of the customers (active or dormant) at the start of {{theTick}} lost during it',
    netMargin: 'gross margin minus the cost of actions (discounts aside: already taken off the gross margin) and fixed costs',
    activeCustomers: 'new customers included (lifecycle stages “New (first purchase)” and “Active customer”)',
    frequency: 'purchases per active customer per {{tick}}',
    relationshipLength: 'expected length of the relationship, from churn',
    overBudget: 'Over budget: running actions cost more than what is left.',
  },
  trend: {
    up: 'Up',
    down: 'Down',
    flat: 'Stable',
    first: { week: 'First week', month: 'First month' },
    favourable: 'favourable',
    unfavourable: 'unfavourable',
    change: { week: '{{direction}}: {{delta}} compared with the previous week', month: '{{direction}}: {{delta}} compared with the previous month' },
    changeJudged: {
      week: '{{direction}} ({{judgement}}): {{delta}} compared with the previous week',
      month: '{{direction}} ({{judgement}}): {{delta}} compared with the previous month',
    },
  },
  acquisitionsDetail: 'of which {{referrals}} on a customer’s recommendation',
  budgetAvailableDetail:
    'Budget available (top of the screen): {{available}} = this budget left + {{income}} paid at the start of {{period}}, what that {{tick}} can spend, running programmes included.',
  wordOfMouthDetail: 'Customers turned away by negative word of mouth: {{deterred}} since the start (departures “Complaint badly handled”: {{left}})',
  yearlyRetention: 'Over a year: {{pace}}, retention rates compounded over {{year}}. The number of active customers can fall much faster.',
  seriesEnds: 'Trend line: from {{first}} ({{from}}) to {{last}} ({{to}})',
  yearlyKept: '{{pace}}: {{kept}} of customers kept over a year',
  yearlyLost: '{{pace}}: {{lost}} of customers lost over a year',
  /** the periods the yearly figure averages: the last year's, or all those played when fewer */
  yearlyPace: {
    weekOne: 'at the pace of the only week played',
    weekOther: 'at the average pace of the last {{count}} weeks',
    monthOne: 'at the pace of the only month played',
    monthOther: 'at the average pace of the last {{count}} months',
  },
  serviceScore: {
    title: 'Service score (mystery shopper)',
    detailOne: '{{method}} {{period}}, {{n}} visit',
    detailOther: '{{method}} {{period}}, {{n}} visits',
    explained:
      'The mystery shopper scores the shop’s service (welcome, waiting, incidents), not your customers’ satisfaction: ±\u00a0{{margin}}\u00a0points is the precision of this score over its visits. Measured satisfaction (mean score) stays the last questionnaire’s.',
  },
  feed: {
    title: 'What happened',
    empty: 'Nothing notable.',
    causesRevealed: 'The causes of departures are revealed by the simulator: a real shop does not know them.',
    departuresOne: '1 customer lost',
    departuresOther: '{{count}} customers lost',
    cause: {
      insatisfactionOne: '{{count}} through dissatisfaction',
      insatisfactionOther: '{{count}} through dissatisfaction',
      manqueReconnaissanceOne: '{{count}} through lack of recognition',
      manqueReconnaissanceOther: '{{count}} through lack of recognition',
      concurrenceOne: '{{count}} to the competition',
      concurrenceOther: '{{count}} to the competition',
      nouveauteOne: '{{count}} seeking novelty',
      nouveauteOther: '{{count}} seeking novelty',
      prixOne: '{{count}} over prices',
      prixOther: '{{count}} over prices',
      reclamationMalTraiteeOne: '{{count}} complaint badly handled',
      reclamationMalTraiteeOther: '{{count}} complaints badly handled',
      naturelOne: '{{count}} natural departure',
      naturelOther: '{{count}} natural departures',
      inactiviteOne: '{{count}} after prolonged inactivity',
      inactiviteOther: '{{count}} after prolonged inactivity',
    },
    competitor: {
      promotion: '{{competitor}} launches a promotion.',
      ouverture: '{{competitor}} opens a shop near yours.',
      imitation: '{{competitor}} imitates your financial advantage.',
      imitationNone: '{{competitor}} copies its rivals’ financial advantages: you have none running that it has not copied yet, no effect on you.',
      fermeture: '{{competitor}} closes down.',
    },
    reachedOne: '1 of your customers received its offer.',
    reachedOther: '{{count}} of your customers received its offer.',
    competitorOffersOne: '1 customer received a competitor’s offer.',
    competitorOffersOther: '{{count}} customers received a competitor’s offer.',
    complaintWave: 'Complaint wave: {{complaints}} {{thisTick}} (usually {{usual}}), {{resolved}} handled.',
    complaintsUnpaidOne: '1 complaint left unhandled for lack of budget: the customer got no answer.',
    complaintsUnpaidOther: '{{count}} complaints left unhandled for lack of budget: these customers got no answer.',
    acquisitionsOne: '1 new customer, of which {{referrals}} by referral.',
    acquisitionsOther: '{{count}} new customers, of which {{referrals}} by referral.',
    acquisitionsNoReferralOne: '1 new customer.',
    acquisitionsNoReferralOther: '{{count}} new customers.',
    acquisitionsSplitOne: '1 new customer, of which {{parts}}.',
    acquisitionsSplitOther: '{{count}} new customers, of which {{parts}}.',
    referralCampaignRecruitsOne: '{{count}} recruited by the referral campaign',
    referralCampaignRecruitsOther: '{{count}} recruited by the referral campaign',
    spontaneousReferralsOne: '{{count}} referred by a customer on their own',
    spontaneousReferralsOther: '{{count}} referred by customers on their own',
    acquisitionsSplitJoin: ' and ',
    survey: 'Survey result ({{method}}): mean satisfaction {{mean}} ±\u00a0{{margin}}\u00a0points over {{n}} answers.',
    surveyMysteryOne: 'Mystery shopper: service score {{mean}} ±\u00a0{{margin}}\u00a0points over {{n}} visit (the shop’s service, not the customers’ satisfaction).',
    surveyMysteryOther: 'Mystery shopper: service score {{mean}} ±\u00a0{{margin}}\u00a0points over {{n}} visits (the shop’s service, not the customers’ satisfaction).',
    shopEvent: {
      vagueIncidents: 'Wave of service incidents in the shop.',
      saisonHaute: 'High season: more shoppers.',
      saisonBasse: 'Low season: fewer shoppers.',
      hausseDesPrix: 'Suppliers raise their prices.',
      travaux: 'Roadworks in front of the shop.',
    },
    programmeEnded: 'Programme ended: {{programme}}.',
    programmeLaunchedOne: 'Programme launched: {{programme}}, {{count}} customer contacted.',
    programmeLaunchedOther: 'Programme launched: {{programme}}, {{count}} customers contacted.',
    programmeNoConsentOne: '{{count}} customer of the target without consent was not contacted (GDPR): a data collection can obtain it.',
    programmeNoConsentOther: '{{count}} customers of the target without consent were not contacted (GDPR): a data collection can obtain it.',
    programmeSuspendedOne: 'Programme stopped for lack of budget: {{programme}} ({{count}} customer told).',
    programmeSuspendedOther: 'Programme stopped for lack of budget: {{programme}} ({{count}} customers told).',
    /** the programmes launched this period, in one line (eventFeed.ts programmesLaunched; those left short of consent have their own line) */
    programmesLaunchedOne: 'Programme launched: {{programmes}}.',
    programmesLaunchedOther: 'Programmes launched: {{programmes}}.',
    launchedProgramme: '{{programme}} ({{members}})',
    membersOne: '{{count}} member',
    membersOther: '{{count}} members',
    /** the acquisition campaigns of this period and what they spent: the engine counts their recruits with the other new customers, not apart */
    campaignsOne:
      'Acquisition campaign: {{channels}}. Its recruits are not counted apart: they are among the {{tick}}’s new customers, with those who came by themselves or were referred.',
    campaignsOther:
      'Acquisition campaigns: {{channels}}. Their recruits are not counted apart: they are among the {{tick}}’s new customers, with those who came by themselves or were referred.',
    campaignChannel: '{{channel}}, {{spend}} spent',
    /** the same, with the recruits the engine counted for each channel (TickKpis.campaignRecruits) */
    campaignsCountedOne: 'Acquisition campaign: {{channels}}. Its recruits are counted among the {{tick}}’s new customers.',
    campaignsCountedOther: 'Acquisition campaigns: {{channels}}. Their recruits are counted among the {{tick}}’s new customers.',
    campaignChannelRecruits: '{{channel}}, {{spend}} spent, {{recruits}}',
    rejectedOne: '1 action refused by the simulation: {{reasons}}.',
    rejectedOther: '{{count}} actions refused by the simulation: {{reasons}}.',
    rejectedAction: 'Action refused by the simulation ({{action}}): {{reason}}.',
    /** a competitor copies a financial advantage (engine: its imitation delay or an 'imitation' event) */
    imitated:
      '{{competitor}} copies your financial advantage ({{instrument}}): it loses {{loss}} of its effect (extra purchases, protection against competitors). A financial advantage is easy to copy.',
    imitatedUnknown:
      'A competitor copies your financial advantage ({{instrument}}): it loses {{loss}} of its effect (extra purchases, protection against competitors). A financial advantage is easy to copy.',
    /** a financial advantage ended: where its members' reference price stands (one line, two sentences) */
    priceReturnOne:
      'End of the discount ({{instrument}}): {{count}} member pays the normal price again, on average {{gap}} above the reference price they had got used to.',
    priceReturnOther:
      'End of the discount ({{instrument}}): {{count}} members pay the normal price again, on average {{gap}} above the reference price they had got used to.',
    priceReturnBeyondOne:
      'For {{count}} of them the gap is more than {{tolerance}}: at their next purchases they feel it as a price rise (lower satisfaction, possible departure for “Price”).',
    priceReturnBeyondOther:
      'For {{count}} of them the gap is more than {{tolerance}}: at their next purchases they feel it as a price rise (lower satisfaction, possible departures for “Price”).',
    priceReturnNone:
      'For none of them is the gap more than {{tolerance}}: too little used to the discount, no “Price” departure expected, satisfaction barely lower.',
    /** a data collection of the tick: asked, accepted, refused, cost */
    dataCollectionOne:
      'Data collection ({{instrument}}): {{count}} customer asked, {{accepted}} accepted (consent recorded, data better known), {{refused}} refused. Cost: {{cost}}.',
    dataCollectionOther:
      'Data collection ({{instrument}}): {{count}} customers asked, {{accepted}} accepted (consent recorded, data better known), {{refused}} refused. Cost: {{cost}}.',
    /** a shop event named by the scenario (« Valentine's Day ») followed by what it is and does */
    shopEventLabelled: '{{label}}: {{effect}}',
    shopEffect: {
      saisonHaute: 'high season, customers buy more often ({{change}} purchases for {{duration}}).',
      saisonBasse: 'low season, customers buy less often ({{change}} purchases for {{duration}}).',
      vagueIncidents: 'a wave of service incidents (incidents × {{factor}} for {{duration}}).',
      hausseDesPrix: 'suppliers raise prices by {{percent}}, for good: your customers compare it with their reference price.',
      travaux: 'roadworks in front of the shop for {{duration}}: fewer purchases, service seen as worse.',
    },
    duration: {
      weekOne: '{{count}} week',
      weekOther: '{{count}} weeks',
      monthOne: '{{count}} month',
      monthOther: '{{count}} months',
    },
  },
  /** complaints paid from what the programmes' reserve leaves (app/complaintMoney.ts) */
  complaintMoney: {
    feedWhy:
      'Complaints are paid from what the running programmes’ reserve leaves (their estimated cost for the {{tick}}, with the safety margin): the ones handled got {{paid}}, and {{unit}} for one more was not left. The budget left at the end of the {{tick}} can be higher: the programmes cost less than their reserve.',
    feedWhyNone:
      'Complaints are paid from what the running programmes’ reserve leaves (their estimated cost for the {{tick}}, with the safety margin): not even {{unit}} was left to handle one. The budget left at the end of the {{tick}} can be higher: the programmes cost less than their reserve.',
    cardWarning:
      'Complaints: after the running programmes’ reserve ({{reserve}}), {{left}} would be left to handle the complaints expected {{nextTick}}, about {{need}} needed: some will not be handled.',
    cardWarningUnpaidOne:
      'Complaints: {{count}} was not handled {{thisTick}} for lack of budget. They are paid after the running programmes’ reserve ({{reserve}}): {{left}} would be left {{nextTick}}, for about {{need}} needed.',
    cardWarningUnpaidOther:
      'Complaints: {{count}} were not handled {{thisTick}} for lack of budget. They are paid after the running programmes’ reserve ({{reserve}}): {{left}} would be left {{nextTick}}, for about {{need}} needed.',
  },
};
