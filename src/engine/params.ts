/**
 * Every model constant of the engine, named and documented: meaning, unit, and source
 * (MODEL.md) or *assumption* (a design choice to calibrate, not a measurement).
 * Rates "per week" are converted to the scenario's tick unit by the engine
 * (a monthly tick is 52/12 weeks). No other engine file holds a model number.
 */
import type { AcquisitionChannel, Channel, Motive } from './vocabulary.ts';

// ---------------------------------------------------------------- time
/** Weeks in a monthly tick. */
export const WEEKS_PER_MONTH = 52 / 12;
/** RFM window: frequency and monetary count the last 12 months (MODEL.md, RFM). */
export const RFM_WINDOW_WEEKS = 52;
/** A customer is "new" (course segment nouveau) while the first purchase is this recent (3 months). *assumption* */
export const NEW_CUSTOMER_WEEKS = 13;
/** Smoothing of the churn rate used for the expected relationship length KPI (weight of the newest tick). *assumption* */
export const CHURN_SMOOTHING = 0.1;

// ---------------------------------------------------------------- initial base
/** Preferred contact channel of customers, shares in CHANNELS order. *assumption* */
export const CHANNEL_MIX: Record<Channel, number> = {
  magasin: 0.55,
  telephone: 0.05,
  courrier: 0.05,
  email: 0.2,
  sms: 0.1,
  siteWeb: 0.05,
};
/** Preferred channel mix of an online shop (scenario channel 'online', or its sector mentions "en ligne": shopChannel.ts). *assumption* */
export const CHANNEL_MIX_ONLINE: Record<Channel, number> = {
  magasin: 0,
  telephone: 0.05,
  courrier: 0,
  email: 0.35,
  sms: 0.1,
  siteWeb: 0.5,
};
/** Share of the initial base's customers without a loyalty card who already gave consent to the use of their data (every card holder has, customers.ts). *assumption* */
export const INITIAL_CONSENT_SHARE = 0.3;
/** Data known about a loyalty-card holder at the start (0..1). *assumption* */
export const INITIAL_CARD_DATA = 0.3;
/** Data known about other customers at the start (0..1): nothing beyond the till receipt. *assumption* */
export const INITIAL_DATA = 0;
/** Lowest and highest initial satisfaction (clip of the normal draw). */
export const SATISFACTION_MIN = 0;
export const SATISFACTION_MAX = 1;

// ---------------------------------------------------------------- purchases (BTYD)
/** Effect of satisfaction on the purchase rate: rate x (1 + slope x (S - S_ref)), S_ref = scenario mean. *assumption* */
export const SATISFACTION_RATE_SLOPE = 0.8;
/** Lowest multiplier of the purchase rate (a very dissatisfied customer still buys a little). *assumption* */
export const RATE_MULTIPLIER_MIN = 0.2;

// ---------------------------------------------------------------- service and complaints (TARP, MODEL.md)
/** Share of customers still loyal after a problem (minor problems, TARP): did not complain. */
export const TARP_STAY_NO_COMPLAINT = 0.37;
/** ... complained, not resolved. */
export const TARP_STAY_NOT_RESOLVED = 0.46;
/** ... complained, resolved. */
export const TARP_STAY_RESOLVED = 0.7;
/** ... complained, resolved quickly. */
export const TARP_STAY_RESOLVED_FAST = 0.95;
/**
 * TARP shares are stated intentions; the share of the "not loyal" who actually leave in the same
 * period. Without it a 2 % incident rate would empty a shop in a year. *assumption*
 */
export const TARP_ACTION_SHARE = 0.25;
/** Complaint probability multiplier for a customer at satisfaction 0 relative to 1 (dissatisfied complain more). *assumption* */
export const COMPLAINT_DISSATISFACTION_BOOST = 1;
/** Per policy: probability that a complaint is resolved, and resolved quickly. *assumption* */
export const POLICY_RESOLVE = {
  ignorer: 0,
  standard: 0.75,
  rapide: 0.95,
  excellente: 0.98,
} as const;
export const POLICY_RESOLVE_FAST = {
  ignorer: 0,
  standard: 0.2,
  rapide: 0.85,
  excellente: 0.9,
} as const;
/**
 * Cost of handling one complaint (unitCosts.ts complaintUnitCost): the staff's time, in euros, plus the
 * gesture (replacing or refunding the product, a voucher) in the shop's mean baskets, so that a complaint
 * costs in proportion to what the shop sells. « rapide » needs staff at hand, « excellente » adds a
 * generous gesture that buys no extra loyalty (recovery paradox, de Matos et al. 2007). Before 02/12/2026
 * a flat 12 / 25 / 60 euros: 2 to 9 baskets in the bakery, where ignoring every complaint paid best (QA
 * expert F6). *assumption* (values: « rapide » pays best over the scenario in the four shops, seed 42)
 */
