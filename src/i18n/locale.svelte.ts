/** The current UI language, reactive. French by default. */
import { translate, type Locale, type MessageKey, type Params } from './translate.ts';

class LocaleState {
  current = $state<Locale>('fr');
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Params): string {
  return translate(locale.current, key, params);
}

export function setLocale(next: Locale): void {
  locale.current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}
