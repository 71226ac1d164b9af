/**
 * What the browser remembers about the learner between visits (localStorage):
 * the interface language, whether the guided tour was seen, the run last played (resumed
 * on reload) and the shop last received through a share link (still offered after a reload, once
 * the address no longer carries it). Storage may be
 * missing or blocked (private mode): then nothing is remembered, nothing breaks.
 */
import { pageLocalStorage } from './pageStorage.ts';
import { isLocale, type Locale } from '../i18n/translate.ts';

const LOCALE_KEY = 'fidelis.locale';
const TOUR_KEY = 'fidelis.tourSeen';
const LAST_RUN_KEY = 'fidelis.lastRun';
const LINKED_SHOP_KEY = 'fidelis.linkedShop';

function read(key: string): string | null {
  try {
    return pageLocalStorage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    pageLocalStorage()?.setItem(key, value);
  } catch {
    // full or blocked storage: the preference is simply not remembered
  }
}

export function savedLocale(): Locale | null {
  const value = read(LOCALE_KEY);
  return isLocale(value) ? value : null;
}

export function saveLocale(locale: Locale): void {
  write(LOCALE_KEY, locale);
}

export function tourSeen(): boolean {
  return read(TOUR_KEY) === '1';
}

export function markTourSeen(): void {
  write(TOUR_KEY, '1');
}

export function lastRun(): string | null {
  return read(LAST_RUN_KEY);
}

export function rememberRun(runId: string | null): void {
  try {
    if (runId === null) pageLocalStorage()?.removeItem(LAST_RUN_KEY);
    else write(LAST_RUN_KEY, runId);
  } catch {
    // not remembered
  }
}

/** The code of the shop last received through a share link (as in its `?scenario=` parameter), or null. */
export function linkedShopCode(): string | null {
  return read(LINKED_SHOP_KEY);
}

/** Keeps a share link's code (the app cleans it off the address), or forgets it (null). */
export function rememberLinkedShop(code: string | null): void {
  try {
    if (code === null) pageLocalStorage()?.removeItem(LINKED_SHOP_KEY);
    else write(LINKED_SHOP_KEY, code);
  } catch {
    // not remembered
  }
}
