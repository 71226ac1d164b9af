/**
 * What « Aller jusqu'à la fin » loses (QA qa19 F5): the objectives only an action can still reach, which
 * playing the remaining periods with no new decision will not make. From the objectives' data, as the
 * engine grades them (engine/objectives.ts): a measured satisfaction needs a questionnaire run in its
 * measurement window (the last quarter of the periods up to its checkpoint); when none is in the periods
 * played, the decisions pending for the next one or a what-if branch's plan (inside that window), it stays « non mesuré », so lost.
 * Objectives already decided (checkpoint passed) say nothing. Pure.
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import { measurementWindowStart, recentQuestionnaire } from '../../engine/objectives.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { Objective, Scenario } from '../../scenario/schema.ts';

export interface EndLoss {
  objective: Objective;
  /** index of the first period (0 = the first) whose questionnaire counts */
  from: number;
}

const isQuestionnaire = (a: Action) => a.type === 'enquete' && a.instrument === 'questionnaire';

/**
 * `pending`: the decisions of the next period (the first played); `planned`: a what-if branch's plan of the later ones
 * (session.planned, played as « Aller jusqu'à la fin » goes), each at the index of the period it runs in.
 */
export function endLosses(
  scenario: Pick<Scenario, 'objectives' | 'durationTicks'>,
  kpis: readonly TickKpis[],
  pending: readonly Action[],
  planned: DecisionsLog = [],
): EndLoss[] {
  const played = kpis.length;
  const out: EndLoss[] = [];
  for (const objective of scenario.objectives) {
    if (objective.metric !== 'measuredSatisfaction') continue;
    const checkTick = Math.min(objective.byTick ?? scenario.durationTicks, scenario.durationTicks);
    if (played >= checkTick) continue;
    const from = measurementWindowStart(checkTick);
    // the engine's own rule over the periods played
    const measured = recentQuestionnaire(kpis, checkTick) !== null;
    // a questionnaire decided for the next period runs in the first period played, a planned one in its own
    const next = played >= from && pending.some(isQuestionnaire);
    const later = planned.some((d) => d.tick >= from && d.tick < checkTick && d.actions.some(isQuestionnaire));
    if (!measured && !next && !later) out.push({ objective, from });
  }
  return out;
}
