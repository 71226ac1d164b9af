/** English texts of the debrief report (same keys as ../fr/debrief.ts). */
import type { Messages } from '../fr.ts';

export const debrief: Messages['debrief'] = {
  title: 'Debrief',
  titleWithName: 'Debrief — {{name}}',
  intro: 'What happened in the shop, why, what it cost and earned, and what the course says.',
  inProgressOne: 'Game in progress: report after {{n}} {{tick}} out of {{total}}.',
  inProgressOther: 'Game in progress: report after {{n}} {{ticks}} out of {{total}}.',
  finished: 'Game over: report on the {{total}} {{ticks}}.',
  noData: 'Nothing has been played yet: the debrief will be available after {{tick}} 1.',
  print: 'Print or save as PDF',
  exportResult: 'Export the result file',
  shareBelow: '< {{value}}',
  section: {
    objectives: 'Scenario objectives',
    summary: 'The game in figures',
    departures: 'Why customers left',
    programmes: 'Effect of each loyalty action',
    costs: 'Costs and return on investment',
    satisfaction: 'True and measured satisfaction (mean scores)',
    course: 'What the course says',
    timeline: 'The decisions, {{tick}} by {{tick}}',
  },
  noAction: 'Compared with a game with no action at all (same seed, same length): net margin {{margin}}, active customers {{customers}}.',
  /** after noAction: how this exact replay relates to the control-group estimates below */
  noActionVsControl:
    'This replay without any action gives the exact gain of all the decisions together, which no real shop can observe; the control groups below give, programme by programme, the estimate a real shop could measure, with its margin of error.',
  objectives: {
    objective: 'Objective',
    target: 'Target',
    value: 'Value reached',
    valueLowest: '{{value}} (lowest)',
    valueHighest: '{{value}} (highest)',
    state: 'Result',
    points: 'Points',
    checkedAt: 'Checked at the end of',
    firstMet: 'Threshold first crossed',
    metThenLost: '{{period}}, then lost before the end of {{deadline}}',
    atStart: 'Already met at the start',
    atStartThenLost: 'Already met at the start, then lost before the end of {{deadline}}',
    notMeasured: 'not measured',
    never: 'never',
    scoreOne: 'Points earned: {{earned}} out of {{possible}}',
    scoreOther: 'Points earned: {{earned}} out of {{possible}}',
    scoreShortfallOne: 'Objective points: {{earned}} out of {{possible}} (mission failed)',
    scoreShortfallOther: 'Objective points: {{earned}} out of {{possible}} (mission failed)',
    stateLabel: { enCours: 'In progress', atteint: 'Met', manque: 'Not met', toolMissing: 'Figure reached, tool missing', budgetStop: 'Figure reached, programme stopped', wrongTarget: 'Figure reached, wrong target', measuredEarly: 'Figure reached, measured too early', setupStop: 'Figure reached, programme stopped too early', lateStart: 'Figure reached, programme launched too late' },
    seedAdjusted:
      'Targets adjusted to seed {{seed}}: the shop’s are set for seed {{defaultSeed}}; each figure target moved by what this seed gives with no action at all, to ask for the same gap from “doing nothing”.',
    adjustedFrom: 'instead of {{target}} on seed {{seed}}',
  },
  summary: {
    indicator: 'Indicator',
    value: 'Value',
    dormantNote: 'A dormant customer has not bought for a while but has not left: they still count among the shop’s customers (the retention rate counts them as kept), and an action can wake them up.',
    customersCaption: 'Customers (active or dormant): at the start + recruited − lost = now',
    customers: 'Customers (active or dormant)',
    count: 'Number',
    flow: {
      atStart: 'Customers at the start (active or dormant, without former customers already lost)',
      recruited: '+ customers recruited',
      lost: '− customers lost',
      atEnd: '= customers now',
      activeAtEnd: 'of whom active (bought recently)',
      dormantAtEnd: 'of whom dormant (no purchase for a while, not gone yet)',
    },
    moneyCaption: 'Turnover, margins and budget',
    turnover: 'Cumulative turnover',
    grossMargin: 'Cumulative gross margin',
    netMargin: 'Cumulative net margin (after actions and fixed costs)',
    costs: 'Cumulative marketing spend',
    discounts: 'of which discounts given (paid by the budget and already taken off the gross margin: the net margin does not take them off a second time)',
    budgetLeft: 'Budget left',
  },
  departures: {
    none: 'No customer left during the game.',
    totalOne: '{{total}} departure in all.',
    totalOther: '{{total}} departures in all.',
    cause: 'Cause',
    count: 'Departures',
    share: 'Share',
    kind: 'Disloyalty pattern',
    course: 'Course card',
    caption: 'Departures by cause and their place in the disloyalty pattern',
    silent:
      'Service incidents during the game: {{incidents}}; complaints: {{complaints}} ({{share}}). Most dissatisfied customers never complain: the shop only sees those who complain, the others leave or stay without a word.',
    deterredOne:
      'Customers turned away by negative word of mouth: {{deterred}}, against {{count}} departure “Complaint badly handled”. They are not in the departures above: they never came, because an unhappy customer told them about a complaint left unresolved.',
    deterredOther:
      'Customers turned away by negative word of mouth: {{deterred}}, against {{count}} departures “Complaint badly handled”. They are not in the departures above: they never came, because an unhappy customer told them about a complaint left unresolved.',
    deterredHow:
      'How is this computed? Each unresolved complaint ({{unresolved}} in all here) is told to about {{told}} people, {{conversion}} of whom stay away: {{each}} fewer walk-ins per complaint, never more than the walk-ins expected in a {{tick}}. The {{told}} people are an assumption of the simulator (after TARP); the figure is an expected number, rounded.',
  },
  programmes: {
    none: 'No loyalty programme was launched.',
    action: 'Action',
    started: 'Start',
    ended: 'End',
    running: 'running',
    endedAt: 'stopped at the start of {{period}}',
    endedForBudget: 'stopped for lack of budget at the start of {{period}}',
    targeted: 'Customers enrolled',
    control: 'Control group',
    cost: 'Cost',
    incremental: 'Extra margin',
    /** the column's header on a portrait tablet, in an <abbr> (incremental is what a screen reader says) */
    incrementalShort: 'Extra margin',
    roi: 'ROI',
    controlNone: 'none',
    estimateNote: 'Each programme’s extra margin is estimated by comparison with its control group: customers of its target drawn at random and not enrolled. A figure within its margin of error does not prove any effect (it may be mere chance); without a control group (target too small, or too few customers of the target who consented to an e-mail or SMS), the effect cannot be measured. These estimates, before cost and with their margin of error, can differ from the exact gain of all the decisions together against a game with no action at all, and even exceed it: only that comparison is exact.',
    /** under the table when it lists two or more programmes and one effect is not shown (app/programmeEffect.ts rankingNotShown, QA verify3 V3) */
    noRanking:
      'Do not rank these programmes by their estimates: when an effect is not demonstrated, the true effect may lie on either side of 0 (its interval holds 0, or it is unreliable: too few controls or {{ticks}}). Compare only demonstrated effects, or wait for more {{ticks}} or a larger control group.',
    noteOf: '{{name}}: {{note}}',
    /** {{before}}, {{after}}: the first and last periods, as after « de » in French (« du mois 1 ») */
    baseSegmentsCaption: 'RFM segments of the whole customer base (not only enrolled customers), at the end of {{before}} and of {{after}}',
    segmentsLost: '“{{inactive}}” also counts the lost customers, who will not buy again: {{before}} at the end of {{from}}, {{after}} at the end of {{to}}.',
    segment: 'Segment',
    delta: 'Change',
  },
  costs: {
    typeTitle: 'Spend by type of action',
    acquisitionTitle: 'Acquisition spend by channel',
    type: 'Type of action',
    channel: 'Channel',
    amount: 'Amount',
    none: 'No spend.',
    programmeRoiOne:
      'ROI of the only loyalty programme measured against a control group ({{programmes}}): {{roi}}; extra margin {{margin}}, for {{cost}} spent; {{effect}}.',
    programmeRoiOther:
      'Overall ROI of the {{count}} loyalty programmes measured against a control group ({{programmes}}): {{roi}}; extra margin {{margin}}, for {{cost}} spent; {{effect}}.',
    programmeName: '{{name}}, launched in {{period}}',
    programmesUnmeasuredOne: '{{count}} programme without a control group (target too small, or too few consents to an e-mail or SMS) is not in this ROI: its effect cannot be measured.',
    programmesUnmeasuredOther: '{{count}} programmes without a control group (target too small, or too few consents to an e-mail or SMS) are not in this ROI: their effect cannot be measured.',
    programmeRoiNone: 'No loyalty programme has cost anything yet: no ROI to compute.',
    overallInSetupOne: 'no overall verdict: {{count}} of these programmes is still being set up, its cost is counted but its effect is not expected yet',
    overallInSetupOther: 'no overall verdict: {{count}} of these programmes are still being set up, their cost is counted but their effect is not expected yet',
    overallInSetupOnly: 'no verdict: this programme is still being set up, its cost is counted but its effect is not expected yet',
  },
  satisfaction: {
    reveal: 'Revealed at the debrief: during the game only the satisfaction measured by the surveys was visible.',
    trueStart: 'True satisfaction at the start (mean score): {{value}}',
    trueEnd: 'True satisfaction now (mean score): {{value}}',
    meanScore: 'These figures are mean scores out of 100 (the average of what customers feel), not the share of satisfied customers.',
    none: 'No survey was run: the customers’ satisfaction stayed unknown the whole game.',
    survey: 'Survey',
    method: 'Method',
    sample: 'Sample',
    measured: 'Measured',
    truth: 'True',
    within: 'Truth within the margin of error?',
    yes: 'yes',
    no: 'no',
    measuredValue: '{{mean}} ±\u00a0{{margin}}\u00a0points',
    caption: 'Each survey: measured satisfaction with its margin of error, and true satisfaction (mean scores)',
  },
  course: {
    none: 'Nothing in particular to point out yet.',
    topCause: 'First cause of departure: “{{cause}}” ({{count}} departures, {{share}}). The course card explains this mechanism and how to prevent it.',
    competitorsPull:
      '{{share}} of departures come from an “encounter” (competing offer, novelty seeking): in the disloyalty pattern, the encounter causes the break when nothing ties the customer to the shop.',
    discountEnd: {
      stopped: 'The shop stopped its financial advantage ({{instrument}})',
      duration: 'The financial advantage ({{instrument}}) ended at the duration set when it was launched',
    },
    discountStopped:
      '{{ended}}: price departures per {{tick}} during the programme: {{during}}, after: {{after}}. A financial advantage is easy to launch but hard to stop, and easy to imitate.',
    discountStoppedForBudget:
      'The financial advantage ({{instrument}}) was stopped for lack of budget, for good: price departures per {{tick}} during the programme: {{during}}, after: {{after}}. A financial advantage costs every {{tick}}; stopping it, wanted or not, is paid in departures.',
    discountStoppedQuiet:
      '{{ended}}: price departures per {{tick}} during the programme: {{during}}, after: {{after}}. The backlash the course describes (once it stops, customers used to the discount feel the normal price as a price rise) does not show in the departures: {{reason}} It is stronger when the discount is bigger and longer and when members buy often.',
    discountStoppedForBudgetQuiet:
      'The financial advantage ({{instrument}}) was stopped for lack of budget, for good: price departures per {{tick}} during the programme: {{during}}, after: {{after}}. The backlash the course describes (once it stops, customers used to the discount feel the normal price as a price rise) does not show in the departures: {{reason}} A financial advantage costs every {{tick}}, and stopping it costs more when the discount is bigger and longer and when members buy often.',
    /** why the backlash did not show in the learner's departures ({{reason}} above) */
    quietReason: {
      referencePrice:
        'when it stopped, {{beyond}} of its {{members}} members had a reference price low enough to feel the normal price as a rise (mean gap {{gap}}; a price is felt as a rise only beyond {{tolerance}}), and each of them may leave only when buying, with a small probability. Their satisfaction, though, drops at their next purchases.',
      unknown: 'the programme was probably short, or its members bought too rarely to get used to the discount.',
    },
    discountImitated:
      '{{competitor}} copied the shop’s financial advantage ({{instrument}}) from {{period}}: from then on it lost {{loss}} of its effect (extra purchases, protection against competitors). A financial advantage is easy to copy: it does not set the shop apart for long.',
    discountImitatedUnknown:
      'A competitor copied the shop’s financial advantage ({{instrument}}) from {{period}}: from then on it lost {{loss}} of its effect (extra purchases, protection against competitors). A financial advantage is easy to copy: it does not set the shop apart for long.',
    effectNotShownOne:
      '{{count}} programme has no proven effect on the margin (yet): its extra margin stays within its control group’s margin of error. A programme that changes nothing for customers (personalisation without profile data, for instance) shows nothing more. Its members may still have stayed more often than its control group (below): a gap that is also to be read with its margin of error, and customers kept do not always buy enough to show in the margin yet.',
    effectNotShownOther:
      '{{count}} programmes have no proven effect on the margin (yet): their extra margin stays within their control group’s margin of error. A programme that changes nothing for customers (personalisation without profile data, for instance) shows nothing more. Their members may still have stayed more often than their control groups (below): a gap that is also to be read with its margin of error, and customers kept do not always buy enough to show in the margin yet.',
    profitNotShownOne:
      '{{count}} programme shows an effect on the margin, but not on profitability: its extra margin is beyond its margin of error, but at the bottom of that margin it does not cover its cost (its ROI may still be negative). A programme is judged after its cost, not only on the margin it adds.',
    profitNotShownOther:
      '{{count}} programmes show an effect on the margin, but not on profitability: their extra margin is beyond their margin of error, but at the bottom of that margin it does not cover their cost (their ROI may still be negative). A programme is judged after its cost, not only on the margin it adds.',
    negativeRoiOne: '{{count}} programme cost more than the extra margin it brought: ROI compares the margin earned with the cost of the action.',
    negativeRoiOther: '{{count}} programmes cost more than the extra margin they brought: ROI compares the margin earned with the cost of the action.',
    noSurvey: 'Satisfaction was never measured: it cannot be seen, it must be measured by a questionnaire (a mystery shopper scores the service), at a cost and with a margin of error.',
    surveyMissedOne:
      '{{count}} questionnaire measured a higher satisfaction than the real one, beyond its margin of error. Sample size is not the cause: the margin of error already allows for it; it covers the luck of the draw, not who chooses to answer. Satisfied customers answer a little more often (non-response bias): the measure leans upwards, and a bigger sample does not change that.',
    surveyMissedOther:
      '{{count}} questionnaires measured a higher satisfaction than the real one, beyond their margin of error. Sample size is not the cause: the margin of error already allows for it; it covers the luck of the draw, not who chooses to answer. Satisfied customers answer a little more often (non-response bias): the measure leans upwards, and a bigger sample does not change that.',
    surveyChanceOne:
      '{{count}} questionnaire measured a lower satisfaction than the real one, beyond its margin of error: a 95% margin of error leaves about one chance in twenty of missing the truth by plain chance.',
    surveyChanceOther:
      '{{count}} questionnaires measured a lower satisfaction than the real one, beyond their margin of error: a 95% margin of error leaves about one chance in twenty of missing the truth by plain chance.',
    mysteryMissedOne:
      '{{count}} mystery shopping survey was off the real satisfaction beyond its margin of error: a mystery shopper scores the shop’s service, not the customers’ satisfaction; its margin of error tells how precise that score is, not how far it is from what customers feel.',
    mysteryMissedOther:
      '{{count}} mystery shopping surveys were off the real satisfaction beyond their margin of error: a mystery shopper scores the shop’s service, not the customers’ satisfaction; its margin of error tells how precise that score is, not how far it is from what customers feel.',
    discountBestCustomers:
      'A discount was given to the very good customers: they already buy their maximum; the course advises recognition and knowing their needs rather than a financial advantage.',
    complaintsLostOne:
      '{{count}} customer left after a badly handled complaint{{deterred}}: a complaint handled fast and well keeps most customers; ignored, it loses ten times more complainers and drives away the customers the unhappy one could have brought to the shop.',
    complaintsLostOther:
      '{{count}} customers left after a badly handled complaint{{deterred}}: a complaint handled fast and well keeps most customers; ignored, it loses ten times more complainers and drives away the customers the unhappy one could have brought to the shop.',
    conquestOverRetention: 'The shop spent more on acquiring ({{acquisition}}) than on keeping customers ({{retention}}): acquiring a customer costs more than keeping one.',
    socialBondingOne:
      'With social bonds ({{instrument}}, launched in {{period}}), {{count}} customer was enrolled, for {{cost}}. {{stopped}}{{vsControl}}Their effects come slowly (trust takes months to build) but last, and are hard for competitors to imitate.',
    socialBondingOther:
      'With social bonds ({{instrument}}, launched in {{period}}), {{count}} customers were enrolled, for {{cost}}. {{stopped}}{{vsControl}}Their effects come slowly (trust takes months to build) but last, and are hard for competitors to imitate.',
    customisationOne:
      'With customisation ({{instrument}}, launched in {{period}}), {{count}} customer is tied to the shop by a switching barrier: what was built for them would be lost if they went elsewhere. {{stopped}}Cost: {{cost}}. {{vsControl}}The course calls it costly and prone to resistance: customers seeking novelty or savings (novelty and money buying motives) put up badly with a closed offer, their barrier stays low and their satisfaction drops.',
    customisationOther:
      'With customisation ({{instrument}}, launched in {{period}}), {{count}} customers are tied to the shop by a switching barrier: what was built for them would be lost if they went elsewhere. {{stopped}}Cost: {{cost}}. {{vsControl}}The course calls it costly and prone to resistance: customers seeking novelty or savings (novelty and money buying motives) put up badly with a closed offer, their barrier stays low and their satisfaction drops.',
    personalisationOne:
      'With personalisation ({{instrument}}, launched in {{period}}), {{count}} customer was enrolled. {{stopped}}{{consent}}It needs {{setup}} to set up, then works only as far as the shop knows each member: without profile data, nothing. {{data}}Cost: {{cost}}. {{vsControl}}The course calls it slow and costly, but strong and very hard to imitate.',
    personalisationOther:
      'With personalisation ({{instrument}}, launched in {{period}}), {{count}} customers were enrolled. {{stopped}}{{consent}}It needs {{setup}} to set up, then works only as far as the shop knows each member: without profile data, nothing. {{data}}Cost: {{cost}}. {{vsControl}}The course calls it slow and costly, but strong and very hard to imitate.',
    complaintPolicyOne:
      'The complaint policy, “{{level}}” since {{period}}: {{count}} complaint received{{unpaid}} (resolved: {{resolved}}, {{fast}} of them fast); {{lost}}{{deterred}}. {{budget}}A complaint handled fast and well keeps most customers; ignored, it loses ten times more complainers and drives away the customers the unhappy one could have brought to the shop. And most dissatisfied customers never complain.',
    complaintPolicyOther:
      'The complaint policy, “{{level}}” since {{period}}: {{count}} complaints received{{unpaid}} (resolved: {{resolved}}, {{fast}} of them fast); {{lost}}{{deterred}}. {{budget}}A complaint handled fast and well keeps most customers; ignored, it loses ten times more complainers and drives away the customers the unhappy one could have brought to the shop. And most dissatisfied customers never complain.',
    clause: {
      vsControl: 'At the last measurement, {{memberShare}} of its members were still customers, against {{controlShare}} of its control group ({{n}} customers). {{chance}}',
      consentOne: '{{count}} customer of the target was not contacted for want of consent (GDPR): an e-mail or SMS reminder only goes to customers who consented. ',
      consentOther: '{{count}} customers of the target were not contacted for want of consent (GDPR): an e-mail or SMS reminder only goes to customers who consented. ',
      dataBeforeOne: 'Before its launch, the data collections had gathered the data of {{count}} customer; it only helps the members among them. ',
      dataBeforeOther: 'Before its launch, the data collections had gathered the data of {{count}} customers; it only helps the members among them. ',
      noDataBefore:
        'No data collection before or during the programme: it could only rely on what the shop already knew about its members, through their loyalty card when they have one. ',
      noDataBeforeKnownOne:
        'No data collection before or during the programme: it could only rely on what the shop already knew about its member ({{withData}} of {{count}} with profile data, through their loyalty card; {{known}} of what would be useful). ',
      noDataBeforeKnownOther:
        'No data collection before or during the programme: it could only rely on what the shop already knew about its members: {{withData}} of {{count}} had profile data, through their loyalty card, and it knew on average {{known}} of what would be useful. ',
      noCollection:
        'No data collection before or during the programme: it could only rely on what the shop already knew about its members, through their loyalty card when they have one (each purchase with the card tells it a little more). ',
      dataCollectedOne: 'The data collections gathered the data of {{count}} customer{{when}}; it only helps the members among them. ',
      dataCollectedOther: 'The data collections gathered the data of {{count}} customers{{when}}; it only helps the members among them. ',
      whenOnly: {
        before: ', before its launch',
        launchWeek: ', in the week of its launch',
        launchMonth: ', in the month of its launch',
        setup: ', during its set-up',
        later: ', after its first effects',
      },
      whenPart: {
        before: '{{count}} before its launch',
        launchWeek: '{{count}} in the week of its launch',
        launchMonth: '{{count}} in the month of its launch',
        setup: '{{count}} during its set-up',
        later: '{{count}} after its first effects',
      },
      dataRule:
        'It reads, each {{tick}}, what the shop knows about each of its members: a collection made before its first effects ({{effect}}) counts from them on, a later one from the {{tick}} it was made. ',
      membersData:
        'Members with profile data: {{withStart}} of {{count}} at its launch (the shop knew on average {{knownStart}} of what would be useful), {{with}} of {{members}} still customers at the last reading, {{period}} ({{known}}). ',
      setupWeekOne: '{{count}} week',
      setupWeekOther: '{{count}} weeks',
      setupMonthOne: '{{count}} month',
      setupMonthOther: '{{count}} months',
      lostNone: 'no customer left after a badly handled complaint',
      lostOne: '{{count}} customer left after a badly handled complaint',
      lostOther: '{{count}} customers left after a badly handled complaint',
      deterredOne: '; {{count}} customer turned away by negative word of mouth',
      deterredOther: '; {{count}} customers turned away by negative word of mouth',
      stopped: {
        budget: 'The programme was stopped for lack of budget in {{at}}, for good: the budget could no longer pay its cost {{ofTick}}; what it had built then fades little by little. ',
        learner: 'The shop stopped the programme in {{at}}; what it had built then fades little by little. ',
        duration: 'The programme ended in {{at}}, at the duration set at its launch; what it had built then fades little by little. ',
      },
      unpaidOne: ', {{count}} unanswered for lack of budget',
      unpaidOther: ', {{count}} of them unanswered for lack of budget',
      unpaidWhy:
        'A complaint is paid from what the budget leaves after the reserve for the running programmes and the surveys {{ofTick}}: without budget it gets no answer, as if ignored, whatever the policy chosen. ',
      complaintCost:
        'Handling complaints cost {{cost}} over the game, {{share}} of the marketing spending: a more careful policy costs more per complaint and leaves less budget for the other actions. ',
    },
    atRiskGrew: 'The “Lapsing customer” segment went from {{from}} to {{to}} customers: win them back first, before they become inactive.',
    /** the game over, a notable share of the budget never spent (courseFindings.ts UNUSED_BUDGET_SHARE, QA class 5) */
    budgetUnusedReserve:
      '{{left}} of the budget was never used ({{share}} of what it received), including the {{reserve}} the objective asked to keep: only the rest could have paid for more loyalty actions.',
    budgetUnused: '{{left}} of the budget was never used ({{share}} of what it received): that money could have paid for loyalty actions.',
    /** the same, with programmes the budget stopped and no programme of their strategy launched after */
    budgetUnusedStoppedOne:
      '{{left}} of the budget was never used ({{share}} of what it received): {{count}} programme stopped for lack of budget was not started again. A stop is final, but the same strategy can be launched again once the payments have built the budget back up.',
    budgetUnusedStoppedOther:
      '{{left}} of the budget was never used ({{share}} of what it received): {{count}} programmes stopped for lack of budget were not started again. A stop is final, but the same strategy can be launched again once the payments have built the budget back up.',
  },
  timeline: {
    none: 'No decision was taken.',
    afterType: ': ',
    detail: ' — {{text}}',
    rejected: 'refused: {{reason}}',
    allCustomers: 'all customers',
    target: 'target: {{parts}}',
    durationOne: 'for {{n}} {{tick}}',
    durationOther: 'for {{n}} {{ticks}}',
    yes: 'yes',
    no: 'no',
    part: {
      segmentsOne: 'segment {{values}}',
      segmentsOther: 'segments {{values}}',
      rfSegmentsOne: 'R × F segment {{values}}',
      rfSegmentsOther: 'R × F segments {{values}}',
      stagesOne: 'stage {{values}}',
      stagesOther: 'stages {{values}}',
      ladderOne: 'rung {{values}}',
      ladderOther: 'rungs {{values}}',
      motivesOne: 'buying motive {{values}}',
      motivesOther: 'buying motives {{values}}',
      channelsOne: 'channel {{values}}',
      channelsOther: 'channels {{values}}',
      value: '“{{value}}”',
      r: 'R from {{min}} to {{max}}',
      f: 'F from {{min}} to {{max}}',
      m: 'M from {{min}} to {{max}}',
      loyaltyCard: 'loyalty card: {{value}}',
      clubMember: 'club member: {{value}}',
      customerIdsOne: '{{count}} chosen customer',
      customerIdsOther: '{{count}} chosen customers',
      townsOne: '{{count}} town',
      townsOther: '{{count}} towns',
      townsNamedOne: 'town {{names}}',
      townsNamedOther: 'towns {{names}}',
      minDataKnown: 'data known at least {{value}}',
      limit: 'at most {{value}} customers',
    },
    action: {
      financier: '{{instrument}}, {{rate}} discount',
      lienSocial: '{{instrument}}',
      personnalisation: '{{instrument}}',
      customisation: '{{instrument}}',
      collecteDonnees: '{{instrument}}',
      enquete: '{{instrument}} with {{sample}} customers',
      politiqueReclamations: '{{level}}',
      acquisition: '{{channel}}: {{budget}}',
      arreterProgramme: 'stop of the programme launched in {{period}}',
      arreterProgrammeNamed: '{{type}} — {{instrument}}, launched in {{period}}',
    },
  },
  competencyEvidence: {
    intro: 'For continuous assessment: each competency with the evidence produced during the game (decisions taken, results obtained).',
    none: 'No decision taken yet: no evidence to link to the competencies.',
    decision: '{{period}}: {{action}}',
    objective: 'Objective “{{label}}”: {{state}}',
    /** an objective with no value (no survey in the period it asks for): listed all the same (QA class 14; QA phone F5) */
    objectiveUnmeasured: 'Objective “{{label}}”: {{state}} (no measurement within the time it asks for)',
    state: {
      enCours: 'in progress',
      atteint: 'met',
      manque: 'missed',
      toolMissing: 'figure reached, tool missing',
      budgetStop: 'figure reached, programme stopped',
      wrongTarget: 'figure reached, wrong target',
      measuredEarly: 'figure reached, measured too early',
      setupStop: 'figure reached, programme stopped too early',
      lateStart: 'figure reached, programme launched too late',
    },
    moreOne: '… and {{count}} more',
    moreOther: '… and {{count}} more',
    blocShort: {
      mco1: 'Block 1',
      mco2: 'Block 2',
      mco3: 'Block 3',
      mco4: 'Block 4',
      ndrc1: 'Block 1',
      ndrc2: 'Block 2',
      ndrc3: 'Block 3',
    },
  },
  missionShortfall: {
    held: 'Figures reached or held so far: {{met}} out of {{total}}, but that is not enough to pass the mission (see under its objective).',
    heldFinal: 'Figures reached: {{met}} out of {{total}}, but the mission is not passed (see under its objective).',
    wrongTarget: 'The “{{tool}}” action was aimed at other customers than the ones the mission asks for: the mission is not passed{{seeMission}}.',
    seeMission: ' (see “My mission”)',
    budgetStopped: 'A programme was stopped for lack of budget in {{period}}: the mission asked to be able to pay for it to the end, so it is not passed.',
    /** {{measured}}, {{policy}}: periodIn.name of the last questionnaire and of the first complaint policy (missions/evaluate.ts measuredEarly; the only tool a mission measures after); {{rule}}: rule; {{advice}}: again or later */
    measuredEarly: {
      samePeriod: 'The last questionnaire was run in {{measured}}, like the complaint policy. {{rule}} {{advice}}',
      before: 'The last questionnaire was run in {{measured}}, before the complaint policy ({{policy}}). {{rule}} {{advice}}',
      /** {{rule}}: the mission's procedure, by the shop's unit (scenario tickUnit) */
      rule: {
        week: 'The mission only counts a questionnaire run in a later week than the complaint policy, so this one does not count.',
        month: 'The mission only counts a questionnaire run in a later month than the complaint policy, so this one does not count.',
      },
      /** {{advice}} on the dashboard and the mission card while the mission goes on, by the shop's unit */
      again: {
        week: 'Next week, choose “Questionnaire” again and press “Order the survey”.',
        month: 'Next month, choose “Questionnaire” again and press “Order the survey”.',
      },
      /** {{advice}} once the game is over (the dashboard after the last period, the Bilan, the mission bilan) */
      later: { week: 'Another questionnaire was needed the next week or later.', month: 'Another questionnaire was needed the next month or later.' },
    },
    setupStop: {
      dashboard:
        '“{{tool}}” programme stopped in {{period}}, during its set-up: it could not produce anything (it was to act from {{effect}}). The mission asks for one to be kept at least until it acts: launch one again and keep it.',
      debrief:
        '“{{tool}}” programme stopped in {{period}}, during its set-up: it could not produce anything (it was to act from {{effect}}). The mission asked for it to be kept at least until it acts, so it is not passed.',
    },
    lateStart: {
      dashboard:
        '“{{tool}}” programme launched in {{period}}, too late: it was to act from {{effect}}, after the end of the game, and will produce nothing. The mission asks for a programme of this kind to act before the end of the game.',
      debrief:
        '“{{tool}}” programme launched in {{period}}, too late: it was to act from {{effect}}, after the end of the game, and could not produce anything. The mission asked for it to act before the end, so it is not passed.',
    },
    toolsMissing: 'Tools still to use for the mission: {{tools}}.',
    progress: 'Progress of the figure towards the target, which does not pass the mission: {{objective}}',
  },
};
