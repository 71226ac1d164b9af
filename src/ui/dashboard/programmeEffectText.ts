/**
 * A programme's measured effect in words, the same in the dashboard's programme table and in the
 * Bilan (app/programmeEffect.ts reads the estimate): the extra margin ± its 95 % error with what it
 * shows and where it comes from, and the ROI ± its error, or why there is none. Pure: locale passed in.
 */
import type { ProgrammeKpi } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import { effectStatus, roiMarginOfError } from '../../app/programmeEffect.ts';

type Measured = Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'controlGroup' | 'roi' | 'costToDate'>;

export interface MarginText {
  /** « 5 972 € ± 10 254 € », or null without a control group */
  value: string | null;
  /** what the estimate shows and its source (« effet non démontré, estimé par comparaison… »), or why it is not measured */
  note: string;
}

export function programmeMarginText(locale: Locale, p: Measured): MarginText {
  const status = translate(locale, `dashboard.programmes.effect.${effectStatus(p)}`);
  if (p.incrementalMarginToDate === null) return { value: null, note: status };
  return {
    value: translate(locale, 'dashboard.programmes.marginError', {
      margin: formatMoney(locale, p.incrementalMarginToDate),
      error: formatMoney(locale, p.incrementalMarginError ?? 0),
    }),
    note: `${status}, ${translate(locale, 'dashboard.programmes.estimate', { n: formatNumber(locale, p.controlGroup) })}`,
  };
}

export function programmeRoiText(locale: Locale, p: Measured): string {
  if (p.incrementalMarginToDate === null) return translate(locale, 'dashboard.programmes.roiUnmeasured');
  if (p.roi === null) return translate(locale, 'dashboard.programmes.roiNone');
  return translate(locale, 'dashboard.programmes.marginError', { margin: formatRoi(locale, p.roi), error: formatShare(locale, roiMarginOfError(p) ?? 0) });
}
