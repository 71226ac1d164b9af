/**
 * What "Ajouter" puts in a list of the scenario: a new item that is valid as soon as it is added
 * (the teacher then edits it), with an id not yet used in the list.
 */
import type { Json, JsonObject } from './draftPath.ts';

function freshId(prefix: string, taken: readonly unknown[]): string {
  const used = new Set(taken.map((item) => (item as { id?: unknown } | null)?.id));
  for (let n = taken.length + 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export function newProductType(list: readonly unknown[], label: string): JsonObject {
  return { id: freshId('produit', list), label: { fr: label }, share: 1, basketFactor: 1 };
}

export function newCompetitor(list: readonly unknown[], name: string): JsonObject {
  return { id: freshId('concurrent', list), name, attractiveness: 0.3, imitationDelayTicks: 8, events: [] };
}

// tick 0 is the game's « Semaine 1 »: a new event starts at the first week the form shows (gameTick.ts), as the shipped
// examples' events can (the engine plays tick 0's events in the first period; the history before it has negative ticks)
export function newCompetitorEvent(): JsonObject {
  return { tick: 0, kind: 'promotion', intensity: 0.5, durationTicks: 4, motives: [] };
}

export function newShopEvent(): JsonObject {
  return { tick: 0, kind: 'saisonHaute', intensity: 1.2, durationTicks: 1 };
}

export function newObjective(list: readonly unknown[], label: string): JsonObject {
  return { id: freshId('objectif', list), label: { fr: label }, metric: 'retentionRate', comparator: '>=', target: 0.99, points: 1 };
}

/** A deep copy of plain JSON (drafts never hold anything else). */
export function copyJson<T extends Json | unknown>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