export const POLICY_STAFF_COST_PER_COMPLAINT = {
  ignorer: 0,
  standard: 4,
  rapide: 6,
  excellente: 12,
} as const;
export const POLICY_GESTURE_BASKETS = {
  ignorer: 0,
  standard: 0.25,
  rapide: 0.3,
  excellente: 1,
} as const;
/**
 * Negative word of mouth of an unresolved complaint (ignored, not resolved, or unpaid): the complainer
 * tells about ten people (TARP, cited second-hand: the dissatisfied tell 9 to 10 others), and of those
 * the share REFERRAL_CONVERSION that a recommendation would have brought in now stay away, the mirror
 * of a referral (Kumar, Petersen & Leone 2007): each unresolved complaint takes 1.3 walk-ins from the
 * period's organic arrivals (never below none). *assumption*
 */
export const UNRESOLVED_COMPLAINT_TOLD = 10;
/** Satisfaction bonus of an excellent recovery: small (service recovery paradox, de Matos et al. 2007, no value given); added before the period's satisfaction update blends it, so it acts at 75 %. *assumption* */
export const RECOVERY_PARADOX_BONUS = 0.03;
/** Drop of perceived performance on a visit with an incident (0..1 scale). *assumption* */
export const INCIDENT_PERFORMANCE_DROP = 0.35;
/** Satisfaction shock of an unresolved complaint (0..1 scale, subtracted before the period's satisfaction update blends it, so it acts at 75 %). *assumption* */
export const UNRESOLVED_COMPLAINT_SHOCK = 0.15;

// ---------------------------------------------------------------- satisfaction (Oliver 1980; Anderson & Sullivan 1993)
/** Weight w of a new experience in S <- (1 - w) S + w (S0 + k+ max(D,0) - k- max(-D,0)). *assumption* */
export const SATISFACTION_WEIGHT = 0.25;
/** k+ : effect of a positive disconfirmation. *assumption* */
export const GAIN_SENSITIVITY = 1;
/** k- / k+ about 2: the loss-aversion coefficient 2.25 (Tversky & Kahneman 1992) taken for it. *assumption* */
export const LOSS_SENSITIVITY = 2.25;
/** theta of E <- theta E + (1 - theta) P, 0.8 to 0.9 (MODEL.md, *assumption*). */
export const EXPECTATION_INERTIA = 0.85;
/** phi of R <- phi R + (1 - phi) price paid, 0.7 to 0.9 (Kalyanaram & Winer 1995, *assumption*). */
export const REFERENCE_PRICE_INERTIA = 0.8;
/** Perceived performance gained per point of price below the reference price, by motive weight 1. *assumption* */
export const PRICE_PERCEPTION = 1;
/** Weight of price in perception, per SONCAS motive (design device, MODEL.md). *assumption* */
export const MOTIVE_PRICE_WEIGHT: Record<Motive, number> = {
  securite: 0.6,
  orgueil: 0.3,
  nouveaute: 0.6,
  confort: 0.6,
  argent: 1.6,
  sympathie: 0.6,
};
/** Random spread of perceived performance per visit (uniform half-width). *assumption* */
export const PERFORMANCE_NOISE = 0.05;

// ---------------------------------------------------------------- dropout (rupture -> rencontre)
/** Effect of satisfaction on the BTYD dropout p: p x exp(slope x (S_ref - S)). *assumption* */
export const SATISFACTION_DROPOUT_SLOPE = 4;
/**
 * Share of the BTYD dropout that no switching barrier can prevent (moving away, need gone). The
 * fitted BG/NBD p also holds switching to a competitor, which barriers do prevent. *assumption*
 * (0.4 -> 0.3 in the strategy calibration, src/engine/README.md)
 */
export const NATURAL_UNAVOIDABLE_SHARE = 0.3;
/**
 * Weight of switching barriers: hazards x 1 / (1 + weight x (financial + relational + procedural)).
 * Burnham et al. 2003: switching costs explain intention to stay more than satisfaction does, so a
 * customer with a strong bond (relational barrier 0.7) has about a quarter of the avoidable hazard.
 * *assumption* (2.5 -> 4 in the strategy calibration)
 */
