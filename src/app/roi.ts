/**
 * The return on investment of loyalty programmes: one definition and one way of writing it, for
 * every screen that shows it (dashboard programmes table, running programmes on the decisions
 * screen, the charts' table, the glass box, the debrief's programmes and overall ROI), so the same
 * programme reads the same everywhere (it read « +430 % », « 429,5 % » and « 432 % »).
 *
 * Definition (the engine's, src/engine/programmes.ts): ROI = (incremental margin − cost) ÷ cost,
 * none while nothing has been spent. The cost is what the budget paid, a financial advantage's discounts
 * included; the incremental margin is counted at list price, so each euro of discount is taken off once. Written signed with one decimal: « +429,5 % », « −12,0 % ».
 * An estimated ROI (or extra margin) is written one way, whatever its verdict (estimateInterval, QA play F2: a shown loss read
 * « −96,0 % ± 33,1 % » beside « entre −500 % et +180 % (estimation −160 % ± 340 %) » in the same list): its interval first,
 * then the estimate ± its error, rounded to two significant digits of the error. An extra margin whose estimate is lost in
 * its error (ESTIMATE_MIN_SHARE) is written as its interval alone, with « gain ou perte : impossible à dire ».
 */
import { translate, type Locale } from '../i18n/translate.ts';
import { formatMoney, formatShare, formatSignedMoney, formatSignedShare } from './format.ts';

/** (incremental margin − cost) ÷ cost; null when nothing was spent. */
export function roi(incrementalMargin: number, cost: number): number | null {
  return cost > 0 ? (incrementalMargin - cost) / cost : null;
}

/**
 * When an ROI is too uncertain to put a figure on (issue #4, a self-learner: « ROI 340 % (−2 100 % à +2 800 %) »). The ROI
 * is the extra margin less the cost, per euro of cost; the cost is known, only the extra margin is estimated, against the
 * control group (src/engine/README.md, « Mesurer l'effet d'un programme : le groupe témoin »: estimate ± 1,96 standard
 * errors of the members' and control customers' mean margins, times the members). So the ROI's 95 % half-width is the
 * margin's divided by the cost (programmeEffect.ts roiMarginOfError): a small cost or a noisy control group (heavy-tailed
 * spending, a few big buyers) blows it up, and the ratio then shows the noise of the control group, not the programme.
 *
 * The bound: ROI_MAX_ERROR = 1, a half-width of 100 points, the margin's uncertainty larger than the whole cost. Past it,
 * for every euro spent the programme may have brought back one euro more or one euro less than the estimate says: the
 * interval spans more than 200 points, more than the whole way from « did nothing, lost its cost » (−100 %) to « paid its
 * cost back twice » (+100 %), so no figure of it guides a decision, and its ends (−2 100 %: the programme would have
 * destroyed 21 times its cost in margin) are readings of the noise. The screens then say « trop incertain pour être
 * chiffré » and give the two figures the ROI is made of, each one sure of itself: the extra margin with its interval in
 * euros, and the cost. The verdict beside it (effectVerdict) is unchanged: it reads the margin's interval, not the ratio.
 * Every screen reads it through app/programmeEffect.ts roiReliability, the glass box too: its formula then shows the ratio's
 * terms and the verdict, no figure (QA qa19 F3: « +5 520,2 % ± 2 645,2 % » there, « trop incertain » in the Bilan).
 * How often: on each shop's default seed, one programme launched at the first period and read after 4, 13, 26 periods and
 * at the end (bakery and sport; club on the whole base or the good customers, 10 % coupon on the whole base, reminder to
 * the good customers), the half-widths were 160 to 1 330 points, all past the bound, but for the sport reminder (66 to 89
 * points). So in a usual game most ROIs read « trop incertain », and the lesson is the one of the figures beside: the extra
 * margin's interval against the cost. One constant to move if a class wants the ratio more often.
 */
export const ROI_MAX_ERROR = 1;

/** Whether an ROI of that 95 % half-width (a share, roiMarginOfError) is too uncertain to be written as a figure. */
export function roiTooUncertain(error: number | null): boolean {
  return error !== null && error > ROI_MAX_ERROR;
}

