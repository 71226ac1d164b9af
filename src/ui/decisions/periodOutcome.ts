/**
 * The one-line summary of the last period played, said politely by the time controls (« Semaine 5 :
 * 12 clients perdus, 9 nouveaux clients. »): the dashboard's « Ce qui s’est passé » in one line, so
 * a screen-reader user knows what a period did without leaving the decisions screen. Several periods
 * played at once are summed (« Semaines 1 à 4 : 40 clients perdus, 31 nouveaux clients. »). Pure.
 */
import type { TickKpis } from '../../engine/types.ts';
import { formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { translateCount, type PluralBase } from '../../i18n/plural.ts';
import { periodLabel, periodNumber, type TickUnit } from '../dashboard/period.ts';

type Played = Pick<TickKpis, 'tick' | 'lost' | 'acquired'>;

/** The periods played since tick `from` (the tick the time controls were at): one line, summed when more than one. */
export function periodsOutcome(locale: Locale, unit: TickUnit, kpis: readonly Played[], from: number): string {
  const played = kpis.filter((k) => k.tick >= from);
  const last = kpis.at(-1);
  if (!last) return '';
  if (played.length < 2) return periodOutcome(locale, unit, last);
  const part = (base: PluralBase, count: number) => translateCount(locale, base, count, { count: formatNumber(locale, count) });
  const sum = (pick: (k: Played) => number) => played.reduce((total, k) => total + pick(k), 0);
  return translate(locale, unit === 'week' ? 'decisions.advance.outcomeWeeks' : 'decisions.advance.outcomeMonths', {
    from: periodNumber(played[0].tick),
    to: periodNumber(played.at(-1)!.tick),
    lost: part('decisions.advance.lost', sum((k) => k.lost)),
    won: part('decisions.advance.won', sum((k) => k.acquired)),
  });
}

export function periodOutcome(locale: Locale, unit: TickUnit, kpis: Played): string {
  const period = periodLabel(unit, kpis.tick);
  const part = (base: PluralBase, count: number) => translateCount(locale, base, count, { count: formatNumber(locale, count) });
  return translate(locale, 'decisions.advance.outcome', {
    period: translate(locale, period.key, period.params),
    lost: part('decisions.advance.lost', kpis.lost),
    won: part('decisions.advance.won', kpis.acquired),
  });
}
