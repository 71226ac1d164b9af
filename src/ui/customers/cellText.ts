/** The text of one cell of the customer table (pure: locale and scenario tick unit passed in). */
import type { CustomerRecord } from '../../engine/types.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { formatMoney, formatNumber, formatPercent } from '../../app/format.ts';
import { periodLabel, type TickUnit } from '../dashboard/period.ts';
import type { ColumnDef } from './columns.ts';
import { customerNumber, shownRfmScore } from '../../db/customerQuery.ts';
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

/** `towns`: the shop's place names (engine/towns.ts townNames), the store's towns by default. */
export function cellText(locale: Locale, unit: TickUnit, column: ColumnDef, record: CustomerRecord, towns?: readonly string[]): string {
  if (column.id === 'name') return fullName(record);
  const value = record[column.field];
  if (value === null || value === undefined) return translate(locale, 'customers.none');
  if (column.field === 'ladder') return ladderText(locale, record);
  switch (column.kind) {
    case 'number':
      if (column.field === 'r' || column.field === 'f' || column.field === 'm') {
        const score = shownScore(record, column.field);
        return score === null ? translate(locale, 'customers.none') : formatNumber(locale, score);
      }
      return column.field === 'id' ? String(customerNumber(record.id)) : formatNumber(locale, Number(value));
    case 'money':
      return formatMoney(locale, Number(value), 2);
    case 'share':
      return formatPercent(locale, Number(value), 0);
    case 'boolean':
      return translate(locale, value ? 'customers.yes' : 'customers.no');
    case 'tick':
      return tickText(locale, unit, Number(value));
    case 'town':
      return townLabel(locale, Number(value), towns);
    case 'vocabulary':
      return translate(locale, `vocabulary.${column.vocabulary}.${String(value)}`);
    case 'text':
      return String(value);
  }
}

/** The one rule for a customer's R, F or M score on every screen (customer table, file, target preview) and in the sort: customerQuery.ts shownRfmScore. */
export const shownScore = shownRfmScore;

/** « 2-5-5 », or « — » for a lost customer or one not scored: the target preview's R-F-M cell. */
export function rfmText(locale: Locale, record: Pick<CustomerRecord, 'stage' | 'r' | 'f' | 'm'>): string {
  const scores = (['r', 'f', 'm'] as const).map((letter) => shownScore(record, letter));
  return scores.some((s) => s === null) ? translate(locale, 'customers.none') : scores.join('-');
}

/**
 * A customer's rung on the loyalty ladder, or « — (client perdu) »: the engine keeps a lost customer's last rung, but he is
 * on none (the ladder chart counts active and dormant customers only; QA play F14: n°83, lost after a year of silence,
 * read « Échelle de fidélité : Client », « achats répétés »), as his R × F segment is « — ».
 */
export function ladderText(locale: Locale, record: Pick<CustomerRecord, 'ladder' | 'stage'>): string {
  if (record.stage === 'perdu') return translate(locale, 'customers.ladderLost');
  return translate(locale, `vocabulary.ladder.${record.ladder}`);
}
