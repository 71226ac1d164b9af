/** Picks the `…One` or `…Other` variant of a message by the language's plural rules (French: 0 and 1 are singular). */
import type { Locale, MessageKey } from './translate.ts';

const rules = new Map<Locale, Intl.PluralRules>();

export function pluralKey(locale: Locale, count: number, base: string): MessageKey {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return `${base}${r.select(count) === 'one' ? 'One' : 'Other'}` as MessageKey;
}