/** An ROI (a share: 4.295 = +429,5 %) written the one way every screen writes it. */
export function formatRoi(locale: Locale, value: number): string {
  return formatSignedShare(locale, value, 1);
}

/**
 * The step an estimate and its error are written to: two significant digits of the error, never finer than `finest`
 * (1 € for a margin, 0,1 % for an ROI). QA expert F26: « −28 326 € ± 62 429 € », ROI « −1 198,3 % ± 2 906,4 % » claimed
 * digits the control group cannot give.
 */
export function roundingStep(error: number, finest: number): number {
  if (!(error > 0) || !Number.isFinite(error)) return finest;
  return Math.max(10 ** (Math.floor(Math.log10(error)) - 1), finest);
}

const roundTo = (x: number, step: number): number => Math.round(x / step) * step + 0; // + 0: never « −0 »

/**
 * Below this share of its 95 % error, an extra margin's estimate is not written (QA hqa3 F9): the club at week 6,
 * −365 € ± 10 409 € for 1 306 € spent, read « entre −10 000 € et +10 000 € (estimation 0 € ± 10 000 €) », and a student
 * reads « 0 € » as « no effect ». Under a tenth of its error the interval is more than twenty times as wide as the estimate
 * (at the error's two significant digits the estimate keeps one at most, often none: « 0 € »): it tells neither the sign
 * nor the size of the effect, only the interval does. An ROI keeps its estimate: 0 % there is a figure (the cost paid back).
 */
export const ESTIMATE_MIN_SHARE = 0.1;

/** An estimate in two parts, so that a narrow number column writes the second under the first. */
export interface EstimateParts {
  /** « entre −1 300 % et −630 % (estimation −960 % » */
  value: string;
  /** « ± 330 %) » */
  error: string;
}

/**
 * An estimate and its 95 % error, the one notation of every verdict (QA play F2): the interval first, rounded to the
 * error's two significant digits: « entre −90 000 € et +34 000 € (estimation −28 000 € », then, in one piece under it in a
 * narrow column, « ± 62 000 €) ». Whether the interval holds 0 is read the same way for a shown effect and for one that
 * is not (the verdict beside it says which). `kind`: money (euros) or an ROI (a share, 4.295 = +429,5 %).
 */
export function estimateInterval(locale: Locale, value: number, error: number, kind: 'money' | 'roi'): EstimateParts {
  const step = roundingStep(error, kind === 'money' ? 1 : 0.001);
  const v = roundTo(value, step);
  const e = roundTo(error, step);
  // an ROI's step 0,001 is 0,1 %: one decimal; 0,01 (1 %) and coarser: none
  const digits = kind === 'roi' ? Math.max(0, Math.round(-Math.log10(step)) - 2) : 0;
  const signed = (x: number) => (kind === 'money' ? formatSignedMoney(locale, x) : formatSignedShare(locale, x, digits));
  const plain = (x: number) => (kind === 'money' ? formatMoney(locale, x) : formatShare(locale, x, digits));
  // lost in its error: the interval alone, and why there is no estimate (in `value`: a narrow column wraps it)
  if (kind === 'money' && Math.abs(value) < ESTIMATE_MIN_SHARE * error)
    return { value: translate(locale, 'dashboard.programmes.intervalOnly', { low: signed(v - e), high: signed(v + e) }), error: '' };
  return {
    value: translate(locale, 'dashboard.programmes.interval', { low: signed(v - e), high: signed(v + e), value: kind === 'money' ? plain(v) : signed(v) }),
    error: translate(locale, 'dashboard.programmes.intervalError', { error: plain(e) }),
  };
}

/** An estimated ROI ± its error in one piece (estimateInterval): « entre −130 % et −63 % (estimation −96 % ± 33 %) ». */
export function formatRoiEstimate(locale: Locale, value: number, error: number): string {
  return estimateText(estimateInterval(locale, value, error, 'roi'));
}

/** An estimate's two parts in one piece (the second is empty when it is lost in its error). */
export function estimateText(parts: EstimateParts): string {
  return parts.error ? `${parts.value} ${parts.error}` : parts.value;
}
