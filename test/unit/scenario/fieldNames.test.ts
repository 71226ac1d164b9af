/**
 * Every field a run file, a result file or a scenario can hold has a name in words, in French and in English: a refusal read
 * by a learner or a teacher (validateFile's `reader`: the field in words, not its path) must never show a field's internal key
 * (« client n° 1 › stageFlows »), nor a closed list's code where it is a key (« recrues des campagnes › flyers »). Walks each
 * schema's fields (objects, lists, unions, records keyed by a closed list, optional and default wrappers) and names each path as
 * a refusal would.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { runFileSchema } from '../../../src/db/runFile.ts';
import { scenarioSchema } from '../../../src/scenario/schema.ts';
import { resultFileSchema } from '../../../src/results/resultFileSchema.ts';
import { decisionsLogSchema } from '../../../src/engine/decisions.ts';
import { unwrap } from '../../../src/scenario/schemaWalk.ts';
import { fieldName, fileTexts, type FileLocale } from '../../../src/scenario/validate.ts';
import { messagesOf } from '../../../src/i18n/translate.ts';
import { parseScenario } from '../../../src/scenario/load.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import type { JsonPath } from '../../../src/scenario/jsonText.ts';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  items?: Schema[];
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, string>;
  in?: Schema;
  out?: Schema;
}
const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** Every path to a field of `schema` (a list's element at index 0; a record's values under a key of data, not walked). */
function fieldPaths(schema: Schema, at: JsonPath = [], seen = new Set<Schema>()): JsonPath[] {
  const node = unwrap(schema);
  if (seen.has(node)) return [];
  const def = defOf(node);
  const inner = new Set(seen).add(node);
  if (def.type === 'object')
    return Object.entries(def.shape ?? {}).flatMap(([key, field]) => [[...at, key], ...fieldPaths(field, [...at, key], inner)]);
  if (def.type === 'array' && def.element) return fieldPaths(def.element, [...at, 0], inner);
  if (def.type === 'tuple') return (def.items ?? []).flatMap((item, i) => fieldPaths(item, [...at, i], inner));
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => fieldPaths(option, at, inner));
  if (def.type === 'pipe' && def.out) return fieldPaths(def.out, at, inner);
  // a record keyed by a closed list (a KPI's acquisition channels): each key (named as the screens name that value), its values' fields
  const keys = def.type === 'record' && def.keyType ? defOf(unwrap(def.keyType)).entries : undefined;
  if (keys && def.valueType) return Object.values(keys).flatMap((key) => [[...at, key], ...fieldPaths(def.valueType!, [...at, key], inner)]);
  return [];
}

const SCHEMAS: [string, Schema, string?][] = [
  ['run file', runFileSchema],
  ['result file', resultFileSchema],
  ['scenario', scenarioSchema],
  ['decisions file', decisionsLogSchema, 'decisions'],
];

describe('every field a refusal can name has a name in words', () => {
  for (const locale of ['fr', 'en'] as FileLocale[])
    for (const [what, schema, rootItem] of SCHEMAS)
      it(`${what}, ${locale}`, () => {
        const texts = fileTexts(locale);
        const fields = texts.fields as Record<string, string>;
        const paths = fieldPaths(schema);
        expect(paths.length).toBeGreaterThan(10);
        const raw = new Set<string>();
        for (const path of paths) {
          const key = path[path.length - 1] as string;
          const parent = path.slice(0, -1).filter((k) => typeof k === 'string').pop();
          // as a reader reads it (validateFile `reader`): with the screens' names of a closed list's values
          const named = fieldName(path, texts, rootItem, messagesOf(locale).vocabulary).split(' › ');
          // a name may be its key's spelling (« type », « version »), when the texts give it
          const declared = Object.hasOwn(fields, key) || Object.hasOwn(fields, `${parent}_${key}`);
          if (named[named.length - 1] === key && !declared) raw.add(`${key} (${named.join(' › ')})`);
        }
        expect([...raw]).toEqual([]);
      });
});

// QA qa33robust n1: the editor's refusal read « budget : doit être un objet {…} » next to « tickUnit « unité de temps » : … »
describe('the editor’s refusal of `budget` names it in words, as its neighbours', () => {
  it.each([
    ['fr', 'budget « budget marketing »', 'tickUnit « unité de temps »'],
    ['en', 'budget "marketing budget"', 'tickUnit "time unit"'],
  ] as [FileLocale, string, string][])('%s', (locale, budget, tickUnit) => {
    const result = parseScenario({ ...fixtureScenario(), budget: 'beaucoup', tickUnit: 'siècle' }, locale);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const texts = result.errors.map((e) => e.text.replace(/[\u00a0\u202f]/g, ' '));
    expect(texts.some((text) => text.startsWith(tickUnit)), texts.join(' | ')).toBe(true);
    expect(texts.some((text) => text.startsWith(budget))).toBe(true);
  });
});
