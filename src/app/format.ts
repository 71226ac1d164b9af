/** Number, money and date formatting for the learner's language (Intl, no hand-made formats). */
import type { Locale } from '../i18n/translate.ts';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function formatMoney(locale: Locale, euros: number): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(euros);
}

export function formatNumber(locale: Locale, n: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(TAGS[locale], { maximumFractionDigits: fractionDigits }).format(n);
}

export function formatPercent(locale: Locale, share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(TAGS[locale], { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

export function formatDate(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
