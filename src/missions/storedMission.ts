/**
 * Where the browser keeps the mission progress (progress.ts reads it through its schema), and a
 * startup check that needs no schema: the shops of the missions played, if any, so the page
 * loads the mission code (lazyMissions.svelte.ts) only when missions are in progress.
 */
export const PROGRESS_KEY = 'fidelis.missions';

/**
 * The shop ids of the stored mission runs (the mission started last first): a saved game of any of them, reopened, plays
 * its mission. Empty when there is none or the value is unreadable (progress.ts then reads no progress either).
 */
export function storedMissionShops(text: string | null): string[] {
  if (!text) return [];
  try {
    const stored = JSON.parse(text) as { active?: { scenarioId?: unknown } | null; runs?: Record<string, { scenarioId?: unknown } | null> } | null;
    const shops = [stored?.active?.scenarioId, ...Object.values(stored?.runs ?? {}).map((r) => r?.scenarioId)];
    return [...new Set(shops.filter((s): s is string => typeof s === 'string' && s !== ''))];
  } catch {
    return [];
  }
}
