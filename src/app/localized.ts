/** Picks a scenario text in the learner's language, French when no translation was written. */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? (text.en ?? text.fr) : text.fr;
}

/** A text that may also be one plain string for every language (a competitor's name in older scenario files). */
export function localizedName(text: string | LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? text : localized(text, locale);
}
