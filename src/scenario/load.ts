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

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validate a scenario given as JSON text or as a parsed value. */
export function parseScenario(input: unknown, locale: FileLocale = 'fr'): ScenarioParseResult {
  const result = validateFile(scenarioFileSchema, input, { locale, shape: (value) => (isObject(value) ? null : 'notObject') });
  return result.ok ? { ok: true, scenario: result.value, warnings: result.warnings } : result;
}

/** The errors as printable lines, one per problem. */
export function formatErrors(errors: readonly ScenarioError[]): string {
  return errors.map((e) => `- ${e.text}`).join('\n');
}
