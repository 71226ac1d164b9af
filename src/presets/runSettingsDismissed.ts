/**
 * The notice naming a reopened run's class settings (classSettings.svelte.ts tellRunSettings), once
 * the learner closed it, stays closed in this tab: a reload resumes the run and told it again, on a
 * phone most of the first screen (QA qa12 F7). Kept per link's settings in sessionStorage: another
 * link, with other settings, is told again, and so is a new tab, where the learner may have forgotten them.
 */
import type { RunClassSettings } from './runClass.ts';
import { readItem, writeItem } from '../app/pageStorage.ts';

export const RUN_SETTINGS_DISMISSED_KEY = 'fidelis.runSettingsDismissed';
/** a tab goes through few links: the oldest closed ones are forgotten past this */
const MAX_REMEMBERED = 20;

type KeyValue = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function settingsKey(settings: RunClassSettings): string {
  return JSON.stringify([settings.shop ?? null, settings.mission ?? null, settings.seed ?? null, settings.mode ?? null, settings.lock, settings.hide]);
}

function dismissed(storage: KeyValue | null): string[] {
  try {
    const list: unknown = JSON.parse(readItem(storage, RUN_SETTINGS_DISMISSED_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/** The learner closed the notice of these settings earlier in this tab. */
export function runSettingsDismissed(storage: KeyValue | null, settings: RunClassSettings): boolean {
  return dismissed(storage).includes(settingsKey(settings));
}

/** The learner closed the notice of these settings. */
export function rememberRunSettingsDismissed(storage: KeyValue | null, settings: RunClassSettings): void {
  const key = settingsKey(settings);
  const list = [...dismissed(storage).filter((k) => k !== key), key].slice(-MAX_REMEMBERED);
  // not remembered (full or blocked storage): the notice comes back at the next reload, as before
  writeItem(storage, RUN_SETTINGS_DISMISSED_KEY, JSON.stringify(list));
}
