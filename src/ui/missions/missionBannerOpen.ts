/**
 * Whether the mission banner is unfolded (MissionBanner.svelte), kept in the tab's sessionStorage:
 * folded once, it stays folded over screens and reloads of this tab; a new tab shows it open again,
 * the objective in full.
 */
export const MISSION_BANNER_FOLDED_KEY = 'fidelis.missionBannerFolded';

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function missionBannerOpen(storage: KeyValue | null): boolean {
  try {
    return storage?.getItem(MISSION_BANNER_FOLDED_KEY) !== '1';
  } catch {
    return true;
  }
}

export function rememberMissionBannerOpen(storage: KeyValue | null, open: boolean): void {
  try {
    if (open) storage?.removeItem(MISSION_BANNER_FOLDED_KEY);
    else storage?.setItem(MISSION_BANNER_FOLDED_KEY, '1');
  } catch {
    // not remembered: the banner opens again at the next reload
  }
}
