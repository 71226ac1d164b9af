/**
 * The text of a notice in the current language. Parameters that are themselves message
 * keys (an action type, a refusal reason) are translated too, and parameters stored as
 * renderers (a decision's description) are rendered now, so a notice follows a language
 * switch. Unknown keys fall back to the raw text the notice carries, if any.
 */
import { lookup, messagesOf, type Locale, type Params } from '../i18n/translate.ts';
import type { Notice } from './notices.svelte.ts';

type Translate = (key: never, params?: Params) => string;

function isKey(value: string): boolean {
  return /^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/.test(value) && lookup(messagesOf('fr'), value) !== undefined;
}

export function noticeText(t: Translate, notice: Omit<Notice, 'cause'>, locale: Locale = 'fr'): string {
  const tr = t as (key: string, params?: Params) => string;
  if (notice.text && lookup(messagesOf('fr'), notice.key) === undefined) return notice.text;
  const params: Params = {};
  for (const [name, value] of Object.entries(notice.params ?? {}))
    params[name] = typeof value === 'function' ? value(tr, locale) : typeof value === 'string' && isKey(value) ? tr(value) : value;
  return tr(notice.key, params);
}
