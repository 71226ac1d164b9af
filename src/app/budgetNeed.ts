/**
 * What a decision needs of the budget by the engine's rule (engine/budgetGate.ts GateOutcome.needed), written with its
 * reason (QA qa19 F2: « 4 183 € par période » under « Budget disponible : 4 350 € » was refused, and no text gave the number
 * that counts): a programme « 1,3 × 4 183 € = 5 438 € » (its first period's expected cost with the prudence margin),
 * any other decision its cost. The product is of the euros shown, so a learner's multiplication gives the same figure.
 */
import { BUDGET_PRUDENCE_MARGIN } from '../engine/params.ts';
import { translate, type Locale } from '../i18n/translate.ts';
import { formatMoney, formatNumber } from './format.ts';
import type { Action } from '../engine/decisions.ts';
import { STRATEGIES } from '../engine/vocabulary.ts';

/** `needed`: what the budget rule asked of it (GateOutcome.needed: a programme's with the margin). */
export function budgetNeedText(locale: Locale, type: Action['type'], needed: number): string {
  return (STRATEGIES as readonly string[]).includes(type) ? programmeNeedText(locale, needed) : formatMoney(locale, needed);
}

/** A programme's: « 1,3 × 4 183 € = 5 438 € », from what its first period reserves (margin included). */
export function programmeNeedText(locale: Locale, needed: number): string {
  const shown = Math.round(needed / BUDGET_PRUDENCE_MARGIN);
  return translate(locale, 'decisions.budget.need', {
    margin: formatNumber(locale, BUDGET_PRUDENCE_MARGIN, 2),
    cost: formatMoney(locale, shown),
    needed: formatMoney(locale, BUDGET_PRUDENCE_MARGIN * shown),
  });
}