export const BARRIER_WEIGHT = 4;
/** Below this satisfaction a customer starts looking elsewhere (rupture). *assumption* */
export const DISSATISFACTION_THRESHOLD = 0.5;
/** Weekly hazard of a customer at satisfaction 0 (scaled linearly up from the threshold). *assumption* */
export const DISSATISFACTION_HAZARD_PER_WEEK = 0.06;
/** Weekly hazard of a valuable customer who gets no recognition at all. *assumption* */
export const RECOGNITION_HAZARD_PER_WEEK = 0.004;
/** A customer is "valuable" when their 12-month spend exceeds this multiple of the average expected spend. *assumption* */
export const RECOGNITION_VALUE_MULTIPLE = 2;
/** Recognition (0..1) a loyalty card gives: the shop knows the customer by name. *assumption* */
export const RECOGNITION_LOYALTY_CARD = 0.3;
/** Recognition of a personalisation that acts (set-up done, data known about the customer). *assumption* */
export const RECOGNITION_PERSONALISATION = 0.8;
/** Recognition of a tailored offer or contract (customisation). *assumption* */
export const RECOGNITION_CUSTOMISATION = 0.6;
/** Recognition of a running financial advantage (a discount). *assumption* */
export const RECOGNITION_DISCOUNT = 0.3;
/** Weekly hazard per unit of competitor attractiveness (baseline pull, no event). *assumption* */
export const COMPETITOR_BASE_HAZARD_PER_WEEK = 0.002;
/** Weekly hazard per unit of intensity of a competitor event running now. *assumption* */
export const COMPETITOR_EVENT_HAZARD_PER_WEEK = 0.02;
/** After an "ouverture" ends, the share of its pull that stays (the new shop is still there). *assumption* */
export const OPENING_LASTING_SHARE = 0.3;
/** Sensitivity to competitor offers per motive (argent follows promotions, sympathie stays). *assumption* */
export const MOTIVE_COMPETITOR_SENSITIVITY: Record<Motive, number> = {
  securite: 0.7,
  orgueil: 0.8,
  nouveaute: 1.3,
  confort: 0.8,
  argent: 1.6,
  sympathie: 0.5,
};
/** Weekly hazard of novelty seeking for customers whose motive is nouveauté. *assumption* */
export const NOVELTY_HAZARD_PER_WEEK = 0.004;
/**
 * Hazard of a price shock of 100 % above the reference price, for motive weight 1, in a period with a
 * purchase (the customer sees the price when paying; several purchases in the period count once): a
 * reaction per buying period, not a weekly exposure, so it is not converted to the tick unit. What makes
 * stopping a discount "hard" (Kalyanaram & Winer 1995 reference price; MODEL.md). *assumption*
 * (0.1 -> 0.25, tolerance 5 % -> 3 %, so that a withdrawn coupon is felt, strategy calibration)
 */
export const PRICE_SHOCK_HAZARD_PER_PURCHASE = 0.25;
/** Price above the reference price tolerated without reaction (3 %). *assumption* */
export const PRICE_TOLERANCE = 0.03;
/** Referred customers churn less (Schmitt, Skiera & Van den Bulte 2011, direction only): dropout multiplier. *assumption* */
export const REFERRED_DROPOUT_FACTOR = 0.8;
/** Above this dissatisfaction multiplier of the dropout p, a BTYD dropout is attributed to dissatisfaction (cause insatisfaction, else naturel; churn.ts). *assumption* */
export const DISSATISFIED_DROPOUT_MULTIPLIER = 1.5;

// ---------------------------------------------------------------- lifecycle and ladder
/*
 * A new customer (stage nouveau, a first purchase: the trial, acheteur on the ladder) becomes active only
 * at the 2nd purchase (CONCEPTS.md: the active customer buys regularly; the ladder's client is the repeat
 * purchase). One who does not come back follows the active customer's dormancy rule below: nouveau ->
 * dormant, never actif with a single purchase.
 */
/** Active or new -> dormant after this multiple of the customer's expected inter-purchase time without purchase. *assumption* */
export const DORMANT_INTERPURCHASE_MULTIPLE = 2.5;
/** Bounds of the dormancy threshold, weeks. *assumption* */
export const DORMANT_MIN_WEEKS = 3;
export const DORMANT_MAX_WEEKS = 52;
/*
 * Dormant -> perdu by inactivity (departure cause inactivite, lifecycle.ts lostByInactivity, churn.ts). In
 * BG/NBD (MODEL.md) the dropout is never observed and happens only after a purchase: a one-time buyer who
 * never comes back stays « alive » for ever (P(alive | x = 0) = 1). The shop sees only the silence. Past
 * the threshold below, a customer still buying at a usual rate would rarely be that silent (5 expected
 * inter-purchase times: e^-5 < 1 %, Poisson); a slow one would often be, as his dormancy threshold is capped
 * (DORMANT_MAX_WEEKS) or the shop's floor holds him (cosmetics: 46 % on average, README « Cycle de vie »).
 * The engine accepts it and counts him lost: a real departure (he does not come back).
 */
