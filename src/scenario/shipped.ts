/// <reference types="vite/client" />
/**
 * The scenarios shipped with the app (scenarios/*.json), bundled by Vite at build time and
 * validated once. Browser/Vite only: import.meta.glob does not exist under plain Node, where
 * the command line reads files with src/cli/files.ts instead.
 */
import { parseScenario, type ScenarioError } from './load.ts';
import type { Scenario } from './schema.ts';

export interface ShippedScenario {
  /** file name, e.g. boulangerie-du-marche.json */
  file: string;
  scenario: Scenario;
}

export interface ShippedScenarios {
  /** valid scenarios, sorted by difficulty then id */
  scenarios: ShippedScenario[];
  /** files that failed validation (a packaging bug: the unit tests keep this empty) */
  broken: { file: string; errors: ScenarioError[] }[];
}

const modules = import.meta.glob('/scenarios/*.json', { eager: true, import: 'default' });

/** Validate bundled modules; separate from the glob so it can be tested under Node. */
export function collectScenarios(files: Record<string, unknown>): ShippedScenarios {
  const result: ShippedScenarios = { scenarios: [], broken: [] };
  for (const [path, data] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const parsed = parseScenario(data);
    if (parsed.ok) result.scenarios.push({ file, scenario: parsed.scenario });
    else result.broken.push({ file, errors: parsed.errors });
  }
  result.scenarios.sort((x, y) => x.scenario.difficulty - y.scenario.difficulty || x.scenario.id.localeCompare(y.scenario.id));
  return result;
}

let cache: ShippedScenarios | null = null;

/** The scenarios bundled with the app. */
export function shippedScenarios(): ShippedScenarios {
  cache ??= collectScenarios(modules);
  return cache;
}
