/** A chart value written for the table alternative, by kind (pure, locale passed in). */
import type { Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import type { SeriesModel, ValueKind } from './seriesModel.ts';

export function valueText(locale: Locale, value: number | null, kind: ValueKind): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money':
      return formatMoney(locale, value);
    case 'moneyCents':
      return formatMoney(locale, value, 2);
    case 'percent':
      // always one decimal, so a column reads « 99,0 % » beside « 99,6 % » (it printed « 99 % / 1 % » in one row)
      return formatShare(locale, value, 1);
    case 'roi':
      return formatRoi(locale, value);
    case 'decimal':
      return formatNumber(locale, value, 2);
    case 'number':
      return formatNumber(locale, value);
  }
}

/**
 * A chart tip's value written as the table writes it (« 13 753 € », « 42,11 € », « 67,3 % »): by the
 * kind of the model's series of that name, else the model's kind (a drawn series the table splits,
 * the satisfaction interval, is the model's kind).
 */
export function tipValueText(locale: Locale, model: SeriesModel, value: number, series: string): string {
  return valueText(locale, value, model.series.find((s) => s.label === series)?.kind ?? model.kind);
}
