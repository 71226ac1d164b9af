/**
 * The one-line summary of the last period played, said politely by the time controls (« Semaine 5 :
 * 12 clients perdus, 9 nouveaux clients. »): the dashboard's « Ce qui s’est passé » in one line, so
 * a screen-reader user knows what a period did without leaving the decisions screen. Several periods
 * played at once are summed (« Semaines 1 à 4 : 40 clients perdus, 31 nouveaux clients. »). A programme the
 * engine stopped for lack of budget in those periods is said after it (« Semaine 3 : « Lien social — Club clients
 * (lancé la semaine 1) » arrêté faute de budget. »): QA learner 1, the club and the coupons vanished from « Programmes
 * en cours » and only the dashboard's feed said why. Pure.
 */
import type { TickKpis } from '../../engine/types.ts';
import { formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { translateCount, type PluralBase } from '../../i18n/plural.ts';
import { periodLabel, periodNumber, type TickUnit } from '../dashboard/period.ts';
import { programmeName } from './programmeName.ts';

type Played = Pick<TickKpis, 'tick' | 'lost' | 'acquired'> & Partial<Pick<TickKpis, 'programmes'>>;

/** The periods played since tick `from` (the tick the time controls were at): one line, summed when more than one. */
export function periodsOutcome(locale: Locale, unit: TickUnit, kpis: readonly Played[], from: number): string {
  const played = kpis.filter((k) => k.tick >= from);
  const last = kpis.at(-1);
  if (!last) return '';
  const line = played.length < 2 ? periodOutcome(locale, unit, last) : summed(locale, unit, played);
  return [line, ...stoppedForBudget(locale, unit, last, played[0]?.tick ?? last.tick)].join(' ');
}

/** « Semaine 3 : « Lien social — Club clients (lancé la semaine 1) » arrêté faute de budget. », one per programme the budget stopped from tick `from` on, in the order stopped. */
function stoppedForBudget(locale: Locale, unit: TickUnit, last: Played, from: number): string[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(locale, key, params);
  return (last.programmes ?? [])
    .filter((p) => p.suspendedMembers !== undefined && p.endTick !== undefined && p.endTick >= from && p.endTick <= last.tick)
    .sort((a, b) => a.endTick! - b.endTick!)
    .map((p) => {
      const period = periodLabel(unit, p.endTick!);
      return t('decisions.advance.outcomeStopped', { period: t(period.key, period.params), programme: programmeName(p, unit, t) });
    });
}

function summed(locale: Locale, unit: TickUnit, played: readonly Played[]): string {
  const part = (base: PluralBase, count: number) => translateCount(locale, base, count, { count: formatNumber(locale, count) });
  const sum = (pick: (k: Played) => number) => played.reduce((total, k) => total + pick(k), 0);
  return translate(locale, unit === 'week' ? 'decisions.advance.outcomeWeeks' : 'decisions.advance.outcomeMonths', {
    from: periodNumber(played[0].tick),
    to: periodNumber(played.at(-1)!.tick),
    lost: part(
      'decisions.advance.lost',
      sum((k) => k.lost),
    ),
    won: part(
      'decisions.advance.won',
      sum((k) => k.acquired),
    ),
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
