/**
 * The current UI language, reactive. French by default. A language's first-screen areas are fetched
 * at startup or when it is chosen (`setLocale`, the core part: frCore.ts; English's learner part comes whole), the rest of the
 * learner's with the first game screen (`loadLocale(locale.current)`, awaited by the lazy screens,
 * app/screens.ts), the teacher tools' with their screens (`loadLocale(…, 'teacher')`), the missions'
 * with the mission code (`loadLocale(…, 'missions')`), the glass box's when one opens, the debrief's with its code, the glossary cards' with the glossary screen or a « ? » pop-up, the database's messages with a notice that needs them, the saved runs' list's with that list, the class link's with a notice, a locked tool, the remembered link or the link builder (areas.ts). Each part in its own chunk (areas.ts): a learner
 * who switches to English on the home page downloads French's first screen only, an English learner no French.
 */
import type { Messages } from './fr.ts';
import type { FrCore } from './frCore.ts';
import { LATER_PARTS, type Part } from './areas.ts';
import { hasMessages, LOCALES, registerMessages, translate, type Locale, type MessageKey, type Params } from './translate.ts';
import { translateCount, type PluralBase } from './plural.ts';

class LocaleState {
  current = $state<Locale>('fr');
  /** languages registered so far: t() reads it, so texts re-render when more strings arrive */
  loaded = $state(0);
  /** moved a while after a part's fetch fails (longer each time): partShown and the notices area read it, and fetch that part again */
  failed = $state(0);
}

export const locale = new LocaleState();

const LOADERS: Record<Locale, Record<Part, () => Promise<Partial<Messages> | FrCore>>> = {
  fr: {
    core: () => import('./frCore.ts').then((m) => m.frCore),
    learner: () => import('./frLearner.ts').then((m) => m.frLearner),
    teacher: () => import('./frTeacher.ts').then((m) => m.frTeacher),
    missions: () => import('./frMissions.ts').then((m) => m.frMissions),
    glassBox: () => import('./fr/glassBox.ts').then((m) => ({ glassBox: m.glassBox })),
    debrief: () => import('./fr/debrief.ts').then((m) => ({ debrief: m.debrief })),
    glossaryCards: () => import('./fr/glossaryCards.ts').then((m) => ({ glossaryCards: m.glossaryCards })),
    db: () => import('./fr/db.ts').then((m) => ({ db: m.db })),
    savedRuns: () => import('./fr/savedRuns.ts').then((m) => ({ savedRuns: m.savedRuns })),
    presets: () => import('./fr/presets.ts').then((m) => ({ presets: m.presets })),
  },
  en: {
    // English comes whole with its first screen: split like French it cost every English learner 1 KB gz more
    // (bench app-learner-js-en), for a first screen that only waits for it when English was chosen
    core: () => import('./enLearner.ts').then((m) => m.enLearner),
    learner: () => import('./enLearner.ts').then((m) => m.enLearner),
    teacher: () => import('./enTeacher.ts').then((m) => m.enTeacher),
    missions: () => import('./enMissions.ts').then((m) => m.enMissions),
    glassBox: () => import('./en/glassBox.ts').then((m) => ({ glassBox: m.glassBox })),
    debrief: () => import('./en/debrief.ts').then((m) => ({ debrief: m.debrief })),
    glossaryCards: () => import('./en/glossaryCards.ts').then((m) => ({ glossaryCards: m.glossaryCards })),
    db: () => import('./en/db.ts').then((m) => ({ db: m.db })),
    savedRuns: () => import('./en/savedRuns.ts').then((m) => ({ savedRuns: m.savedRuns })),
    presets: () => import('./en/presets.ts').then((m) => ({ presets: m.presets })),
  },
};
const loading: Partial<Record<`${Locale}:${Part}`, Promise<void>>> = {};
const failures: Partial<Record<`${Locale}:${Part}`, number>> = {};

export function t(key: MessageKey, params?: Params): string {
  void locale.loaded;
  return translate(locale.current, key, params);
}

