/**
 * The same decision twice in one period. A double-click on a form's button (or the same form sent
 * twice) would queue an identical action a second time, and the engine would run and pay both: two
 * identical programmes on the same target, two identical campaigns, the same data collection twice.
 * No legitimate plan needs that in the same period (a bigger campaign is one with a bigger budget,
 * a second programme on the same target is another tool or other settings), so the session refuses
 * it and the forms disable their button while it is queued.
 */
import type { Action, ActionInput } from '../engine/decisions.ts';
import { checkAction } from '../engine/actionCheck.ts';
import { canonicalJson } from '../results/fingerprint.ts';
import { STRATEGIES, type Strategy } from '../engine/vocabulary.ts';

/** A key equal for two actions with the same type, tool, parameters and target (object keys in any order). */
export function actionKey(action: Action): string {
  return canonicalJson(action);
}

/**
 * True when `pending` already holds an action identical to `action`. A complaint policy counts only
 * against the last one queued (the last wins: going back to a level after another is a change of mind).
 */
export function alreadyQueued(pending: readonly Action[], action: Action): boolean {
  const key = actionKey(action);
  if (action.type === 'politiqueReclamations') {
    const last = pending.filter((p) => p.type === 'politiqueReclamations').at(-1);
    return last !== undefined && actionKey(last) === key;
  }
  return pending.some((p) => p.type === action.type && actionKey(p) === key);
}

/** Same, for a form's input (with the schema's defaults, e.g. the whole base as target); false for an invalid input. */
export function inputQueued(pending: readonly Action[], input: ActionInput): boolean {
  const parsed = checkAction(input);
  return parsed.success && alreadyQueued(pending, parsed.data);
}

/** The message refusing a duplicate: a programme or data collection names its target, the others the period. */
export function duplicateMessage(action: Pick<Action, 'type'>): 'decisions.duplicate.programme' | 'decisions.duplicate.collection' | 'decisions.duplicate.other' {
  if ((STRATEGIES as readonly string[]).includes(action.type as Strategy)) return 'decisions.duplicate.programme';
  return action.type === 'collecteDonnees' ? 'decisions.duplicate.collection' : 'decisions.duplicate.other';
}
