/**
 * A scenario file with mistakes that the form can still open (QA qa19 F9): a colleague's nearly valid
 * file is fixed in the form, its wrong fields marked, instead of being refused whole. It must be a JSON
 * object of this version's format (`formatVersion` 1: the form has no field for it), whose main parts are of the kind the form edits (an object where
 * the form has fields, a list where it has a list): missing parts are simply empty fields. Anything
 * else (not JSON, a list, a CSV, a newer format or none) is not opened: the import refuses it and changes nothing.
 * Deeper parts of the wrong kind (a text where a number goes, a list that is not one) are the form's
 * to show with their error: it never assumes a part's kind.
 */
import { readJson } from '../../scenario/jsonText.ts';
import type { ScenarioError } from '../../scenario/load.ts';
import type { JsonObject } from './draftPath.ts';

const OBJECT_PARTS = ['name', 'description', 'budget', 'economics', 'customers', 'service'];
const LIST_PARTS = ['competitors', 'events', 'objectives', 'strategies', 'acquisitionChannels', 'hiddenStages'];

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's JSON to open in the form despite `errors` (its check's), or null when the form cannot hold it. */
export function openableDraft(text: string, errors: readonly ScenarioError[]): JsonObject | null {
  // the whole file is wrong (not JSON, empty, not an object, nested too deep)
  if (errors.some((e) => e.path.length === 0)) return null;
  const read = readJson(text);
  if (!read.ok || !isObject(read.value)) return null;
  const json = read.value;
  // the form has no field for the format's version: another (a newer format, whose check asks to update the app) or none stays refused
  if (json.formatVersion !== 1) return null;
  for (const key of OBJECT_PARTS) if (key in json && !isObject(json[key])) return null;
  for (const key of LIST_PARTS) if (key in json && !Array.isArray(json[key])) return null;
  return json;
}
