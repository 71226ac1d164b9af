/** English dashboard strings (same keys as src/i18n/fr/dashboard.ts). */
import type { Messages } from '../fr.ts';

export const dashboard: Messages['dashboard'] = {
  title: 'Dashboard',
  period: { week: 'Week {{n}}', month: 'Month {{n}}' },
  /** {{period}}: « Week 14 » (periodLabel); {{periodIn}}: « week 14 » (periodIn.name) */
  asOf: 'Situation at the end of {{periodIn}}',
  noData: 'No period simulated yet. Make your decisions, then advance one period to see the first indicators.',
  kpisTitle: 'Key indicators',
  glassToggle: 'How is this computed?',
  glassToggleFor: 'How is this computed? ({{kpi}})',
  kpi: {
    turnover: 'Turnover',
    activeCustomers: 'Active customers',
    retention: 'Retention rate',
    churn: 'Churn rate',
    acquisitions: 'New customers',
    satisfaction: 'Measured satisfaction (mean score)',
    budgetLeft: 'Budget left',
    grossMargin: 'Gross margin',
    netMargin: 'Net margin',
    frequency: 'Purchase frequency',
    averageBasket: 'Average basket',
    relationshipLength: 'Relationship length',
  },
  kpiHint: {
    retention: 'share of the customers (active or dormant) at the start of the period who are not lost at its end: a customer who became dormant counts as kept',
    churn: 'share of the customers (active or dormant) at the start of the period lost during the period',
    netMargin: 'gross margin minus the cost of actions (discounts aside: already taken off the gross margin) and fixed costs',
    activeCustomers: 'new customers included (lifecycle stages “New (first purchase)” and “Active customer”)',
    frequency: 'purchases per active customer per period',
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
  unit: {
    points: '{{value}}\u00a0points',
    withMargin: '{{value}} ±\u00a0{{margin}}\u00a0points',
    withInterval: '{{value}} (between {{low}} and {{high}})',
    weekOne: '{{value}} week',
    weekOther: '{{value}} weeks',
    monthOne: '{{value}} month',
    monthOther: '{{value}} months',
    perTick: '{{value}} per customer',
    veryLong: 'very long (no recent departure)',
    /** the purchase frequency lever's unit, after its value (counted: French 0,075 is singular) */
    frequency: {
      weekOne: 'purchase per active customer per week',
      weekOther: 'purchases per active customer per week',
      monthOne: 'purchase per active customer per month',
      monthOther: 'purchases per active customer per month',
    },
  },
  acquisitionsDetail: 'of which {{referrals}} on a customer’s recommendation',
  budgetAvailableDetail:
    'Budget available (top of the screen): {{available}} = this budget left + {{income}} paid at the start of {{period}}, what that period can spend, running programmes included.',
  wordOfMouthDetail: 'Customers turned away by negative word of mouth: {{deterred}} since the start (departures “Complaint badly handled”: {{left}})',
  yearlyRetention: 'Over a year: {{pace}}, retention rates compounded over {{year}}. The number of active customers can fall much faster.',
  kpiPeriod: { week: 'from one week to the next', month: 'from one month to the next' },
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
  levers: {
    title: 'The three levers of turnover',
    formula: 'Turnover of one customer over the relationship = purchase frequency × average basket × relationship length',
    thisPeriod: 'Turnover this period = active customers × frequency × average basket = {{active}} × {{frequency}} × {{basket}} = {{turnover}}',
    customerValue:
      'Turnover of one customer over the whole relationship (turnover, before the margin) ≈ {{frequency}} × {{basket}} × {{length}} = {{value}}, with the frequency per customer, active or dormant ({{purchases}} purchases ÷ {{customers}} customers), as the relationship length also counts the time spent dormant',
    thisPeriodRounded:
      'Turnover this period = active customers × frequency × average basket = {{active}} × {{frequency}} × {{basket}} ≈ {{turnover}} (rounded factors)',
    customerValueRounded:
      'Turnover of one customer over the whole relationship (turnover, before the margin) ≈ {{frequency}} × {{basket}} × {{length}} ≈ {{value}} (rounded factors), with the frequency per customer, active or dormant ({{purchases}} purchases ÷ {{customers}} customers), as the relationship length also counts the time spent dormant',
    sinceStart: 'since the start: {{delta}}',
  },
  satisfaction: {
    notMeasured: 'Not measured',
    notMeasuredHint: 'Your customers’ true satisfaction is hidden: run a questionnaire (Decisions screen) to measure it; a mystery shopper scores the service, not satisfaction.',
    value: '{{mean}} ±\u00a0{{margin}}\u00a0points',
    detail: '{{method}} of {{period}}, {{n}} answers',
    meanScore: 'The respondents’ mean score, out of 100: not the share of satisfied customers.',
    marginExplained: 'If respondents are like the other customers, the true value is very probably between {{low}} and {{high}}.',
    oldOne: 'Last measured {{ago}} period ago.',
    oldOther: 'Last measured {{ago}} periods ago.',
  },
  serviceScore: {
    title: 'Service score (mystery shopper)',
    detailOne: '{{method}} {{period}}, {{n}} visit',
    detailOther: '{{method}} {{period}}, {{n}} visits',
    explained:
      'The mystery shopper scores the shop’s service (welcome, waiting, incidents), not your customers’ satisfaction: ±\u00a0{{margin}}\u00a0points is the precision of this score over its visits. Measured satisfaction (mean score) stays the last questionnaire’s.',
  },
  objectives: {
    title: 'Scenario objectives',
    score: 'Points earned: {{earned}} out of {{possible}}',
    /** the count « Et si… ? » gives for a timeline (compareTimelines timelineTotals: objectives met now), in the same words (QA class 7) */
    held: 'Objectives met or held so far: {{met}} out of {{total}} (points are earned at each objective’s deadline).',
    heldFinal: 'Objectives met: {{met}} out of {{total}}.',
    seedNotDefault:
      'Objectives set for another seed ({{seed}}): the debrief’s comparison “with a game with no action at all” is the fair measure.',
    seedAdjusted:
      'Objectives adjusted to seed {{seed}}: the shop’s are set for seed {{defaultSeed}}. Each figure objective moves by what this seed gives with no action at all, so your plan must beat “doing nothing” by as much as on seed {{defaultSeed}}.',
    adjustedTarget: 'Objective adjusted to seed {{seed}}: {{base}} → {{target}} ({{why}})',
    adjustedWhy: {
      moneyMore: 'with no action, this seed earns {{gap}} more than on the reference seed',
      moneyLess: 'with no action, this seed earns {{gap}} less than on the reference seed',
      budgetMore: 'with no action, this seed leaves {{gap}} more than on the reference seed',
      budgetLess: 'with no action, this seed leaves {{gap}} less than on the reference seed',
      countMore: 'with no action, the count is {{gap}} higher on this seed than on the reference seed',
      countLess: 'with no action, the count is {{gap}} lower on this seed than on the reference seed',
    },
    state: { enCours: 'In progress', atteint: 'Met', manque: 'Missed' },
    checkAt: 'Checked at the end of {{period}}',
    current: 'Current value: {{value}}',
    atCheck: 'Value at the deadline: {{value}}',
    lowestSoFar: 'Lowest value so far: {{value}}',
    highestSoFar: 'Highest value so far: {{value}}',
    target: 'Target: {{target}}',
    notMeasured: 'not measured yet',
    notMeasuredWindow: 'not measured yet: only a questionnaire run from {{from}} to {{to}} counts',
    missedWindow: 'not measured: no questionnaire in the period it asks for, from {{from}} to {{to}}',
    lastQuestionnaire: '{{window}}; the last one was run in {{last}}',
    notMeasuredFinal: 'not measured',
    progress: 'Progress towards the target: {{objective}}',
    heldSoFar: 'held so far, checked in {{period}}',
    pointsOne: '{{points}}\u00a0point',
    pointsOther: '{{points}}\u00a0points',
  },
  programmes: {
    title: 'Loyalty programmes: cost and return',
    caption: 'Each action launched, what it cost (discounts given included) and the extra margin made on the enrolled customers, counted at the normal price so that a discount is not taken off twice (a customer targeted by several programmes counts for a share in each). This margin is estimated by comparison with a control group: customers of the target drawn at random and not enrolled, who show what the members would have bought without the programme.',
    empty: 'No programme launched yet.',
    column: {
      programme: 'Programme',
      since: 'Since',
      status: 'Status',
      targeted: 'Customers enrolled',
      control: 'Control group',
      costThisTick: 'Cost this period',
      costToDate: 'Cost to date',
      margin: 'Extra margin',
      roi: 'ROI',
    },
    running: 'Running',
    endedAt: 'Stopped ({{period}})',
    endedForBudget: 'Stopped for lack of budget ({{period}})',
    /** a competitor copies this financial advantage from that period on (it loses most of its effect) */
    imitatedSince: 'copied since {{period}}',
    roiNone: 'no cost yet',
    roiUnmeasured: 'not measurable',
    roiTooUncertain: 'not quantifiable (margin of error too wide), extra margin {{margin}} for a cost of {{cost}}',
    roiTooUncertainShort: 'not quantifiable (too uncertain)',
    controlNone: 'none',
    unreliable: 'unreliable',
    notContactedOne: '{{count}} not contacted for want of consent (GDPR)',
    notContactedOther: '{{count}} not contacted for want of consent (GDPR)',
    compareLink: 'See, period by period, the members’ margin per customer against their control group’s (Charts)',
    /** under the table when it lists two or more programmes and one effect is not shown (app/programmeEffect.ts rankingNotShown, QA verify3 V3) */
    noRanking:
      'Do not rank these programmes by their estimates: when an effect is not demonstrated, the true effect may lie on either side of 0 (its interval holds 0, or it is unreliable: too few controls or periods). Compare only demonstrated effects, or wait for more periods or a larger control group.',
    marginError: '{{margin}} ±\u00a0{{error}}',
    interval: 'between {{low}} and {{high}} (estimate {{value}}',
    intervalError: '±\u00a0{{error}})',
    intervalOnly: 'between {{low}} and {{high}} (gain or loss: impossible to tell)',
    estimate: 'estimated by comparison with a control group of {{n}} customers not enrolled',
    roiWithEffect: '{{roi}} — {{effect}}',
    effect: {
      unmeasured: 'no control group: effect not measurable (target too small: the target needs at least {{needed}} customers still there, it had {{targeted}})',
      unmeasuredConsentOne:
        'no control group: effect not measurable. The target was big enough, but only {{count}} customer out of {{targeted}} had given consent (e-mail or SMS, GDPR). {{advice}}',
      unmeasuredConsentOther:
        'no control group: effect not measurable. The target was big enough, but only {{count}} customers out of {{targeted}} had given consent (e-mail or SMS, GDPR). {{advice}}',
      noEffect: 'no proven effect: within the margin of error',
      marginOnly: 'margin effect proven; profit not proven (after its cost, the ROI could still be negative)',
      profitable: 'profit proven: even at the bottom of its margin of error, the margin gained exceeds the cost',
      marginButLoss: 'margin effect proven, but loss proven: even at the top of its margin of error, the margin gained does not cover the cost',
      loss: 'loss proven: even at the top of its margin of error, the margin gained does not cover the cost',
      setup: 'setting up: its cost is paid (set-up included), no effect is expected yet; verdict after {{period}}',
      setupAfterEnd: 'setting up: its cost is paid (set-up included), but its first effects would come from {{period}}, after the end of the game: it cannot be judged',
      setupNotRepaid: 'loss to date, due to its set-up: without the {{setup}} of set-up, paid once at launch, the margin gained may cover its cost; loss not proven',
      tooSmall:
        'control group too small to conclude: with {{n}} control customers, this gap may be chance, a few big spenders drawn into it or not are enough to move the estimate and even its interval; it takes at least {{min}} to speak of a proven profit or loss',
      tooEarly: 'too early to conclude: over so few periods, this gap may be chance, a few purchases make the estimate and even its interval; verdict after {{period}}',
      tooEarlyAfterEnd: 'too early to conclude: this gap may be chance; launched too close to the end of the game to be measured through {{period}}, it cannot be judged',
    },
    retentionMayBeChance: 'The two margins of error overlap: the gap between members and controls still customers may be mere chance, to be read with care.',
    setupPeriod: 'period {{n}}',
    estimateFragileOne: 'estimated by comparison with a control group of only {{n}} customer not enrolled: a fragile estimate, a few big spenders weigh a lot in it',
    estimateFragileOther: 'estimated by comparison with a control group of only {{n}} customers not enrolled: a fragile estimate, a few big spenders weigh a lot in it',
    measuredSpan: {
      week: {
        range: 'programme active in weeks {{first}} to {{last}}, stopped at the start of week {{stopped}}; effect measured over weeks {{first}} to {{to}} (after-effect included)',
        single: 'programme active in week {{first}} only, stopped at the start of week {{stopped}}; effect measured over weeks {{first}} to {{to}} (after-effect included)',
        atLaunch: 'programme stopped at the start of week {{stopped}}, before it ever acted; effect measured over weeks {{first}} to {{to}}',
      },
      month: {
        range: 'programme active in months {{first}} to {{last}}, stopped at the start of month {{stopped}}; effect measured over months {{first}} to {{to}} (after-effect included)',
        single: 'programme active in month {{first}} only, stopped at the start of month {{stopped}}; effect measured over months {{first}} to {{to}} (after-effect included)',
        atLaunch: 'programme stopped at the start of month {{stopped}}, before it ever acted; effect measured over months {{first}} to {{to}}',
      },
    },
  },
  periodIn: {
    name: { week: 'week {{n}}', month: 'month {{n}}' },
    from: { week: 'week {{n}}', month: 'month {{n}}' },
    to: { week: 'week {{n}}', month: 'month {{n}}' },
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
    complaintWave: 'Complaint wave: {{complaints}} this period (usually {{usual}}), {{resolved}} handled.',
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
      'Acquisition campaign: {{channels}}. Its recruits are not counted apart: they are among the period’s new customers, with those who came by themselves or were referred.',
    campaignsOther:
      'Acquisition campaigns: {{channels}}. Their recruits are not counted apart: they are among the period’s new customers, with those who came by themselves or were referred.',
    campaignChannel: '{{channel}}, {{spend}} spent',
    /** the same, with the recruits the engine counted for each channel (TickKpis.campaignRecruits) */
    campaignsCountedOne: 'Acquisition campaign: {{channels}}. Its recruits are counted among the period’s new customers.',
    campaignsCountedOther: 'Acquisition campaigns: {{channels}}. Their recruits are counted among the period’s new customers.',
    campaignChannelRecruits: '{{channel}}, {{spend}} spent, {{recruits}}',
    recruitsOne: '{{count}} recruit',
    recruitsOther: '{{count}} recruits',
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
  /** period 0: the shop's base read from the initial state (startingBase.ts) */
  start: {
    title: 'Starting point',
    intro: 'Before the first period, this is the shop’s customer base (the scenario’s initial state):',
    active: 'Active customers (new and active): {{count}}',
    dormant: 'Dormant customers: {{count}}',
    customers: 'Customers still there (new, active, dormant): {{count}}',
    segmentsCaption: 'RFM segments at the start (customers already lost count in “Inactive (RFM)”, as on the charts)',
    segment: 'Segment',
    count: 'Customers',
    objectives: 'The objectives already show their starting value when the initial state gives it (active customers, a segment’s share, budget); the others (turnover, margin, departures, measured satisfaction) are measured at the end of the first period.',
  },
  /** complaints paid from what the programmes' reserve leaves (app/complaintMoney.ts) */
  complaintMoney: {
    feedWhy:
      'Complaints are paid from what the running programmes’ reserve leaves (their estimated cost for the period, with the safety margin): the ones handled got {{paid}}, and {{unit}} for one more was not left. The budget left at the end of the period can be higher: the programmes cost less than their reserve.',
    feedWhyNone:
      'Complaints are paid from what the running programmes’ reserve leaves (their estimated cost for the period, with the safety margin): not even {{unit}} was left to handle one. The budget left at the end of the period can be higher: the programmes cost less than their reserve.',
    cardWarning:
      'Complaints: after the running programmes’ reserve ({{reserve}}), {{left}} would be left to handle next period’s, which need about {{need}}: some will not be handled.',
    cardWarningUnpaidOne:
      'Complaints: {{count}} was not handled last period for lack of budget. They are paid after the running programmes’ reserve ({{reserve}}): {{left}} would be left next period, for about {{need}} needed.',
    cardWarningUnpaidOther:
      'Complaints: {{count}} were not handled last period for lack of budget. They are paid after the running programmes’ reserve ({{reserve}}): {{left}} would be left next period, for about {{need}} needed.',
  },
  /** each acquisition channel's campaigns since the start (app/campaignReturn.ts, CampaignReturns.svelte; issue #2) */
  campaigns: {
    title: 'Return of the acquisition campaigns',
    note: 'Since the start of the game, for each channel: the margin (net of discounts) of its recruits’ purchases, first purchase included, and ROI = (margin − cost) ÷ cost. This margin is due to the campaign: without it these customers would not be there; no control group is needed, unlike loyalty programmes.',
    notePaid:
      'But most recruits of a paid campaign do not stay: as a rule, {{oneOff}} leave after their next purchase. Here, recruits of paid campaigns still customers to date: {{still}} of {{recruits}}.',
    noteReferral:
      'Referral is the exception: its recruits, recommended by a customer, stay more often. Here, referral recruits still customers to date: {{still}} of {{recruits}}.',
    notComparable:
      'Do not rank this ROI with a loyalty programme’s: it counts all the margin of the recruits, whereas a programme’s counts only its members’ extra margin over their control group, estimated with a margin of error. So the two do not compare: a programme whose effect is not proven, or without a control group, may return more per euro spent than a campaign with a high ROI.',
    notRecorded: 'The return of the acquisition campaigns is not known for this game: its first periods were played before the simulator counted each campaign’s recruits.',
    column: {
      channel: 'Channel',
      spent: 'Spent',
      recruits: 'Recruits',
      still: 'Still customers',
      margin: 'Margin brought',
      roi: 'ROI',
    },
    roiNone: '—',
  },
};
