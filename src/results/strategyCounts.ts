/**
 * What a learner did, derived from the decisions log: how many actions of each type were
 * launched (and not refused by the engine), and how many of the four loyalty strategies were used at least once.
 */
import type { RefusalReason } from '../engine/types.ts';
import type { ActionType, DecisionsLog } from '../engine/decisions.ts';
import { COMPLAINT_LEVELS } from '../engine/actionCheck.ts';
import { STRATEGIES, type Strategy } from '../engine/vocabulary.ts';

export const ACTION_TYPES = [
  'financier',
  'lienSocial',
  'personnalisation',
  'customisation',
  'collecteDonnees',
  'enquete',
  'politiqueReclamations',
  'acquisition',
  'arreterProgramme',
] as const satisfies readonly ActionType[];

// Compile-time check that the list above names every action type of the decisions schema.
type Missing = Exclude<ActionType, (typeof ACTION_TYPES)[number]>;
const everyTypeListed: Missing extends never ? true : Missing = true;
void everyTypeListed;

export type ActionCounts = Record<ActionType, number>;

/** An action of the log the engine refused: the index of the action in its tick's decisions. */
export interface RefusedAction {
  tick: number;
  actionIndex: number;
  /** why the engine refused it (the class view's « Détails » and refused list say it); absent where only the count matters */
  reason?: RefusalReason;
}

function isRefused(refused: readonly RefusedAction[], tick: number, actionIndex: number): boolean {
  return refused.some((r) => r.tick === tick && r.actionIndex === actionIndex);
}

/**
 * Actions of each type in `log`: those the engine ran, leaving out the `refused` ones (a lack of
 * budget, say: they never ran, the replay shows it), or with `which` 'refused', only those.
 */
export function countActions(log: DecisionsLog, refused: readonly RefusedAction[] = [], which: 'accepted' | 'refused' = 'accepted'): ActionCounts {
  const counts = Object.fromEntries(ACTION_TYPES.map((t) => [t, 0])) as ActionCounts;
  for (const entry of log)
    entry.actions.forEach((action, i) => {
      if (isRefused(refused, entry.tick, i) === (which === 'refused')) counts[action.type] += 1;
    });
  return counts;
}

export type PolicyLevelCounts = Partial<Record<(typeof COMPLAINT_LEVELS)[number], number>>;

/** The complaint policies of `log` by level, as countActions counts them: two levels are two decisions (QA12 F9). */
export function countPolicyLevels(log: DecisionsLog, refused: readonly RefusedAction[] = [], which: 'accepted' | 'refused' = 'accepted'): PolicyLevelCounts {
  const counts: PolicyLevelCounts = {};
  for (const entry of log)
    entry.actions.forEach((action, i) => {
      if (action.type === 'politiqueReclamations' && isRefused(refused, entry.tick, i) === (which === 'refused')) counts[action.level] = (counts[action.level] ?? 0) + 1;
    });
  return counts;
}

/**
 * The loyalty strategies the learner could use: the four, but those the teacher's class link locked
 * or hid, as the result file records them (its optional `lock` and `hide`); a file that says nothing
 * of them (older, or played without a link) had all four.
 */
export function strategiesAvailable(barred: { lock?: readonly string[]; hide?: readonly string[] }): Strategy[] {
  const out = [...(barred.lock ?? []), ...(barred.hide ?? [])];
  return STRATEGIES.filter((s) => !out.includes(s));
}

/**
 * A result file's strategies: how many of those it could use (strategiesAvailable) its decisions used (not those the engine
 * `refused`), and how many it could use; `unlocked`: a mission run's tools (missionRows.ts), the others not usable in it.
 */
export function fileStrategies(
  file: { decisions: DecisionsLog; lock?: readonly string[]; hide?: readonly string[] },
  refused: readonly RefusedAction[] = [],
  unlocked?: readonly string[],
): { used: number; available: number } {
  const available = strategiesAvailable(file).filter((s) => !unlocked || unlocked.includes(s));
  return { used: strategiesUsed(countActions(file.decisions, refused), available), available: available.length };
}

/** Loyalty strategies (financier, lien social, personnalisation, customisation) of `available` used at least once. */
export function strategiesUsed(counts: ActionCounts, available: readonly Strategy[] = STRATEGIES): number {
  return available.filter((s) => counts[s] > 0).length;
}
