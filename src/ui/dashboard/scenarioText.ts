/** A scenario text (LocalizedText) in the learner's language, French when no translation was written (French spaces as localized() gives them). */
import type { LocalizedText } from '../../scenario/schema.ts';
import type { Locale } from '../../i18n/translate.ts';
import { localized } from '../../app/localized.ts';

export function scenarioText(text: LocalizedText, locale: Locale): string {
  return localized(text, locale);
}
