/**
 * Naming a new class (group) in the class view: the name is kept trimmed (classRecords.ts
 * normalizeClassName); an empty name, one longer than MAX_CLASS_NAME, or one that is already a
 * class (ignoring case and accents: « mco 1 » is « MCO 1 »), the default class's shown name
 * included, is refused with the reason, which the view says in words.
 */
import { MAX_CLASS_NAME, normalizeClassName } from '../../db/classRecords.ts';

export type ClassNameProblem = 'empty' | 'tooLong' | 'duplicate';

export type ClassNameCheck = { name: string; problem?: undefined } | { name?: undefined; problem: ClassNameProblem };

/** Same class name for a teacher: equal once trimmed, ignoring case and accents. */
export function sameClassName(a: string, b: string): boolean {
  return normalizeClassName(a).localeCompare(normalizeClassName(b), 'fr', { sensitivity: 'base' }) === 0;
}

/**
 * `typed` as a new class name beside `existing` (the stored names; the default class is '') and
 * `reserved` (what the default class is shown as, « Ma classe »: a class of that name could not be
 * told apart in the selector).
 */
export function checkNewClassName(typed: string, existing: readonly string[], reserved: readonly string[]): ClassNameCheck {
  const spaced = typed.trim().replace(/\s+/g, ' ');
  if (spaced === '') return { problem: 'empty' };
  if (spaced.length > MAX_CLASS_NAME) return { problem: 'tooLong' };
  const name = normalizeClassName(spaced);
  if ([...existing, ...reserved].some((other) => other !== '' && sameClassName(other, name))) return { problem: 'duplicate' };
  return { name };
}

/**
 * A download's name for class `group`: `base` (« fidelis-classe.csv ») with the class in it
 * (« fidelis-classe-MCO-1.csv »), so the exports of two groups are told apart in the downloads
 * folder; letters and digits kept (accents too), anything else made one dash. The default class: `base`.
 */
export function classFileName(base: string, group: string): string {
  const slug = normalizeClassName(group)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return base;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? `${base.slice(0, dot)}-${slug}${base.slice(dot)}` : `${base}-${slug}`;
}
