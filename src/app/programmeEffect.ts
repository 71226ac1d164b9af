/**
 * What a programme's measured effect says (engine: src/engine/controlGroup.ts, programmes.ts). The
 * engine estimates the margin a programme added by comparing its members with a control group
 * (groupe témoin) held out of its target at launch, with the 95 % half-width of that estimate. Every
 * screen reads the estimate the same way (effectVerdict): its effect on the margin, then its
 * profitability once its cost is taken off (the ROI's interval), never one for the other (QA teacher
 * F1: « gain démontré » beside a ROI interval that held a loss). The extra margin is at list price and the
 * cost holds a financial advantage's discounts (the engine's accounting): margin − cost counts a discount once.
 * And the members-vs-control comparison, one point per period since the programme's launch (after
 * its stop too: the engine measures it to the end of the game), for a chart.
 */
import type { ProgrammeComparison, ProgrammeKpi, TickKpis } from '../engine/types.ts';
import { roi, roiTooUncertain } from './roi.ts';

/**
 * What a screen may say of a programme: its effect on the margin (the extra margin's interval,
 * estimate ± error, above 0) and its profitability (the margin minus the cost, the same interval
 * shifted by the cost: the ROI's interval). One verdict for every screen (dashboard, decisions,
 * charts, glass box, Bilan), so a label never claims more than the ROI shown beside it:
 * - `unmeasured`: no control group;
 * - `noEffect`: the extra margin's interval holds 0 (and the cost is within it too);
 * - `marginOnly`: the extra margin is shown above 0, but the ROI's interval holds 0: profitability not shown;
 * - `profitable`: even at the bottom of its interval the extra margin exceeds the cost (the ROI's interval is above 0);
 * - `marginButLoss`: the extra margin is shown above 0, but even at the top of its interval it does not cover the cost;
 * - `loss`: the extra margin, at the top of its interval, does not cover the cost (the ROI's interval is below 0).
 * Two verdicts of a slow programme's start (QA play F1: a relance personnalisée read « perte démontrée » one week after its
 * launch, while its form promised first effects after 6 periods of set-up; a learner reads it as « stop it now », the
 * opposite of what the course says of slow strategies):
 * - `setup`: still within its set-up delay (the engine's setupUntilTick): its cost, set-up included, is paid, no effect
 *   is expected yet, so nothing is judged (whatever the estimate: any gap is chance);
 * - `setupNotRepaid`: running, past its set-up, in loss to date (`loss` or `marginButLoss`), but only because of its one-off
 *   set-up cost: at the top of its interval the extra margin covers its cost without the set-up. A programme's running
 *   cost is what stopping it saves, the set-up is spent either way; so « perte démontrée » is said only when the margin
 *   does not cover even the running cost, or once the programme is stopped (its whole cost is then the lesson).
 */
export type EffectVerdict =
  | 'unmeasured'
  | 'setup'
  | 'tooSmall'
  | 'tooEarly'
  | 'noEffect'
  | 'marginOnly'
  | 'profitable'
  | 'setupNotRepaid'
  | 'marginButLoss'
  | 'loss';

/**
 * What effectVerdict reads: the estimate and its cost, and for a programme (not a sum of several) its set-up and whether it
 * stopped, its control group's size and its launch (a sum of several: its smallest control group and its latest launch).
 */
export type VerdictInput = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'costToDate'> &
  Partial<Pick<ProgrammeKpi, 'setupUntilTick' | 'setupCost' | 'endTick' | 'controlGroup' | 'startTick'>>;

/**
 * When an estimate is too weak for any « démontré » verdict, gain or loss (QA shops F6: « perte démontrée » beside « estimation
 * fragile » for a relance with 36 control customers, its interval −70 000 € to +8 000 €; « profit proven » for a discount after
 * ONE week, « no proven effect » two weeks later). The interval (engine: programmes.ts incrementalError) is a normal
 * approximation, estimate ± 1,96 standard errors of the difference of two means; it is computed right, but customers' spending
 * is heavy-tailed (a few big buyers, most buying nothing in a given week: skewness 4 to 12 in the four shops), and the normal
 * approximation only holds for large groups and several periods of purchases. Measured on the four shops (no effect at all,
 * random control groups, members 9 × the control group: how often a 95 % interval wrongly excludes 0, instead of 5 %):
 * 10 to 24 % with 36 control customers, 7 to 13 % with 100; after one period 11 to 13 % even with 100, about 8 % with 100
 * after 4 periods. So below VERDICT_MIN_CONTROL control customers, or before VERDICT_MIN_PERIODS periods measured since the
 * launch, no verdict « démontré » either way: `tooSmall` (« groupe témoin trop petit pour conclure »), `tooEarly` (« trop tôt
 * pour conclure »). Written for the teacher in src/engine/README.md (« Quand dire « démontré » »).
 */
