/**
 * The current UI language, reactive. French by default and always loaded; English is fetched
 * the first time it is chosen (its own chunk, not in the first screen's JavaScript).
 */
import type { Messages } from './fr.ts';
import { hasMessages, registerMessages, translate, type Locale, type MessageKey, type Params } from './translate.ts';

class LocaleState {
  current = $state<Locale>('fr');
}

export const locale = new LocaleState();

const LOADERS: Record<Exclude<Locale, 'fr'>, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((m) => m.en),
};

export function t(key: MessageKey, params?: Params): string {
  return translate(locale.current, key, params);
}

/** Fetches a language's strings once; French is always there. */
export async function loadLocale(next: Locale): Promise<void> {
  if (hasMessages(next) || next === 'fr') return;
  registerMessages(next, await LOADERS[next]());
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
  if (hasMessages(next)) {
    apply(next);
    return Promise.resolve();
  }
  return loadLocale(next).then(() => {
    if (wanted === next) apply(next);
  });
}
