import type { LocalizedText } from './schema.ts';

/** A scenario text's English, or undefined when none was written or only a blank one (the editor can leave `en` empty or spaces): the caller then shows the French. */
export function englishText(text: LocalizedText): string | undefined {
  return text.en !== undefined && text.en.trim() !== '' ? text.en : undefined;
}
