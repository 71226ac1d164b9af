/**
 * Loading a scenario from what a teacher wrote (JSON text or an already parsed object): the
 * validated `Scenario` with its defaults applied, or a list of clear French messages naming
 * each faulty field. Never throws. Node file reading lives in src/cli/files.ts, the scenarios
 * shipped with the app in ./shipped.ts (both need their platform; this file does not).
 */
import { scenarioFileSchema, type Scenario } from './schema.ts';
import { validateFile, type FileLocale, type FileProblem } from './validate.ts';

export type ScenarioError = FileProblem;

export type ScenarioParseResult = { ok: true; scenario: Scenario; warnings: ScenarioError[] } | { ok: false; errors: ScenarioError[] };

/**
 * The largest scenario file the editor reads: 1 MB. A shipped scenario is 6 to 7 kB, and the longest a
 * teacher could write (an event every week of a 260-week game, a dozen competitors with twenty events
 * each, 5,000 characters of description in each language) is about 170 kB; a file of several megabytes is
 * another file (an exported game, a data export), whose check alone would hold the page for seconds
 * (a 20 MB one took ~18 s): it is refused before it is read.
 */
export const MAX_SCENARIO_FILE_BYTES = 1_000_000;

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validate a scenario given as JSON text or as a parsed value. `reader`: the problems for someone who does
 * not edit the file (a scenario received by link): each field in words, no path nor line (validate.ts).
 */
export function parseScenario(input: unknown, locale: FileLocale = 'fr', { reader = false }: { reader?: boolean } = {}): ScenarioParseResult {
  const result = validateFile(scenarioFileSchema, input, { locale, reader, shape: (value) => (isObject(value) ? null : 'notObject') });
  return result.ok ? { ok: true, scenario: result.value, warnings: result.warnings } : result;
}

/** The errors as printable lines, one per problem. */
export function formatErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => `- ${e.text}`).join('\n');
}
