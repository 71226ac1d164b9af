/**
 * The current UI language, reactive. French by default: the first screen's areas are built in
 * (frCore.ts), the rest of French is fetched right after startup (`loadLocale('fr')`, awaited by
 * the lazy screens); English is fetched the first time it is chosen. Each in its own chunk.
 */
import type { Messages } from './fr.ts';
import { hasMessages, registerMessages, translate, type Locale, type MessageKey, type Params } from './translate.ts';

class LocaleState {
  current = $state<Locale>('fr');
  /** languages registered so far: t() reads it, so texts re-render when more strings arrive */
  loaded = $state(0);
}

export const locale = new LocaleState();

const LOADERS: Record<Locale, () => Promise<Messages>> = {
  fr: () => import('./fr.ts').then((m) => m.fr),
  en: () => import('./en.ts').then((m) => m.en),
};
const loading: Partial<Record<Locale, Promise<void>>> = {};

export function t(key: MessageKey, params?: Params): string {
  void locale.loaded;
  return translate(locale.current, key, params);
}

/** Fetches all of a language's strings, once (French too: only its first-screen areas are built in). */
export function loadLocale(next: Locale): Promise<void> {
  if (hasMessages(next)) return Promise.resolve();
  let pending = loading[next];
  if (!pending) {
    pending = LOADERS[next]().then((messages) => {
      registerMessages(next, messages);
      locale.loaded += 1;
    });
    pending.catch(() => delete loading[next]); // offline hiccup: the next call tries again
    loading[next] = pending;
  }
  return pending;
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
  if (next === 'fr' || hasMessages(next)) {
    apply(next);
    // the first screen's French is built in; the rest follows (texts re-render when it arrives)
    if (next === 'fr') loadLocale('fr').catch(() => undefined);
    return Promise.resolve();
  }
  return loadLocale(next).then(() => {
    if (wanted === next) apply(next);
  });
}
