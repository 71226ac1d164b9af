/**
 * The shipped scenarios (scenarios/*.json) checked and parsed at build time, not in the learner's
 * browser: `shippedScenariosPlugin` (vite.config.ts) serves them already validated with their
 * defaults applied, so the first screen needs neither zod nor the file checker for them (files a
 * user brings are still checked in the browser: scenario imports and links, class results, run
 * files). A broken file fails the build (and the dev server, and the tests) with its French messages.
 * Three kinds of modules (shippedModules):
 * - `virtual:fidelis/shipped-shops`: the home cards (src/scenario/shopCard.ts ShippedShop: only the
 *   fields a card shows), each with `load()`, the dynamic import of its scenario;
 * - `virtual:fidelis/shipped-scenario/<id>`: one whole scenario, in a chunk of its own, the card's
 *   fields taken from the card (not written twice), the keys in the order the parser gave them;
 * - `virtual:fidelis/shipped-scenarios`: all of them, for the editor and the missions.
 * Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatErrors, parseScenario, type ScenarioError } from './load.ts';
import type { ShippedScenario } from './shipped.ts';
import { SHOP_CARD_FIELDS } from './shopCard.ts';
import { frenchText } from '../i18n/frenchSpacing.ts';

export const SHIPPED_SCENARIOS_ID = 'virtual:fidelis/shipped-scenarios';
export const SHIPPED_SHOPS_ID = 'virtual:fidelis/shipped-shops';
export const SHIPPED_SCENARIO_PREFIX = 'virtual:fidelis/shipped-scenario/';

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
  if (broken.length > 0) throw new Error(broken.map((b) => frenchText`scenarios/${b.file} :\n${formatErrors(b.errors)}`).join('\n'));
  return scenarios;
}

const CARD_FIELDS = new Set<string>(SHOP_CARD_FIELDS);
const json = (value: unknown) => JSON.stringify(value);

/** The code of the three kinds of modules (see the header) for the parsed scenarios; `scenario` is undefined for an unknown id. */
export function shippedModules(shipped: ShippedScenario[]): { shops: string; scenario: (id: string) => string | undefined; all: string } {
  const cards = shipped.map(({ scenario }) =>
    Object.fromEntries(
      Object.entries(scenario)
        .filter(([key]) => CARD_FIELDS.has(key))
        .map(([key, value]) => [key, key === 'customers' ? { initial: scenario.customers.initial } : value]),
    ),
  );
  const load = (id: string) => `() => import(${json(SHIPPED_SCENARIO_PREFIX + id)}).then((m) => m.default)`;
  const shops = `export default [\n${shipped.map(({ scenario }, i) => `  Object.assign(${json(cards[i])}, { load: ${load(scenario.id)} }),\n`).join('')}];\n`;
  const scenario = (id: string) => {
    const i = shipped.findIndex((s) => s.scenario.id === id);
    if (i < 0) return undefined;
    const fields = Object.entries(shipped[i].scenario).map(([key, value]) => `  ${json(key)}: ${CARD_FIELDS.has(key) && key !== 'customers' ? `card[${json(key)}]` : json(value)},\n`);
    return `import shops from ${json(SHIPPED_SHOPS_ID)};\nconst card = shops[${i}];\nexport default {\n${fields.join('')}};\n`;
  };
  const imports = shipped.map(({ scenario }, i) => `import s${i} from ${json(SHIPPED_SCENARIO_PREFIX + scenario.id)};\n`).join('');
  const all = `${imports}export default [${shipped.map(({ file }, i) => `{ file: ${json(file)}, scenario: s${i} }`).join(', ')}];\n`;
  return { shops, scenario, all };
}

export function shippedScenariosPlugin(): Plugin {
  let root = process.cwd();
  const ids = [SHIPPED_SCENARIOS_ID, SHIPPED_SHOPS_ID];
  return {
    name: 'fidelis:shipped-scenarios',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return ids.includes(id) || id.startsWith(SHIPPED_SCENARIO_PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:fidelis/shipped-')) return undefined;
      const name = id.slice(1);
      const folder = join(root, 'scenarios');
      for (const file of scenarioFiles(folder)) this.addWatchFile(file);
      const modules = shippedModules(parseShippedFolder(folder));
      if (name === SHIPPED_SHOPS_ID) return modules.shops;
      if (name === SHIPPED_SCENARIOS_ID) return modules.all;
      if (name.startsWith(SHIPPED_SCENARIO_PREFIX)) return modules.scenario(name.slice(SHIPPED_SCENARIO_PREFIX.length));
      return undefined;
    },
  };
}