export const VERDICT_MIN_CONTROL = 100;
export const VERDICT_MIN_PERIODS = 4;

/** The periods measured since the launch, the KPIs of `through` included (a sum of several: since its latest launch). */
export function measuredPeriods(p: Pick<VerdictInput, 'startTick'>, through: number): number | null {
  return p.startTick === undefined ? null : through - p.startTick + 1;
}

/**
 * `through`: the tick of the KPIs read (their last period), for the `tooEarly` rule; without it (or without `startTick`) the
 * rule on periods is not applied, the one on the control group's size is.
 */
export function effectVerdict(p: VerdictInput, through?: number): EffectVerdict {
  const margin = p.incrementalMarginToDate;
  if (margin === null) return 'unmeasured';
  if (p.setupUntilTick !== undefined && p.endTick === undefined) return 'setup';
  const verdict = estimateVerdict(p, margin);
  // a verdict « démontré » (a gain or a loss beyond the interval) needs an interval that can be trusted
  if (verdict === 'noEffect' || verdict === 'setupNotRepaid') return verdict;
  if (p.controlGroup !== undefined && p.controlGroup > 0 && p.controlGroup < VERDICT_MIN_CONTROL) return 'tooSmall';
  const periods = through === undefined ? null : measuredPeriods(p, through);
  if (periods !== null && periods < VERDICT_MIN_PERIODS) return 'tooEarly';
  return verdict;
}

/** What the interval says, whatever its reliability (effectVerdict). */
function estimateVerdict(p: VerdictInput, margin: number): EffectVerdict {
  const error = p.incrementalMarginError ?? 0;
  const cost = Math.max(0, p.costToDate);
  const marginShown = margin - error > 0;
  if (margin - error > cost) return 'profitable';
  if (margin + error < cost) {
    const setup = p.endTick === undefined ? (p.setupCost ?? 0) : 0;
    if (setup > 0 && margin + error >= cost - setup) return 'setupNotRepaid';
    return marginShown ? 'marginButLoss' : 'loss';
  }
  return marginShown ? 'marginOnly' : 'noEffect';
}

/** Whether the verdict leaves the effect unknown (the interval holds 0, or it is too weak to conclude): such estimates are not ranked. */
export function effectNotShown(verdict: EffectVerdict): boolean {
  return verdict === 'noEffect' || verdict === 'tooSmall' || verdict === 'tooEarly';
}

/**
 * Whether the estimate is too weak for any verdict (too few controls or periods): its interval may leave out 0 and prove
 * nothing, so its figures are flagged « peu fiable » where they are, on the dashboard and in the Bilan (QA qa13 S1).
 */
export function unreliableEstimate(verdict: EffectVerdict): boolean {
  return verdict === 'tooSmall' || verdict === 'tooEarly';
}

/**
 * How surely an ROI is known: the one classification every text that writes an ROI reads (dashboard, decisions, charts,
 * glass box, Bilan, missions; QA qa19 F3: the Bilan said « non chiffrable (trop incertain) » and the glass box, for the same
 * programme, « +5 520,2 % ± 2 645,2 % »):
 * - `tooUncertain`: its 95 % interval is wider than app/roi.ts ROI_MAX_ERROR allows (the extra margin's error exceeds the
 *   cost): no ROI figure anywhere, the glass box included (its formula then ends on the verdict, not on a number);
 * - `unreliable`: a figure, flagged « peu fiable » with its margin: too few control customers or periods (unreliableEstimate),
 *   and the verdict says why (« avec 62 clients témoins, cet écart peut venir du hasard »);
 * - `reliable`: a figure.
 */
export type RoiReliability = 'reliable' | 'unreliable' | 'tooUncertain';

export function roiReliability(p: VerdictInput, through?: number): RoiReliability {
  if (roiTooUncertain(roiMarginOfError(p))) return 'tooUncertain';
  return unreliableEstimate(effectVerdict(p, through)) ? 'unreliable' : 'reliable';
}

/**
 * Whether a screen listing these programmes must warn against ranking them by their estimates: two or more
 * programmes and at least one whose effect is not shown (`noEffect`). Its interval holds 0, so its true effect may
 * be on either side, and its estimate can put a losing programme above a winning one (QA verify3 V3, sport: club
 * argent +47 % vs club sympathie/orgueil +15 %, true effects −3 642 € vs +13 854 €).
 */
export function rankingNotShown(programmes: readonly VerdictInput[], through?: number): boolean {
  return programmes.length >= 2 && programmes.some((p) => effectNotShown(effectVerdict(p, through)));
}

/**
 * Below this many held-out customers an estimate is fragile: customers' spending is heavy-tailed, and
 * a few big spenders drawn into (or left out of) a small control group move its margin per customer a lot
 * (the same threshold as the verdict's, VERDICT_MIN_CONTROL: a fragile estimate is never « démontré »).
 */
