/**
 * A grid cell's share of customers as text: whole percents, but a small non-empty cell reads « < 1 % »
 * instead of « 0 % » (33 customers out of 9 550 are not none), and only an empty cell reads « 0 % ».
 * The « < » holds to its figure by a no-break space: in a phone's narrow cell « 9 (< 1 %) » broke as
 * « 9 (< » over « 1 %) » (QA qa9).
 */
import { formatPercent } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';

export function formatCellShare(locale: Locale, share: number): string {
  if (share > 0 && share < 0.005) return `<\u00a0${formatPercent(locale, 0.01, 0)}`;
  return formatPercent(locale, share, 0);
}