/** t() for a counted message: its `…One` or `…Other` form for `count` in the current language (plural.ts). */
export function tCount(base: PluralBase, count: number, params?: Params): string {
  void locale.loaded;
  return translateCount(locale.current, base, count, params);
}

/**
 * Whether `part` of the current language is there (reactive: re-read when more strings arrive); if not, fetches it.
 * A failed fetch (offline before the service worker) is tried again when the text is read again: another part arrives,
 * the language or the screen changes, or `locale.failed` moves, 2 s after the first failure, then 4, 8… up to a minute
 * (loadLocale); until then the text is not shown, or its caller's fallback (review8 #5). A browser that keeps a failed
 * module fetch (Chromium today) fails again at once, without a request, until the page is reloaded. For texts shown
 * outside the notices, which fetch their own.
 */
export function partShown(part: Part): boolean {
  void locale.loaded;
  void locale.failed;
  if (hasMessages(locale.current, part)) return true;
  loadLocale(locale.current, part).catch(() => undefined);
  return false;
}

/** Fetches a part of a language's strings (the learner's by default, which holds the core areas too), once. */
export function loadLocale(next: Locale, part: Part = 'learner'): Promise<void> {
  if (hasMessages(next, part)) return Promise.resolve();
  const id = `${next}:${part}` as const;
  let pending = loading[id];
  if (!pending) {
    pending = LOADERS[next][part]().then((messages) => {
      registerMessages(next, messages);
      locale.loaded += 1;
    });
    // offline hiccup: the next call tries again, and partShown's readers call again after a while
    pending.catch(() => {
      delete loading[id];
      const n = (failures[id] = (failures[id] ?? 0) + 1);
      setTimeout(() => locale.failed++, Math.min(60, 2 ** n) * 1000);
    });
    loading[id] = pending;
  }
  return pending;
}

/**
 * The parts a language needs now: the first screen's, and each other part once a screen has loaded it, or is
 * loading it, in any language (a teacher screen opened from `?lang=en#/class` asks for its part in the start
 * language while the link's switch is under way: the switch must bring that part too, QA qa12 F2).
 */
function neededParts(): Part[] {
  return ['core', ...LATER_PARTS.filter((part) => LOCALES.some((l) => hasMessages(l, part) || loading[`${l}:${part}`] !== undefined))];
}

let wanted: Locale = 'fr';

/** Texts of the first screen that are not messages (the shipped shops' cards: scenario/shippedShops.ts), fetched by setLocale too. */
const otherTexts: ((next: Locale) => Promise<void>)[] = [];

/** Has setLocale fetch `fetch(language)` too, before it shows a language. */
export function fetchWithLanguage(fetch: (next: Locale) => Promise<void>): void {
  otherTexts.push(fetch);
}

function apply(next: Locale): void {
  locale.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/**
 * Switches the UI language once its strings and the texts fetchWithLanguage asked for are there (the
 * last choice wins if the learner clicks again meanwhile): never before the returned promise resolves,
 * even when all are loaded already, so code that needs the new language awaits it. A part a screen asks
 * for while the strings arrive is fetched too before the switch: the screen never shows the old
 * language's texts, or raw keys, under the new one. Resolves when the switch is done.
 */
export async function setLocale(next: Locale): Promise<void> {
  wanted = next;
  const others = Promise.all(otherTexts.map((fetch) => fetch(next)));
  others.catch(() => undefined); // said by the await below, unless another choice came first
  const fetched: Part[] = [];
  for (;;) {
    // each part once: one that came without all its areas must not loop forever
    const missing = neededParts().filter((part) => !hasMessages(next, part) && !fetched.includes(part));
    if (missing.length === 0) break;
    fetched.push(...missing);
    await Promise.all(missing.map((part) => loadLocale(next, part)));
    if (wanted !== next) return;
  }
  await others;
  if (wanted !== next) return;
  apply(next);
}
