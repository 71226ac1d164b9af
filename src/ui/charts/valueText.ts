/** A chart value written for the table alternative, by kind (pure, locale passed in). */
import type { Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { formatRoi } from '../../app/roi.ts';
import type { ValueKind } from './seriesModel.ts';

export function valueText(locale: Locale, value: number | null, kind: ValueKind): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (kind) {
    case 'money':
      return formatMoney(locale, value);
    case 'moneyCents':
      return formatMoney(locale, value, 2);
    case 'percent':
      return formatPercent(locale, value, 1);
    case 'roi':
      return formatRoi(locale, value);
    case 'decimal':
      return formatNumber(locale, value, 2);
    case 'number':
      return formatNumber(locale, value);
  }
}
