/**
 * The return on investment of loyalty programmes: one definition and one way of writing it, for
 * every screen that shows it (dashboard programmes table, running programmes on the decisions
 * screen, the charts' table, the glass box, the debrief's programmes and overall ROI), so the same
 * programme reads the same everywhere (it read « +430 % », « 429,5 % » and « 432 % »).
 *
 * Definition (the engine's, src/engine/programmes.ts): ROI = (incremental margin − cost) ÷ cost,
 * none while nothing has been spent. The cost is what the budget paid, a financial advantage's discounts
 * included; the incremental margin is counted at list price, so each euro of discount is taken off once. Written signed with one decimal: « +429,5 % », « −12,0 % ».
 */
import type { Locale } from '../i18n/translate.ts';
import { formatSignedShare } from './format.ts';

/** (incremental margin − cost) ÷ cost; null when nothing was spent. */
export function roi(incrementalMargin: number, cost: number): number | null {
  return cost > 0 ? (incrementalMargin - cost) / cost : null;
}

/** An ROI (a share: 4.295 = +429,5 %) written the one way every screen writes it. */
export function formatRoi(locale: Locale, value: number): string {
  return formatSignedShare(locale, value, 1);
}