/**
 * A dormant customer is lost when his silence passes this multiple of his own dormancy threshold (above:
 * 2.5 expected inter-purchase times, 3 to 52 weeks; so 5 of them, 6 to 104 weeks). *assumption*
 */
export const LOST_DORMANCY_MULTIPLE = 2;
/**
 * ... and at least this many mean inter-purchase times of the shop (1 / mean lambda = alpha / r of the
 * scenario): a long-cycle shop (optician, a purchase every 10 months on average) does not lose its normal
 * slow customers after a year or two. *assumption*
 */
export const LOST_SHOP_CYCLES = 4;
/** ... and never before this many weeks of silence: a customer is then already « inactif » in RFM (12-month window). *assumption* */
export const LOST_MIN_WEEKS = 52;
/** Trust above which a loyalty-card holder counts as a supporter on the ladder. *assumption* */
export const SUPPORTER_TRUST = 0.5;
/**
 * Personalisation level (strength x data known, the effect of a running personalisation after its set-up)
 * from which a member counts as a supporter: CONCEPTS.md names « personalised offers » as the tool of the
 * supporteur rung. 0.3 = a relance on a customer whose file holds about 40 % of what the shop could know, a
 * personal shopper on 30 %: offers built from a real profile, not from one purchase on the card. *assumption*
 */
export const SUPPORTER_PERSONALISATION = 0.3;

// ---------------------------------------------------------------- financial advantages (financier)
/**
 * Purchase-rate lift per 10 % of discount for a light buyer. Leenheer et al. 2007: the real effect of
 * loyalty programmes on share of wallet is small; Nijs et al. 2001: long-run effects of promotions
 * about nil. *assumption* (0.25 -> 0.1: coupons for everybody no longer pay for themselves)
 */
export const FINANCIAL_RATE_LIFT_PER_10PCT = 0.1;
/** Liu 2007: response falls with buying rate (direction only): factor 1 / (1 + (lambda / mean lambda)^2). Exponent. *assumption* */
export const HEAVY_BUYER_EXPONENT = 2;
/** Kivetz et al. 2006 goal gradient: extra lift when the points card is full (linear from 0). *assumption* */
export const POINTS_GOAL_GRADIENT = 0.5;
/** Purchases to fill a points card (then reward and reset). *assumption* */
export const POINTS_PER_REWARD = 10;
/** Financial switching barrier reached by members (coupons; points x 1.5, volume discount x 1.2): small, a discount is easily found elsewhere. *assumption* */
export const FINANCIAL_BARRIER = 0.08;
export const FINANCIAL_BARRIER_FACTOR = {
  coupon: 1,
  points: 1.5,
  remiseVolume: 1.2,
} as const;
/** Share of the financial edge (rate lift and reduced competitor pull) lost once a competitor imitates. *assumption* */
export const IMITATION_EDGE_LOSS = 0.8;
/** Reduction of competitor pull for members of a financial programme (x (1 - IMITATION_EDGE_LOSS) once imitated, financier.ts). *assumption* (0.6 -> 0.4) */
export const FINANCIAL_COMPETITOR_SHIELD = 0.4;
/** Administrative cost per member per week, euros (printing, software), x weeks per tick like the other per-member costs. *assumption* */
export const FINANCIAL_COST_PER_MEMBER_WEEK = 0.05;

// ---------------------------------------------------------------- social bonding (lienSocial)
/**
 * Trust growth per week for a club member: dT = g (seed + T)(1 - T): slow, S-shaped. With the motive
 * fit, trust stays under 0.1 for the first month and passes 0.5 after about 4 to 7 months for a fit of at
 * least 0.9, 9 to 12.5 for nouveaute and argent (club, weekly step; a monthly step is slower, README
 * « Limites connues ») (Melnyk & Bijmolt
 * 2015: non-monetary privileges build loyalty slowly and durably). *assumption* (0.08 -> 0.12)
 */
