/**
 * Where the browser keeps the mission progress (progress.ts reads it through its schema), and a
 * startup check that needs no schema: the shop of the mission being played, if any, so the page
 * loads the mission code (lazyMissions.svelte.ts) only when a mission is in progress.
 */
export const PROGRESS_KEY = 'fidelis.missions';

/** The shop id of the stored mission in progress; null when there is none or the value is unreadable (progress.ts then reads no progress either). */
export function storedMissionShop(text: string | null): string | null {
  if (!text) return null;
  try {
    const shop = (JSON.parse(text) as { active?: { scenarioId?: unknown } | null } | null)?.active?.scenarioId;
    return typeof shop === 'string' && shop !== '' ? shop : null;
  } catch {
    return null;
  }
}
