/**
 * A programme's measured effect in words, the same in the dashboard's programme table and in the
 * Bilan (app/programmeEffect.ts reads the estimate): the extra margin ± its 95 % error with what it
 * shows and where it comes from, and the ROI ± its error, or why there is none. Pure: locale passed in.
 */
import type { ProgrammeKpi } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatShare, formatSignedMoney, formatSignedShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import { effectVerdict, fragileEstimate, roiMarginOfError, type EffectVerdict, type VerdictInput } from '../../app/programmeEffect.ts';
import { minimumForControl, programmeNoControl } from '../../app/noControlReason.ts';
import { translateCount } from '../../i18n/plural.ts';
import { periodInSentence, periodNumber, type TickUnit } from './period.ts';

type Measured = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'controlGroup' | 'roi' | 'costToDate' | 'targeted' | 'withoutConsent'> &
  Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick' | 'setupUntilTick' | 'setupCost'>>;
/** what the ROI and its status read: the estimate, its error, the cost (a programme, or several combined: app/programmeEffect.ts combinedEffect) */
type RoiEstimate = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'roi' | 'costToDate'> &
  Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick' | 'setupUntilTick' | 'setupCost'>>;

/** The last period whose KPIs are shown (the estimate runs to it) and the scenario's period unit. */
export interface MeasureSpan {
  through: number;
  unit: TickUnit;
}

/**
 * Which periods a stopped programme's estimate covers: the engine measures it against its control
 * group from its launch to the last period played, after its stop too (its lasting effect, QA class
 * F1): « mesuré sur les semaines 1 à 52, programme arrêté semaine 5 ». Null for a running programme
 * (measured since its launch, as its « Depuis » says), one without a control group, or without a span.
 */
export function measureSpanText(locale: Locale, p: Pick<ProgrammeKpi, 'incrementalMarginToDate'> & Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick'>>, span?: MeasureSpan): string | null {
  if (!span || p.incrementalMarginToDate === null || p.startTick === undefined || p.endTick === undefined) return null;
  return translate(locale, `dashboard.programmes.measuredSpan.${span.unit}`, {
    from: periodNumber(p.startTick),
    to: periodNumber(Math.max(span.through, p.startTick)),
    stopped: periodNumber(p.endTick),
  });
}

export interface MarginText {
  /** « 5 972 € ± 10 254 € », or null without a control group */
  value: string | null;
  /** what the estimate shows and its source (« effet non démontré, estimé par comparaison… »), or why it is not measured */
  note: string;
}

/** Why a programme without control group is not measured: a small target, or too few consented (N of M) and what to do (QA4 F1). */
function unmeasuredText(locale: Locale, p: Measured): string {
  const why = programmeNoControl(p);
  // a small target: the target size that gives one (app/noControlReason.ts minimumForControl), as the decisions form says
  if (why?.reason !== 'consent') return translate(locale, 'dashboard.programmes.effect.unmeasured', { needed: formatNumber(locale, why?.needed ?? minimumForControl()) });
  return translateCount(locale, 'dashboard.programmes.effect.unmeasuredConsent', why.consented, {
    count: formatNumber(locale, why.consented),
    targeted: formatNumber(locale, why.targeted),
  });
}

/** « 322 non contactés (RGPD) » under the enrolled count: the target's customers left out for want of consent (QA4 F2), null when none. */
export function notContactedText(locale: Locale, p: Pick<ProgrammeKpi, 'withoutConsent'>): string | null {
  const n = p.withoutConsent ?? 0;
  return n > 0 ? translateCount(locale, 'dashboard.programmes.notContacted', n, { count: formatNumber(locale, n) }) : null;
}

/**
 * The step an estimate and its error are written to when its effect is not shown: two significant
 * digits of the error, never finer than `finest` (1 € for a margin, 0,1 % for an ROI). QA expert F26:
 * « −28 326 € ± 62 429 € », ROI « −1 198,3 % ± 2 906,4 % » claimed digits the control group cannot give.
 */
export function roundingStep(error: number, finest: number): number {
  if (!(error > 0) || !Number.isFinite(error)) return finest;
  return Math.max(10 ** (Math.floor(Math.log10(error)) - 1), finest);
}

