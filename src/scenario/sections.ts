/**
 * Does a JSON value look like a scenario at all? An imported file or a link holding something else
 * (a result file, an exported run, any other JSON) is then said in one sentence, instead of a line
 * per missing field (QA more M3, qa25robust m8). One with most of a scenario's main sections is a
 * scenario with mistakes, its fields listed.
 */

/** The main sections every scenario file has (schema.ts, the required ones). */
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

/** True when `json` is an object holding at least half of a scenario's main sections. */
export function hasScenarioSections(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const present = SCENARIO_SECTIONS.filter((key) => key in json).length;
  return present * 2 >= SCENARIO_SECTIONS.length;
}
