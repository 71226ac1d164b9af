/** A day number (days since 1970-01-01) as a date in the learner's language. */
import { formatDate } from '../../app/format.ts';
import type { Locale } from '../../i18n/translate.ts';

export function dayLabel(locale: Locale, day: number): string {
  return formatDate(locale, new Date(day * 86_400_000));
}
