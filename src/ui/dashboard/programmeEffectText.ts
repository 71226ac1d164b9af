/**
 * A programme's measured effect in words, the same in the dashboard's programme table and in the
 * Bilan (app/programmeEffect.ts reads the estimate): the extra margin ± its 95 % error with what it
 * shows and where it comes from, and the ROI ± its error, or why there is none. Pure: locale passed in.
 */
import type { ProgrammeKpi } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatShare } from '../../app/format.ts';
import { estimateInterval, estimateText, formatRoi, formatRoiEstimate, roundingStep, type EstimateParts } from '../../app/roi.ts';
import { effectVerdict, fragileEstimate, roiMarginOfError, roiReliability, VERDICT_MIN_CONTROL, VERDICT_MIN_PERIODS, type EffectVerdict, type VerdictInput } from '../../app/programmeEffect.ts';
import { minimumForControl, programmeNoControl } from '../../app/noControlReason.ts';
import { translateCount } from '../../i18n/plural.ts';
import { consentAdviceText, launchedAdvice, type CollectionHistory } from '../../app/collectionAdvice.ts';
import { periodInSentence, periodNumber, type TickUnit } from './period.ts';

type Measured = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'controlGroup' | 'roi' | 'costToDate' | 'targeted' | 'withoutConsent'> &
  Partial<Pick<ProgrammeKpi, 'id' | 'startTick' | 'endTick' | 'setupUntilTick' | 'setupCost'>>;
/** what the ROI and its status read: the estimate, its error, the cost (a programme, or several combined: app/programmeEffect.ts combinedEffect) */
type RoiEstimate = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'roi' | 'costToDate'> &
  Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick' | 'setupUntilTick' | 'setupCost' | 'controlGroup'>>;

/** The last period whose KPIs are shown (the estimate runs to it) and the scenario's period unit. */
export interface MeasureSpan {
  through: number;
  unit: TickUnit;
}

/**
 * Which periods a stopped programme acted and which its estimate covers: the engine measures it
 * against its control group from its launch to the last period played, after its stop too (its
 * lasting effect, QA class F1). A stop applies at the start of its tick (endTick: nothing spent,
 * nothing done then), so the programme acted from startTick to endTick − 1: « programme actif
 * semaines 1 à 4, arrêté au début de la semaine 5 ; effet mesuré sur les semaines 1 à 52 (après-coup
 * compris) » (QA today 12: « mesuré sur les semaines 1 à 7, programme arrêté semaine 7 » read as
 * « ran through week 7 »). Null for a running programme (measured since its launch, as its « Depuis »
 * says), one without a control group, or without a span.
 */
export function measureSpanText(locale: Locale, p: Pick<ProgrammeKpi, 'incrementalMarginToDate'> & Partial<Pick<ProgrammeKpi, 'startTick' | 'endTick'>>, span?: MeasureSpan): string | null {
  if (!span || p.incrementalMarginToDate === null || p.startTick === undefined || p.endTick === undefined) return null;
  const acted = p.endTick - p.startTick;
  const form = acted <= 0 ? 'atLaunch' : acted === 1 ? 'single' : 'range';
  return translate(locale, `dashboard.programmes.measuredSpan.${span.unit}.${form}`, {
    first: periodNumber(p.startTick),
    last: periodNumber(p.endTick - 1),
    stopped: periodNumber(p.endTick),
    to: periodNumber(Math.max(span.through, p.startTick)),
  });
}

export interface MarginText {
  /** « 5 972 € ± 10 254 € », or null without a control group */
  value: string | null;
  /** what the estimate shows and its source (« effet non démontré, estimé par comparaison… »), or why it is not measured */
  note: string;
}

/**
 * Why a programme without control group is not measured: a small target, or too few consented (N of M) and what to do (QA4 F1),
 * knowing the data collections run before or since its launch when `history` is given (app/collectionAdvice.ts, QA qa4 #8).
 */
function unmeasuredText(locale: Locale, p: Measured, unit: TickUnit = 'week', history?: CollectionHistory): string {
  const why = programmeNoControl(p);
  // a small target: the target size that gives one (app/noControlReason.ts minimumForControl), as the decisions form says
  if (why?.reason !== 'consent') return translate(locale, 'dashboard.programmes.effect.unmeasured', {
      needed: formatNumber(locale, why?.needed ?? minimumForControl()),
      // the customers still there at launch, as the engine counted them (QA learner 4)
      targeted: formatNumber(locale, why?.targeted ?? p.targeted),
    });
  return translateCount(locale, 'dashboard.programmes.effect.unmeasuredConsent', why.consented, {
    count: formatNumber(locale, why.consented),
    targeted: formatNumber(locale, why.targeted),
    advice: consentAdviceText(locale, launchedAdvice(history, p.id), 'dashboard', unit),
  });
}

