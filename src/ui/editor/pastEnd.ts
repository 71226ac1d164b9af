/**
 * What falls after the end of a shortened scenario: the dated events (the shop's and each competitor's)
 * at a period the run no longer reaches, and the objectives checked after its last period, as the
 * scenario's check (src/scenario/schema.ts, checkDates) reports them. Periods count from 0: an event at
 * period `duration − 1` is the last one played and stays; an objective checked at `duration` is checked
 * at the end and stays. « Retirer les événements après la fin » removes the events and moves those
 * deadlines to the end (an objective without `byTick` is checked at the end of the run). Pure; the draft is plain JSON.
 */
import type { JsonPath } from '../../scenario/jsonText.ts';
import { copyJson } from './newItems.ts';
import { getAt, type JsonObject } from './draftPath.ts';

export interface PastEndItem {
  /** the event (`['events', 3]`, `['competitors', 0, 'events', 1]`) or the objective (`['objectives', 2]`) */
  path: JsonPath;
  /** an event is removed; an objective's deadline goes */
  what: 'event' | 'deadline';
  /** its period (an event's `tick`, an objective's `byTick`) */
  tick: number;
}

const listOf = (root: unknown, path: JsonPath): unknown[] => {
  const list = getAt(root, path);
  return Array.isArray(list) ? list : [];
};

const numberAt = (item: unknown, key: string): number | undefined => {
  const value = getAt(item, [key]);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

/** The items after the end of a draft lasting `duration` periods, in the form's order; none when the duration is not a whole number of periods. */
export function pastEnd(draft: unknown, duration: unknown): PastEndItem[] {
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1) return [];
  const found: PastEndItem[] = [];
  const events = (list: JsonPath) => {
    for (const [j, event] of listOf(draft, list).entries()) {
      const tick = numberAt(event, 'tick');
      if (tick !== undefined && tick >= duration) found.push({ path: [...list, j], what: 'event', tick });
    }
  };
  for (const i of listOf(draft, ['competitors']).keys()) events(['competitors', i, 'events']);
  events(['events']);
  for (const [i, objective] of listOf(draft, ['objectives']).entries()) {
    const tick = numberAt(objective, 'byTick');
    if (tick !== undefined && tick > duration) found.push({ path: ['objectives', i], what: 'deadline', tick });
  }
  return found;
}

/** A copy of the draft without those events and with those objectives checked at the end; the rest untouched. */
export function withoutPastEnd(draft: JsonObject, items: readonly PastEndItem[]): JsonObject {
  const copy = copyJson(draft) as JsonObject;
  // events removed from the last of each list up, so that the indices still to remove stay right
  const events = items.filter((item) => item.what === 'event').sort((a, b) => (b.path.at(-1) as number) - (a.path.at(-1) as number));
  for (const { path } of events) listOf(copy, path.slice(0, -1)).splice(path.at(-1) as number, 1);
  for (const { path } of items.filter((item) => item.what === 'deadline')) {
    const objective = getAt(copy, path);
    if (objective !== null && typeof objective === 'object') delete (objective as Record<string, unknown>).byTick;
  }
  return copy;
}
