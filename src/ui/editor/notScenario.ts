/**
 * Is an imported JSON not a scenario at all (QA more M3)? Then one sentence says so, instead of a
 * line per missing field ending « [ligne 1, colonne 1] ». A file with most of a scenario's main
 * sections keeps the field-by-field list (it is a scenario with mistakes). A game's result or run
 * file (format « fidelis-result ») is named as such: it is imported elsewhere.
 */
import { RESULT_FORMAT } from '../../results/resultMode.ts';
import { withoutBom } from '../../import/textCheck.ts';

/** The main sections every scenario file has (src/scenario/schema.ts, the required ones). */
const SCENARIO_SECTIONS = [
  'formatVersion',
  'id',
  'name',
  'description',
  'sector',
  'difficulty',
  'tickUnit',
  'durationTicks',
  'startDate',
  'defaultSeed',
  'budget',
  'economics',
  'customers',
  'service',
];

/** 'result': a game's result or run file; 'other': JSON that is not a scenario; null: a scenario, maybe with errors (or not JSON). */
export function notScenarioKind(text: string): 'result' | 'other' | null {
  let json: unknown;
  try {
    json = JSON.parse(withoutBom(text));
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return 'other';
  if ((json as { format?: unknown }).format === RESULT_FORMAT) return 'result';
  const present = SCENARIO_SECTIONS.filter((key) => key in json).length;
  return present * 2 < SCENARIO_SECTIONS.length ? 'other' : null;
}