export const TRUST_GROWTH_PER_WEEK = {
  club: 0.12,
  evenementPrive: 0.14,
} as const;
/** Seed of the S-shaped growth: makes the start slow. *assumption* */
export const TRUST_SEED = 0.04;
/** Trust decay per week once the programme stops: durable (Melnyk & Bijmolt 2015). *assumption* */
export const TRUST_DECAY_PER_WEEK = 0.005;
/** Motive fit of social bonding (suits sympathie and orgueil). *assumption* */
export const MOTIVE_SOCIAL_FIT: Record<Motive, number> = {
  securite: 1,
  orgueil: 1.5,
  nouveaute: 0.7,
  confort: 0.9,
  argent: 0.5,
  sympathie: 1.6,
};
/**
 * Weight of the relationship for each SONCAS motive (MODEL.md: SONCAS as a design device, « weights of price,
 * quality, novelty, relationship per motive »; CONCEPTS.md: the dominant motive decides which strategy works).
 * Scales what trust and club membership give a customer: the relational barrier of trust, its perceived
 * performance, and the recognition of a club or of trust (churn.ts). The club suits sympathie and orgueil
 * (full weight); a customer who comes for the price (argent) or for novelty values the recognition and the
 * bond much less, so the club protects them much less from a competitor's offer. Trust itself grows by
 * MOTIVE_SOCIAL_FIT. *assumption* (before: every motive 1, the fit only slowed trust, QA expert finding 13)
 */
export const MOTIVE_RELATIONSHIP_WEIGHT: Record<Motive, number> = {
  securite: 0.8,
  orgueil: 1,
  nouveaute: 0.4,
  confort: 0.6,
  argent: 0.3,
  sympathie: 1,
};
/** Relational barrier given by full trust (Burnham et al. 2003: relational switching costs), x MOTIVE_RELATIONSHIP_WEIGHT. *assumption* (0.6 -> 0.8) */
export const TRUST_RELATIONAL_BARRIER = 0.8;
/** Perceived performance gained at full trust (ACSI: relationship is part of perceived quality), x MOTIVE_RELATIONSHIP_WEIGHT. *assumption* */
export const TRUST_PERFORMANCE = 0.1;
/**
 * Cost per member per tick (euros per week, scaled to the tick): a club card, member evenings and
 * small gifts, about 15 euros a member a year; a private event is dearer. *assumption* (0.6 -> 0.3)
 */
export const SOCIAL_COST_PER_MEMBER_WEEK = {
  club: 0.3,
  evenementPrive: 0.8,
} as const;

// ---------------------------------------------------------------- personalisation
/** Set-up delay before any effect, weeks (data work, training). *assumption* */
export const PERSONALISATION_SETUP_WEEKS = 6;
/** Instrument strength (personal shopper is stronger and dearer). *assumption* (reminder 0.6 -> 0.8) */
export const PERSONALISATION_STRENGTH = {
  relancePersonnalisee: 0.8,
  personalShopper: 1,
} as const;
/**
 * Purchase-rate lift at full strength and full data (the right offer at the right time), per instrument.
 * A reminder written from the file is a loyalty tool like the others, whose real effect on share of wallet
 * is small (Leenheer et al. 2007, MODEL.md): at full data about +12 % purchases (0.15 x strength 0.8), the
 * lift a 10 to 15 % coupon gives a light buyer, without the discount. The personal shopper serves the
 * customer face to face at each visit: a strong lift, paid by its cost. *assumption* (0.35 -> 0.5 for both;
 * relance 0.5 -> 0.15: with data it gave +39 % purchases and was the strongest and cheapest strategy, QA
 * expert finding 25)
 */
export const PERSONALISATION_RATE_LIFT = {
  relancePersonnalisee: 0.15,
  personalShopper: 0.5,
} as const;
/** Perceived performance gain at full strength and full data. *assumption* */
export const PERSONALISATION_PERFORMANCE = 0.12;
/** Relational barrier at full strength and full data (relation d'apprentissage: the more the shop knows, the higher the exit barrier, CONCEPTS.md). *assumption* (0.4 -> 0.7) */
export const PERSONALISATION_RELATIONAL_BARRIER = 0.7;
/**
 * Cost per member per tick, euros per week (scaled to the tick) plus a set-up cost per member
 * (CONCEPTS.md: personalisation « can be costly »). A personalised reminder is about two messages a
 * month, each chosen and written from the customer's file by staff (a few minutes, about 1 euro with the
 * SMS or e-mail): 0.45 euro a member a week, about 23 euros a year, more than the club (0.30); its set-up
 * (cleaning the file, choosing the offers per profile, the CRM tool) 3 euros a member. A personal
 * shopper's time is dear. *assumption* (0.4 -> 0.15 -> 0.45, 4 -> 3; set-up 1 -> 3 for the reminder:
 * at 0.15 it was the cheapest strategy, QA expert finding 25)
 */