/** « 322 non contactés (RGPD) » under the enrolled count: the target's customers left out for want of consent (QA4 F2), null when none. */
export function notContactedText(locale: Locale, p: Pick<ProgrammeKpi, 'withoutConsent'>): string | null {
  const n = p.withoutConsent ?? 0;
  return n > 0 ? translateCount(locale, 'dashboard.programmes.notContacted', n, { count: formatNumber(locale, n) }) : null;
}

/** The rounding of every estimate (app/roi.ts): re-exported for the screens that wrote it from here. */
export { roundingStep };

/**
 * An extra margin with its 95 % error (one programme, or several combined), written as every estimate is whatever its
 * verdict (app/roi.ts estimateInterval, QA play F2): its interval first, rounded: « entre −90 000 € et +34 000 €
 * (estimation −28 000 € ± 62 000 €) ». `verdict`: kept for the callers, no longer changes the notation.
 */
export function marginWithError(locale: Locale, margin: number, error: number | null, verdict?: EffectVerdict): string {
  void verdict;
  return estimateText(estimateInterval(locale, margin, error ?? 0, 'money'));
}

/** `history`: the run's decisions and data collections, for what to do when too few consented (unmeasuredText). */
export function programmeMarginText(
  locale: Locale,
  p: Measured,
  span?: MeasureSpan,
  unit = span?.unit,
  lastTick?: number,
  through = span?.through,
  history?: CollectionHistory,
): MarginText {
  if (p.incrementalMarginToDate === null) return { value: null, note: unmeasuredText(locale, p, unit, history) };
  const status = effectStatusText(locale, p, unit, lastTick, through);
  // a small control group: said where the estimate's source is (a few big spenders weigh a lot in it)
  const source = fragileEstimate(p)
    ? translateCount(locale, 'dashboard.programmes.estimateFragile', p.controlGroup, { n: formatNumber(locale, p.controlGroup) })
    : translate(locale, 'dashboard.programmes.estimate', { n: formatNumber(locale, p.controlGroup) });
  const covered = measureSpanText(locale, p, span);
  return {
    value: marginWithError(locale, p.incrementalMarginToDate, p.incrementalMarginError),
    note: covered ? `${status}, ${source}, ${covered}` : `${status}, ${source}`,
  };
}

export type { EstimateParts };

/** The extra margin of programmeMarginText in two parts (the interval, then the estimate); null without a control group (the note says why). */
export function programmeMarginParts(locale: Locale, p: Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'costToDate'>): EstimateParts | null {
  if (p.incrementalMarginToDate === null) return null;
  return estimateInterval(locale, p.incrementalMarginToDate, p.incrementalMarginError ?? 0, 'money');
}

/** The ROI of programmeRoiText in two parts (the interval, then the estimate); null when it is not measured or there is none (programmeRoiText says so). */
export function programmeRoiParts(locale: Locale, p: RoiEstimate): EstimateParts | null {
  if (p.incrementalMarginToDate === null || p.roi === null || roiReliability(p) === 'tooUncertain') return null;
  return estimateInterval(locale, p.roi, roiMarginOfError(p) ?? 0, 'roi');
}

/**
 * An ROI as every screen writes it, whatever its verdict (app/roi.ts formatRoiEstimate, QA play F2): its interval first,
 * rounded: « entre −4 100 % et +1 700 % (estimation −1 200 % ± 2 900 %) ». `exact`: the figures as computed, « +429,5 % ±
 * 12,3 % » (the glass box's formula, whose result is checked against its terms). An ROI whose interval is wider than
 * app/roi.ts ROI_MAX_ERROR allows is not written: « non chiffrable (trop incertain) », with the extra margin's interval in
 * euros and the cost (issue #4: « ROI 340 % (−2 100 % à +2 800 %) »); `marginBeside`: the screen shows that margin next to
 * it already (a table's margin column, the Bilan's sentence), so it only says « non chiffrable (trop incertain) ».
 */
export function programmeRoiText(locale: Locale, p: RoiEstimate, exact = false, marginBeside = false): string {
  if (p.incrementalMarginToDate === null) return translate(locale, 'dashboard.programmes.roiUnmeasured');
  if (p.roi === null) return translate(locale, 'dashboard.programmes.roiNone');
  // too uncertain: no figure, exact or not (the glass box's formula shows the margin and the cost beside it)
  if (roiReliability(p) === 'tooUncertain') {
    if (marginBeside || exact) return translate(locale, 'dashboard.programmes.roiTooUncertainShort');
    return translate(locale, 'dashboard.programmes.roiTooUncertain', {
      margin: marginWithError(locale, p.incrementalMarginToDate, p.incrementalMarginError),
      cost: formatMoney(locale, p.costToDate),
    });
  }
  if (!exact) return formatRoiEstimate(locale, p.roi, roiMarginOfError(p) ?? 0);
  return translate(locale, 'dashboard.programmes.marginError', { margin: formatRoi(locale, p.roi), error: formatShare(locale, roiMarginOfError(p) ?? 0) });
}

