/**
 * Picks a scenario text in the learner's language, French when no translation was written (or only
 * a blank one: the editor can leave `en` empty or spaces). The French text gets its typographic
 * spaces here, at display (frenchSpacing: a non-breaking space before « : » and inside « », a narrow
 * one before « ; ! ? »): scenario files are written with ordinary spaces, as the i18n messages are,
 * and stay so (the class view fingerprints the whole scenario, the editor shows what the author wrote).
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Locale } from '../i18n/translate.ts';
import { frenchSpacing } from '../i18n/frenchSpacing.ts';
import { englishText } from '../scenario/englishText.ts';

export function localized(text: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? englishText(text) : undefined) ?? frenchSpacing(text.fr);
}

/** A text that may also be one plain string for every language (a competitor's name in older scenario files). */
export function localizedName(text: string | LocalizedText, locale: Locale): string {
  return typeof text === 'string' ? (locale === 'en' ? text : frenchSpacing(text)) : localized(text, locale);
}
