/**
 * Which mission's banner is folded (MissionBanner.svelte), kept in the tab's sessionStorage: folded
 * once, it stays folded over screens and reloads of this tab for that mission. The next mission, or a
 * new tab, shows its banner open: its objective is read in full first.
 */
import { readItem, writeItem } from '../../app/pageStorage.ts';

export const MISSION_BANNER_FOLDED_KEY = 'fidelis.missionBannerFolded';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A mission's name for the fold: its path's shop and its id. */
export function missionBannerKey(view: { path: { scenario: string }; mission: { id: string } }): string {
  return `${view.path.scenario}/${view.mission.id}`;
}

/** The mission whose banner was folded in this tab, or null. */
export function foldedMission(storage: KeyValue | null): string | null {
  return readItem(storage, MISSION_BANNER_FOLDED_KEY);
}

/** Keeps `mission` as the folded one, or none (null: the banner was opened again). */
export function rememberFoldedMission(storage: KeyValue | null, mission: string | null): void {
  // not remembered (full or blocked storage): the banner opens again at the next reload
  writeItem(storage, MISSION_BANNER_FOLDED_KEY, mission);
}
