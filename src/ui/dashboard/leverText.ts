/**
 * The dashboard's worked products (CA de la période = clients actifs × fréquence × panier moyen; CA d'un
 * client sur sa relation = fréquence par client, actif ou dormant × panier moyen × durée: the three
 * factors of the same customer, since the length comes from the churn of actifs + dormants). The frequency is written with three
 * significant digits (« 0,174 », « 0,0752 », « 2,5 »: frequencyDigits), the same on the lever card, in
 * both products and in the glass box (QA self 18: « 0,174033 » on the card, « 0,174 » in the glass box),
 * trailing zeros kept (« 0,700 », not « 0,7 » beside « 0,739 »: QA teacher qa25 F2);
 * when the rounded factors do not multiply out to the result as displayed, the product says
 * « ≈ … (facteurs arrondis) » rather than an equality that does not hold. The frequency is written with
 * its unit (achats par client actif et par semaine / mois). Pure: locale passed in.
 */
import type { TickKpis } from '../../engine/types.ts';
import { formatFixed, formatMoney, formatNumber } from '../../app/format.ts';
import { translate, type Locale } from '../../i18n/translate.ts';
import { translateCount } from '../../i18n/plural.ts';
import { customerFrequency, customersNotLost, customerValue } from './kpiCards.ts';
import type { TickUnit } from './period.ts';

/**
 * A length in periods with one decimal, « 218,4 semaines », counted as written: « 0 semaine » and « 1 semaine » in French
 * (« 0 semaines » in the what-if comparison's gap: QA qa29access m3), « 1 week » in English.
 */
export function ticksText(locale: Locale, unit: TickUnit, value: number, written = formatNumber(locale, value, 1)): string {
  // a signed gap (`written` « +0,3 ») counts as its size: « −1 semaine »
  return translateCount(locale, `dashboard.unit.${unit}`, Math.abs(Math.round(value * 10) / 10), { value: written });
}

/** Significant digits of a written frequency, and the most decimals it may take (a very rare purchase). */
const SIGNIFICANT = 3;
const MAX_DIGITS = 5;

export const roundTo = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Decimals that write the frequency with three significant digits: 0.174033 → 3 (0.174), 0.07524 → 4 (0.0752), 2.53 → 2, 12.3 → 1. */
export function frequencyDigits(frequency: number): number {
  if (!(frequency > 0) || !Number.isFinite(frequency)) return SIGNIFICANT;
  const magnitude = Math.floor(Math.log10(frequency));
  return Math.min(MAX_DIGITS, Math.max(1, SIGNIFICANT - 1 - magnitude));
}

/**
 * Whether the frequency, rounded as written (frequencyDigits), times the other factors, already rounded as
 * written (basket: cents, length: one decimal), gives the result as written (whole euros): if not, the
 * product says « ≈ … (facteurs arrondis) », on the lever card and in the glass box alike (QA teacher qa25 F2).
 */
export function factorsAgree(frequency: number, others: readonly number[], result: number): boolean {
  return Math.round(others.reduce((p, v) => p * v, roundTo(frequency, frequencyDigits(frequency)))) === Math.round(result);
}

/** « 0,07524 » and « achat par client actif et par semaine »: the frequency lever's value and its unit (the card sets the value large). */
export function frequencyText(locale: Locale, frequency: number, digits: number, tickUnit: TickUnit): { value: string; unit: string } {
  return { value: formatFixed(locale, frequency, digits), unit: translateCount(locale, `dashboard.unit.frequency.${tickUnit}`, frequency) };
}

export interface LeverProducts {
  /** decimals the frequency is written with (the lever card, both products and the glass box alike: frequencyDigits) */
  digits: number;
  thisPeriod: string;
  /** null when the relationship length is the engine's cap (nobody leaves): no finite value */
  customerValue: string | null;
}

/** `lengthText`: the relationship length as the lever card writes it (« 179,4 semaines »), with its value rounded as shown (`lengthShown`). */
export function leverProducts(locale: Locale, now: TickKpis, lengthText: string | null, lengthShown: number, unit: 'week' | 'month'): LeverProducts {
  const basket = roundTo(now.averageBasket, 2);
  const value = customerValue(now);
  const digits = frequencyDigits(now.frequency);
  const frequency = formatFixed(locale, now.frequency, digits);
  const basketText = formatMoney(locale, now.averageBasket, 2);
  const thisPeriod = translate(locale, factorsAgree(now.frequency, [now.activeCustomers, basket], now.turnover) ? 'dashboard.levers.thisPeriod' : 'dashboard.levers.thisPeriodRounded', {
    active: formatNumber(locale, now.activeCustomers),
    frequency,
    basket: basketText,
    turnover: formatMoney(locale, now.turnover),
    // « CA de cette semaine / de ce mois », never « période » (decisions.tickWords, QA qa32optician m1)
    thisTick: translate(locale, `decisions.tickWords.${unit}.thisTick`),
  });
  // the lifetime's frequency is per customer, active or dormant (kpiCards.ts customerFrequency), with its own digits
  const perCustomer = customerFrequency(now);
  const perCustomerDigits = frequencyDigits(perCustomer);
  const customerAgrees = factorsAgree(perCustomer, [basket, lengthShown], value);
  const customer =
    lengthText === null
      ? null
      : translate(locale, customerAgrees ? 'dashboard.levers.customerValue' : 'dashboard.levers.customerValueRounded', {
          frequency: formatFixed(locale, perCustomer, perCustomerDigits),
          basket: basketText,
          length: lengthText,
          value: formatMoney(locale, value),
          purchases: formatNumber(locale, now.purchases),
          customers: formatNumber(locale, customersNotLost(now)),
        });
  return { digits, thisPeriod, customerValue: customer };
}
