/**
 * The one-line summary of the last period played, said politely by the time controls (« Semaine 5 :
 * 12 clients perdus, 9 nouveaux clients. »): the dashboard's « Ce qui s’est passé » in one line, so
 * a screen-reader user knows what a period did without leaving the decisions screen. Pure.
 */
import type { TickKpis } from '../../engine/types.ts';
import { formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { translateCount, type PluralBase } from '../../i18n/plural.ts';
import { periodLabel, type TickUnit } from '../dashboard/period.ts';

export function periodOutcome(locale: Locale, unit: TickUnit, kpis: Pick<TickKpis, 'tick' | 'lost' | 'acquired'>): string {
  const period = periodLabel(unit, kpis.tick);
  const part = (base: PluralBase, count: number) => translateCount(locale, base, count, { count: formatNumber(locale, count) });
  return translate(locale, 'decisions.advance.outcome', {
    period: translate(locale, period.key, period.params),
    lost: part('decisions.advance.lost', kpis.lost),
    won: part('decisions.advance.won', kpis.acquired),
  });
}
