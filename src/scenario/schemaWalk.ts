/**
 * Walking a zod schema alongside the data it checks, to explain errors better than zod's
 * own issues allow: the numeric bounds of the field that failed ("between 0 and 1") and the
 * keys an author typed that the schema does not know (a typo in an optional field would
 * otherwise be silently replaced by its default). Reads zod 4's `_zod.def` objects only (the same
 * in zod/mini and full zod).
 */
import type { z } from 'zod/mini';
import type { JsonPath } from './jsonText.ts';

/** Any zod schema (zod/mini or full zod: both build on zod's core). */
type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  items?: Schema[];
  options?: Schema[];
  discriminator?: string;
  valueType?: Schema;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean } } }[];
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/**
 * The schema of an object's field `key`, if the object declares it: an own key of the shape only, so
 * that a file's `constructor`, `__proto__` or `toString` is an unknown field, not Object.prototype's.
 */
function fieldOf(def: Def, key: string): Schema | undefined {
  return def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema with its optional/default/pipe wrappers removed. */
export function unwrap(schema: Schema): Schema {
  let node = schema;
  for (let guard = 0; guard < 16; guard++) {
    const def = defOf(node);
    if (WRAPPERS.has(def.type) && def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else break;
  }
  return node;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a discriminated union, the option the data chose (undefined if none matches). */
function chosenOption(def: Def, data: unknown): Schema | undefined {
  if (!def.options || !def.discriminator || !isRecord(data)) return undefined;
  const tag = data[def.discriminator];
  return def.options.find((option) => {
    const field = fieldOf(defOf(unwrap(option)), def.discriminator as string);
    return field !== undefined && (defOf(unwrap(field)).values ?? []).includes(tag);
  });
}

/** The schema of the child `key` of a node holding `data`. */
function child(schema: Schema, key: string | number, data: unknown): Schema | undefined {
  const node = unwrap(schema);
  const def = defOf(node);
  if (def.type === 'union') {
    const option = chosenOption(def, data);
    return option ? child(option, key, data) : undefined;
  }
  if (def.type === 'object' && typeof key === 'string') return fieldOf(def, key);
  if (def.type === 'array') return def.element;
  if (def.type === 'tuple' && typeof key === 'number') return def.items?.[key];
  if (def.type === 'record') return def.valueType;
  return undefined;
}

/** The (unwrapped) schema at `path` inside `root`, following the data for unions. */
export function schemaAt(root: Schema, path: JsonPath, data: unknown): Schema | undefined {
  let node: Schema | undefined = root;
  let value = data;
  for (const key of path) {
    if (!node) return undefined;
    node = child(node, key, value);
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  return node ? unwrap(node) : undefined;
}

export interface NumberBounds {
  min?: number;
  minInclusive: boolean;
  max?: number;
  maxInclusive: boolean;
}

/** The numeric bounds declared on a number schema. */
export function numberBounds(schema: Schema | undefined): NumberBounds {
  const bounds: NumberBounds = { minInclusive: true, maxInclusive: true };
  if (!schema) return bounds;
  for (const check of defOf(schema).checks ?? []) {
    const { check: kind, value, inclusive } = check._zod.def;
    if (typeof value !== 'number') continue;
    if (kind === 'greater_than') {
      bounds.min = value;
      bounds.minInclusive = inclusive ?? true;
    } else if (kind === 'less_than') {
      bounds.max = value;
      bounds.maxInclusive = inclusive ?? true;
    }
  }
  return bounds;
}

/** Every key present in `data` that the schema does not declare, with its path. */
export function unknownKeys(schema: Schema, data: unknown, path: JsonPath = []): JsonPath[] {
  const node = unwrap(schema);
  const def = defOf(node);
  if (def.type === 'union') {
    const option = chosenOption(def, data);
    return option ? unknownKeys(option, data, path) : [];
  }
  if (def.type === 'object' && isRecord(data) && def.shape) {
    const found: JsonPath[] = [];
    for (const [key, value] of Object.entries(data)) {
      const field = fieldOf(def, key);
      if (field) found.push(...unknownKeys(field, value, [...path, key]));
      else found.push([...path, key]);
    }
    return found;
  }
  if (def.type === 'array' && Array.isArray(data) && def.element) {
    const element = def.element;
    return data.flatMap((item, i) => unknownKeys(element, item, [...path, i]));
  }
  return [];
}
