/**
 * Amounts of the real-data screen with their currency when it is known: the CDNOW files (the sample
 * and the full log) come from an American CD shop, in US dollars (« 120,64 $ »); an imported file does
 * not say its currency, so its amounts stay bare numbers and the screen says they are in the file's
 * own currency. Pure: the locale is passed in. For display only: a negative amount (a refund line of a
 * file) is written with the minus sign U+2212, as app/format.ts does (never in the CSV exports).
 */
import { withMinusSign } from '../../app/format.ts';
import type { TransactionFormat } from '../../import/types.ts';
import type { Locale } from '../../i18n/translate.ts';

export type FileCurrency = 'USD' | null;

export function fileCurrency(format: TransactionFormat): FileCurrency {
  return format === 'cdnow' || format === 'cdnow-sample' ? 'USD' : null;
}

const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** An amount with `digits` decimals (always all of them), with its currency's symbol (« $ ») when the file's currency is known. */
export function amountText(locale: Locale, value: number, currency: FileCurrency, digits = 2): string {
  const key = `${locale}|${currency}|${digits}`;
  let f = cache.get(key);
  if (!f) {
    // always `digits` decimals, the currency known or not: an imported file's « 79,8 » beside « 88,12 » (QA qa29 m5)
    const money: Intl.NumberFormatOptions = currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {};
    f = new Intl.NumberFormat(TAGS[locale], { ...money, minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(key, f);
  }
  return withMinusSign(f.format(value));
}
