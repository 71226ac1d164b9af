/** English charts strings (same keys as src/i18n/fr/charts.ts). */
import type { Messages } from '../fr.ts';

export const charts: Messages['charts'] = {
  title: 'Charts',
  intro: 'How your customer base evolves, {{tick}} by {{tick}}. Each chart has its data table.',
  noData: 'Nothing simulated yet: the charts will appear after {{tick}} 1.',
  legend: 'Legend: hide or show a series',
  showTable: 'Show the data table',
  showTableOf: 'Show the data table: {{title}}',
  /** the tables' first column, in the shop's unit */
  period: { week: 'Week', month: 'Month' },
  noCanvas: 'The chart cannot be drawn here; the table below gives the same data.',
  keys: 'Touch or hover over the chart to read its values; on a keyboard, left and right arrows: read them one by one; Escape: hide them.',
  turnover: {
    title: 'Turnover and gross margin',
    turnover: 'Turnover',
    grossMargin: 'Gross margin',
  },
  customers: {
    title: 'Active customers',
    active: 'Active customers',
    acquired: 'New customers',
    lost: 'Lost customers',
    note: 'New customers included: this figure adds up the lifecycle stages “New (first purchase)” and “Active customer”, like the dashboard’s “Active customers” card. The funnel and the movements between stages count them apart.',
  },
  arrivals: {
    title: 'Customers won and lost',
  },
  retention: {
    title: 'Retention {{period}} and over a year',
    retention: 'Retention rate {{period}}',
    yearly: 'Yearly equivalent',
    axis: 'Customers kept',
    note: {
      week: 'Yearly equivalent: at each week, the rates of the weeks played so far (the last 52 at most) compounded over a year, as on the dashboard’s “Retention rate” card. Churn is not drawn: it is the rest, 100% minus retention.',
      month: 'Yearly equivalent: at each month, the rates of the months played so far (the last 12 at most) compounded over a year, as on the dashboard’s “Retention rate” card. Churn is not drawn: it is the rest, 100% minus retention.',
    },
  },
  rfm: {
    title: 'RFM grid: recency × frequency',
    caption: 'Number of customers per recency score (rows, 5 = bought very recently) and frequency score (columns, 5 = buys very often), with each cell’s segment.',
    corner: 'R \\ F',
    cornerName: 'Recency in rows, frequency in columns',
    rowHeader: 'R = {{r}}',
    colHeader: 'F = {{f}}',
    cell: '{{count}} ({{share}})',
    /** the long words of the cells' segment names (vocabulary.rfSegment), a hyphen where a narrow cell may break them (softHyphens.ts) */
    hyphenation: 'Cham-pi-ons Po-ten-tial loy-al-ists Prom-is-ing at-ten-tion Hi-ber-nat-ing',
    noScores: 'No RFM scores yet.',
    legend: 'The darker the cell, the more customers it holds. The cell names (“Champions”, “New”…) come from the recency × frequency map: a different segmentation from the course’s five segments (chart “Segment sizes over time”). “New” there means a very recent purchase but few purchases; the course segment “New customer (RFM)” counts first purchases of {{recent}}; the lifecycle stage “New (first purchase)”, every customer with a single purchase who is not yet dormant. In the game, lost customers are not on the grid: they have left, their segment is “Inactive (RFM)”.',
    /** the legend's {{recent}}, in the shop's period unit */
    recent: { week: 'the last weeks', month: 'the last months' },
  },
  segments: {
    title: 'Segment sizes over time',
  },
  lifecycle: {
    title: 'Lifecycle: funnel',
    customers: 'Customers',
    stage: 'Stage',
    flowsTitle: 'Entries and exits of each stage: {{period}}',
    flowsCaption: 'At the start + entries − exits = at the end. Arrivals come from prospects, departures go to “Lost customer”.',
    start: 'At the start',
    inflow: 'Entries',
    outflow: 'Exits',
    end: 'At the end',
    netChange: 'Net change',
    arrivals: 'Arrivals (new customers)',
    departures: 'Departures (lost customers)',
    balance: 'Arrivals − departures',
    balanceOk: 'Arrivals make up for departures.',
    balanceKo: 'Arrivals do not make up for departures.',
    flowsNote: 'A stage whose size barely moves can hide many entries and exits: the net change does not say who moved.',
    netOnly: 'Entries and exits were not recorded (an earlier version of Fidélis did not keep them): only the net change is known.',
    noSuspects: 'The funnel starts with prospects: suspects (everyone interested in the category) are not in your customer database; prospects count the people you can still recruit.',
    first: 'unknown',
  },
  /** the gross movements between lifecycle stages of a chosen period (StageMovements.svelte) */
  movements: {
    title: 'Movements between stages: {{period}}',
    choose: { week: 'Week shown', month: 'Month shown' },
    previous: { week: 'Previous week', month: 'Previous month' },
    next: { week: 'Next week', month: 'Next month' },
    wholeGame: {
      week: 'the whole game (weeks {{first}} to {{last}})',
      month: 'the whole game (months {{first}} to {{last}})',
    },
    move: 'Movement',
    customers: 'Customers',
    kind: 'Direction',
    key: 'Bar colours',
    kinds: {
      arrivee: 'Arrival (recruitment)',
      progression: 'Progress',
      reactivation: 'Reactivation',
      recul: 'Decline',
      depart: 'Departure',
      autre: 'Other',
    },
    note: 'Each customer who changed stage counts once, from the stage at its start to the stage at its end: “Dormant customer → Active customer” counts the reactivated customers, “Prospect → New (first purchase)” the recruited ones.',
    selfReturn: 'Without any action, many dormant customers come back on their own: a dormant customer has not bought for a while, they have not left. So a reactivation is not necessarily the effect of a reminder: compare with a game without actions.',
    notRecorded: 'Movements between stages were not recorded: an earlier version of Fidélis did not keep them.',
  },
  /** the loyalty ladder over time */
  ladder: {
    title: 'Loyalty ladder',
    note: 'Buyer: one purchase; customer: repeat purchases; supporter: club member, card holder who trusts the shop, or customer who receives personalised offers; ambassador: brought in a customer.',
    /** after the note when no second chart is drawn (the rungs are close enough to be read on one axis) */
    hideNote: 'Hide “Customer” in the legend to read the small counts.',
    /** after the note when the rarer rungs are drawn again under it (smallTitle) */
    smallBelow: 'The rarer rungs are drawn again just below, without “{{rung}}”, on their own scale.',
    /** the same ladder without the rung that dwarfs the others, on its own axis (stageMovements.ts ladderSmallRungs) */
    smallTitle: 'Rarer rungs of the loyalty ladder, without “{{rung}}”, on their own scale',
    smallNote: 'The same figures as the chart above, without “{{rung}}”: the vertical axis stops lower so that the small counts can be read. Do not compare the height of the lines from one chart to the other.',
  },
  satisfaction: {
    title: 'Satisfaction measured by survey (mean score)',
    mean: 'Measured satisfaction (mean score)',
    meanScore: 'Each point is the respondents’ mean score, out of 100: not the share of satisfied customers.',
    interval: '95% interval (margin of error)',
    low: 'Lower bound',
    high: 'Upper bound',
    sample: 'Answers',
    none: 'No survey yet: satisfaction is not measured.',
    teacherSummary: 'Teacher / debrief view: true satisfaction (hidden from the player)',
    teacherIntro: 'Distribution of the true satisfaction of customers still present at the end of the game. The player does not see it: they only know their surveys.',
    teacherTitle: 'True customer satisfaction (hidden from the player)',
    teacherLocked: 'It opens at the end of the game, for the debrief. Until then, like the player, you only know it through your surveys and their margin of error.',
    bin: '{{low}} to {{high}}',
    customers: 'Customers',
    range: 'Satisfaction',
  },
  scrollHint: 'Table wider than the screen: scroll it sideways ↔',
  scrollRegion: 'Table: {{title}}',
  programmes: {
    title: 'Cost and return of programmes',
    cost: 'Cost to date',
    margin: 'Extra margin',
    roi: 'ROI',
    programme: 'Programme',
    none: 'No programme launched yet.',
    effect: 'Programme effect',
    name: '{{type}} — {{instrument}} ({{period}})',
    notShown: 'Extra margin: no proven effect (the interval holds 0, or the estimate is too fragile to conclude)',
    errorBars:
      'The black lines give the 95% margin of error of the extra margin. A pale bar: the interval holds 0, or the control group is too small, or the measure too short, to conclude; the gap may be mere chance (no proven effect).',
    cut: 'A line ending in an arrow goes on past the chart: the data table gives its margin of error.',
  },
  comparison: {
    heading: 'Members and control group',
    title: 'Cumulative margin per customer — {{programme}}',
    choose: 'Programme compared',
    option: '{{period}}: {{instrument}}',
    members: 'Members',
    control: 'Control group',
    gap: 'Gap per member (effect)',
    memberShare: 'Members still customers',
    controlShare: 'Control customers still customers',
    shares: 'Still customers ({{period}}): members {{members}}, controls {{control}} (95% margins of error).',
    caption:
      'The {{members}} members and the {{control}} control customers come from the same target, drawn at random. Without an effect both curves move together; the gap between them is the programme’s effect: what each member brought in more (or less) than a comparable customer the programme did not touch, before its cost. Members’ purchases are counted at the normal price here: a discount given is part of the programme’s cost, counted once.',
    profitable: 'So far the gap is beyond its margin of error: a positive effect is shown, large enough to cover the programme’s cost: profitable (shown).',
    marginOnly:
      'So far the gap is beyond its margin of error: a positive effect on the margin is shown. But the gap is read before the cost: once the cost is taken off, profitability is not shown.',
    marginButLoss:
      'So far the gap is beyond its margin of error: a positive effect on the margin is shown. But the gap is read before the cost: even at the top of its margin of error it does not cover the programme’s cost: a loss is shown.',
    loss: 'So far, even at the top of its margin of error, the gap does not cover the programme’s cost: a loss is shown.',
    noEffect: 'So far the gap stays within its margin of error: it may be mere chance, no effect is shown.',
    setup: 'The programme is still being set up: its cost is paid, but no effect is expected yet; a gap between the curves is mere chance. Verdict after {{period}}.',
    setupAfterEnd:
      'The programme is still being set up: its cost is paid, but its first effects would come from {{period}}, after the end of the game; a gap between the curves is mere chance.',
    setupNotRepaid:
      'So far the gap does not cover the whole cost of the programme, but without the {{setup}} of its set-up, paid once at launch, it may cover it: loss not proven.',
    tooSmall:
      'The control group ({{n}} customers) is too small to conclude: a few big spenders drawn into it, or not, are enough to widen or close the gap. This gap may be chance; at least {{min}} control customers are needed to speak of a proven profit or loss.',
    tooEarly:
      'Too early to conclude: over so short a time, most customers have bought nothing yet and a few purchases make the gap. This gap may be chance; verdict after {{period}}.',
    tooEarlyAfterEnd:
      'Too early to conclude: this gap may be chance; launched too close to the end of the game to be measured through {{period}}, the programme cannot be judged.',
    noControlGroup:
      'No control group for this programme: the target was too small. The target needs at least {{needed}} customers still there (it had {{targeted}}), as the control group holds out {{share}} of it and is only formed from {{min}} customers ({{share}} of {{needed}}, rounded, makes {{min}}). Its effect cannot be measured.',
    noControlConsentOne:
      'No control group for this programme: the target was big enough, but only {{count}} customer out of {{targeted}} had consented to an e-mail or SMS (GDPR), too few to hold {{min}} out. Its effect cannot be measured. {{advice}}',
    noControlConsentOther:
      'No control group for this programme: the target was big enough, but only {{count}} customers out of {{targeted}} had consented to an e-mail or SMS (GDPR), too few to hold {{min}} out. Its effect cannot be measured. {{advice}}',
    notYet: 'The comparison appears once the programme has completed {{firstTick}}.',
  },
  /** a shop whose customers buy far apart next to the 12-month RFM window (longCycle.ts) */
  rfmWindow: {
    note: 'A shop where purchases are far apart: a customer buys about every {{months}} months on average, and many much more rarely, while RFM scores only look at the last 12 months. Many loyal customers who simply did not need to buy this year end up at the bottom of the grid and in the “Inactive (RFM)” segment: this is not disengagement, it is the trade’s normal rhythm. With real data, the window is fitted to the purchase cycle (2 to 3 years for an optician) before treating these customers as ones to win back.',
  },
};
