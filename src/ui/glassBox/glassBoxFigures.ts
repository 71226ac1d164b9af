/**
 * The glass box of each dashboard figure: the formula with the period's numbers, its result (which
 * must equal the figure the card shows) and the simulator's rules behind it, with their constants
 * read from src/engine/params.ts so the explanation never drifts from the model. Pure: everything
 * comes from the same TickKpis the card uses; GlassBox.svelte only formats and translates.
 */
import * as P from '../../engine/params.ts';
import { complaintUnitCost, grossMarginOf, recruitUnitCost, referralReward, referralUnitCost, scenarioBasket } from '../../engine/unitCosts.ts';
import { DISSATISFIED_DROPOUT_MULTIPLIER } from '../../engine/churn.ts';
import type { MeasuredSatisfaction, ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { customerFrequency, customersNotLost, customerValue, type KpiId } from '../dashboard/kpiCards.ts';
import { latestMeasure } from '../dashboard/satisfactionMeasure.ts';
import { minimumForControl, programmeNoControl } from '../../app/noControlReason.ts';
import { roiReliability } from '../../app/programmeEffect.ts';
import { complaintWordOfMouth } from '../../app/complaintWordOfMouth.ts';
import { expectedStaying } from '../../app/campaignReturn.ts';
import { ACQUISITION_CHANNELS } from '../../engine/vocabulary.ts';
import { factorsAgree, roundTo } from '../dashboard/leverText.ts';

/** serviceScore: the mystery shopper's card (its service score, not the customers' satisfaction: QA expert F2) */
export type GlassBoxId = KpiId | 'satisfaction' | 'serviceScore';
/**
 * How a value is written: money (0 or 2 decimals), count, 3 decimals, share, ticks, percentage points, a programme (type/instrument),
 * an acquisition channel (its name),
 * an ROI as the dashboard writes it (its `estimate`: ROI ± error — what the estimate shows, dashboard/programmeEffectText.ts).
 */
export type GlassFormat = 'money' | 'money2' | 'number' | 'decimal' | 'frequency' | 'percent' | 'surveyShare' | 'ticks' | 'points' | 'programme' | 'roi' | 'channel';

export interface GlassValue {
  value: number | string;
  format: GlassFormat;
  /** for an ROI: the programme's estimate, its error and cost, from which its margin of error and what it shows are written */
  estimate?: Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'roi' | 'costToDate'> & Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick'>>;
  /** for an ROI: the period the estimate runs to (a stopped programme's says which periods it covers) */
  measuredThrough?: number;
}

/** One sentence: an i18n key under glassBox.line / glassBox.rule and its values. */
export interface GlassLine {
  key: string;
  values: Record<string, GlassValue>;
}

export interface RfmLimitRow {
  score: number;
  recency: number | null;
  frequency: number | null;
  monetary: number | null;
}

export interface GlassBoxModel {
  id: GlassBoxId;
  /** the figure on the card */
  shown: number | null;
  /** the formula's result from its terms (null when there is nothing to compute) */
  computed: number | null;
  lines: GlassLine[];
  rules: GlassLine[];
  rfmLimits?: RfmLimitRow[];
}

/** Relationship length the engine reports when nobody left recently (kpis.ts). */
export const LENGTH_CAP = 10_000;

export type GlassScenario = Pick<Scenario, 'economics' | 'budget' | 'customers'>;

const money = (value: number): GlassValue => ({ value, format: 'money' });
const money2 = (value: number): GlassValue => ({ value, format: 'money2' });
const count = (value: number): GlassValue => ({ value, format: 'number' });
const share = (value: number): GlassValue => ({ value, format: 'percent' });
/** a survey's mean or bound: always one decimal, as the satisfaction card and the chart's table write it (« 68,0 % ») */
const surveyShare = (value: number): GlassValue => ({ value, format: 'surveyShare' });
const decimal = (value: number): GlassValue => ({ value, format: 'decimal' });
/** a purchase frequency: three significant digits, as the dashboard's lever card writes it (leverText.ts frequencyDigits) */
const frequency = (value: number): GlassValue => ({ value, format: 'frequency' });
const plain = (value: number): GlassValue => ({ value, format: 'decimal' });
const line = (key: string, values: Record<string, GlassValue> = {}): GlassLine => ({ key, values });

/** Customers alive at the start of the tick: alive at its end + lost - recruited (the churn denominator). */
export function aliveAtStart(k: TickKpis): number {
  return k.stages.nouveau + k.stages.actif + k.stages.dormant + k.lost - k.acquired;
}

/**
 * The would-be customers unresolved complaints turned away (engine KPIs' deterredByComplaints, QA verify3 V5):
 * this period's from its rule (unresolved × people told × conversion, no more than the walk-ins expected) when
 * some complaint was unresolved, then the whole game's beside the complainers who left. Nothing for the
 * periods of a game saved before the KPIs recorded it.
 */
function wordOfMouthLines(kpis: readonly TickKpis[], k: TickKpis): GlassLine[] {
  const out: GlassLine[] = [];
  const unresolved = k.complaints - k.complaintsResolved;
  if (k.deterredByComplaints !== undefined && unresolved > 0) {
    const rule = unresolved * P.UNRESOLVED_COMPLAINT_TOLD * P.REFERRAL_CONVERSION;
    // expected numbers, written with one decimal (« 6,8 », not « 6,782 »)
    const tenth = (x: number) => decimal(Math.round(x * 10) / 10);
    const values = { unresolved: count(unresolved), told: count(P.UNRESOLVED_COMPLAINT_TOLD), conversion: share(P.REFERRAL_CONVERSION), deterred: tenth(k.deterredByComplaints) };
    // more than the period's expected walk-ins: all of them were turned away, no more (acquisition.ts organicMean)
    out.push(k.deterredByComplaints < rule - 1e-9 ? line('wordOfMouthPeriodCapped', { ...values, rule: tenth(rule) }) : line('wordOfMouthPeriod', values));
  }
  const total = complaintWordOfMouth(kpis);
  if (total) out.push(line('wordOfMouthTotal', { deterred: count(total.deterred), left: count(total.leftAfterComplaint) }));
  return out;
}

/** Turnover of the period from its levers: active x frequency x basket (= purchases x basket). */
export function turnoverFromLevers(k: TickKpis): number {
  return k.activeCustomers * k.frequency * k.averageBasket;
}

/** What one customer brings over the relationship: frequency per customer (active or dormant) x basket x length (dashboard customerValue); null when the length is capped. */
export function customerLifetimeValue(k: TickKpis): number | null {
  return k.relationshipLength >= LENGTH_CAP ? null : customerValue(k);
}

const RULES = {
  purchases: () => line('purchases', { slope: plain(P.SATISFACTION_RATE_SLOPE), floor: plain(P.RATE_MULTIPLIER_MIN) }),
  length: () => line('length', { smoothing: share(P.CHURN_SMOOTHING) }),
  lifecycle: () =>
    line('lifecycle', {
      multiple: plain(P.DORMANT_INTERPURCHASE_MULTIPLE),
      minWeeks: count(P.DORMANT_MIN_WEEKS),
      maxWeeks: count(P.DORMANT_MAX_WEEKS),
      lostMultiple: plain(P.LOST_DORMANCY_MULTIPLE),
      shopCycles: plain(P.LOST_SHOP_CYCLES),
      lostMinWeeks: count(P.LOST_MIN_WEEKS),
    }),
  rfm: () => line('rfm', { window: count(P.RFM_WINDOW_WEEKS) }),
  churn: () =>
    line('churn', {
      threshold: plain(P.DISSATISFACTION_THRESHOLD),
      // a BTYD dropout counts as « insatisfaction » when exp(SLOPE × (ref − S)) > the multiplier, i.e. S more than
      // ln(multiplier) ÷ SLOPE (0,10) below the scenario's starting mean (churn.ts; QA teacher F23: « sous 0,5 » alone was not the rule)
      gap: plain(Math.round((Math.log(DISSATISFIED_DROPOUT_MULTIPLIER) / P.SATISFACTION_DROPOUT_SLOPE) * 100) / 100),
      barrierWeight: plain(P.BARRIER_WEIGHT),
      unavoidable: share(P.NATURAL_UNAVOIDABLE_SHARE),
      // barriers fade slowly after a programme stops (bonds.ts), except a financial advantage's: once the coupons stop, nothing is left to lose
      // (before, a 6-month coupon still held the optician's members a year later: course expert, qa-verify4)
      decay: share(P.BARRIER_DECAY_PER_WEEK),
      release: share(P.FINANCIAL_BARRIER_RELEASE_PER_WEEK),
      lostMultiple: plain(P.LOST_DORMANCY_MULTIPLE),
      shopCycles: plain(P.LOST_SHOP_CYCLES),
      lostMinWeeks: count(P.LOST_MIN_WEEKS),
    }),
  tarp: () =>
    line('tarp', {
      noComplaint: share(P.TARP_STAY_NO_COMPLAINT),
      notResolved: share(P.TARP_STAY_NOT_RESOLVED),
      resolved: share(P.TARP_STAY_RESOLVED),
      resolvedFast: share(P.TARP_STAY_RESOLVED_FAST),
      actionShare: share(P.TARP_ACTION_SHARE),
    }),
  /** what a complaint costs in this shop (unitCosts.ts) and what an unresolved one costs in walk-ins */
  complaintCost: (basket: number) =>
    line('complaintCost', {
      standard: money2(complaintUnitCost('standard', basket)),
      fast: money2(complaintUnitCost('rapide', basket)),
      excellent: money2(complaintUnitCost('excellente', basket)),
      basket: money2(basket),
      told: count(P.UNRESOLVED_COMPLAINT_TOLD),
      conversion: share(P.REFERRAL_CONVERSION),
    }),
  acquisition: (basket: number) =>
    line('acquisition', {
      flyers: money2(recruitUnitCost('flyers', basket)),
      emailing: money2(recruitUnitCost('emailing', basket)),
      social: money2(recruitUnitCost('reseauxSociaux', basket)),
      press: money2(recruitUnitCost('presseLocale', basket)),
      welcome: plain(P.ACQUISITION_WELCOME_BASKETS),
      basket: money2(basket),
      negative: plain(P.NEGATIVE_WOM_WEIGHT),
      oneOff: share(P.CAMPAIGN_ONE_OFF_SHARE),
      factor: count(P.CAMPAIGN_DROPOUT_FACTOR),
      // a referral campaign: invitations, both rewards, capped by the satisfied customers (acquisition.ts referralCampaign)
      invitation: money2(P.REFERRAL_INVITATION_COST),
      reward: money2(referralReward(basket)),
      window: count(P.REFERRAL_CAMPAIGN_WINDOW_WEEKS),
      participation: share(P.REFERRAL_CAMPAIGN_PARTICIPATION),
      conversion: share(P.REFERRAL_CONVERSION),
      atBest: money2(referralUnitCost(basket)),
      referredFactor: plain(P.REFERRED_DROPOUT_FACTOR),
    }),
  referral: () => line('referral', { minSatisfaction: plain(P.REFERRAL_SATISFACTION_MIN), conversion: share(P.REFERRAL_CONVERSION) }),
  margin: () => line('margin'),
  roi: () => line('roi', { share: share(P.CONTROL_GROUP_SHARE), min: count(P.CONTROL_GROUP_MIN) }),
  // the reserve's prudence margin, as the decisions card and the dashboard say it (QA learner 2)
  budget: () => line('budget', { margin: plain(P.BUDGET_PRUDENCE_MARGIN) }),
  satisfaction: () => line('satisfaction', { loss: plain(P.LOSS_SENSITIVITY), inertia: plain(P.EXPECTATION_INERTIA) }),
  mystery: () => line('mystery', { noise: plain(P.MYSTERY_VISIT_NOISE), cost: money(P.MYSTERY_COST_PER_VISIT) }),
  survey: () =>
    line('survey', {
      responseRate: share(P.SURVEY_RESPONSE_RATE),
      bias: plain(P.SURVEY_RESPONSE_BIAS),
      noise: plain(P.SURVEY_ANSWER_NOISE),
    }),
};

function rfmRows(k: TickKpis): RfmLimitRow[] {
  const at = (list: number[], s: number) => {
    const v = list[s - 2];
    return v === undefined || Number.isNaN(v) ? null : v;
  };
  return [2, 3, 4, 5].map((score) => ({
    score,
    recency: at(k.rfmLimits.recencyTicks, score),
    frequency: at(k.rfmLimits.frequency, score),
    monetary: at(k.rfmLimits.monetary, score),
  }));
}

/**
 * The glass box of one card. `kpis` is the history up to now (the last one is shown: the budget
 * needs the previous period's), `scenario` gives the margin rate, fixed costs and budget.
 */
export function glassBox(id: GlassBoxId, kpis: readonly TickKpis[], scenario: GlassScenario): GlassBoxModel {
  const k = kpis[kpis.length - 1];
  const before = kpis.length > 1 ? kpis[kpis.length - 2] : null;
  switch (id) {
    case 'turnover': {
      const clv = customerLifetimeValue(k);
      return {
        id,
        shown: k.turnover,
        computed: turnoverFromLevers(k),
        lines: [
          line('turnoverGeneral'),
          line(factorsAgree(k.frequency, [k.activeCustomers, roundTo(k.averageBasket, 2)], turnoverFromLevers(k)) ? 'turnoverPeriod' : 'turnoverPeriodRounded', {
            active: count(k.activeCustomers),
            frequency: frequency(k.frequency),
            basket: money2(k.averageBasket),
            product: money(turnoverFromLevers(k)),
          }),
          line('frequency', { purchases: count(k.purchases), active: count(k.activeCustomers), frequency: frequency(k.frequency) }),
          line('basket', { turnover: money2(k.turnover), purchases: count(k.purchases), basket: money2(k.averageBasket) }),
          ...(clv === null
            ? [line('clvNone')]
            : [
                line('length', { length: { value: k.relationshipLength, format: 'ticks' } }),
                line('customerFrequency', {
                  purchases: count(k.purchases),
                  customers: count(customersNotLost(k)),
                  active: count(k.activeCustomers),
                  dormant: count(k.stages.dormant),
                  frequency: frequency(customerFrequency(k)),
                }),
                line(factorsAgree(customerFrequency(k), [roundTo(k.averageBasket, 2), roundTo(k.relationshipLength, 1)], clv) ? 'clv' : 'clvRounded', {
                  frequency: frequency(customerFrequency(k)),
                  basket: money2(k.averageBasket),
                  length: { value: k.relationshipLength, format: 'ticks' },
                  clv: money(clv),
                }),
              ]),
        ],
        rules: [RULES.purchases(), RULES.length()],
      };
    }
    case 'activeCustomers':
      return {
        id,
        shown: k.activeCustomers,
        computed: k.stages.nouveau + k.stages.actif,
        lines: [
          line('active', { nouveau: count(k.stages.nouveau), actif: count(k.stages.actif), dormant: count(k.stages.dormant), active: count(k.activeCustomers) }),
          line('rfmLimits'),
        ],
        rules: [RULES.lifecycle(), RULES.rfm()],
        rfmLimits: rfmRows(k),
      };
    case 'churn':
    case 'retention': {
      const start = aliveAtStart(k);
      const churn = start > 0 ? k.lost / start : 0;
      // incidents next to complaints since the start: most dissatisfied customers never complain (QA teacher F9)
      let incidents = 0;
      let complaints = 0;
      for (const x of kpis) {
        incidents += x.incidents;
        complaints += x.complaints;
      }
      // dormant customers lost after a prolonged silence this period (cause inactivite): counted in the lost
      const inactive = k.departuresByCause.inactivite > 0 ? [line('lostInactive', { inactive: count(k.departuresByCause.inactivite) })] : [];
      const silent = incidents > 0 ? [line('complaintsSilent', { incidents: count(incidents), complaints: count(complaints), share: share(complaints / incidents) })] : [];
      const startLine = line('start', {
        alive: count(start + k.acquired - k.lost),
        lost: count(k.lost),
        acquired: count(k.acquired),
        start: count(start),
      });
      return id === 'churn'
        ? {
            id,
            shown: k.churnRate,
            computed: churn,
            lines: [startLine, line('churn', { lost: count(k.lost), start: count(start), churn: share(churn) }), ...inactive, ...silent, ...wordOfMouthLines(kpis, k)],
            rules: [RULES.churn(), RULES.tarp(), RULES.complaintCost(scenarioBasket(scenario))],
          }
        : {
            id,
            shown: k.retentionRate,
            computed: 1 - churn,
            lines: [startLine, line('retention', { kept: count(start - k.lost), start: count(start), retention: share(1 - churn) }), ...inactive, ...silent, ...wordOfMouthLines(kpis, k)],
            rules: [RULES.churn(), RULES.tarp(), RULES.complaintCost(scenarioBasket(scenario))],
          };
    }
    case 'acquisitions': {
      let spend = 0;
      for (const v of Object.values(k.acquisitionSpendByChannel)) spend += v ?? 0;
      const rules = [RULES.acquisition(scenarioBasket(scenario)), RULES.referral(), RULES.complaintCost(scenarioBasket(scenario))];
      const byChannel = k.campaignRecruits;
      if (!byChannel) {
        // a period saved before the engine told each channel's recruits: the campaigns' own cost per recruit is not known
        // (dividing by all the arrivals put the walk-ins on the campaigns' account, QA play F18)
        const others = k.acquired - k.acquiredByReferral;
        return {
          id,
          shown: k.acquired,
          computed: k.acquiredByReferral + others,
          lines: [
            line('acquisitions', { referrals: count(k.acquiredByReferral), campaigns: count(others), acquired: count(k.acquired) }),
            line(spend > 0 ? 'campaignNotRecorded' : 'acquisitionNoSpend'),
            ...wordOfMouthLines(kpis, k),
          ],
          rules,
        };
      }
      // each arrival by origin: walk-ins, spontaneous referrals, each channel's campaign recruits (a referral campaign's
      // recruits are referred customers too: counted in acquiredByReferral)
      let recruited = 0;
      for (const c of Object.values(byChannel)) recruited += c?.recruited ?? 0;
      const referralCampaign = byChannel.parrainage?.recruited ?? 0;
      const referrals = k.acquiredByReferral - referralCampaign;
      const walkIns = k.acquired - k.acquiredByReferral - (recruited - referralCampaign);
      const lines: GlassLine[] = [
        line('acquisitionsByOrigin', { walkIns: count(walkIns), referrals: count(referrals), campaigns: count(recruited), acquired: count(k.acquired) }),
      ];
      // the cost per recruit of each campaign, its own spend over its own recruits, and the recruits who stay (QA play F18)
      for (const channel of ACQUISITION_CHANNELS) {
        const spent = k.acquisitionSpendByChannel[channel] ?? 0;
        if (!(spent > 0)) continue;
        const recruits = byChannel[channel]?.recruited ?? 0;
        const name: GlassValue = { value: channel, format: 'channel' };
        if (recruits === 0) {
          lines.push(line('campaignNoRecruit', { channel: name, spend: money(spent) }));
          continue;
        }
        lines.push(line('campaignRecruitCost', { channel: name, spend: money(spent), recruits: count(recruits), perRecruit: money2(spent / recruits) }));
        const staying = expectedStaying(channel, recruits);
        if (staying !== null)
          lines.push(
            line('campaignStaying', {
              recruits: count(recruits),
              stayShare: share(1 - P.CAMPAIGN_ONE_OFF_SHARE),
              staying: count(Math.round(staying)),
              oneOff: share(P.CAMPAIGN_ONE_OFF_SHARE),
              perRecruit: money2(spent / recruits),
              perStaying: money2(spent / staying),
            }),
          );
      }
      if (!(spend > 0)) lines.push(line('acquisitionNoSpend'));
      return { id, shown: k.acquired, computed: walkIns + referrals + recruited, lines: [...lines, ...wordOfMouthLines(kpis, k)], rules };
    }
    case 'grossMargin': {
      const rate = scenario.economics.marginRate;
      // turnover - cost of the goods sold at list price: a discount lowers the gross margin by its whole amount (kpis.ts)
      const discounts = k.discounts ?? 0;
      const margin = grossMarginOf(k.turnover, discounts, rate);
      return {
        id,
        shown: k.grossMargin,
        computed: margin,
        lines: [
          discounts > 0
            ? line('grossMarginDiscounts', {
                turnover: money(k.turnover),
                list: money(k.turnover + discounts),
                rate: share(rate),
                goods: money((k.turnover + discounts) * (1 - rate)),
                discounts: money(discounts),
                margin: money(margin),
              })
            : line('grossMargin', { turnover: money(k.turnover), rate: share(rate), margin: money(margin) }),
        ],
        rules: [RULES.margin()],
      };
    }
    case 'netMargin': {
      const fixed = scenario.economics.fixedCostsPerTick;
      // the discounts are in the costs (the budget pays them) and already out of the gross margin: taken off once
      const discounts = k.discounts ?? 0;
      const net = k.grossMargin - (k.costs - discounts) - fixed;
      const rois = k.programmes.flatMap((p) => {
        const programme = { value: `${p.type}/${p.instrument}`, format: 'programme' as const };
        if (p.incrementalMarginToDate === null) {
          // no control group: a small target, or too few of it consented to an e-mail or SMS (QA4 F1)
          const why = programmeNoControl(p);
          return [why?.reason === 'consent' ? line('roiUnmeasuredConsent', { programme, consented: count(why.consented), targeted: count(why.targeted) }) : line('roiUnmeasured', { programme, needed: count(why?.needed ?? minimumForControl()), targeted: count(why?.targeted ?? p.targeted) })];
        }
        const control = line('roiControl', {
          programme,
          margin: money(p.incrementalMarginToDate),
          error: money(p.incrementalMarginError ?? 0),
          control: count(p.controlGroup),
          memberMargin: money2(p.comparison?.memberMargin ?? 0),
          controlMargin: money2(p.comparison?.controlMargin ?? 0),
        });
        if (p.roi === null) return [control, line('roiNone', { programme })];
        const roi = { programme, margin: money(p.incrementalMarginToDate), cost: money(p.costToDate), roi: { value: p.roi, format: 'roi' as const, estimate: p, measuredThrough: k.tick } };
        // too uncertain (app/programmeEffect.ts roiReliability, QA qa19 F3: « +5 520,2 % ± 2 645,2 % » here, « trop incertain pour
        // être chiffré » in the Bilan): the formula and its terms, then the verdict and why, never the ratio
        return roiReliability(p, k.tick) === 'tooUncertain'
          ? [control, line('roiTooUncertain', { ...roi, error: money(p.incrementalMarginError ?? 0) })]
          : [control, line('roi', roi)];
      });
      return {
        id,
        shown: k.netMargin,
        computed: net,
        lines: [
          discounts > 0
            ? line('netMarginDiscounts', { gross: money(k.grossMargin), costs: money(k.costs), discounts: money(discounts), fixed: money(fixed), net: money(net) })
            : line('netMargin', { gross: money(k.grossMargin), costs: money(k.costs), fixed: money(fixed), net: money(net) }),
          ...(rois.length > 0 ? rois : [line('noProgramme')]),
        ],
        rules: [RULES.margin(), RULES.roi()],
      };
    }
    case 'budgetLeft': {
      const previous = before ? before.budgetLeft : scenario.budget.initial;
      const left = previous + scenario.budget.perTick - k.costs;
      return {
        id,
        shown: k.budgetLeft,
        computed: left,
        lines: [line('budget', { before: money(previous), perTick: money(scenario.budget.perTick), costs: money(k.costs), left: money(left) })],
        rules: [RULES.budget()],
      };
    }
    case 'satisfaction':
      return measuredMeanBox(id, latestMeasure(kpis), { none: 'notMeasured', mean: 'satisfaction', margin: 'margin' }, [RULES.satisfaction(), RULES.survey()]);
    case 'serviceScore':
      // the mystery shopper scores the shop's service on its visits: the same mean ± 1,96 s ÷ √n, about the service, not the customers
      return measuredMeanBox(
        id,
        latestMeasure(kpis, 'clientMystere'),
        { none: 'serviceNotMeasured', mean: 'serviceScore', margin: 'serviceMargin' },
        [RULES.mystery(), RULES.satisfaction()],
      );
  }
}

/** A measured mean (questionnaire or mystery shopper) and its margin of error 1,96 × s ÷ √n, under the line keys given. */
function measuredMeanBox(
  id: GlassBoxId,
  m: MeasuredSatisfaction | null,
  keys: { none: string; mean: string; margin: string },
  rules: GlassLine[],
): GlassBoxModel {
  if (!m) return { id, shown: null, computed: null, lines: [line(keys.none)], rules };
  const sd = (m.marginOfError * Math.sqrt(m.sampleSize)) / P.Z95;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  return {
    id,
    shown: m.marginOfError,
    computed: (P.Z95 * sd) / Math.sqrt(m.sampleSize),
    lines: [
      line(keys.mean, { n: count(m.sampleSize), mean: surveyShare(m.mean) }),
      line(keys.margin, {
        sd: decimal(sd),
        n: count(m.sampleSize),
        margin: { value: m.marginOfError * 100, format: 'points' },
        low: surveyShare(clamp(m.mean - m.marginOfError)),
        high: surveyShare(clamp(m.mean + m.marginOfError)),
      }),
    ],
    rules,
  };
}

/** True when the formula's result is the card's figure (up to floating-point rounding). */
export function resultMatches(model: GlassBoxModel): boolean {
  if (model.shown === null || model.computed === null) return false;
  return Math.abs(model.shown - model.computed) <= 1e-9 * Math.max(1, Math.abs(model.shown));
}
