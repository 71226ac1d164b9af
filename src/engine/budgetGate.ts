/**
 * The budget rule by which a period's decisions are accepted or refused « budget insuffisant »
 * (applyDecisions, actions.ts), one pure gate the engine and the page's estimate (src/app/periodCost.ts,
 * gateDecisions) both step, so the decisions screen warns of the refusals the engine will make. In the decisions' order, from the
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

/**
 * The rule stepped decision by decision, over a `budget` read when asked (the engine's state.budget, which
 * a data collection or a campaign lowers at once; the page's own copy) and, reserved on top of it, the
 * running programmes' `reserved` reserve, then each programme launched and survey ordered, less what a
 * stopped programme frees. One accumulator, in the decisions' order: the engine's test, bit for bit.
 */
export function budgetGate(budget: () => number, reserved: number) {
  let committed = reserved;
  let running = reserved;
  let launched = 0;
  let surveys = 0;
  return {
    /** whether a decision of `cost` fits in the budget less all that is reserved (the test applyDecisions refuses by) */
    fits: (cost: number): boolean => !(cost > budget() - committed),
    /** a programme launched: reserves its first period's `reserve` (margin included) */
    launch(reserve: number): void {
      committed += reserve;
      launched += reserve;
    },
    /** a survey ordered: reserves its full sample's cost, paid at the end of the period */
    survey(cost: number): void {
      committed += cost;
      surveys += cost;
    },
    /** a running programme stopped: frees its `reserve` */
    stop(reserve: number): void {
      committed -= reserve;
      running -= reserve;
    },
    /** what is reserved now, by whom, and what a decision has to fit in */
    reserves: () => ({ running, launched, surveys, available: budget() - committed }),
  };
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
  /**
   * what it needed there: a strategy its first period's expected cost x BUDGET_PRUDENCE_MARGIN, the others their cost
   * (0: stopping a programme, a complaint policy). QA qa19 F2: « 4 183 € par période » under « Budget disponible 4 350 € »
   * was refused, and no text said that it needed 1,3 x 4 183 € = 5 438 €
   */
  needed: number;
}

/** Each decision's outcome under the budget rule, in their order, from the period's `budget` and the running programmes' `reserved`. */
export function gateDecisions(budget: number, reserved: number, decisions: readonly GatedDecision[]): GateOutcome[] {
  let left = budget;
  const gate = budgetGate(() => left, reserved);
  return decisions.map((d) => {
    const outcome = { refused: false, ...gate.reserves(), needed: d.type === 'arreterProgramme' ? 0 : d.cost };
    switch (d.type) {
      case 'financier':
      case 'lienSocial':
      case 'personnalisation':
      case 'customisation': {
        const reserve = withPrudence(d.cost);
        if (!gate.fits(reserve)) return { ...outcome, needed: reserve, refused: true };
        gate.launch(reserve);
        return { ...outcome, needed: reserve };
      }
      case 'enquete':
        if (!gate.fits(d.cost)) return { ...outcome, refused: true };
        gate.survey(d.cost);
        return outcome;
      case 'collecteDonnees':
      case 'acquisition':
        if (!gate.fits(d.cost)) return { ...outcome, refused: true };
        left -= d.cost;
        return outcome;
      case 'arreterProgramme':
        gate.stop(d.cost);
        return outcome;
      case 'politiqueReclamations':
        return outcome;
    }
  });
}
