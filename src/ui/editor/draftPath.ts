/**
 * Reading and writing one field of a scenario draft by its path (['customers', 'spend', 'p']),
 * and the DOM id of the form control editing that path. Pure; the draft is plain JSON.
 */
import type { Locale } from '../../i18n/translate.ts';
import type { JsonPath } from '../../scenario/jsonText.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** `ed-customers-spend-p`, `ed-competitors-0-events-2-tick`: stable, valid as an HTML id. */
export function fieldId(path: JsonPath): string {
  return ['ed', ...path].join('-');
}

export function getAt(root: unknown, path: JsonPath): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Set the value at `path`, creating objects on the way; `undefined` removes the key. */
export function setAt(root: JsonObject, path: JsonPath, value: unknown): void {
  if (path.length === 0) return;
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}

/** The items of a list of the draft; none when it is not a list (a file opened with that error: QA qa19 F9). */
export function itemsOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The list at `path` (created empty if missing). */
export function listAt(root: JsonObject, path: JsonPath): unknown[] {
  const list = getAt(root, path);
  if (Array.isArray(list)) return list;
  const fresh: unknown[] = [];
  setAt(root, path, fresh);
  return getAt(root, path) as unknown[];
}

/**
 * The dated event a path lies in, or null: `['events', 3]` for `['events', 3, 'label', 'fr']`,
 * `['competitors', 0, 'events', 5]` for a competitor's move. The editor shows them one line each and opens one at a time.
 */
export function eventItemOf(path: JsonPath): JsonPath | null {
  if (path[0] === 'events' && typeof path[1] === 'number') return path.slice(0, 2);
  if (path[0] === 'competitors' && typeof path[1] === 'number' && path[2] === 'events' && typeof path[3] === 'number') return path.slice(0, 4);
  return null;
}

/** Does `path` start with `prefix`? */
export function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === path[i]);
}

/** Same path? */
export function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

/**
 * Text typed in a number field -> the value stored in the draft: a number, undefined when empty, the raw text otherwise (so validation can say what is wrong).
 * "0,5" is read as 0.5, spaces (« 1 200 », no-break and thin ones too) are dropped, and so is one euro sign before or after the
 * number: « 2 000 € » pasted from a spreadsheet was refused while « 1 200 » was taken (QA qa30editor Minor 4).
 * In a field whose unit is a 0–1 share (`share`), a percentage is taken as such: « 35 % », « 35% » or
 * « 35 % » is 0,35 (a teacher types a margin rate as she reads it); elsewhere a « % » stays refused (a season
 * of « 40 % » meant +40 %, an intensity of 1,4, not 0,4).
 */
export function parseNumberText(text: string, share = false): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  let normalised = trimmed.replace(/\s/g, '').replace(/^€|€$/, '').replace(',', '.');
  const percent = share && normalised.endsWith('%');
  if (percent) normalised = normalised.slice(0, -1);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised) || (percent && /e/i.test(normalised))) return trimmed;
  // « 35 % »: the decimal point moved two places (0.35 exactly as typed « 0,35 », where 35 / 100 may differ in its last bit)
  return percent ? Number(`${normalised}e-2`) : Number(normalised);
}

/**
 * A start date typed the French way, « 04/01/2027 » (JJ/MM/AAAA, also with dots or dashes), as the file stores it, « 2027-01-04 »;
 * any other text as typed, for the file's check to say what is wrong (QA qa30editor Minor 8: French teachers type JJ/MM/AAAA).
 */
export function dateFromText(text: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text;
}

/** The draft value shown in a number field, all its digits, with the decimal comma in French (« 0,65 »: parseNumberText reads it back). */
export function numberText(value: unknown, shown: Locale): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'number' && shown === 'fr' ? String(value).replace('.', ',') : String(value);
}