export const PERSONALISATION_COST_PER_MEMBER_WEEK = {
  relancePersonnalisee: 0.45,
  personalShopper: 3,
} as const;
export const PERSONALISATION_SETUP_COST_PER_MEMBER = {
  relancePersonnalisee: 3,
  personalShopper: 5,
} as const;

// ---------------------------------------------------------------- measuring a programme (groupe témoin)
/**
 * Share of a programme's target held out at launch as a control group (groupe témoin): not enrolled,
 * not charged, no effect. Its margin per customer is what the members would have made without the
 * programme (hold-out / A/B testing, Kohavi, Tang & Xu 2020, Trustworthy Online Controlled
 * Experiments; common practice in direct marketing). *assumption* (10 %)
 */
export const CONTROL_GROUP_SHARE = 0.1;
/**
 * Smallest control group: below it the whole target is enrolled and the programme's effect is not
 * estimated (no incremental margin, no ROI) rather than read from a handful of customers. *assumption*
 */
export const CONTROL_GROUP_MIN = 30;

// ---------------------------------------------------------------- customisation
/** Procedural and financial barriers reached by members. *assumption* */
export const CUSTOMISATION_PROCEDURAL_BARRIER = {
  offreSurMesure: 0.5,
  contrat: 0.6,
} as const;
export const CUSTOMISATION_FINANCIAL_BARRIER = {
  offreSurMesure: 0.15,
  contrat: 0.35,
} as const;
/** Motives that resist customisation (closed offers bore novelty seekers, cost-conscious customers). *assumption* */
export const CUSTOMISATION_RESISTANT: Record<Motive, boolean> = {
  securite: false,
  orgueil: false,
  nouveaute: true,
  confort: false,
  argent: true,
  sympathie: false,
};
/** Barriers of resistant customers are this share of the others'. *assumption* */
export const CUSTOMISATION_RESISTANT_BARRIER_SHARE = 0.3;
/** Perceived performance change: gain for those who like it, loss for resistant motives. *assumption* */
export const CUSTOMISATION_PERFORMANCE_GAIN = 0.04;
export const CUSTOMISATION_PERFORMANCE_LOSS = 0.12;
/** Cost per member per tick, euros per week (scaled to the tick): building and following the offer or contract. *assumption* (1.2 -> 0.8, 0.8 -> 0.5) */
export const CUSTOMISATION_COST_PER_MEMBER_WEEK = {
  offreSurMesure: 0.8,
  contrat: 0.5,
} as const;

/** Barriers move toward their target by this share per week (build-up), and decay by the other. *assumption* */
export const BARRIER_BUILD_PER_WEEK = 0.15;
export const BARRIER_DECAY_PER_WEEK = 0.03;
/**
 * Share of a financial advantage's barrier (coupon, points, remise de volume: FINANCIAL_BARRIER) lost each week once
 * the advantage stops: with no discount or points left, the customer has nothing left to lose by leaving (MODEL.md,
 * Melnyk & Bijmolt 2015: financial = fast, fading; CONCEPTS.md: short-term effect). 0.4 a week: half-life about
 * 1.4 weeks, about 1 % left after two months. The loyalty card's barrier (held as long as the card) and a contract's
 * (customisation, tied to its procedural barrier) keep BARRIER_DECAY_PER_WEEK (bonds.ts). *assumption*
 */
export const FINANCIAL_BARRIER_RELEASE_PER_WEEK = 0.4;

// ---------------------------------------------------------------- data collection
/** Probability that a contacted customer accepts (consent), per instrument. *assumption* */
export const DATA_ACCEPT = {
  carteFidelite: 0.6,
  jeuConcours: 0.4,
  personnel: 0.5,
} as const;
/** Share of the missing data gained on acceptance. *assumption* */
export const DATA_GAIN = {
  carteFidelite: 0.35,
  jeuConcours: 0.2,
  personnel: 0.45,
} as const;
/** Cost per contacted customer, euros. *assumption* */
export const DATA_COST_PER_CONTACT = {
  carteFidelite: 2,
  jeuConcours: 1,
  personnel: 3,
} as const;
/** Financial barrier given by holding a loyalty card. *assumption* */
export const LOYALTY_CARD_BARRIER = 0.05;
/** Share of missing data learnt at each purchase of a card holder (relation d'apprentissage). *assumption* */
export const CARD_DATA_PER_PURCHASE = 0.02;

