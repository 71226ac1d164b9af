/** English strings of the glass box: how each dashboard figure is computed (mirrors fr/glassBox.ts). */
import type { Messages } from '../fr.ts';

export const glassBox: Messages['glassBox'] = {
  formulaTitle: 'The formula with the numbers {{ofTick}}',
  ruleTitle: 'What the simulator does (rule and source)',
  limitsCaption: 'RFM quintile limits (value needed for each score)',
  limitsColumn: { score: 'Score', recency: 'Recency ({{ticks}} since last purchase, at most)', frequency: 'Frequency (purchases over 12 months, at least)', monetary: 'Monetary (euros over 12 months, at least)' },
  limitNone: '—',
  matches: 'Check: the result, computed from the unrounded values, is indeed the figure shown on the card.',
  line: {
    turnoverGeneral: 'Turnover of one customer over the relationship = purchase frequency × average basket × relationship length; turnover {{ofTick}} = active customers × frequency × average basket.',
    turnoverPeriod: 'Turnover {{ofTick}} = {{active}} active customers × frequency {{frequency}} × average basket {{basket}} = {{product}}.',
    turnoverPeriodRounded: 'Turnover {{ofTick}} = {{active}} active customers × frequency {{frequency}} × average basket {{basket}} ≈ {{product}} (rounded factors).',
    frequency: 'Frequency = {{purchases}} purchases ÷ {{active}} active customers = {{frequency}} per customer.',
    basket: 'Average basket = {{turnover}} ÷ {{purchases}} purchases = {{basket}}.',
    length: 'Relationship length = 1 ÷ smoothed churn rate = {{length}}.',
    customerFrequency:
      'Frequency per customer, active or dormant = {{purchases}} purchases ÷ {{customers}} customers ({{active}} active + {{dormant}} dormant) = {{frequency}}: the relationship length also counts the time a customer spends dormant, so does their frequency.',
    clv: 'Turnover of one customer over the whole relationship (undiscounted) ≈ frequency per customer {{frequency}} × average basket {{basket}} × length {{length}} = {{clv}}. This is turnover: their customer value (CLV) counts margin, this turnover times the margin rate.',
    clvRounded:
      'Turnover of one customer over the whole relationship (undiscounted) ≈ frequency per customer {{frequency}} × average basket {{basket}} × length {{length}} ≈ {{clv}} (rounded factors). This is turnover: their customer value (CLV) counts margin, this turnover times the margin rate.',
    clvNone: 'Nobody left recently: the relationship is very long, one customer’s turnover over the relationship cannot be computed yet.',
    active: 'Active customers = {{nouveau}} new + {{actif}} active = {{active}} (the {{dormant}} dormant ones do not count here, but they are still customers: they count in retention and churn).',
    churn: 'Churn rate = {{lost}} customers lost ÷ {{start}} customers (active or dormant) at the start {{ofTick}} = {{churn}}.',
    start: 'Customers (active or dormant) at the start {{ofTick}} = {{alive}} at the end + {{lost}} lost − {{acquired}} recruited = {{start}}.',
    retention: 'Retention rate = {{kept}} customers not lost yet (active or dormant) ÷ {{start}} customers at the start {{ofTick}} = {{retention}} (= 1 − churn rate). A customer who became dormant counts as kept, until they are lost after prolonged inactivity.',
    lostInactive: 'Of whom {{inactive}} lost after prolonged inactivity: dormant customers who bought nothing for far longer than their usual rhythm, counted as lost with no known cause.',
    acquisitions: 'New customers = {{referrals}} by referral + {{campaigns}} others (acquisition campaigns or walk-ins) = {{acquired}}.',
    acquisitionsByOrigin: 'New customers = {{walkIns}} walk-ins + {{referrals}} referred by a customer + {{campaigns}} recruited by campaigns = {{acquired}}.',
    campaignRecruitCost:
      'Cost per recruit of the “{{channel}}” campaign = {{spend}} spent ÷ {{recruits}} recruits of this campaign = {{perRecruit}} (walk-ins and customers referred by a customer not included).',
    campaignNoRecruit: '“{{channel}}” campaign: {{spend}} spent, no recruit {{thisTick}}.',
    campaignStaying:
      'About {{staying}} of them will stay beyond their next purchase ({{recruits}} × {{stayShare}}): the others ({{oneOff}}) came for the welcome offer. Cost per recruit who stays ≈ {{perRecruit}} ÷ {{stayShare}} = {{perStaying}}, far more than keeping a customer costs.',
    campaignNotRecorded:
      'The cost per recruit of each campaign is not known for {{thisTick}}: it was played before the simulator counted each campaign’s recruits apart from the walk-ins.',
    acquisitionNoSpend: 'No paid acquisition campaign {{thisTick}}.',
    grossMargin: 'Gross margin = turnover {{turnover}} × margin rate {{rate}} = {{margin}}.',
    netMargin: 'Net margin = gross margin {{gross}} − cost of actions {{costs}} − fixed costs {{fixed}} = {{net}}.',
    /** a period with discounts given (kpis.ts): each euro of discount taken off once, in the gross margin */
    grossMarginDiscounts:
      'Gross margin = turnover {{turnover}} − cost of the goods sold ({{list}} at the normal price × (1 − margin rate {{rate}}) = {{goods}}) = {{margin}}. The discounts given ({{discounts}}) are not paid by customers: they lower the gross margin by their whole amount.',
    netMarginDiscounts:
      'Net margin = gross margin {{gross}} − (cost of actions {{costs}} − discounts given {{discounts}}, paid by the budget but already taken off the gross margin) − fixed costs {{fixed}} = {{net}}.',
    roi: 'ROI of “{{programme}}” = (extra margin {{margin}} − cost {{cost}}) ÷ cost {{cost}} = {{roi}}.',
    roiTooUncertain: 'ROI of “{{programme}}” = (extra margin − cost) ÷ cost, with an extra margin of {{margin}} known only to ±\u00a0{{error}}, more than the cost ({{cost}}): {{roi}}.',
    roiNone: 'ROI of “{{programme}}”: no cost yet, no ROI.',
    roiControl: 'Extra margin of “{{programme}}”: {{margin}} ±\u00a0{{error}}, estimated by comparison with a control group of {{control}} customers not enrolled (margin per member {{memberMargin}} against {{controlMargin}} per control customer {{thisTick}}).',
    roiUnmeasured: 'ROI of “{{programme}}”: no control group (target too small: the target needs at least {{needed}} customers still there, it had {{targeted}}), effect not measurable.',
    roiUnmeasuredConsent:
      'ROI of “{{programme}}”: no control group, effect not measurable. The target was big enough, but too few consents to an e-mail or SMS (GDPR): {{consented}} out of {{targeted}} customers in the target. A data collection obtains them.',
    noProgramme: 'No programme launched: no ROI to compute.',
    budget: 'Budget left = {{before}} + the allowance {{ofTick}} {{perTick}} − the spending {{ofTick}} {{costs}} = {{left}}.',
    satisfaction: 'Measured satisfaction = mean of the scores of the {{n}} answers, out of 100 = {{mean}} (a mean score, not the share of satisfied customers).',
    margin: 'Margin of error (95%) = 1.96 × standard deviation {{sd}} ÷ √{{n}} = {{margin}}\u00a0points: if respondents are like the other customers, the true value is very probably between {{low}} and {{high}} (satisfied customers answer a little more: see the rule below).',
    notMeasured: 'No survey yet: true satisfaction is hidden, only a survey measures it.',
    /** the mystery shopper's card (QA expert F2): a score of the service on visits, not the customers' satisfaction */
    serviceScore: 'Service score = mean of the scores of the mystery shopper’s {{n}} visits = {{mean}}.',
    serviceMargin:
      'Margin of error (95%) = 1.96 × standard deviation {{sd}} ÷ √{{n}} = {{margin}}\u00a0points: the score of the service observed is very probably between {{low}} and {{high}}. This is the precision of a score of the service over {{n}} visits, not an interval on your customers’ satisfaction.',
    serviceNotMeasured: 'No mystery shopper visit yet.',
    complaintsSilent:
      'Since the start: {{incidents}} service incidents, {{complaints}} complaints, i.e. {{share}}: most dissatisfied customers do not complain, the shop only knows those who do.',
    wordOfMouthPeriod:
      'Customers turned away by negative word of mouth {{thisTick}} = unresolved complaints {{unresolved}} × people each is told to {{told}} × share who stay away {{conversion}} = {{deterred}} fewer walk-ins expected.',
    wordOfMouthPeriodCapped:
      'Customers turned away by negative word of mouth {{thisTick}}: unresolved complaints {{unresolved}} × people each is told to {{told}} × share who stay away {{conversion}} = {{rule}}, more than the walk-ins expected ({{deterred}}): all of them are turned away, no more.',
    wordOfMouthTotal:
      'Since the start: customers turned away by negative word of mouth {{deterred}}, departures “Complaint badly handled” {{left}}. The former never came: they count neither in the new customers nor in the customers lost, but they are what ignored complaints cost most.',
    rfmLimits: 'R, F and M scores go from 1 to 5 by quintile: each score holds one fifth of the customers who bought in the last 12 months; a customer with no purchase for 12 months scores 1 on all three.',
  },
  rule: {
    purchases:
      'Purchases, “buy till you die” (BG/NBD, Fader, Hardie & Lee 2005): each customer has their own purchase rate and, after each purchase, a small probability of dropping out. Satisfaction moves the rate: ×(1 + {{slope}} × gap to the shop’s starting satisfaction), never below ×{{floor}}. The amount of a purchase follows the Gamma-Gamma model.',
    length: 'Relationship length is 1 ÷ the smoothed churn rate (the latest rate measured weighs {{smoothing}}).',
    lifecycle:
      'Lifecycle: a new customer becomes active at the 2nd purchase only; a new or active customer becomes dormant after {{multiple}} times their mean time between purchases without buying (between {{minWeeks}} and {{maxWeeks}} weeks); a dormant customer who does not come back is lost (“Prolonged inactivity”) when the silence passes {{lostMultiple}} times that delay, {{shopCycles}} times the mean time between purchases of the shop’s customers and {{lostMinWeeks}} weeks.',
    rfm: 'RFM: frequency and monetary count the purchases of the last 12 months ({{window}} weeks); scores are quintiles among the customers who bought in those 12 months (the others score 1 on all three), no behaviour of the simulator depends on them. For the segment, the lifecycle stage wins over the scores: a lost customer is “Inactive (RFM)” (to win back like a prospect) and off the R × F map, even with good scores; a dormant customer is never a “Good customer” or a “Very good customer” but a “Lapsing customer”; a customer with no purchase for 12 months is “Inactive (RFM)”.',
    churn:
      'Departure: the risks add up, each with its place in the disloyalty pattern. Break, then encounter: dissatisfaction (satisfaction below {{threshold}}; or an ordinary dropout, after a purchase, of a customer clearly less satisfied than the shop’s starting average: more than {{gap}} below it), lack of recognition and price rises let the customer down, then they look elsewhere. Encounter, then break: competitors’ pull and novelty seeking draw them to another shop. Outside the disloyalty pattern: natural departure (moving away, need gone). Silent departure, cause unknown: a dormant customer who does not come back counts as lost after “Prolonged inactivity” (more than {{lostMultiple}} times the delay that made them dormant, {{shopCycles}} of the shop’s mean purchase cycles and at least {{lostMinWeeks}} weeks without a purchase); a real shop only sees that silence. Switching barriers (financial, relational, procedural, Burnham et al. 2003) divide these risks by 1 + {{barrierWeight}} × their sum; only the share {{unavoidable}} of natural departure escapes them. They build up during a programme, then fall by only {{decay}} a week after it stops: a stopped club or contract still holds its members a little for months. A financial advantage’s barrier falls within weeks (it loses {{release}} a week): once the coupons or points are over, the customer has nothing left to lose by leaving. A badly handled complaint (break, then encounter) follows the complaints rule below.',
    tarp:
      'Complaints (TARP, minor problems): after a service incident, {{noComplaint}} of those who do not complain stay loyal, {{notResolved}} if the complaint is not resolved, {{resolved}} if it is, {{resolvedFast}} if it is resolved fast; only the share {{actionShare}} of the “not loyal” actually leave.',
    complaintCost:
      'Handling a complaint costs {{standard}} here (standard), {{fast}} (fast) or {{excellent}} (excellent): the staff’s time and a gesture (replacement, refund, voucher) in proportion to the shop’s reference basket ({{basket}}: a typical visit’s spend, set by the scenario, not the dashboard’s average basket). An unresolved complaint also costs customers who will not come: the unhappy customer tells about {{told}} people (TARP), {{conversion}} of whom stay away, as many as a recommendation would have brought (Kumar, Petersen and Leone 2007).',
    acquisition:
      'Acquisition: a paid campaign recruits budget ÷ cost per recruit of the channel (flyers {{flyers}}, email {{emailing}}, social media {{social}}, local press {{press}}: the cost of the contact plus the welcome offer, {{welcome}} × the shop’s reference basket, i.e. {{basket}}), reduced by negative word of mouth (weight {{negative}}). It mostly brings customers who came for the offer: {{oneOff}} of its recruits nearly always leave after their next purchase; the others have a base departure risk ×{{factor}} (dropping out after a purchase; their other risks stay those of every customer, Lewis 2006). A recruited customer who stays therefore costs far more than a customer kept. A referral campaign invites your customers still there ({{invitation}} per customer invited) and pays {{reward}} to the referrer and as much to the referred friend of each referral that comes. Only satisfied customers refer: in {{window}} weeks, your referral campaigns bring no more than your satisfied customers × {{participation}} (those who really refer) × {{conversion}} (referred friends who become customers), less the referred customers they already brought (Kumar, Petersen & Leone 2007). Invitations are paid even when they bring no one; once all your customers are invited, the rest of the budget is not spent. A referred customer costs at least {{atBest}} (if every customer invited were satisfied), more when few are; they stay more loyal than the customer base (departures × {{referredFactor}}, Schmitt, Skiera & Van den Bulte 2011).',
    referral:
      'Referral: a satisfied customer (above {{minSatisfaction}}) recommends the shop; {{conversion}} of recommendations become customers (Kumar, Petersen & Leone 2007).',
    margin:
      'The margin rate and fixed costs come from the scenario; the cost of actions is what the budget pays for the programmes, campaigns, surveys and complaints {{ofTick}}. A discount (financial advantage) is counted once: the customer pays less, the shop paid the same for the goods, so the gross margin falls by the whole discount; the budget pays it too (it is in the programme’s cost), so the net margin does not take it off a second time.',
    roi: 'ROI of a programme = (incremental margin − cost) ÷ cost. At launch, {{share}} of the target, drawn at random, are not enrolled: the control group (for a reminder or an invitation by e-mail or SMS, the target keeps only the customers who consented, GDPR). Each {{tick}}, incremental margin = members’ margin − number of members × the control group’s margin per customer (customers who left count 0), at the normal price: a financial advantage’s discount is in its cost, counted once. The “±” is the 95% margin of error of this estimate; below {{min}} control customers, no estimate and no ROI.',
    budget: 'Each {{tick}}, the budget receives the scenario’s allowance. Each running programme, oldest first, reserves its expected cost {{ofTick}} times a safety margin of ×{{margin}} (in case its members buy more than expected): the one the budget left can no longer pay is stopped for good. A new action the budget cannot pay on top of these reserves is refused. So the budget never goes below zero silently.',
    satisfaction:
      'Satisfaction (Oliver 1980): in each buying {{tick}} the customer compares perceived performance with expectations; a disappointment weighs {{loss}} times more than a good surprise (loss aversion, Tversky & Kahneman 1992); expectations adapt (inertia {{inertia}}).',
    mystery:
      'Mystery shopper: a trained visitor, paid {{cost}} a visit, scores the shop’s service; true score = the shop’s service performance × (1 − the incident rate {{ofTick}}); each visit = true score ±\u00a0{{noise}} at most; measured score = mean of the visits ±\u00a01.96 × s ÷ √n. It is not your customers’ satisfaction: each customer compares the service received with their own expectations and remembers disappointments (next rule); only a questionnaire of the customers measures it.',
    survey:
      'Survey: about {{responseRate}} of invited customers answer, satisfied ones a little more (bias {{bias}}); each answer = true satisfaction ±\u00a0{{noise}}; measured mean ±\u00a01.96 × s ÷ √n.',
  },
};
