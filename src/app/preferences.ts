/**
 * What the browser remembers about the learner between visits (localStorage):
 * the interface language (a first visit takes the browser's: `startLocale`), whether the guided tour was seen, the run last played (resumed
 * on reload), the shop last received through a share link (still offered after a reload, once
 * the address no longer carries it) and the teacher's « Affichage projecteur » switch of the class
 * view (a link's ?display= wins over it: ui/class/ProjectorSwitch.svelte), whether the navigation's
 * « Espace enseignant » was last opened or folded (ui/shell/NavBar.svelte), the learner's name last
 * written on a result file (ui/verify/ExportResult.svelte: typed again for every game). Storage may be
 * missing or blocked (private mode): then nothing is remembered, nothing breaks.
 */
import { pageLocalStorage, readItem, writeItem } from './pageStorage.ts';
import { isLocale, type Locale } from '../i18n/translate.ts';

const LOCALE_KEY = 'fidelis.locale';
const TOUR_KEY = 'fidelis.tourSeen';
const LAST_RUN_KEY = 'fidelis.lastRun';
const LINKED_SHOP_KEY = 'fidelis.linkedShop';
const PROJECTOR_KEY = 'fidelis.classView.projector';
const TEACHER_NAV_KEY = 'fidelis.nav.teacherOpen';
const LEARNER_NAME_KEY = 'fidelis.learnerName';

const read = (key: string): string | null => readItem(pageLocalStorage(), key);

/** Stores `value`, or forgets the key when it is null (full or blocked storage: the preference is simply not remembered). */
const write = (key: string, value: string | null): void => writeItem(pageLocalStorage(), key, value);

export function savedLocale(): Locale | null {
  const value = read(LOCALE_KEY);
  return isLocale(value) ? value : null;
}

/**
 * The language of a first visit, from the browser's preferred languages (`navigator.languages`):
 * English when none of them is French, French otherwise (fr-*, or nothing known). A saved choice
 * wins over it (`startLocale`).
 */
export function browserLocale(languages: readonly string[] | undefined): Locale {
  const list = (languages ?? []).filter((tag) => tag.trim() !== '');
  if (list.length === 0) return 'fr';
  return list.some((tag) => /^fr(-|$)/i.test(tag.trim())) ? 'fr' : 'en';
}

/** The language the app starts in: the learner's saved choice, else the browser's (`browserLocale`). */
export function startLocale(languages: readonly string[] | undefined = typeof navigator === 'undefined' ? undefined : navigator.languages): Locale {
  return savedLocale() ?? browserLocale(languages);
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
  write(LAST_RUN_KEY, runId);
}

/** The code of the shop last received through a share link (as in its `?scenario=` parameter), or null. */
export function linkedShopCode(): string | null {
  return read(LINKED_SHOP_KEY);
}

/** Keeps a share link's code (the app cleans it off the address), or forgets it (null). */
export function rememberLinkedShop(code: string | null): void {
  write(LINKED_SHOP_KEY, code);
}

/** The teacher's last choice of the class view's projector display on this browser: true (on), false (off), null (never chosen). */
export function projectorChoice(): boolean | null {
  const value = read(PROJECTOR_KEY);
  return value === '1' ? true : value === '0' ? false : null;
}

export function rememberProjectorChoice(on: boolean): void {
  write(PROJECTOR_KEY, on ? '1' : '0');
}

/** The last choice of the navigation's « Espace enseignant » group on this browser: true (open), false (folded), null (never chosen). */
export function teacherNavChoice(): boolean | null {
  const value = read(TEACHER_NAV_KEY);
  return value === '1' ? true : value === '0' ? false : null;
}

export function rememberTeacherNavChoice(open: boolean): void {
  write(TEACHER_NAV_KEY, open ? '1' : '0');
}

/** The learner's name last written on a result file on this browser ('' when none). */
export function learnerName(): string {
  return read(LEARNER_NAME_KEY) ?? '';
}

export function rememberLearnerName(name: string): void {
  write(LEARNER_NAME_KEY, name.trim() === '' ? null : name.trim());
}
