/**
 * A satisfaction mission left unmeasured although the learner ran a survey: a mystery shopper, which rates
 * the service, not the customers' satisfaction that only a questionnaire measures (QA qa18 F11). The bilan
 * then says why the value was never measured. Pure.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals } from '../../engine/types.ts';
import { refusalOf } from './missionRefusals.ts';

export function mysteryShopperOnly(decisions: DecisionsLog, rejections: readonly PeriodRefusals[]): boolean {
  let mystery = false;
  for (const d of decisions)
    d.actions.forEach((a, i) => {
      if (a.type === 'enquete' && a.instrument === 'clientMystere' && refusalOf(rejections, d.tick, i) === null) mystery = true;
    });
  return mystery;
}
