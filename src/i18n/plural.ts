/**
 * Counted messages: a message whose words depend on a number comes as two keys, `…One` and `…Other`,
 * and the language's plural rules pick one (French: 0 and 1 are singular; English: only 1). A message may
 * add a `…Zero` form, said for 0 instead (« Aucune fiche », not « 0 fiche »: QA a11y qa8 F9), and a
 * `…Two` form, said for 2 (« Both students », not « All 2 students »: QA qa16 F2).
 * translateCount() is the pure form (the locale passed in, as translate()); components use tCount()
 * from locale.svelte.ts, the reactive form, as they use t().
 */
import { lookup, messagesOf, translate, type Locale, type MessageKey, type Params } from './translate.ts';

/** A message name that has both its `…One` and `…Other` forms (`decisions.advance.pending`). */
export type PluralBase = Extract<Base<MessageKey, 'One'>, Base<MessageKey, 'Other'>>;
type Base<K, Form extends string> = K extends `${infer B}${Form}` ? B : never;

const rules = new Map<Locale, Intl.PluralRules>();

/** The form `count` takes in `locale`: the suffix of its message's key. */
export function pluralForm(locale: Locale, count: number): 'One' | 'Other' {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r.select(count) === 'one' ? 'One' : 'Other';
}

export function pluralKey(locale: Locale, count: number, base: PluralBase | string): MessageKey {
  return `${base}${pluralForm(locale, count)}` as MessageKey;
}

/**
 * The form of `base` for `count` in `locale` (its `…Zero` form for 0, its `…Two` form for 2, when it has one), filled with `{{count}}`
 * (the bare number) and `params`; a param of the same name wins (a count written with thousands separators, formatNumber).
 */
export function translateCount(locale: Locale, base: PluralBase, count: number, params?: Params): string {
  const special = count === 0 ? `${base}Zero` : count === 2 ? `${base}Two` : null;
  const key = special !== null && lookup(messagesOf(locale), special) !== undefined ? special : pluralKey(locale, count, base);
  return translate(locale, key, { count, ...params });
}