const roundTo = (x: number, step: number): number => Math.round(x / step) * step + 0; // + 0: never « −0 »

/**
 * An estimate whose effect is not shown (verdict noEffect), the interval first, rounded to its error's
 * two significant digits: « entre −90 000 € et +34 000 € (estimation −28 000 € », then, in one piece under it in a
 * narrow column, « ± 62 000 €) ».
 * `kind`: money (euros) or an ROI (a share, 4.295 = +429,5 %).
 */
function intervalFirst(locale: Locale, value: number, error: number, kind: 'money' | 'roi'): EstimateParts {
  const step = roundingStep(error, kind === 'money' ? 1 : 0.001);
  const v = roundTo(value, step);
  const e = roundTo(error, step);
  // an ROI's step 0,001 is 0,1 %: one decimal; 0,01 (1 %) and coarser: none
  const digits = kind === 'roi' ? Math.max(0, Math.round(-Math.log10(step)) - 2) : 0;
  const signed = (x: number) => (kind === 'money' ? formatSignedMoney(locale, x) : formatSignedShare(locale, x, digits));
  const plain = (x: number) => (kind === 'money' ? formatMoney(locale, x) : formatShare(locale, x, digits));
  return {
    value: translate(locale, 'dashboard.programmes.interval', { low: signed(v - e), high: signed(v + e), value: kind === 'money' ? plain(v) : signed(v) }),
    error: translate(locale, 'dashboard.programmes.intervalError', { error: plain(e) }),
  };
}

/**
 * « 5 972 € ± 10 254 € »: an extra margin with its 95 % error (one programme, or several combined); when
 * the estimate shows no effect (`verdict` noEffect), its interval first, rounded: « entre −90 000 € et
 * +34 000 € (estimation −28 000 € ± 62 000 €) ».
 */
export function marginWithError(locale: Locale, margin: number, error: number | null, verdict?: EffectVerdict): string {
  if (verdict === 'noEffect' && error !== null) {
    const parts = intervalFirst(locale, margin, error, 'money');
    return `${parts.value} ${parts.error}`;
  }
  return translate(locale, 'dashboard.programmes.marginError', { margin: formatMoney(locale, margin), error: formatMoney(locale, error ?? 0) });
}

export function programmeMarginText(locale: Locale, p: Measured, span?: MeasureSpan, unit = span?.unit): MarginText {
  if (p.incrementalMarginToDate === null) return { value: null, note: unmeasuredText(locale, p) };
  const status = effectStatusText(locale, p, unit);
  // a small control group: said where the estimate's source is (a few big spenders weigh a lot in it)
  const source = fragileEstimate(p)
    ? translateCount(locale, 'dashboard.programmes.estimateFragile', p.controlGroup, { n: formatNumber(locale, p.controlGroup) })
    : translate(locale, 'dashboard.programmes.estimate', { n: formatNumber(locale, p.controlGroup) });
  const covered = measureSpanText(locale, p, span);
  return {
    value: marginWithError(locale, p.incrementalMarginToDate, p.incrementalMarginError, effectVerdict(p)),
    note: covered ? `${status}, ${source}, ${covered}` : `${status}, ${source}`,
  };
}

/** An estimate and its « ± error » apart, so that a narrow number column writes the error under the figure. */
export interface EstimateParts {
  /** « −8 910 € », « −437,6 % » */
  value: string;
  /** « ± 46 138 € », « ± 972,2 % » */
  error: string;
}

/** The extra margin of programmeMarginText in two parts (no effect shown: the interval, then the estimate); null without a control group (the note says why). */
export function programmeMarginParts(locale: Locale, p: Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'costToDate'>): EstimateParts | null {
  if (p.incrementalMarginToDate === null) return null;
  if (effectVerdict(p) === 'noEffect') return intervalFirst(locale, p.incrementalMarginToDate, p.incrementalMarginError ?? 0, 'money');
  return { value: formatMoney(locale, p.incrementalMarginToDate), error: translate(locale, 'dashboard.programmes.errorPart', { error: formatMoney(locale, p.incrementalMarginError ?? 0) }) };
}

