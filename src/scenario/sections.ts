/**
 * Does a JSON value look like a scenario at all? An imported file or a link holding something else
 * (a result file, an exported run, any other JSON) is then said in one sentence, instead of a line
 * per missing field (QA more M3, qa25robust m8). One with most of a scenario's main sections is a
 * scenario with mistakes, its fields listed.
 */
import { z } from 'zod/mini';
import { scenarioFileSchema } from './schema.ts';

/**
 * The sections every scenario file has: those the schema finds missing in an empty object (its
 * required top-level keys, read from the schema so that a new one is counted). Computed once, when the
 * module is first imported: one parse of `{}`, cheap.
 */
export const SCENARIO_SECTIONS: readonly string[] = (z.safeParse(scenarioFileSchema, {}).error?.issues ?? []).map((issue) => String(issue.path[0]));

/** True when `json` is an object holding at least half of a scenario's main sections. */
export function hasScenarioSections(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const present = SCENARIO_SECTIONS.filter((key) => key in json).length;
  return present * 2 >= SCENARIO_SECTIONS.length;
}
