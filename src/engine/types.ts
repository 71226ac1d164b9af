/**
 * The engine's public contract: what one simulated tick reports to the rest of the
 * app (database, interface, command line). Everything here is plain data or typed
 * arrays, so it crosses a Web Worker boundary (structured clone / transfer) and can
 * be stored in IndexedDB as is.
 *
 * Public functions (src/engine/index.ts re-exports them):
 *   createSimulation(scenario, { seed, customers? }): SimState
 *   stepSimulation(state, scenario, actions): TickReport      // advances state.tick by one, mutating state
 *   runSimulation(scenario, { seed, customers?, ticks, decisions }): { state, reports }
 *   hashState(state): string                                   // hex digest of the full state
 *   cloneState(state): SimState
 *   selectTarget(state, target): Int32Array                    // customer indexes, ascending
 *   customerRecord(state, i): CustomerRecord                   // the visible record of customer i
 *   visibleColumns(state): { n, columns }                      // the arrays customerRecord reads (VISIBLE_FIELDS)
 *   customerIdentity(seed, i): CustomerIdentity                // generated French identity
 */
import type { Action, ActionType } from './decisions.ts';
import type {
  AcquisitionChannel,
  Channel,
  CourseSegment,
  DepartureCause,
  LadderRung,
  Motive,
  RfSegment,
  Stage,
  Strategy,
} from './vocabulary.ts';

/** Columnar purchases of one tick (length = number of purchases). */
export interface PurchaseBatch {
  tick: number;
  length: number;
  customer: Int32Array;
  /** euros paid, after any discount */
  amount: Float32Array;
  /** index into scenario.economics.productTypes */
  productType: Uint8Array;
  /** index into CHANNELS */
  channel: Uint8Array;
}

/** Columnar customer events of one tick (the customer's log, "semaine 12 : réclamation traitée en retard"). */
export interface EventBatch {
  tick: number;
  length: number;
  customer: Int32Array;
  /** index into EVENT_TYPES */
  type: Uint8Array;
  /** meaning depends on type (cause index, action index, referred customer id, ...) */
  detail: Int32Array;
}

export interface MeasuredSatisfaction {
  method: 'questionnaire' | 'clientMystere';
  sampleSize: number;
  /** 0..1 estimate from the sample */
  mean: number;
  /** half-width of the 95 % confidence interval */
  marginOfError: number;
  tick: number;
}

export interface ProgrammeKpi {
  id: string;
  type: ActionType;
  strategy: Strategy | null;
  instrument: string;
  startTick: number;
  /** undefined while running */
  endTick?: number;
  /** only when the budget suspended it: members told by a programmeSuspendu event */
  suspendedMembers?: number;
  /** customers enrolled (the target minus the control group; lost customers are never enrolled) */
  targeted: number;
  /** customers of the target held out as a control group (groupe témoin); 0 = none: the effect is not measured */
  controlGroup: number;
  /**
   * customers of the target (not lost) not contacted for want of consent (RGPD: an e-mail or SMS
   * instrument, consent.ts), neither enrolled nor held out; absent when none (or in older runs)
   */
  withoutConsent?: number;
  /**
   * a personalisation only: at its launch, members the shop already held profile data on (dataKnown > 0:
   * their loyalty card, a collection) and the mean share of useful data it knew over all its members
   * (0..1; the effect on a member is proportional to it); absent for the other programmes or in older runs
   */
  membersWithData?: number;
  membersDataKnown?: number;
  /**
   * a personalisation only, in the KPIs of a tick it runs: its members still customers at the end of the tick, those the
   * shop holds profile data on (dataKnown > 0) and the mean share it knows of them (0..1). Its effect on a member is
   * proportional to dataKnown read each period, so a collection made after the launch counts from its own period
   * (from the first effect if made during the set-up). A record, read by no mechanism; absent otherwise and in older runs
   */
  membersDataNow?: { members: number; withData: number; known: number };
  /**
   * a programme with a set-up delay (personalisation, PERSONALISATION_SETUP_WEEKS), in the KPIs of a tick it is still
   * running within that delay: the first tick its effect acts (its cost is paid meanwhile, no effect is expected yet);
   * absent once the effect acts, after a stop, for the other programmes and in older runs
   */
  setupUntilTick?: number;
  /** a personalisation only: the one-off set-up cost its launch paid (members × set-up cost a member), within costToDate */
  setupCost?: number;
  /** what the budget paid for it: its fees, set-up and, for a financial advantage, the discounts its members got */
  costThisTick: number;
  costToDate: number;
  /**
   * gross margin the programme added since the start: members' margin minus members x the control
   * group's margin per customer, each tick from its launch to the end of the game (after it stopped
   * too: what it left behind); null without control group. Margins at list price: the discounts a
   * financial advantage gives are in its cost, so incremental margin - cost counts them once
   */
  incrementalMarginToDate: number | null;
  /**
   * half-width of the 95 % interval of incrementalMarginToDate (the control group's sampling noise):
   * an estimate within ± this of 0 shows no effect; null without control group
   */
  incrementalMarginError: number | null;
  /** (incrementalMargin - cost) / cost; null until some cost is spent, or without control group */
  roi: number | null;
  /** this tick (with a control group, running or stopped): members vs control group, per customer */
  comparison?: ProgrammeComparison;
  /**
   * financial advantage copied by a competitor while it ran (from that tick on its edge is reduced
   * by IMITATION_EDGE_LOSS): the tick and the competitor's id; absent before that tick or if never
   */
  imitated?: { tick: number; competitor: string };
  /** only in the KPIs of the tick a financial advantage ended: where its members' reference price stands */
  priceReturn?: PriceReturn;
}

