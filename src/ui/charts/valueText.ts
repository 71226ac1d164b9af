/** A chart value written for the table alternative, by kind (pure, locale passed in). */
import type { Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatShare } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import type { Series, SeriesModel, ValueKind } from './seriesModel.ts';

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

/** The table's cell of series `s` at category `index`: its words where it has some (an estimate ± its error), else the value by its kind. */
export function cellText(locale: Locale, model: SeriesModel, s: Series, index: number): string {
  return s.texts?.[index] ?? valueText(locale, s.values[index] ?? null, s.kind ?? model.kind);
}

/**
 * A chart tip's value written as the table writes it (« 13 753 € », « 42,11 € », « 67,3 % »): by the
 * kind of the model's series of that name, else the model's kind (a drawn series the table splits,
 * the satisfaction interval, is the model's kind). Given the category `index`, a series with the
 * table's own words there says them (a programme's margin « 5 972 € ± 10 254 € », not the bare bar).
 */
export function tipValueText(locale: Locale, model: SeriesModel, value: number, series: string, index?: number): string {
  const s = model.series.find((x) => x.label === series || x.drawnAs?.includes(series));
  const words = index === undefined ? null : s?.texts?.[index];
  return words ?? valueText(locale, value, s?.kind ?? model.kind);
}