// ---------------------------------------------------------------- surveys
/** Share of invited customers who answer a questionnaire. *assumption* */
export const SURVEY_RESPONSE_RATE = 0.25;
/** Response bias: response rate x (1 + bias x (S - 0.5)): satisfied customers answer more. *assumption* */
export const SURVEY_RESPONSE_BIAS = 0.4;
/** Spread of one answer around the true satisfaction (uniform half-width). *assumption* */
export const SURVEY_ANSWER_NOISE = 0.15;
/** Cost per respondent (questionnaire) and per visit (mystery shopping), euros. *assumption* */
export const SURVEY_COST_PER_RESPONDENT = 4;
export const MYSTERY_COST_PER_VISIT = 60;
/** Spread of one mystery visit's score around the true service performance. *assumption* */
export const MYSTERY_VISIT_NOISE = 0.15;
/** z of a 95 % confidence interval. */
export const Z95 = 1.96;
/** At least this many periods for a questionnaire to be recent enough for a measured-satisfaction objective (a short mission: its whole length; objectives.ts measurementWindow). *assumption* */
export const MEASUREMENT_WINDOW_MIN_TICKS = 4;

// ---------------------------------------------------------------- word of mouth (Kumar, Petersen & Leone 2007; East et al. 2007)
/** Satisfaction above which a customer recommends the shop. *assumption* */
export const REFERRAL_SATISFACTION_MIN = 0.7;
/** Weekly probability that a fully satisfied customer refers someone (30-33 % refer at all, over years). *assumption* */
export const REFERRAL_RATE_PER_WEEK = 0.03;
/** Referral rate multiplier for club members and customers whose trust exceeds SUPPORTER_TRUST (not supporters by personalisation). *assumption* */
export const REFERRAL_SUPPORTER_BOOST = 2;
/** 12 to 14 % of referrals become customers (Kumar et al. 2007). */
export const REFERRAL_CONVERSION = 0.13;
/** Negative word of mouth: acquisition x (1 - weight x share of dissatisfied alive customers). *assumption* */
export const NEGATIVE_WOM_WEIGHT = 1.5;

// ---------------------------------------------------------------- acquisition (conquête)
/** The paid channels: a referral campaign (parrainage) pays invitations and rewards instead (REFERRAL_INVITATION_COST, referralReward). */
export type PaidChannel = Exclude<AcquisitionChannel, 'parrainage'>;
/**
 * Cost of reaching the people a paid channel must touch for one recruit, euros, before the welcome offer
 * (most of a paid campaign's recruits do not stay: CAMPAIGN_ONE_OFF_SHARE). *assumption*
 */
export const ACQUISITION_COST_PER_RECRUIT: Record<PaidChannel, number> = {
  flyers: 30,
  emailing: 22,
  reseauxSociaux: 26,
  presseLocale: 40,
};

/*
 * A referral campaign (parrainage) asks the shop's customers to bring someone they know (acquisition.ts
 * referralCampaign). Only satisfied customers recommend (REFERRAL_SATISFACTION_MIN); of the customers who
 * say they would refer (68-81 %), 30-33 % do, and 12-14 % of the people referred become customers
 * (Kumar, Petersen & Leone 2007, « How valuable is word of mouth? », HBR 85(10)): within
 * REFERRAL_CAMPAIGN_WINDOW_WEEKS, the shop's campaigns can bring at most the satisfied living customers x
 * REFERRAL_CAMPAIGN_PARTICIPATION x REFERRAL_CONVERSION, less the campaign referrals already made in that
 * window (the same sponsors have already asked their circle). The campaign invites living customers
 * (REFERRAL_INVITATION_COST each: card, word at the counter, message) and pays a reward to the sponsor and to
 * the sponsee of each referral that comes (unitCosts.ts referralReward); what would invite more than every
 * living customer is not spent, nor are the rewards of referrals that did not come.
 */
/** Share of the satisfied customers who actually refer someone within the window (Kumar et al. 2007: 30-33 %). */
export const REFERRAL_CAMPAIGN_PARTICIPATION = 0.3;
/** The window over which the satisfied customers' referrals are shared by the campaigns (weeks). *assumption* (Kumar et al. observed about a year) */
export const REFERRAL_CAMPAIGN_WINDOW_WEEKS = 52;
/**
 * Cost of inviting one living customer to refer, euros (printed card, a word at the counter, a message,
 * tracking). *assumption* (value: a referral campaign costs more per customer gained than the club or the
 * contract per customer kept, bakery and sport, same customers with vs without, seed 42; QA verify3 V1)
 */
