/** Wording of KPI values and changes, shared by the cards and the levers (locale passed in, pure). */
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent, formatPoints, formatSigned, formatSignedMoney, formatSignedPercent } from '../../app/format.ts';
import type { DeltaFormat, ValueFormat } from './kpiCards.ts';
import type { Trend } from './trend.ts';

export function formatValue(locale: Locale, value: number, format: ValueFormat): string {
  switch (format) {
    case 'money':
      return formatMoney(locale, value);
    case 'percent':
      return formatPercent(locale, value, 1);
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

/** "En baisse (favorable) : −0,4 pt par rapport à la période précédente" — direction in words, not colour only. */
export function trendSentence(locale: Locale, trend: Trend | null, format: DeltaFormat): string {
  if (!trend) return translate(locale, 'dashboard.trend.first');
  const direction = translate(locale, `dashboard.trend.${trend.direction}`);
  const delta = formatDelta(locale, trend, format);
  if (trend.favourable === null) return translate(locale, 'dashboard.trend.change', { direction, delta });
  const judgement = translate(locale, trend.favourable ? 'dashboard.trend.favourable' : 'dashboard.trend.unfavourable');
  return translate(locale, 'dashboard.trend.changeJudged', { direction, judgement, delta });
}

export const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;
