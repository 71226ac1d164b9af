/**
 * The dashboard's worked products (CA de la période = clients actifs × fréquence × panier moyen; CA d'un
 * client sur sa relation = fréquence × panier moyen × durée) written so that what is displayed multiplies out: the
 * frequency gets as many decimals as that takes (« 3 894 × 0,07524 × 62,66 € = 18 360 € », not
 * « 0,075 », which gives 18 300), and when rounded factors still cannot agree (a basket rounded to the
 * cent), the product says « ≈ … (facteurs arrondis) ». The frequency is written with its unit (achats
 * par client actif et par semaine / mois). Pure: locale passed in.
 */
import type { TickKpis } from '../../engine/types.ts';
import { formatMoney, formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { translateCount } from '../../i18n/plural.ts';
import { customerValue } from './kpiCards.ts';
import type { TickUnit } from './period.ts';

/** Fewest decimals the frequency is written with, and the most it may take to make a product agree. */
const MIN_DIGITS = 3;
const MAX_DIGITS = 6;

const roundTo = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Decimals for the frequency so that frequency × (the other factors as displayed) rounds to the result
 * as displayed (whole euros); `agrees` false when no number of decimals up to MAX_DIGITS does.
 */
export function frequencyDigits(frequency: number, shownOthers: readonly number[], result: number): { digits: number; agrees: boolean } {
  const others = shownOthers.reduce((p, v) => p * v, 1);
  for (let d = MIN_DIGITS; d <= MAX_DIGITS; d++) if (Math.round(roundTo(frequency, d) * others) === Math.round(result)) return { digits: d, agrees: true };
  return { digits: MIN_DIGITS + 1, agrees: false };
}

/** « 0,07524 » and « achat par client actif et par semaine »: the frequency lever's value and its unit (the card sets the value large). */
export function frequencyText(locale: Locale, frequency: number, digits: number, tickUnit: TickUnit): { value: string; unit: string } {
  return { value: formatNumber(locale, frequency, digits), unit: translateCount(locale, `dashboard.unit.frequency.${tickUnit}`, frequency) };
}

export interface LeverProducts {
  /** decimals the frequency is written with (the lever card and both products alike) */
  digits: number;
  thisPeriod: string;
  /** null when the relationship length is the engine's cap (nobody leaves): no finite value */
  customerValue: string | null;
}

/** `lengthText`: the relationship length as the lever card writes it (« 179,4 semaines »), with its value rounded as shown (`lengthShown`). */
export function leverProducts(locale: Locale, now: TickKpis, lengthText: string | null, lengthShown: number): LeverProducts {
  const basket = roundTo(now.averageBasket, 2);
  const period = frequencyDigits(now.frequency, [now.activeCustomers, basket], now.turnover);
  const value = customerValue(now);
  const clv = lengthText === null ? null : frequencyDigits(now.frequency, [basket, lengthShown], value);
  // one number of decimals for the frequency on the card and in both products: the larger need
  const digits = Math.max(period.digits, clv?.digits ?? 0);
  const agreesAt = (others: number[], result: number) => Math.round(roundTo(now.frequency, digits) * others.reduce((p, v) => p * v, 1)) === Math.round(result);
  const frequency = formatNumber(locale, now.frequency, digits);
  const basketText = formatMoney(locale, now.averageBasket, 2);
  const thisPeriod = translate(locale, agreesAt([now.activeCustomers, basket], now.turnover) ? 'dashboard.levers.thisPeriod' : 'dashboard.levers.thisPeriodRounded', {
    active: formatNumber(locale, now.activeCustomers),
    frequency,
    basket: basketText,
    turnover: formatMoney(locale, now.turnover),
  });
  const customer =
    lengthText === null
      ? null
      : translate(locale, agreesAt([basket, lengthShown], value) ? 'dashboard.levers.customerValue' : 'dashboard.levers.customerValueRounded', {
          frequency,
          basket: basketText,
          length: lengthText,
          value: formatMoney(locale, value),
        });
  return { digits, thisPeriod, customerValue: customer };
}
