/** Wording of KPI values and changes, shared by the cards and the levers (locale passed in, pure). */
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatPoints, formatShare, formatSigned, formatSignedMoney, formatSignedPercent } from '../../app/format.ts';
import type { DeltaFormat, ValueFormat } from './kpiCards.ts';
import type { Trend } from './trend.ts';
import type { TickUnit } from './period.ts';

export function formatValue(locale: Locale, value: number, format: ValueFormat): string {
  switch (format) {
    case 'money':
      return formatMoney(locale, value);
    case 'percent':
      // always one decimal: « 99,0 % » from one period to the next, not « 99 % » then « 99,6 % »
      return formatShare(locale, value, 1);
    case 'decimal':
      return formatNumber(locale, value, 2);
    case 'number':
      return formatNumber(locale, value);
  }
}

export function formatDelta(locale: Locale, trend: Trend, format: DeltaFormat): string {
  switch (format) {
    case 'relative':
      return trend.relative === null ? formatSigned(locale, trend.delta, 2) : formatSignedPercent(locale, trend.relative, 1);
    case 'points':
      return translate(locale, 'dashboard.unit.points', { value: formatPoints(locale, trend.delta, 1) });
    case 'money':
      return formatSignedMoney(locale, trend.delta);
    case 'number':
      return formatSigned(locale, trend.delta);
  }
}

/**
 * The trend as displayed: a change that rounds to nothing at the precision it is written with
 * (« 0 pt », « 0,0 % », « 0 € ») is « Stable », neither up nor down, neither good nor bad (it read
 * « ▼ En baisse (favorable) : 0 pt » beside « ▬ Stable : 0 pt »).
 */
export function shownTrend(locale: Locale, trend: Trend | null, format: DeltaFormat): Trend | null {
  if (!trend || trend.direction === 'flat') return trend;
  return /[1-9]/.test(formatDelta(locale, trend, format)) ? trend : { ...trend, direction: 'flat', favourable: null };
}

/**
 * "En baisse (favorable) : −0,4 pt par rapport à la semaine précédente" — direction in words, not colour only; in the
 * shop's unit, as the time bar (« période » beside « Situation à la fin de la semaine 50 », QA qa30enTablet m2).
 */
export function trendSentence(locale: Locale, shown: Trend | null, format: DeltaFormat, unit: TickUnit): string {
  const trend = shownTrend(locale, shown, format);
  if (!trend) return translate(locale, `dashboardResults.trend.first.${unit}`);
  const direction = translate(locale, `dashboardResults.trend.${trend.direction}`);
  const delta = formatDelta(locale, trend, format);
  if (trend.favourable === null) return translate(locale, `dashboardResults.trend.change.${unit}`, { direction, delta });
  const judgement = translate(locale, trend.favourable ? 'dashboardResults.trend.favourable' : 'dashboardResults.trend.unfavourable');
  return translate(locale, `dashboardResults.trend.changeJudged.${unit}`, { direction, judgement, delta });
}

export const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;
