/**
 * A satisfaction mission left unmeasured although the learner ran a survey: a mystery shopper, which rates
 * the service, not the customers' satisfaction that only a questionnaire measures (QA qa18 F11). The bilan
 * then says why the value was never measured. Not when a questionnaire ran too: a mystery shopper the same
 * period replaces its measure (engine/objectives.ts keeps a period's last survey), and « il fallait un
 * questionnaire » would be false (review2). Pure.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals } from '../../engine/types.ts';
import { refusalOf } from './missionRefusals.ts';

export function mysteryShopperOnly(decisions: DecisionsLog, rejections: readonly PeriodRefusals[]): boolean {
  const ran = new Set<string>();
  for (const d of decisions)
    d.actions.forEach((a, i) => {
      if (a.type === 'enquete' && refusalOf(rejections, d.tick, i) === null) ran.add(a.instrument);
    });
  return ran.has('clientMystere') && !ran.has('questionnaire');
}
