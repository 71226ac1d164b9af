/**
 * Numbers, money, percentages, signed changes and dates in the learner's language (Intl only,
 * no hand-made formats). Pure: the locale is passed in, components pass locale.current. The
 * Intl formatters are cached (a table of thousands of cells formats thousands of numbers).
 * For display only: a negative number is written with the minus sign U+2212 (« −4 702 € », the
 * width of « + », not a hyphen that may break the line), which Intl does not give in fr-FR or en-GB
 * (Node and Chromium write the ASCII « - »); files and CSV exports never use these (scripts parse them).
 */
import type { Locale } from '../i18n/translate.ts';

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A number formatter of the locale whose `format` writes U+2212 for the minus sign. */
interface DisplayFormat {
  format(n: number): string;
}

const cache = new Map<string, DisplayFormat>();
function formatter(locale: Locale, options: Intl.NumberFormatOptions): DisplayFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    const intl = new Intl.NumberFormat(TAGS[locale], options);
    f = { format: (n) => withMinusSign(intl.format(n)) };
    cache.set(key, f);
  }
  return f;
}

/**
 * Intl's hyphen-minus made the minus sign U+2212 (a formatted number has no other hyphen). A sign before the currency
 * symbol (en-GB « −€738 », « +€12 ») is joined to it by U+2060 WORD JOINER: Chromium broke the line between them (QA qa30enTablet m6).
 */
export function withMinusSign(text: string): string {
  return text.replace('-', '\u2212').replace(/^([+\u2212])(?=[^\d\s\u2060])/u, '$1\u2060');
}

export function formatNumber(locale: Locale, n: number, fractionDigits = 0): string {
  return formatter(locale, { maximumFractionDigits: fractionDigits }).format(n);
}

/** A figure in a table column: always `fractionDigits` decimals, so the column reads 1,30 above 1,45 (not 1,3). */
export function formatFixed(locale: Locale, n: number, fractionDigits: number): string {
  return formatter(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(n);
}

export function formatMoney(locale: Locale, euros: number, fractionDigits = 0): string {
  return formatter(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(euros);
}

export function formatPercent(locale: Locale, share: number, fractionDigits = 0): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share);
}

/** A share in a table column: always `fractionDigits` decimals, so the column reads 1,0 % above 54,2 % (not 1 %). */
export function formatShare(locale: Locale, share: number, fractionDigits = 1): string {
  return formatter(locale, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(share);
}

/** A signed number: "+12", "−3" (the sign is always shown, so the change reads without colour). */
export function formatSigned(locale: Locale, n: number, fractionDigits = 0): string {
  return formatter(locale, { maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(n);
}

export function formatSignedPercent(locale: Locale, share: number, fractionDigits = 1): string {
  return formatter(locale, { style: 'percent', maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(share);
}

/** A signed share with always `fractionDigits` decimals: « +429,5 % », « −12,0 % », « 0,0 % ». */
export function formatSignedShare(locale: Locale, share: number, fractionDigits = 1): string {
  return formatter(locale, { style: 'percent', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(share);
}

export function formatSignedMoney(locale: Locale, euros: number, fractionDigits = 0): string {
  return formatter(locale, { style: 'currency', currency: 'EUR', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits, signDisplay: 'exceptZero' }).format(euros);
}

/**
 * A 95 % margin of error of a share, in percentage points without sign or unit: 0.032 -> "3,2" (« ± {{margin}} pt »
 * comes from i18n). The one writer of the app's « ± n pt » margins: surveys, shares still customers (retentionGap.ts).
 */
export function formatMarginPoints(locale: Locale, marginOfError: number): string {
  return formatNumber(locale, marginOfError * 100, 1);
}

/** A difference of two shares, in percentage points: 0.012 -> "+1,2" (the unit "pt" comes from i18n). */
export function formatPoints(locale: Locale, shareDelta: number, fractionDigits = 1): string {
  return formatSigned(locale, shareDelta * 100, fractionDigits);
}

const dates = new Map<string, Intl.DateTimeFormat>();
/** « 1er décembre 2026 », read in `timeZone` (UTC unless told: the same text on every machine). */
export function formatDate(locale: Locale, date: Date, timeZone = 'UTC'): string {
  let f = dates.get(`${locale} ${timeZone}`);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone });
    dates.set(`${locale} ${timeZone}`, f);
  }
  // French writes the first day of a month as an ordinal: « 1er janvier 2024 », not « 1 janvier »
  if (locale === 'fr') return f.formatToParts(date).map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
  return f.format(date);
}

/** « A, B et C » / « A, B and C »: names joined the locale's way. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(TAGS[locale], { type: 'conjunction' }).format(items);
}

/** « 14:05 », the hour and minute of `date` in `timeZone` (24-hour clock in both languages). */
export function formatTime(locale: Locale, date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(TAGS[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(date);
}
