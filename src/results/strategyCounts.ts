/**
 * What a learner did, derived from the decisions log: how many actions of each type were
 * launched, and how many of the four loyalty strategies were used at least once.
 */
import type { ActionType, DecisionsLog } from '../engine/decisions.ts';
import { STRATEGIES } from '../engine/vocabulary.ts';

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

export function countActions(log: DecisionsLog): ActionCounts {
  const counts = Object.fromEntries(ACTION_TYPES.map((t) => [t, 0])) as ActionCounts;
  for (const entry of log) for (const action of entry.actions) counts[action.type] += 1;
  return counts;
}

/** Loyalty strategies (financier, lien social, personnalisation, customisation) used at least once. */
export function strategiesUsed(counts: ActionCounts): number {
  return STRATEGIES.filter((s) => counts[s] > 0).length;
}