/**
 * When a financial advantage ends its members pay the normal price again. Their reference price had
 * moved toward the discounted price at each purchase (REFERENCE_PRICE_INERTIA): at their next
 * purchases a price above their reference by more than PRICE_TOLERANCE lowers their satisfaction and
 * can make them leave (cause « prix »). Measured at the end of the tick it ended.
 */
export interface PriceReturn {
  /** members still customers */
  members: number;
  /** mean over them of price level / reference price - 1 (0.05: the normal price is 5 % above what they got used to) */
  aboveReference: number;
  /** members for whom the normal price is above their reference by more than PRICE_TOLERANCE */
  beyondTolerance: number;
}

/** One data collection action of the tick (carte de fidélité, jeu-concours, personnel). */
export interface DataCollectionKpi {
  instrument: 'carteFidelite' | 'jeuConcours' | 'personnel';
  /** customers still customers who were asked (and paid for) */
  contacted: number;
  /** of them, those who accepted: their consent is recorded and the shop knows more about them */
  accepted: number;
  cost: number;
}

/** Members vs control group in one tick: the points of a « membres vs groupe témoin » chart. */
export interface ProgrammeComparison {
  /** gross margin per member this tick at list price (members who left count 0; a discount is in the programme's cost) */
  memberMargin: number;
  /** gross margin per control customer this tick (those who left count 0) */
  controlMargin: number;
  /** share of members still customers at the end of the tick */
  memberShare: number;
  /** share of control customers still customers at the end of the tick */
  controlShare: number;
}

/**
 * One acquisition channel's campaign recruits in one tick (TickKpis.campaignRecruits): what its return needs. Their
 * margin is attributable to the campaign as a whole (without it they would not be customers), no control group needed.
 */
export interface CampaignChannelKpi {
  /** recruits the channel's campaigns brought this tick */
  recruited: number;
  /** the channel's campaign recruits (of this tick and every earlier one) still customers at the end of the tick */
  stillCustomers: number;
  /**
   * gross margin of their purchases this tick (a recruit's first purchase included), net of the discounts they were
   * given, like the gross margin: their turnover x margin rate - their discounts x (1 - rate)
   */
  margin: number;
}

/** Customers who moved from one lifecycle stage to another during a tick. */
export interface StageFlow {
  from: Stage;
  to: Stage;
  count: number;
}

