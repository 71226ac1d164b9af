/**
 * The saved games that are mission runs whose question was answered right (progress.ts MissionAttempt.answer): such a
 * mission (mission 1, « Lire la base clients ») is passed at its first period, and its game has no more to play for it,
 * so the saved runs' list says so rather than « Semaine 1 / 4, à jouer » (QA qa29self m9). Read without the progress'
 * schema, as storedMission.ts does: the list (ui/home/SavedRunList.svelte) does not load the mission code. An unreadable
 * value reads as none.
 */
import { PROGRESS_KEY } from './storedMission.ts';

export function answeredMissionRuns(storage: Pick<Storage, 'getItem'> | null): Set<string> {
  try {
    const stored = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? 'null') as { runs?: Record<string, { answer?: unknown } | null> } | null;
    const runs = stored && typeof stored.runs === 'object' && stored.runs ? stored.runs : {};
    return new Set(Object.entries(runs).flatMap(([id, run]) => (typeof run?.answer === 'number' ? [id] : [])));
  } catch {
    return new Set();
  }
}