/**
 * What the estimate shows, in words, from the one verdict (app/programmeEffect.ts effectVerdict): the
 * effect on the margin and the profitability told apart (« effet sur la marge démontré ; rentabilité non
 * démontrée… », « rentable (démontré)… », « perte démontrée… »), or « non mesurable » without a control group.
 * `through`: the tick of the KPIs read, for the « trop tôt pour conclure » rule (effectVerdict).
 */
export function effectStatusText(locale: Locale, p: VerdictInput, unit?: TickUnit, lastTick?: number, through?: number): string {
  const verdict = effectVerdict(p, through);
  if (verdict === 'unmeasured') return translate(locale, 'dashboard.programmes.roiUnmeasured');
  return translate(locale, `dashboard.programmes.effect.${verdictKey(p, lastTick, through)}`, verdictParams(locale, p, unit));
}

/** The period after which a programme in set-up or measured too briefly can be judged (verdictParams' {{period}}). */
function judgedTick(p: VerdictInput): number | undefined {
  return p.setupUntilTick ?? (p.startTick === undefined ? undefined : p.startTick + VERDICT_MIN_PERIODS - 1);
}

/**
 * The verdict's message: effectVerdict's, or `setupAfterEnd` / `tooEarlyAfterEnd` for a programme in set-up or measured
 * too briefly whose verdict period would come after `lastTick`, the game's (or mission's) last period (launched too late,
 * or the game ended during its set-up): it cannot be judged, no « verdict après la semaine N » of a week never played.
 */
export function verdictKey(p: VerdictInput, lastTick?: number, through?: number): Exclude<EffectVerdict, 'unmeasured'> | 'setupAfterEnd' | 'tooEarlyAfterEnd' {
  const verdict = effectVerdict(p, through) as Exclude<EffectVerdict, 'unmeasured'>;
  const judged = judgedTick(p);
  return (verdict === 'setup' || verdict === 'tooEarly') && lastTick !== undefined && judged !== undefined && judged > lastTick ? `${verdict}AfterEnd` : verdict;
}

/**
 * What the set-up verdicts say (effectVerdict `setup`, `setupNotRepaid`): the period after which the effect can be judged
 * (« la semaine 7 », the first period the effect acts; « la période 7 » when the screen does not give the unit) and the
 * one-off set-up cost; `tooEarly`: the last of its first VERDICT_MIN_PERIODS periods measured, after which it can be judged;
 * `tooSmall`: the control group's size and the minimum (VERDICT_MIN_CONTROL).
 */
export function verdictParams(locale: Locale, p: VerdictInput, unit?: TickUnit): { period?: string; setup?: string; n?: string; min?: string } {
  const out: { period?: string; setup?: string; n?: string; min?: string } = {};
  const judged = judgedTick(p);
  if (judged !== undefined) {
    const at = unit ? periodInSentence(unit, judged) : { key: 'dashboard.programmes.setupPeriod' as const, params: { n: periodNumber(judged) } };
    out.period = translate(locale, at.key, at.params);
  }
  if (p.setupCost !== undefined) out.setup = formatMoney(locale, p.setupCost);
  if (p.controlGroup !== undefined) out.n = formatNumber(locale, p.controlGroup);
  out.min = formatNumber(locale, VERDICT_MIN_CONTROL);
  return out;
}

/**
 * The ROI in one line where there is no separate effect column (the decisions screen's running
 * programmes): its value ± error then what the estimate shows (« −437,6 % ± 972,2 % — effet non
 * démontré : dans la marge d’erreur »), or why there is none (« non mesurable », « pas encore de coût »);
 * a stopped programme's adds the periods its estimate covers (measureSpanText).
 */
export function programmeRoiLine(locale: Locale, p: RoiEstimate, span?: MeasureSpan, exact = false, unit = span?.unit, lastTick?: number, through = span?.through): string {
  const roiText = programmeRoiText(locale, p, exact);
  if (p.incrementalMarginToDate === null || p.roi === null) return roiText;
  const line = translate(locale, 'dashboard.programmes.roiWithEffect', { roi: roiText, effect: effectStatusText(locale, p, unit, lastTick, through) });
  const covered = measureSpanText(locale, p, span);
  return covered ? `${line}, ${covered}` : line;
}