export const FRAGILE_CONTROL_GROUP = VERDICT_MIN_CONTROL;

/** Whether the programme's control group is small enough for its estimate to be fragile (none: not measured, so not said). */
export function fragileEstimate(p: Pick<ProgrammeKpi, 'controlGroup'>): boolean {
  return p.controlGroup > 0 && p.controlGroup < FRAGILE_CONTROL_GROUP;
}

/**
 * Whether the programme cost more than it brought, beyond the noise (its estimate's upper bound is below its cost), and
 * not only for its set-up (effectVerdict's `loss` or `marginButLoss`: a programme still in set-up, or that has not yet
 * repaid its one-off set-up, is not a proven loss).
 */
export function provenLoss(p: VerdictInput, through?: number): boolean {
  if (p.incrementalMarginToDate === null || p.costToDate <= 0) return false;
  const verdict = effectVerdict(p, through);
  return verdict === 'loss' || verdict === 'marginButLoss';
}

/**
 * Half-width of the ROI's 95 % interval: the incremental margin's, divided by the cost (the cost is
 * known, only the margin is estimated); null without control group or before any cost.
 */
export function roiMarginOfError(p: Pick<VerdictInput, 'incrementalMarginError' | 'costToDate'>): number | null {
  return p.incrementalMarginError === null || p.costToDate <= 0 ? null : p.incrementalMarginError / p.costToDate;
}

/** Several programmes' effects taken together (the Bilan's overall ROI): what they are and how surely they are known. */
export interface CombinedEffect {
  /** the programmes measured against a control group, in their given order (the others have no estimate) */
  measured: readonly ProgrammeKpi[];
  /** summed incremental margin of the measured programmes, null when none is measured */
  incrementalMarginToDate: number | null;
  /**
   * 95 % half-width of that sum: the programmes' own half-widths added in quadrature (each is estimated
   * against its own control group, drawn apart), null when none is measured
   */
  incrementalMarginError: number | null;
  /** what the measured programmes cost */
  costToDate: number;
  /** (summed margin − cost) ÷ cost (app/roi.ts); null when nothing was spent on them */
  roi: number | null;
  /**
   * how many measured programmes are still within their set-up delay (effectVerdict `setup`): their cost is in the sum but
   * no effect of theirs is expected yet, so the sum's verdict is not given (QA: the overall line said « perte démontrée »
   * while each programme's own line said « en mise en place »)
   */
  inSetup: number;
  /**
   * the one-off set-up cost of the measured programmes still running (effectVerdict's rule for one programme, applied to
   * the sum: a loss to date that the margin would cover without it is `setupNotRepaid`, not « perte démontrée »); absent when 0
   */
  setupCost?: number;
  /**
   * the smallest control group and the latest launch of the measured programmes: the sum is no surer than its least sure part,
   * so its verdict follows effectVerdict's rules on them (`tooSmall`, `tooEarly`); absent when none is measured
   */
  controlGroup?: number;
  startTick?: number;
}

export function combinedEffect(programmes: readonly ProgrammeKpi[]): CombinedEffect {
  const measured = programmes.filter((p) => p.incrementalMarginToDate !== null);
  if (measured.length === 0) return { measured, incrementalMarginToDate: null, incrementalMarginError: null, costToDate: 0, roi: null, inSetup: 0 };
  let margin = 0;
  let variance = 0;
  let cost = 0;
  let inSetup = 0;
  let setupCost = 0;
  let controlGroup = Infinity;
  let startTick = -Infinity;
  for (const p of measured) {
    controlGroup = Math.min(controlGroup, p.controlGroup);
    startTick = Math.max(startTick, p.startTick);
    margin += p.incrementalMarginToDate!;
    variance += (p.incrementalMarginError ?? 0) ** 2;
    cost += p.costToDate;
    if (effectVerdict(p) === 'setup') inSetup += 1;
    if (p.endTick === undefined) setupCost += p.setupCost ?? 0;
  }
  const out: CombinedEffect = {
    measured,
    incrementalMarginToDate: margin,
    incrementalMarginError: Math.sqrt(variance),
    costToDate: cost,
    roi: roi(margin, cost),
    inSetup,
    controlGroup,
    startTick,
  };
  if (setupCost > 0) out.setupCost = setupCost;
  return out;
}

export interface ComparisonPoint extends ProgrammeComparison {
  tick: number;
}

/** Members vs control group period after period (with a control group: from its launch on, after its stop too). */
export function comparisonSeries(kpis: readonly TickKpis[], programmeId: string): ComparisonPoint[] {
  const out: ComparisonPoint[] = [];
  for (const k of kpis) {
    const p = k.programmes.find((x) => x.id === programmeId);
    if (p?.comparison) out.push({ tick: k.tick, ...p.comparison });
  }
  return out;
}
