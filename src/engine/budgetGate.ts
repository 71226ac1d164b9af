/**
 * The budget rule by which a period's decisions are accepted or refused « budget insuffisant »
 * (applyDecisions, actions.ts), as a pure function the page's estimate applies too (src/app/periodCost.ts),
 * so the decisions screen warns of the refusals the engine will make. In the decisions' order, from the
 * budget of the period (what was left plus the refill) less what the running programmes reserve (their
 * expected cost this period x BUDGET_PRUDENCE_MARGIN, programmes.ts committedBudget):
 * - a new programme (the four strategies) must fit its first period's expected cost, set-up included,
 *   x BUDGET_PRUDENCE_MARGIN (estimateFirstTickCost), which it then reserves;
 * - a survey must fit its full sample's cost, which it reserves (paid at the end of the period);
 * - a data collection and a campaign must fit their cost, paid at once;
 * - stopping a programme frees its reserve; a complaint policy costs nothing here.
 * QA shops 2: a 1 000 € campaign queued after a personalisation was refused while the estimate (5 075 €)
 * was under the budget (5 400 €): the reminder's first period reserved 1.3 x its cost before it.
 */
import type { ActionType } from './decisions.ts';
import { BUDGET_PRUDENCE_MARGIN } from './params.ts';

/** Whether a decision of `cost` fits in the `budget` less what is `reserved` (the test applyDecisions refuses by). */
export function fitsBudget(budget: number, reserved: number, cost: number): boolean {
  return !(cost > budget - reserved);
}

/** What the budget reserves for a programme's period of `expected` cost: with the prudence margin. */
export function withPrudence(expected: number): number {
  return BUDGET_PRUDENCE_MARGIN * expected;
}

/** A decision as the budget rule sees it. */
export interface GatedDecision {
  type: ActionType;
  /**
   * a strategy: its first period's expected cost, set-up included, without the margin; a survey, a data
   * collection, a campaign: its cost; stopping a programme: the reserve it frees; otherwise 0
   */
  cost: number;
}

export interface GateOutcome {
  refused: boolean;
  /** reserved before it for the running programmes (those not stopped before it) */
  running: number;
  /** reserved before it for the programmes launched earlier in the period */
  launched: number;
  /** reserved before it for the surveys ordered earlier in the period */
  surveys: number;
  /** what it had to fit in: the budget then, less all that is reserved */
  available: number;
}

/** Each decision's outcome under the budget rule, in their order, from the period's `budget` and the running programmes' `reserved`. */
export function gateDecisions(budget: number, reserved: number, decisions: readonly GatedDecision[]): GateOutcome[] {
  let running = reserved;
  let launched = 0;
  let surveys = 0;
  return decisions.map((d) => {
    const committed = running + launched + surveys;
    const outcome = { refused: false, running, launched, surveys, available: budget - committed };
    switch (d.type) {
      case 'financier':
      case 'lienSocial':
      case 'personnalisation':
      case 'customisation': {
        const cost = withPrudence(d.cost);
        if (!fitsBudget(budget, committed, cost)) return { ...outcome, refused: true };
        launched += cost;
        return outcome;
      }
      case 'enquete':
        if (!fitsBudget(budget, committed, d.cost)) return { ...outcome, refused: true };
        surveys += d.cost;
        return outcome;
      case 'collecteDonnees':
      case 'acquisition':
        if (!fitsBudget(budget, committed, d.cost)) return { ...outcome, refused: true };
        budget -= d.cost;
        return outcome;
      case 'arreterProgramme':
        running -= d.cost;
        return outcome;
      case 'politiqueReclamations':
        return outcome;
    }
  });
}
