/**
 * English glossary cards' texts (same keys as src/i18n/fr/glossaryCards.ts; the titles are in en/glossary.ts).
 * `keywords`: the French course terms (CONCEPTS.md, said in class) that the card does not say, so an
 * English-only learner, who never downloads the French cards, finds it by them in the search. Only the words missing.
 */
import type { Messages } from '../fr.ts';

export const glossaryCards: Messages['glossaryCards'] = {
  fidelite: {
    short: 'A customer’s lasting attachment to a shop: they come back, by choice.',
    body: 'A loyal customer comes back regularly and prefers this shop to others, even when they have a choice. Loyalty cannot be ordered: it is built through satisfaction, recognition and the relationship. A customer who returns only because there is no alternative is not really loyal: they will leave at the first better opportunity.',
    where: 'Dashboard (active customers, retention); customer file: loyalty ladder.',
    keywords: 'fidélisation',
  },
  satisfaction: {
    short: 'The pleasure (or disappointment) felt when comparing what you got with what you expected and needed.',
    body: 'Customers compare what they experienced (product, welcome, service) with what they expected. Above expectations they are satisfied; below, disappointed, and a disappointment weighs about twice as much as a good surprise. Expectations rise after good experiences: the level must be kept. In Fidélis, customers’ true satisfaction is hidden: you have to measure it.',
    where: 'Dashboard: “Measured satisfaction (mean score)” card; satisfaction chart.',
  },
  reclamation: {
    short: 'An unhappy customer asking for what they are owed.',
    body: 'A complaint means the customer believes they did not get what was promised (faulty product, delay, poor welcome) and says so. It is an opportunity: the customer gives the shop a chance to make things right instead of leaving silently.',
    where: 'Dashboard event feed; customer file (complaint history); “Complaint policy” decision.',
  },
  reconnaissance: {
    short: 'Showing customers you know them and value them.',
    body: 'Greeting a customer by name, remembering their tastes, giving them special attention: recognition meets the need for esteem. It is often the first step towards loyalty. Its absence is a frequent reason for leaving: the customer feels like a number.',
    where: 'Departure cause “Lack of recognition”; social bonding and personalisation strategies.',
  },
  pourquoiFideliser: {
    short: 'Keeping a customer costs less than recruiting a new one.',
    body: 'Recruiting a customer (advertising, introductory offers) costs more than keeping one, yet many firms spend most of their budget on conquest. A customer kept longer buys more, costs less to serve and recommends the shop. The approach: meet needs, develop the relationship, then manage loyalty with the customer database.',
    where: 'Dashboard: “New customers” card, acquisition cost per new customer in “How is this computed?”; debrief: cost of conquest and of loyalty.',
    keywords: 'fidélisation, conquête, recrutement',
  },
  equationCa: {
    short: 'A customer’s turnover depends on three levers that loyalty can pull.',
    body: 'What a customer brings in depends on how often they buy (frequency), how much they spend per visit (average basket) and how long they stay a customer (relationship length). Building loyalty means acting on at least one lever: come back more often, buy more or better, stay longer. In Fidélis, actions work on frequency and length; none raises the basket (no cross-selling or trading up), a discount lowers it. This formula gives one customer’s turnover over the whole relationship (times the margin rate, their customer value); the shop’s turnover over a period is computed without the length: active customers × frequency × average basket.',
    where: 'Dashboard: the Turnover card and its three levers.',
    keywords: 'chiffre d’affaires, fréquence moyenne d’achat, panier moyen, durée de la relation',
  },
  schemaInfidelite: {
    short: 'A customer leaves either after a break that makes them look elsewhere, or after an encounter that causes the break.',
    body: 'First path: a break (dissatisfaction, lack of recognition, less competitive prices, weaker image) makes the customer look elsewhere, and they end up finding what they want. Second path: an encounter (a competitor’s better offer, a wish for novelty, simply the freedom to choose) causes the break with the shop. Knowing why a customer left helps choose the right response.',
    where: 'Customer file (“Why this customer left”); event feed (departures by cause).',
    keywords: 'rupture, rencontre',
  },
  niveauxSatisfaction: {
    short: 'Relationship, fit to the need, reliability.',
    body: 'Customers judge a shop on three levels. The relationship: after-sales service, loyalty benefits, and trust in people. Fit to the need: the shop’s ability to find a solution for their case. Reliability: the seriousness and competence of the staff. Survey questions follow from them: welcome, clarity of the offer and sales conditions, atmosphere, competence of the salesperson, satisfaction with the product in use.',
    where: 'Satisfaction surveys (decisions); the shop’s performance in the scenario.',
    keywords: 'les trois niveaux de satisfaction, relationnel, adaptation au besoin, fiabilité',
  },
  boucheAOreille: {
    short: 'Satisfied customers talk about the shop and bring new customers.',
    body: 'A happy customer tells others: they become a prescriber. Many say they will recommend, fewer actually do, and only some of the people referred become customers; but referred customers often stay longer. Conversely, an unhappy customer drives potential customers away.',
    where: 'Dashboard: acquisitions “of which referrals”; referral events.',
    keywords: 'bouche-à-oreille et prescripteurs',
  },
  partDuPortefeuille: {
    short: 'The share of a customer’s purchases (in the category) made with you.',
    body: 'Customers often buy in several shops. Their share of wallet is the fraction of their spending in the category that goes to you. A satisfied, recognised customer concentrates their purchases: the share grows, without them necessarily spending more overall.',
    where:
      'Not measured directly in Fidélis (purchases made at competitors are not seen): it shows through purchase frequency and average basket on the dashboard.',
  },
  mesureSatisfaction: {
    short: 'Surveys, polls and mystery shoppers: you only know satisfaction if you measure it.',
    body: 'Satisfaction is invisible: you have to ask customers (questionnaire survey on a sample, poll) or send mystery shoppers who act as buyers and rate the service (a cause of satisfaction, not what customers feel). Qualitative studies explain why, quantitative ones give figures. Every measurement has a cost and a margin of error. Two figures not to confuse: the satisfaction rate (taux de satisfaction) is the share of respondents who say they are satisfied (“70% of customers are satisfied”); mean satisfaction is the mean of the scores given, out of 100. Fidélis measures mean satisfaction: “70%” there means a mean score of 70 out of 100, not 70% of satisfied customers.',
    where: '“Survey” decision; dashboard: measured satisfaction (mean score) with its sample and margin of error, or “not measured”.',
    keywords: 'mesurer la satisfaction',
  },
  margeErreur: {
    short: 'The imprecision of a measurement made on a sample.',
    body: 'When you ask 100 customers instead of all of them, the result is close to the truth but not exact. The margin of error gives the likely gap: a mean satisfaction of “72% ±\u00a03\u00a0points” (the mean of the scores given, out of 100) means the true mean is very probably between 69% and 75%, if respondents are like the other customers. In Fidélis, measured satisfaction is a mean score: its margin is 1.96 × the standard deviation of the answers ÷ √(number of answers), about 3\u00a0points for 100 answers when opinions are close. For a proportion (“72% of customers say they are satisfied”) it would be larger: about 9\u00a0points for 100 answers. The bigger the sample, the smaller the margin, but the dearer the survey.',
    where:
      'Dashboard: “Measured satisfaction (mean score)” card and its “How is this computed?”; measured satisfaction chart (error bars); debrief: true and measured satisfaction.',
  },
  gestionReclamations: {
    short: 'Handled well and fast, a complaint almost always keeps the customer.',
    body: 'Most unhappy customers do not complain: they leave. Those who complain offer a second chance. A complaint handled quickly keeps the great majority of customers. Ignored, it loses many (TARP: over half would not buy again; Fidélis: ten times more than after a fast answer). It also drives away the customers the unhappy one could have brought you: they tell others, and some of those who hear it never come (debrief: “Customers turned away by negative word of mouth”). An excellent recovery lifts satisfaction a little but does not make the customer more loyal than before the problem.',
    where: '“Complaint policy” decision; event feed (complaint waves); departure cause “Complaint badly handled”.',
  },
  fidelisationActive: {
    short: 'Giving customers good reasons to stay: advantages, recognition, club.',
    body: 'Active loyalty means offering advantages (financial or not), showing recognition and creating a sense of belonging. The customer club, with selective access and rewards, is the most complete tool. These actions cost money: target them and measure what they bring.',
    where: 'Decisions: the four strategies; programmes and ROI table.',
    keywords: 'avantages',
  },
  pyramideMaslow: {
    short: 'A need appears once the previous one is met; esteem comes after belonging.',
    body: 'Maslow ranks needs in levels: physiological, safety, belonging, esteem, self-fulfilment. A level only really matters once the previous ones are met. For loyalty: a customer who has the right product at the right price then expects belonging (club, community) and esteem (recognition, special treatment).',
    where: 'Social bonding and personalisation strategies; “Recognition” card.',
    keywords: 'pyramide de Maslow, besoins',
  },
  clubClients: {
    short: 'A reserved circle giving access to advantages and building attachment.',
    body: 'A club brings chosen customers together, gives them selective access (previews, events, services) and rewards. It creates a social bond that is hard to copy and a feeling of belonging: it is the top of loyalty tools, but it takes time to bear fruit.',
    where: '“Social bonding” strategy (club); customer file: “Club member”; “Club” column of the customer database (show it with “Columns shown”).',
  },
  bdd: {
    short: 'Everything the shop knows about its customers, in one place.',
    body: 'The database gathers what each customer has said or done, whatever the channel: identity, purchases, contacts, complaints, preferences. It is the main loyalty tool. Every contact should check, correct or enrich it. Classic error of a poor database: offering a discount on a product the customer just bought at full price.',
    where: '“Customer base” screen: the table, the filters and each customer’s file.',
    keywords: 'base de données clients',
  },
  collecteDonnees: {
    short: 'Loyalty card, prize draws, staff, direct marketing, observation.',
    body: 'The shop enriches its database through the loyalty card (each checkout is recorded), prize draws, conversations with staff, answers to direct marketing, or observation. The more complete the database, the better the targeting; but the customer’s consent is needed to contact them. In Fidélis, a customer’s “data known” is the share of their profile (needs, preferences) collected so far, shown as “Profile data collected” in their file; their identity and purchases are known anyway, and personalisation works only with this profile.',
    where: '“Data collection” decision; “Data known” and “Consent” columns of the customer database (show it with “Columns shown”).',
    keywords: 'carte de fidélité, jeux-concours',
  },
  consentement: {
    short: 'Without a private customer’s prior agreement, no marketing e-mail or SMS. It is obtained by a data collection.',
    body: 'In France a shop may send a marketing e-mail or SMS to a private person only if they agreed beforehand (“opt-in”: a box not ticked in advance, when they leave their address). This is the rule of the French Post and Electronic Communications Code (article L34-5), recalled by the CNIL alongside the GDPR. The law makes an exception for an existing customer (offers on similar products, if they could refuse when they gave their address): Fidélis simplifies and asks every customer for consent. Face to face in the shop needs no such consent. Consent is won when collecting data: loyalty card, prize draw, a conversation with staff.',
    where:
      'Strategies: the personalised reminder and the private event (invitations by e-mail or SMS) reach only the customers who consented; the form says how many will not be contacted. “Data collection” decision: those who accept give their consent. “Consent” column of the customer database.',
  },
  relationApprentissage: {
    short: 'The more the customer tells, the better they are served, the more it costs them to leave.',
    body: 'At each exchange the shop learns something about the customer and uses it to serve them better. The customer enjoys an increasingly tailored service; going elsewhere would mean explaining everything again. This accumulated knowledge becomes an exit barrier.',
    where: 'Data known about each customer; personalisation works better with a rich database.',
  },
  rfm: {
    short: 'Recency, Frequency, Monetary: three scores from 1 to 5 to rank customers.',
    body: 'Recency: how long since the customer last bought. Frequency: how many purchases in the last 12 months. Monetary: how much they spent over the same period. Each criterion is scored 1 to 5 by quintiles, among the customers who bought in those 12 months (the best fifth of them gets 5); a customer who has bought nothing for 12 months scores 1 on all three. Crossing the scores gives segments to treat differently.',
    where: 'Charts: 5 × 5 RFM grid; customer database: R, F, M columns; targeting by RFM scores.',
    keywords: 'récence, fréquence, montant',
  },
  frat: {
    short: 'RFM + the Type of products bought.',
    body: 'FRAT takes frequency, recency and amount, and adds the type of products bought. Two customers with the same RFM scores do not have the same needs if they do not buy in the same departments.',
    where: 'Customer file: purchases by product type.',
    keywords: 'fréquence, récence, montant, type de produit',
  },
  segments: {
    short: 'Groups of similar customers, each treated its own way. The RFM segment compares a customer’s scores with the others’; it is not the lifecycle stage (active, dormant, lost).',
    body: 'From the RFM scores, 5 to 10 groups are formed. The five default segments: new customer, very good customer, good customer, lapsing customer (futur non-client: at risk of leaving) and inactive (to win back like a prospect). The rules, in this order (the first that applies wins): “New customer (RFM)” if the first purchase is less than 13 weeks old; “Inactive (RFM)” if recency scores 1; “Lapsing customer” if recency scores 2, or 3 with a frequency score of 1 or 2; “Very good customer” if recency, frequency and monetary all score 4 or 5; “Good customer” for all the others. So “Good customer” also holds recent customers who buy little (a frequency or monetary score of 1 to 3): check the scores before treating one as a regular customer. Another, finer map crosses only recency and frequency (champions, loyal, at risk…). The segment says how the customer has bought lately; the lifecycle stage says where the relationship stands, and it wins once the customer has stopped buying: a “Lost customer” is always “Inactive (RFM)” (to win back like a prospect) and off the recency × frequency map, even with good scores over the last 12 months; a “Dormant customer” is never a “Good customer” or a “Very good customer” but a “Lapsing customer” (at risk of leaving); a customer with no purchase for 12 months is “Inactive (RFM)”. Conversely, an “Active customer” (who has not left) can be in the “Inactive (RFM)” segment (hardly buys any more). Mind the trade’s rhythm: the scores only look at the last 12 months; where people buy every 2 or 3 years (an optician), many loyal customers who did not need to buy this year look “Inactive (RFM)”. Before treating them as ones to win back, fit the window to the purchase cycle.',
    where: 'Charts: segment sizes; customer database: Segment column; decisions: targeting by segment.',
    keywords: 'segments de clientèle',
  },
  datamining: {
    short: 'Digging through data to find links that help predict.',
    body: 'Data mining explores large amounts of data (data warehouse, specialised data marts) to find correlations: which customers buy what together, which signs come before a departure. These links are then used to predict and target.',
    where: '“Real data analysis” screen (import of a sales history).',
  },
  scoring: {
    short: 'Giving each customer a score that predicts their future behaviour.',
    body: 'A score applies a model defined in advance to a customer’s data to predict what they will do: probability of still being active, expected purchases, risk of leaving. It helps focus efforts on the customers who need them most.',
    where: '“Scoring lab” and “Real data analysis” screens; targeting by customer list.',
  },
  actionParSegment: {
    short: 'Each segment calls for its own action; the best customers need recognition, not discounts.',
    body: 'Very good customers already buy their maximum: a discount mostly makes them spend less. It is better to work on the length of the relationship (recognition, perfect knowledge of their needs). Average customers respond better to advantages; lapsing customers need quick action before they leave.',
    where: 'Decisions: target a segment before applying a strategy; ROI per programme.',
    keywords: 'une action par segment',
  },
  logicielGrc: {
    short: 'The customer relationship tool: know, analyse, target, personalise, follow up.',
    body: 'CRM software helps know the customer, analyse their data, target, personalise offers, stimulate purchases, sell, deliver and follow up. Fidélis is a simplified version: customer database, segments, targeting, actions and indicators.',
    where: 'The whole app: customer database, decisions, dashboard.',
  },
  cycleDeVie: {
    short: 'Suspect, prospect, new customer, active, dormant, lost.',
    body: 'The suspect is interested in the category; the prospect fits the target but has not bought; the new customer just made a first purchase (in the game, they stay new until a 2nd purchase or until they turn dormant); the active customer buys regularly; the dormant customer has not bought for a while; the lost customer no longer buys. Each stage calls for different actions, and departures must at least be offset by arrivals. The hard part: deciding when an active customer becomes dormant, then when a dormant one is lost. A dormant customer who does not come back is finally counted as lost: the “Prolonged inactivity” of the debrief, a silent departure whose cause the shop does not know; a reminder while they are dormant is the last chance to keep them. A customer may also leave for a reason outside the shop (moving away, need gone): the “Natural departure” of the debrief, outside the disloyalty pattern. Part of it cannot be prevented; switching barriers (card, club, a service built for the customer) hold back the rest.',
    where: 'Charts: lifecycle funnel and flows; customer database: Stage column.',
    keywords: 'cycle de vie du client, nouveau client, client actif, client perdu',
  },
  echelleFidelite: {
    short: 'Prospect, buyer, customer, supporter, ambassador.',
    body: 'The customer is moved up rung by rung: the prospect discovers the shop (awareness), the buyer tries it (first purchase), the customer comes back (repeat purchase, card, promotions), the supporter gets involved (community, personalised offers, tries new products), the ambassador recommends the shop. Each rung has its objective and tools.',
    where: 'Customer file: “Loyalty ladder”; customer database: “Ladder” column (show it with “Columns shown”); decisions: targeting by ladder step.',
    keywords: 'acheteur, supporteur, ambassadeur',
  },
  soncas: {
    short: 'Security, pride, novelty, comfort, money, sympathy (SONCAS, from their French names): the dominant buying motive.',
    body: 'SONCAS spells the six motives in French: S for Sécurité (security), O for Orgueil (pride), N for Nouveauté (novelty), C for Confort (comfort), A for Argent (money), S for Sympathie (sympathy, liking). Each customer has a dominant buying motive: being reassured (security), being valued (pride), discovering (novelty), peace of mind (comfort), paying less (money) or enjoying the relationship (sympathy). The right argument and strategy depend on it: a discount reaches the “money” customer, a club reaches the “sympathy” or “pride” customer.',
    where: 'Customer database: Buying motive column; decisions: targeting by buying motive (SONCAS).',
    keywords: 'besoins-types, sécurité, orgueil, nouveauté, confort, argent, sympathie',
  },
  rolesAchat: {
    short: 'Prescriber, user, buyer, payer, decider.',
    body: 'Several people can take part in one purchase: the one who advises (prescriber), the one who will use the product (user), the one who buys it, the one who pays, the one who decides. A loyalty action must reach the right person.',
    where: 'Referrals: the prescribing customer brings a new customer.',
    keywords: 'prescripteur, utilisateur, acheteur, payeur, décideur',
  },
  parcoursClient: {
    short: 'All the steps and touchpoints, from visiting the website to complaining.',
    body: 'The customer journey follows the customer at every touchpoint: visits the website, looks for information, asks for a quote, buys, receives, uses, receives the newsletter, sometimes complains. Each step is a chance to satisfy or disappoint, and to collect data.',
    where: 'Customer file: the history of events in order.',
    keywords: 'points de contact',
  },
  canauxContact: {
    short: 'Shop, phone, mail, e-mail, text message, website… each with its cost and reach.',
    body: 'Traditional channels (face to face, shop front, mail, catalogue, phone, media) and digital ones (website, email, text messages, call centre, banners) do not reach the same customers and do not cost the same. Use the customer’s preferred channel when you know it.',
    where: 'Customer database: Channel column; purchases by channel in the customer file; acquisition channels.',
    keywords: 'canaux de contact',
  },
  strategiesFidelisation: {
    short: 'Financial advantage, social bonding, personalisation, customisation.',
    body: 'Four broad ways to build loyalty, each with strengths and limits: financial advantages act fast but are copied; social bonding is hard to imitate but slow; personalisation ties customers to the shop but is costly; customisation limits switching but makes the offer more cumbersome. The right choice depends on the targeted segment and the buying motive (SONCAS).',
    where: 'Decisions: choosing the strategy; programmes table on the dashboard.',
    keywords: 'les quatre stratégies',
  },
  avantageFinancier: {
    short: 'Coupons, points, volume discounts: quick effect, easy to copy.',
    body: 'Examples: vouchers, points programme, volume prices (the volume discount, which grows with the quantity bought: Fidélis does not simulate it, its “Standing discount” is the same rate on every purchase), miles. Advantages: simple to set up, fast effect. Drawbacks: competitors imitate it quickly, and it is hard to stop because customers get used to the lower price; when it ends, it feels like a price rise. Its effects fade over time.',
    where: 'Decisions: “Financial advantage” strategy; “Advantage ended” events and imitation by a competitor.',
    keywords: 'bons d’achat',
  },
  lienSocial: {
    short: 'Club, private events: slow to build, hard to imitate.',
    body: 'Examples: members’ club, private evenings, customer community. Advantages: a competitor cannot copy a relationship, and customers hesitate to leave it. Drawback: trust takes time, the effect appears only after several periods, but it lasts. It works mostly on customers who value the relationship or being valued (sympathy and pride buying motives); a customer who comes for the price cares little.',
    where: 'Decisions: “Social bonding” strategy; customer file: “Club member”; “Club” column of the customer database (show it with “Columns shown”).',
  },
  personnalisation: {
    short: 'Personalised reminder, personal shopper: ties to the shop, costly.',
    body: 'Examples: a reminder that takes the customer’s purchases into account, a dedicated adviser. Advantages: strengthens attachment to the shop, very hard to imitate. Drawbacks: costly (a reminder written from the customer file costs more per member than a club) and slow to develop; it requires a rich database. A reminder adds few purchases: it mostly keeps the customer and lifts them to the supporter rung; a dedicated adviser, far dearer, also makes them buy more often.',
    where: 'Decisions: “Personalisation” strategy; data known about customers.',
  },
  customisation: {
    short: 'An offer built from options or a contractual programme: slows switching.',
    body: 'Examples: an offer built from catalogue options, a contract or closed programme. Advantage: switching supplier becomes complicated, the customer stays. Drawbacks: heavy and costly to manage, and some customers dislike it (a customer who does not like commitment becomes less satisfied).',
    where: 'Decisions: “Customisation” strategy.',
  },
  retention: {
    short: 'The share of customers kept from one period to the next, and the share lost.',
    body: 'The retention rate is the share of the customers at the start of a period, active or dormant, who are not lost at its end; the churn rate is the share of those who left (lost customers). A dormant customer has not bought for a while but is not lost yet: they count as kept. So the rate can stay high while the number of active customers falls: read both together. A few points less churn greatly increase the value of the customer base, because every customer kept can go on buying.',
    where:
      'Dashboard: “Retention rate” and “Churn rate” cards, to read with the “Active customers” card; charts: the period’s retention and its yearly equivalent (churn is the rest); debrief: active or dormant customers; scenario objectives.',
  },
  acquisition: {
    short: 'New customers recruited: through advertising or referral.',
    body: 'To grow, you must at least replace lost customers. Campaigns (flyers, email campaigns, social media, press) recruit at an often high cost per customer; referral by satisfied customers brings more loyal customers, without costing less (rewards).',
    where: 'Dashboard: “New customers” card (of which referrals); decisions: acquisition campaigns.',
    keywords: 'conquête, recrutement',
  },
  roi: {
    short: 'What an action brings in margin compared with what it costs.',
    body: 'ROI = (extra margin earned − cost) ÷ cost. An ROI of 50% means each euro spent brought back €1.50 of margin. A negative ROI means the action costs more than it brings: not necessarily a mistake at first (social bonding is slow), but a signal to watch. When several programmes target the same customers, those customers’ margin is shared equally between them: it is counted once.',
    where: 'Dashboard: programmes table; charts: cost and ROI per programme.',
    keywords: 'retour sur investissement',
  },
  groupeTemoin: {
    short: 'Customers of the target left out, to know what an action really changed.',
    body: 'To measure an action’s effect, you do not compare the targeted customers with their own past: good customers buy a lot even without any action, and a customer who just made a big purchase will buy less afterwards, action or not. A random part of the target (often 10%) does not get the action: the control group. It shows what the members would have bought without it. Effect of the action = members’ margin − number of members × the control group’s margin per customer. As with a survey, the result has a margin of error: the smaller the control group, the wider it is. A figure within the margin of error does not prove any effect (it may be mere chance).',
    where: 'Dashboard: programmes table (Control group column, extra margin ± margin of error); debrief: effect of each action.',
  },
  margeBrute: {
    short: 'What is left of turnover once the cost of the goods sold is paid.',
    body: 'Gross margin = turnover − purchase cost of the goods sold, that is turnover × margin rate when everything sells at the normal price. A discount lowers turnover without lowering the cost of the goods: the gross margin loses its whole amount. It counts neither loyalty spending nor fixed costs: a period with high sales can have a good gross margin and still lose money. The margin rate depends on the trade: high in craft food (a bakery, 65% in Fidélis) and optics (60%), lower in sporting goods retail (40%).',
    where: 'Dashboard: “Gross margin” card and its “How is this computed?”; “Turnover and gross margin” chart; debrief.',
  },
  margeNette: {
    short: 'Gross margin minus the cost of actions and fixed costs: what the shop really earns.',
    body: 'Net margin = gross margin − cost of the period’s actions (programmes, campaigns, surveys, complaints) − fixed costs. The discounts given, paid by the budget, are already taken off the gross margin: the net margin does not take them off a second time. It tells whether the shop makes money. A loyalty action improves it only if the extra margin it brings exceeds what it costs: this is what ROI measures.',
    where: 'Dashboard: “Net margin” card and its “How is this computed?”; debrief.',
  },
  budget: {
    short: 'The money available for actions: an allowance each period that pays for programmes, campaigns, surveys and complaints.',
    body: 'The budget is not the profit: it is the envelope given to customer service. Each period it receives the scenario’s allowance. Each running programme reserves its expected cost for the period, with a safety margin (×{{margin}}) in case its members buy more than expected; the one the budget can no longer pay stops for good, and a new action that is too dear is refused. Before launching a programme, check that the budget can pay for it over time. The dashboard estimates it: a programme’s cost falls as its members leave, assumed to leave at the pace seen so far.',
    where:
      'Dashboard: “Budget left” card; decisions: estimated cost of an action and how many periods the budget can pay for it; event feed: “Programme stopped for lack of budget”.',
  },
  valeurClient: {
    short: 'The margin a customer leaves the shop over the whole length of their relationship.',
    body: 'Customer lifetime value (CLV) is what a customer brings over the whole relationship, in margin, not turnover. Its first step is the turnover formula applied to one customer: purchase frequency × average basket × relationship length gives their turnover over the relationship; times the margin rate, that turnover gives their value. The full computation also discounts it: a euro earned later is worth a little less than a euro today. Loyalty raises it through one of the three levers. Compared with the cost of acquiring a customer, it tells how much one can spend to recruit or keep a customer.',
    where:
      'Dashboard: the three levers of turnover (“Turnover of one customer over the whole relationship” line, the first step) and the turnover’s “How is this computed?”; real-data analysis: the customer value over a year, with the margin rate and discounting.',
  },
  prixReference: {
    short: 'The price the customer considers normal, against which every price is compared.',
    body: 'A customer judges a price against the one they have in mind, formed by the prices they have paid. A repeated discount lowers this reference price: when it stops, the normal price feels like a price rise, hence disappointment and sometimes departures. This is why a financial advantage is hard to stop.',
    where: '“Financial advantage” strategy; customer file: “Advantage ended” event; departure cause “Price”.',
  },
  barrieresChangement: {
    short: 'What the customer would lose by changing shop: money, effort, a relationship.',
    body: 'Changing supplier has a cost for the customer. Financial barrier: losing points, a card or advantages. Procedural barrier: going through the steps again, explaining needs again, giving up an offer built for them. Relational barrier: leaving people they know and a community. The higher these barriers, the less a disappointment or a competitor’s offer makes the customer leave. They retain without satisfying: a customer held only by them is not truly loyal.',
    where:
      'Strategies: loyalty card and financial advantage (financial barrier), social bonding and personalisation (relational barrier), customisation (procedural and financial barriers); the churn rate’s “How is this computed?”.',
  },
};
