/**
 * The text of a notice in the current language. Parameters that are themselves message
 * keys (an action type, a refusal reason) are translated too, and parameters stored as
 * renderers (a decision's description) are rendered now, so a notice follows a language
 * switch. Unknown keys fall back to the raw text the notice carries, if any, else to a short « message unavailable ». A counted notice
 * names its message's plural base (`db.recordInvalid`, `presets.notice`): its `count` parameter
 * picks the `…One` or `…Other` form in the language of the moment (plural.ts).
 */
import { pluralKey } from '../i18n/plural.ts';
import { lookup, messagesOf, type Locale, type Params } from '../i18n/translate.ts';
import type { Notice } from './notices.svelte.ts';

type Translate = (key: never, params?: Params) => string;

/** Whether `key` is a message of the language shown or of French (the one loaded may be either, or both). */
function known(key: string, locale: Locale): boolean {
  return lookup(messagesOf(locale), key) !== undefined || lookup(messagesOf('fr'), key) !== undefined;
}

function isKey(value: string, locale: Locale): boolean {
  return /^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/.test(value) && known(value, locale);
}

/** The notice's key, or the form its count takes when the key is a counted message's base. */
function keyOf(notice: Omit<Notice, 'cause'>, locale: Locale): string {
  const count = notice.params?.count;
  if (typeof count !== 'number' || known(notice.key, locale)) return notice.key;
  const counted = pluralKey(locale, count, notice.key);
  return known(counted, locale) ? counted : notice.key;
}

/**
 * Whether the notice's message is loaded (in the language shown or in French): the database's messages come
 * with the learner part, after the first screen (i18n/areas.ts), and the notices area waits for them.
 */
export function noticeReady(notice: Omit<Notice, 'cause'>, locale: Locale = 'fr'): boolean {
  return notice.text !== undefined || known(keyOf(notice, locale), locale);
}

export function noticeText(t: Translate, notice: Omit<Notice, 'cause'>, locale: Locale = 'fr'): string {
  const tr = t as (key: string, params?: Params) => string;
  const key = keyOf(notice, locale);
  // its part not downloaded (a flaky network, i18n/locale.svelte.ts): a sentence of the first screen's, never the key
  if (!known(key, locale)) return notice.text ?? tr('shell.notices.unloaded');
  const params: Params = {};
  for (const [name, value] of Object.entries(notice.params ?? {}))
    params[name] = typeof value === 'function' ? value(tr, locale) : typeof value === 'string' && isKey(value, locale) ? tr(value) : value;
  return tr(key, params);
}
