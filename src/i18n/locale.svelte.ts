/**
 * The current UI language, reactive. French by default: the first screen's areas are built in
 * (frCore.ts), the rest of the learner's French is fetched right after startup (`loadLocale('fr')`,
 * awaited by the lazy screens), the teacher tools' French with their screens (`loadLocale('fr',
 * 'teacher')`, app/screens.ts), the missions' with the mission code (`loadLocale('fr', 'missions')`);
 * English's parts likewise, from the first time it is chosen. Each part in its own chunk (areas.ts).
 */
import type { Messages } from './fr.ts';
import type { Part } from './areas.ts';
import { hasMessages, LOCALES, registerMessages, translate, type Locale, type MessageKey, type Params } from './translate.ts';
import { translateCount, type PluralBase } from './plural.ts';

class LocaleState {
  current = $state<Locale>('fr');
  /** languages registered so far: t() reads it, so texts re-render when more strings arrive */
  loaded = $state(0);
}

export const locale = new LocaleState();

const LOADERS: Record<Locale, Record<Part, () => Promise<Partial<Messages>>>> = {
  fr: {
    learner: () => import('./frLearner.ts').then((m) => m.frLearner),
    teacher: () => import('./frTeacher.ts').then((m) => m.frTeacher),
    missions: () => import('./frMissions.ts').then((m) => m.frMissions),
  },
  en: {
    learner: () => import('./enLearner.ts').then((m) => m.enLearner),
    teacher: () => import('./enTeacher.ts').then((m) => m.enTeacher),
    missions: () => import('./enMissions.ts').then((m) => m.enMissions),
  },
};
const loading: Partial<Record<`${Locale}:${Part}`, Promise<void>>> = {};

export function t(key: MessageKey, params?: Params): string {
  void locale.loaded;
  return translate(locale.current, key, params);
}

/** t() for a counted message: its `…One` or `…Other` form for `count` in the current language (plural.ts). */
export function tCount(base: PluralBase, count: number, params?: Params): string {
  void locale.loaded;
  return translateCount(locale.current, base, count, params);
}

/** Fetches a part of a language's strings (the learner's by default), once; French's first-screen areas are built in. */
export function loadLocale(next: Locale, part: Part = 'learner'): Promise<void> {
  if (hasMessages(next, part)) return Promise.resolve();
  const id = `${next}:${part}` as const;
  let pending = loading[id];
  if (!pending) {
    pending = LOADERS[next][part]().then((messages) => {
      registerMessages(next, messages);
      locale.loaded += 1;
    });
    pending.catch(() => delete loading[id]); // offline hiccup: the next call tries again
    loading[id] = pending;
  }
  return pending;
}

/** The parts a language needs now: the learner's, and the teacher's or the missions' once a screen has loaded it in any language. */
function neededParts(): Part[] {
  const later: Part[] = ['teacher', 'missions'];
  return ['learner', ...later.filter((part) => LOCALES.some((l) => hasMessages(l, part)))];
}

let wanted: Locale = 'fr';

function apply(next: Locale): void {
  locale.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/**
 * Switches the UI language: at once when its strings are loaded, else once they are (the last
 * choice wins if the learner clicks again meanwhile). Resolves when the switch is done.
 */
export function setLocale(next: Locale): Promise<void> {
  wanted = next;
  const parts = neededParts();
  const loaded = Promise.all(parts.map((part) => loadLocale(next, part))).then(() => undefined);
  // French's first screen is built in: without teacher texts to wait for, it shows at once (texts re-render as the rest arrives)
  if (parts.every((part) => hasMessages(next, part)) || (next === 'fr' && parts.length === 1)) {
    apply(next);
    loaded.catch(() => undefined);
    return Promise.resolve();
  }
  return loaded.then(() => {
    if (wanted === next) apply(next);
  });
}
