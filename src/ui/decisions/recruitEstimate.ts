/**
 * The recruitment form's « environ N recrues pour ce budget » under the budget (QA qa29self m1): the form announced
 * 36,90 € per recruit and the Bilan said « 25 recrues pour 1 000 €, soit 40,00 € par recrue » with no reason given. The
 * engine buys budget ÷ cost per recruit, times a word-of-mouth yield below 1 when customers are unhappy (acquisition.ts
 * campaignRecruits, wordOfMouth.ts): that yield is not known before the period, so the form gives the count at best,
 * rounded down, and says it is fewer when customers are unhappy.
 */
import type { PluralBase } from '../../i18n/plural.ts';
import type { MessageKey } from '../../i18n/translate.ts';

export type RecruitEstimate = { key: PluralBase; n: number } | { key: MessageKey };

/** `budget` euros on a paid channel whose recruit costs `unitCost` euros (unitCosts.ts recruitUnitCost). */
export function recruitEstimate(budget: number, unitCost: number): RecruitEstimate {
  // a cent's rounding: 73,80 € for two recruits at 36,90 € is two, not 1,999…
  const n = Math.floor(Math.round((budget / unitCost) * 1e6) / 1e6);
  return n === 0 ? { key: 'decisions.acquisition.recruitsNone' } : { key: 'decisions.acquisition.recruits', n };
}
