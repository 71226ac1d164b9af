/**
 * The decisions of a mission's run the engine refused (session.rejections, QA qa18 F10): the bilan marks
 * each as the detailed Bilan's timeline does (« refusée : budget insuffisant »), says first that a failure
 * comes from a lack of budget, and gives no course advice on an action that never ran. Pure.
 */
import type { DecisionsLog } from '../../engine/decisions.ts';
import type { PeriodRefusals, RefusalReason } from '../../engine/types.ts';
import { toolsUsed } from '../../missions/evaluate.ts';
import { toolOfAction, type Tool } from '../../missions/tools.ts';
import { refusedAt } from '../whatif/refusals.ts';

/** Why the engine refused action `index` of period `tick`, or null: it ran. */
export function refusalOf(rejections: readonly PeriodRefusals[], tick: number, index: number): RefusalReason | null {
  return refusedAt(rejections, tick).find((x) => x.actionIndex === index)?.reason ?? null;
}

/** The tools of the actions refused for lack of budget that no action the engine took used: tried, never run. */
export function budgetRefusedTools(decisions: DecisionsLog, rejections: readonly PeriodRefusals[]): Tool[] {
  const refused = new Set<Tool>();
  for (const d of decisions)
    d.actions.forEach((a, i) => {
      const tool = toolOfAction(a.type);
      if (tool && refusalOf(rejections, d.tick, i) === 'budgetInsuffisant') refused.add(tool);
    });
  const ran = toolsUsed(decisions, rejections);
  return [...refused].filter((tool) => !ran.has(tool));
}

/** The tools whose form has « Nombre maximum de clients »: the others (a survey, a campaign, the complaint policy) cost less another way. */
const TARGETED_TOOLS: readonly Tool[] = ['financier', 'lienSocial', 'personnalisation', 'customisation', 'collecteDonnees'];

/** The advice after decisions refused for lack of budget: fewer customers when every refused tool has a target, else a cheaper choice. */
export function refusedBudgetAdvice(tools: readonly Tool[]): 'missions.debrief.refusedBudget' | 'missions.debrief.refusedBudgetCost' {
  return tools.every((tool) => TARGETED_TOOLS.includes(tool)) ? 'missions.debrief.refusedBudget' : 'missions.debrief.refusedBudgetCost';
}
