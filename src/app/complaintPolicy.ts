/**
 * The complaint policy in force: the engine starts every run with « standard » (src/engine/simulation.ts)
 * and applies every politiqueReclamations decision, never refusing one (src/engine/actions.ts), so the
 * policy in force is the last one in the decisions log, and the one that will be from the current
 * period the last one pending. What handling a complaint costs comes from the engine's rule (unitCosts.ts:
 * staff time plus a gesture in the shop's baskets).
 */
import type { Action, DecisionsLog } from '../engine/decisions.ts';
import { complaintUnitCost, scenarioBasket } from '../engine/unitCosts.ts';
import type { ComplaintPolicy } from '../engine/vocabulary.ts';
import type { Scenario } from '../scenario/schema.ts';

export const INITIAL_COMPLAINT_POLICY: ComplaintPolicy = 'standard';

function lastPolicy(actions: readonly Action[]): ComplaintPolicy | null {
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i];
    if (a.type === 'politiqueReclamations') return a.level;
  }
  return null;
}

/** The policy the engine applies now, from the decisions already played. */
export function policyInForce(decisions: DecisionsLog): ComplaintPolicy {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const level = lastPolicy(decisions[i].actions);
    if (level) return level;
  }
  return INITIAL_COMPLAINT_POLICY;
}

/** The policy a pending decision sets for the current period, if any (the last one wins). */
export function pendingPolicy(pending: readonly Action[]): ComplaintPolicy | null {
  return lastPolicy(pending);
}

/** Euros paid for each complaint handled under `policy` in the scenario's shop (the engine's rule, unitCosts.ts). */
export function costPerComplaint(policy: ComplaintPolicy, scenario: Pick<Scenario, 'customers' | 'economics'>): number {
  return complaintUnitCost(policy, scenarioBasket(scenario));
}

/** What a complaint costs under the policy in force and under the one in force once the pending decisions are played (the runway's complaint handling). */
export function complaintUnitCosts(decisions: DecisionsLog, pending: readonly Action[], scenario: Pick<Scenario, 'customers' | 'economics'>): { now: number; next: number } {
  const now = policyInForce(decisions);
  return { now: costPerComplaint(now, scenario), next: costPerComplaint(pendingPolicy(pending) ?? now, scenario) };
}
