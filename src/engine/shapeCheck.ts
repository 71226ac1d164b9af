/**
 * Plain checks of a value's shape, for what the learner's path must check without zod (~11 KB gz that
 * every learner downloaded, bench app-learner-js, issue 4): the decisions screen's actions
 * (actionCheck.ts) and the customers read back from storage (db/customerCheck.ts). Same meaning as
 * the zod schemas they stand for, which the files, links and teacher tools keep using: `pick` keeps
 * an object's known fields in the shape's order, drops the others, and gives an absent field its
 * fallback, as zod's z.object does; z.int is a safe integer, z.number a finite number. Their tests
 * compare each with its zod schema over thousands of inputs.
 */

export type Rule = (value: unknown) => boolean;

export interface Field {
  rule: Rule;
  /** absent (undefined) allowed */
  optional?: true;
  /** what an absent value becomes */
  fallback?: () => unknown;
  /** an object read with pick() itself (rule: isObject) */
  shape?: Shape;
}
export type Shape = Record<string, Field>;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inRange = (value: number, min: number, max: number) => value >= min && value <= max;

export const int =
  (min = -Infinity, max = Infinity): Rule =>
  (v) =>
    Number.isSafeInteger(v) && inRange(v as number, min, max);
export const num =
  (min = -Infinity, max = Infinity): Rule =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && inRange(v, min, max);
export const bool: Rule = (v) => typeof v === 'boolean';
export const text =
  (minLength: number, maxLength = Infinity): Rule =>
  (v) =>
    typeof v === 'string' && inRange(v.length, minLength, maxLength);
export const oneOf =
  (values: readonly unknown[]): Rule =>
  (v) =>
    typeof v === 'string' && values.includes(v);
export const nullable =
  (rule: Rule): Rule =>
  (v) =>
    v === null || rule(v);
/** an array of items (holes included, read as undefined), at most `maxLength` long */
export const listOf =
  (item: Rule, maxLength = Infinity): Rule =>
  (v) => {
    if (!Array.isArray(v) || v.length > maxLength) return false;
    for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
    return true;
  };
/** a pair (a two-item tuple) */
export const pairOf =
  (item: Rule): Rule =>
  (v) =>
    Array.isArray(v) && v.length === 2 && item(v[0]) && item(v[1]);

export const required = (rule: Rule): Field => ({ rule });
export const optional = (rule: Rule): Field => ({ rule, optional: true });

/** The shape's fields of `value` (unknown keys dropped, absent ones given their fallback), or null when it does not fit. */
export function pick(shape: Shape, value: unknown): Record<string, unknown> | null {
  if (!isObject(value)) return null;
  const out: Record<string, unknown> = {};
  for (const key in shape) {
    const field = shape[key];
    const v = value[key];
    if (v === undefined) {
      if (field.fallback) out[key] = field.fallback();
      else if (!field.optional) return null;
      else if (key in value) out[key] = undefined;
    } else if (field.shape) {
      const inner = pick(field.shape, v);
      if (!inner) return null;
      out[key] = inner;
    } else if (field.rule(v)) out[key] = v;
    else return null;
  }
  return out;
}
