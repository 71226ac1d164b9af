/**
 * What « Aller jusqu'à la fin » loses (QA qa19 F5): the objectives only an action can still reach, which
 * playing the remaining periods with no new decision will not make. From the objectives' data, as the
 * engine grades them (engine/objectives.ts): a measured satisfaction needs a questionnaire run in its
 * measurement window (the last quarter of the periods up to its checkpoint); when none is in the periods
 * played or the decisions pending for the next one (inside that window), it stays « non mesuré », so lost.
 * Objectives already decided (checkpoint passed) say nothing. Pure.
 */
import type { Action } from '../../engine/decisions.ts';
import { measurementWindow } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';

export interface EndLoss {
  objective: Objective;
  /** index of the first period (0 = the first) whose questionnaire counts */
  from: number;
}

export function endLosses(scenario: Pick<Scenario, 'objectives' | 'durationTicks'>, kpis: readonly TickKpis[], pending: readonly Action[]): EndLoss[] {
  const played = kpis.length;
  const out: EndLoss[] = [];
  for (const objective of scenario.objectives) {
    if (objective.metric !== 'measuredSatisfaction') continue;
    const checkTick = Math.min(objective.byTick ?? scenario.durationTicks, scenario.durationTicks);
    if (played >= checkTick) continue;
    const from = Math.max(0, checkTick - measurementWindow(checkTick));
    const since = from < played ? kpis[from].tick : null;
    const measured =
      since !== null && kpis.slice(from).some((k) => k.satisfactionMeasured?.method === 'questionnaire' && k.satisfactionMeasured.tick >= since);
    // a questionnaire decided for the next period runs in the first period played
    const next = played >= from && pending.some((a) => a.type === 'enquete' && a.instrument === 'questionnaire');
    if (!measured && !next) out.push({ objective, from });
  }
  return out;
}
