/**
 * Which mission's banner is folded (MissionBanner.svelte), kept in the tab's sessionStorage: folded
 * once, it stays folded over screens and reloads of this tab for that mission. The next mission, or a
 * new tab, shows its banner open: its objective is read in full first.
 */
export const MISSION_BANNER_FOLDED_KEY = 'fidelis.missionBannerFolded';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A mission's name for the fold: its path's shop and its id. */
export function missionBannerKey(view: { path: { scenario: string }; mission: { id: string } }): string {
  return `${view.path.scenario}/${view.mission.id}`;
}

/** The mission whose banner was folded in this tab, or null. */
export function foldedMission(storage: KeyValue | null): string | null {
  try {
    return storage?.getItem(MISSION_BANNER_FOLDED_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps `mission` as the folded one, or none (null: the banner was opened again). */
export function rememberFoldedMission(storage: KeyValue | null, mission: string | null): void {
  try {
    if (mission === null) storage?.removeItem(MISSION_BANNER_FOLDED_KEY);
    else storage?.setItem(MISSION_BANNER_FOLDED_KEY, mission);
  } catch {
    // not remembered: the banner opens again at the next reload
  }
}