export const REFERRAL_INVITATION_COST = 2;
/**
 * Reward paid to each side, sponsor and sponsee, of a referral that comes, in the shop's mean baskets,
 * within REFERRAL_REWARD_MIN..REFERRAL_REWARD_MAX euros (real programmes: 10-20 euros each). *assumption*
 */
export const REFERRAL_REWARD_BASKETS = 2;
export const REFERRAL_REWARD_MIN = 10;
export const REFERRAL_REWARD_MAX = 20;

/**
 * Recruits of a paid campaign (flyers, e-mailing, social networks, local press) are not the base's
 * customers: many came for the offer. Customers acquired through promotions repeat less and are worth
 * less over their lifetime (Lewis 2006, « Customer acquisition promotions and customer asset value »,
 * JMR 43), those recruited by marketing about half as much as word-of-mouth ones (Villanueva, Yoo &
 * Hanssens 2008, JMR 45). Share who came for the offer (BTYD dropout p = 1: they almost always leave at
 * their next purchase, churn.ts), and BTYD dropout multiplier of the others. Referral recruits are referred customers (REFERRED_DROPOUT_FACTOR), walk-ins are like
 * the base. *assumption* (values: a campaign's customer who stays costs clearly more than a customer
 * kept by the club or the contract, same customers with vs without, bakery and sport, seed 42)
 */
export const CAMPAIGN_ONE_OFF_SHARE = 0.85;
export const CAMPAIGN_DROPOUT_FACTOR = 2;
/**
 * The welcome offer a paid campaign's recruit takes (first-purchase discount, gift; a referral pays
 * REFERRAL_REWARD_BASKETS to each side instead), in the shop's mean baskets, added to the channel's contact cost (unitCosts.ts recruitUnitCost):
 * what brings a recruit rises with what the shop sells. Before 02/12/2026 a recruit cost the same euros
 * in a 6.50 euro bakery and at a 290 euro optician, whose first purchase alone paid six recruits (QA
 * expert F1). *assumption* (value: a campaign costs more per customer gained than the club per customer
 * kept in the four shops, same customers with vs without, seed 42)
 */
export const ACQUISITION_WELCOME_BASKETS = 1;

/**
 * Organic acquisition (walk-ins: passing trade, search engines, hearsay) when a scenario does not
 * set customers.organicAcquisitionPerTick: share of the initial base per week (0.3 % a week, about
 * 15 % a year, the order of a neighbourhood shop's yearly renewal). *assumption*
 */
export const ORGANIC_ACQUISITION_SHARE_PER_WEEK = 0.003;
/**
 * Walk-ins follow what people hear (satisfaction breeds positive word of mouth, CONCEPTS.md; East et
 * al. 2007): x (1 + slope x (mean satisfaction - scenario mean)), capped at ORGANIC_WORD_MAX, then x
 * the negative word-of-mouth yield. A base 0.05 more satisfied than the scenario's mean gets 20 %
 * more walk-ins. *assumption*
 */
export const ORGANIC_SATISFACTION_SLOPE = 4;
export const ORGANIC_WORD_MAX = 2;

// ---------------------------------------------------------------- shop events
/** "travaux": perceived performance drop and purchase-rate drop per unit of intensity. *assumption* */
export const WORKS_PERFORMANCE_DROP = 0.2;
export const WORKS_RATE_DROP = 0.4;

// ---------------------------------------------------------------- budget
/**
 * Prudence margin on the expected cost of a programme this tick (Poisson purchases, redemptions):
 * a new action needs this multiple of its expected cost beyond what the running programmes reserve,
 * and a running programme the budget cannot pay with this margin is suspended (event
 * programmeSuspendu), so the budget does not go below zero. *assumption*
 */
export const BUDGET_PRUDENCE_MARGIN = 1.3;

// ---------------------------------------------------------------- indicators
/** Relationship length shown when no customer leaves, ticks (kpis.ts: 1 / smoothed churn, capped). */
export const RELATIONSHIP_LENGTH_CAP = 10_000;

// ---------------------------------------------------------------- events log
/** Entries of one chunk of the per-run event log, a power of 2 and a multiple of 4 (events.ts, hash.ts). */
export const EVENT_LOG_CHUNK = 16384;
