/**
 * A text of the draft in the language shown, as the editor lists it (an event's line, what the removal
 * of the events after the end took, the name of a draft set aside): the English one when written (not
 * blank), the French one otherwise. Pure; the draft may hold anything the file had.
 */
import type { Locale } from '../../i18n/translate.ts';

/** A { fr, en } text or a plain one (a competitor's name in older files), trimmed; undefined when blank or not a text. */
export function draftText(value: unknown, shown: Locale): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value === null || typeof value !== 'object') return undefined;
  const { fr, en } = value as Record<string, unknown>;
  const text = shown === 'en' && typeof en === 'string' && en.trim() ? en : fr;
  return typeof text === 'string' && text.trim() ? text.trim() : undefined;
}