/** The ROI of programmeRoiText in two parts (no effect shown: the interval, then the estimate); null when it is not measured or there is none (programmeRoiText says so). */
export function programmeRoiParts(locale: Locale, p: RoiEstimate): EstimateParts | null {
  if (p.incrementalMarginToDate === null || p.roi === null) return null;
  if (effectVerdict(p) === 'noEffect') return intervalFirst(locale, p.roi, roiMarginOfError(p) ?? 0, 'roi');
  return { value: formatRoi(locale, p.roi), error: translate(locale, 'dashboard.programmes.errorPart', { error: formatShare(locale, roiMarginOfError(p) ?? 0) }) };
}

/**
 * « +429,5 % ± 12,3 % »; when the estimate shows no effect, its interval first, rounded: « entre −4 100 % et
 * +1 700 % (estimation −1 200 % ± 2 900 %) ». `exact`: the figures as computed, whatever the verdict (the
 * glass box's formula, whose result is checked against its terms).
 */
export function programmeRoiText(locale: Locale, p: RoiEstimate, exact = false): string {
  if (p.incrementalMarginToDate === null) return translate(locale, 'dashboard.programmes.roiUnmeasured');
  if (p.roi === null) return translate(locale, 'dashboard.programmes.roiNone');
  if (!exact && effectVerdict(p) === 'noEffect') {
    const parts = intervalFirst(locale, p.roi, roiMarginOfError(p) ?? 0, 'roi');
    return `${parts.value} ${parts.error}`;
  }
  return translate(locale, 'dashboard.programmes.marginError', { margin: formatRoi(locale, p.roi), error: formatShare(locale, roiMarginOfError(p) ?? 0) });
}

/**
 * What the estimate shows, in words, from the one verdict (app/programmeEffect.ts effectVerdict): the
 * effect on the margin and the profitability told apart (« effet sur la marge démontré ; rentabilité non
 * démontrée… », « rentable (démontré)… », « perte démontrée… »), or « non mesurable » without a control group.
 */
export function effectStatusText(locale: Locale, p: VerdictInput, unit?: TickUnit): string {
  const verdict = effectVerdict(p);
  return verdict === 'unmeasured' ? translate(locale, 'dashboard.programmes.roiUnmeasured') : translate(locale, `dashboard.programmes.effect.${verdict}`, verdictParams(locale, p, unit));
}

/**
 * What the set-up verdicts say (effectVerdict `setup`, `setupNotRepaid`): the period after which the effect can be judged
 * (« la semaine 7 », the first period the effect acts; « la période 7 » when the screen does not give the unit) and the
 * one-off set-up cost. Empty for the other programmes.
 */
export function verdictParams(locale: Locale, p: VerdictInput, unit?: TickUnit): { period?: string; setup?: string } {
  const out: { period?: string; setup?: string } = {};
  if (p.setupUntilTick !== undefined) {
    const at = unit ? periodInSentence(unit, p.setupUntilTick) : { key: 'dashboard.programmes.setupPeriod' as const, params: { n: periodNumber(p.setupUntilTick) } };
    out.period = translate(locale, at.key, at.params);
  }
  if (p.setupCost !== undefined) out.setup = formatMoney(locale, p.setupCost);
  return out;
}

/**
 * The ROI in one line where there is no separate effect column (the decisions screen's running
 * programmes): its value ± error then what the estimate shows (« −437,6 % ± 972,2 % — effet non
 * démontré : dans la marge d’erreur »), or why there is none (« non mesurable », « pas encore de coût »);
 * a stopped programme's adds the periods its estimate covers (measureSpanText).
 */
export function programmeRoiLine(locale: Locale, p: RoiEstimate, span?: MeasureSpan, exact = false, unit = span?.unit): string {
  const roiText = programmeRoiText(locale, p, exact);
  if (p.incrementalMarginToDate === null || p.roi === null) return roiText;
  const line = translate(locale, 'dashboard.programmes.roiWithEffect', { roi: roiText, effect: effectStatusText(locale, p, unit) });
  const covered = measureSpanText(locale, p, span);
  return covered ? `${line}, ${covered}` : line;
}