export interface TickKpis {
  tick: number;
  // turnover and its three levers: CA = fréquence x panier moyen x durée de la relation
  turnover: number;
  purchases: number;
  buyers: number;
  averageBasket: number;
  /** purchases per active customer per tick */
  frequency: number;
  /** expected relationship length in ticks (1 / churn rate, smoothed) */
  relationshipLength: number;
  // the base
  customersEver: number;
  activeCustomers: number;
  acquired: number;
  acquiredByReferral: number;
  /**
   * would-be customers the tick's unresolved complaints turned away: the expected walk-ins they took off
   * (each unresolved complaint told to UNRESOLVED_COMPLAINT_TOLD people, REFERRAL_CONVERSION of them staying
   * away, never more than the walk-ins expected), a fraction; reported only, no draw reads it. Absent in
   * runs saved before 2026-12-02 (the screens then show nothing for it).
   */
  deterredByComplaints?: number;
  /**
   * per acquisition channel whose campaigns have recruited someone so far (this tick's recruits, those still
   * customers, the margin they made this tick), {} when none; reported only, no draw reads it. The recruited add
   * up to the campaign arrivals of the tick (acquired - walk-ins - spontaneous referrals). Absent in runs saved
   * before 2026-12-02 (the screens then show no campaign return).
   */
  campaignRecruits?: Partial<Record<AcquisitionChannel, CampaignChannelKpi>>;
  lost: number;
  /** share of customers active at the start of the tick still not lost at its end */
  retentionRate: number;
  churnRate: number;
  // satisfaction: the true mean is for the debrief only; learners see the measured one
  satisfactionTrue: number;
  satisfactionMeasured: MeasuredSatisfaction | null;
  // service and complaints
  incidents: number;
  complaints: number;
  complaintsResolved: number;
  complaintsResolvedFast: number;
  /**
   * of the complaints, those the budget left after the programmes' and surveys' reserve could not pay (service.ts): not
   * handled, never resolved (the Bilan says it beside the policy, QA shops F10); reported only, no draw reads it.
   * Absent in runs saved before 2026-12-02
   */
  complaintsUnpaid?: number;
  // distributions
  stages: Record<Stage, number>;
  ladder: Record<LadderRung, number>;
  segments: Record<CourseSegment, number>;
  rfSegments: Record<RfSegment, number>;
  /** 25 counts, index (r - 1) * 5 + (f - 1) */
  rfGrid: number[];
  /** quintile limits (lower bounds of scores 2..5) for the glass box */
  rfmLimits: { recencyTicks: number[]; frequency: number[]; monetary: number[] };
  departuresByCause: Record<DepartureCause, number>;
  /**
   * gross stage transitions of the tick (who moved from which stage to which: nouveau -> actif, actif ->
   * dormant, dormant -> actif, any stage -> perdu, prospect -> nouveau for each arrival), non-zero ones only,
   * by from then to in STAGES order. With the stage counts: stages[s] = previous stages[s] + inflows - outflows.
   * Absent in runs saved before 2026-12-02 (the screens then show net changes only).
   */
  stageFlows?: StageFlow[];
  satisfactionHistogram: number[]; // 10 bins over 0..1, true satisfaction of alive customers
  // money
  /** what the budget paid this tick (actions, programmes with the discounts they gave, complaints) */
  costs: number;
  costsByType: Partial<Record<ActionType, number>>;
  acquisitionSpendByChannel: Partial<Record<AcquisitionChannel, number>>;
  /**
   * discounts the financial programmes gave this tick (list amount - amount paid), part of `costs`: already
   * out of the turnover and the gross margin. Absent in runs saved before 2026-12-02 (their net margin took
   * the discounts off twice; the screens read 0)
   */
  discounts?: number;
  /** turnover - cost of the goods sold (list amount x (1 - margin rate)) = turnover x rate - discounts x (1 - rate) */
  grossMargin: number;
  /** gross margin - (costs - discounts) - fixed costs: each euro of discount taken off once */
  netMargin: number;
  budgetLeft: number;
  programmes: ProgrammeKpi[];
  /** the tick's data collection actions and their result (absent when there was none) */
  dataCollections?: DataCollectionKpi[];
}

export interface TickReport {
  tick: number;
  kpis: TickKpis;
  purchases: PurchaseBatch;
  events: EventBatch;
  /** actions refused this tick, each with its reason (RefusalReason, an id for i18n) */
  rejected: { actionIndex: number; reason: RefusalReason }[];
}

/**
 * The decisions the engine refused in one period (a TickReport's): what the session keeps as it plays (`rejections`),
 * a replay returns and the screens read (« Et si… ? », the consent advice, the competencies' evidence).
 */
export type PeriodRefusals = Pick<TickReport, 'tick' | 'rejected'>;

/** Why an action was refused (actions.ts), the one list of the reasons; each has its message in the UI (decisions.reason.*). */
export type RefusalReason =
  /** a strategy the scenario does not offer */
  | 'strategieIndisponible'
  /** an acquisition channel the scenario does not offer */
  | 'canalIndisponible'
  /** a target that holds no customer still there (none matches, or all are lost) */
  | 'cibleVide'
  /** the budget cannot pay it on top of what the running programmes and the tick's surveys reserve (budgetGate.ts) */
  | 'budgetInsuffisant'
  /** stopping a programme that does not exist or no longer runs */
  | 'programmeInconnu'
  /** an e-mail or SMS programme whose target has no customer who consented (consent.ts) */
  | 'sansConsentement';

export interface CustomerIdentity {
  firstName: string;
  lastName: string;
  age: number;
  /** index into TOWNS (src/engine/identity.ts) */
  town: number;
}

/** The visible record of one customer, what the shop's database knows. */
export interface CustomerRecord extends CustomerIdentity {
  id: number;
  motive: Motive;
  channel: Channel;
  /** tick of the first purchase; negative = before the run started; null = never bought */
  firstPurchaseTick: number | null;
  lastPurchaseTick: number | null;
  purchasesTotal: number;
  spendTotal: number;
  loyaltyCard: boolean;
  clubMember: boolean;
  stage: Stage;
  ladder: LadderRung;
  r: number; // 0 = not scored
  f: number;
  m: number;
  segment: CourseSegment | null;
  rfSegment: RfSegment | null;
  /** last satisfaction answer given in a survey, null if never surveyed */
  measuredSatisfaction: number | null;
  dataKnown: number;
  consent: boolean;
  referred: boolean;
  departureCause: DepartureCause | null;
}

export type { Action };
