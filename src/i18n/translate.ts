/**
 * Pure lookup and interpolation of UI strings; no Svelte here so it is unit-testable
 * and usable from workers. A language's parts (areas.ts) are registered once loaded (locale.svelte.ts
 * fetches the chosen language's first-screen areas at startup, the rest of the learner's with the
 * first game screen, the teacher tools' with their screens; Node entry points and tests register
 * whole languages up front).
 * The reactive current language lives in locale.svelte.ts.
 */
import type { Messages } from './fr.ts';
import type { FrCore } from './frCore.ts';
import { PART_AREAS, type Part } from './areas.ts';
import { elideTemplate } from './elision.ts';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const dictionaries: Partial<Record<Locale, Partial<Messages>>> = {};

/**
 * Makes loaded areas of a language (a part, or the whole language) available to translate(). An area already
 * there is merged with the new one, key by key at its top level: French's first screen carries part of the
 * vocabulary area (frCore.ts), the learner part all of it, whichever arrives first.
 */
export function registerMessages(locale: Locale, messages: Partial<Messages> | FrCore): void {
  const loaded: Record<string, object> = { ...dictionaries[locale] };
  for (const [area, strings] of Object.entries(messages)) loaded[area] = { ...loaded[area], ...(strings as object) };
  dictionaries[locale] = loaded as Partial<Messages>;
}

/** Whether every area of `locale`'s part is loaded (the learner's part by default). */
export function hasMessages(locale: Locale, part: Part = 'learner'): boolean {
  const loaded = dictionaries[locale];
  return loaded !== undefined && PART_AREAS[part].every((area) => loaded[area] !== undefined);
}

/**
 * The strings of `locale`; French while that language is not loaded. Areas not loaded yet are
 * missing (lookup() then finds nothing, translate() falls back to French, then shows the key).
 */
export function messagesOf(locale: Locale): Messages {
  return (dictionaries[locale] ?? dictionaries.fr ?? {}) as Messages;
}

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export type Params = Record<string, string | number>;

export function lookup(dict: Messages, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Translate `key` in `locale`, falling back to French, then to the key itself (visible, never a crash). */
export function translate(locale: Locale, key: MessageKey | string, params?: Params): string {
  const own = lookup(messagesOf(locale), key);
  const text = own ?? lookup(messagesOf('fr'), key) ?? key;
  // a French text: « de {{name}} » before a vowel reads « d’Emma » (elision.ts)
  const french = own === undefined || locale === 'fr';
  return interpolate(french && params ? elideTemplate(text, params) : text, params);
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
