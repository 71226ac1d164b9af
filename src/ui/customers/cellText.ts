/** The text of one cell of the customer table (pure: locale and scenario tick unit passed in). */
import type { CustomerRecord } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { periodLabel, type TickUnit } from '../dashboard/period.ts';
import type { ColumnDef } from './columns.ts';
import { townLabel } from './towns.ts';

export function tickText(locale: Locale, unit: TickUnit, tick: number | null): string {
  if (tick === null) return translate(locale, 'customers.none');
  if (tick < 0) return translate(locale, 'customers.beforeStart');
  const p = periodLabel(unit, tick);
  return translate(locale, p.key, p.params);
}

export function fullName(record: CustomerRecord): string {
  return `${record.firstName} ${record.lastName}`;
}

export function cellText(locale: Locale, unit: TickUnit, column: ColumnDef, record: CustomerRecord): string {
  if (column.id === 'name') return fullName(record);
  const value = record[column.field];
  if (value === null || value === undefined) return translate(locale, 'customers.none');
  switch (column.kind) {
    case 'number':
      if ((column.field === 'r' || column.field === 'f' || column.field === 'm') && value === 0) return translate(locale, 'customers.none');
      return column.field === 'id' ? String(value) : formatNumber(locale, Number(value));
    case 'money':
      return formatMoney(locale, Number(value), 2);
    case 'share':
      return formatPercent(locale, Number(value), 0);
    case 'boolean':
      return translate(locale, value ? 'customers.yes' : 'customers.no');
    case 'tick':
      return tickText(locale, unit, Number(value));
    case 'town':
      return townLabel(locale, Number(value));
    case 'vocabulary':
      return translate(locale, `vocabulary.${column.vocabulary}.${String(value)}`);
    case 'text':
      return String(value);
  }
}
