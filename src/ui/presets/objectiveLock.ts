/**
 * What a class link's closed tools do to one of the shop's objectives, for the student's home card (ScenarioCard):
 * the rule of the teacher's link builder (METRIC_NEEDS, also read by lockConflicts.ts and missionClosedTools.ts) read from the tools the link locks or hides.
 * A measured satisfaction cannot be met without the survey; a recruitment objective is harder without the
 * acquisition campaigns (walk-ins still count). As data: the card words it. Pure.
 */
import type { Objective } from '../../scenario/schema.ts';
import type { Tool } from '../../missions/tools.ts';

/**
 * The tool an objective's metric relies on: without it the objective cannot be met, or is harder. Here, not in
 * lockConflicts.ts, which reads it too: every learner's home card needs it, the link builder's checks only the
 * teacher (they stay out of the startup chunk; bench app-learner-js).
 */
export const METRIC_NEEDS: Partial<Record<Objective['metric'], { tool: Tool; kind: 'impossible' | 'harder' }>> = {
  measuredSatisfaction: { tool: 'enquete', kind: 'impossible' },
  acquisitions: { tool: 'acquisition', kind: 'harder' },
};

export interface ObjectiveLock {
  kind: 'impossible' | 'harder';
  /** the tool the objective needs when the link locks it (shown, so named); null when it hides it (not named, as elsewhere) */
  tool: Tool | null;
}

/** What the link does to the objective: null when it closes none of the tools the objective needs. */
export function objectiveLock(
  objective: Pick<Objective, 'metric'>,
  link: { readonly closed: readonly Tool[]; readonly locked: readonly Tool[] },
): ObjectiveLock | null {
  const need = METRIC_NEEDS[objective.metric];
  if (!need || !link.closed.includes(need.tool)) return null;
  return { kind: need.kind, tool: link.locked.includes(need.tool) ? need.tool : null };
}
