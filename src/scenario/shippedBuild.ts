/**
 * The shipped scenarios (scenarios/*.json) checked and parsed at build time, not in the learner's
 * browser: `shippedScenariosPlugin` (vite.config.ts) serves them as the module
 * `virtual:fidelis/shipped-scenarios`, already validated with their defaults applied, so the first
 * screen needs neither zod nor the file checker for them (files a user brings are still checked
 * in the browser: scenario imports and links, class results, run files). A broken file fails the
 * build (and the dev server, and the tests) with its French messages. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatErrors, parseScenario, type ScenarioError } from './load.ts';
import type { ShippedScenario } from './shipped.ts';

export const SHIPPED_SCENARIOS_ID = 'virtual:fidelis/shipped-scenarios';
const RESOLVED_ID = `\0${SHIPPED_SCENARIOS_ID}`;

export interface CollectedScenarios {
  /** valid scenarios, sorted by difficulty then id */
  scenarios: ShippedScenario[];
  /** files that failed validation */
  broken: { file: string; errors: ScenarioError[] }[];
}

/** Validates files (path -> parsed JSON); separate from the folder so it can be tested with made-up files. */
export function collectScenarios(files: Record<string, unknown>): CollectedScenarios {
  const result: CollectedScenarios = { scenarios: [], broken: [] };
  for (const [path, data] of Object.entries(files)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    const parsed = parseScenario(data);
    if (parsed.ok) result.scenarios.push({ file, scenario: parsed.scenario });
    else result.broken.push({ file, errors: parsed.errors });
  }
  result.scenarios.sort((x, y) => x.scenario.difficulty - y.scenario.difficulty || x.scenario.id.localeCompare(y.scenario.id));
  return result;
}

/** The .json files directly in `folder` (not the missions/ subfolder), by name. */
export function scenarioFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** Every scenario of `folder` parsed; throws the French messages when a file is broken. */
export function parseShippedFolder(folder: string): ShippedScenario[] {
  const files = Object.fromEntries(scenarioFiles(folder).map((path) => [path, JSON.parse(readFileSync(path, 'utf8')) as unknown]));
  const { scenarios, broken } = collectScenarios(files);
  if (broken.length > 0) throw new Error(broken.map((b) => `scenarios/${b.file} :\n${formatErrors(b.errors)}`).join('\n'));
  return scenarios;
}

export function shippedScenariosPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'fidelis:shipped-scenarios',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === SHIPPED_SCENARIOS_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const folder = join(root, 'scenarios');
      for (const file of scenarioFiles(folder)) this.addWatchFile(file);
      return `export default ${JSON.stringify(parseShippedFolder(folder))};\n`;
    },
  };
}
