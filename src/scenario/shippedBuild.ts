/**
 * The shipped scenarios (scenarios/*.json) checked and parsed at build time, not in the learner's
 * browser: `shippedScenariosPlugin` (vite.config.ts) serves them already validated with their
 * defaults applied, so the first screen needs neither zod nor the file checker for them (files a
 * user brings are still checked in the browser: scenario imports and links, class results, run
 * files). A broken file fails the build (and the dev server, and the tests) with its French messages.
 * Five kinds of modules (shippedModules):
 * - `virtual:fidelis/shipped-shops`: the home cards (src/scenario/shopCard.ts ShippedShop: only the
 *   fields a card shows), each with `load()`, the dynamic import of its scenario's module; their texts
 *   ({ fr, en }) without words (`null`: shippedShops.ts finds them by that);
 * - `virtual:fidelis/shipped-shop-texts/<locale>`: every card's texts in one language, fetched with that
 *   language's first-screen strings (scenario/shippedShops.ts, vite.config.ts): a learner downloads one
 *   language of the four cards, not both;
 * - `virtual:fidelis/shipped-shop-text/<locale>/<id>`: one card's texts in one language, fetched when that
 *   shop is played and its language was not (a run keeps both languages of its scenario);
 * - `virtual:fidelis/shipped-scenario/<id>`: one whole scenario, in a chunk of its own, the card's
 *   fields taken from the card (not written twice), the keys in the order the parser gave them, and
 *   `texts`, the loaders of its card's texts in each language (here, not in the cards: the first screen
 *   does not carry the four cards' loaders);
 * - `virtual:fidelis/shipped-scenarios`: all of them, for the editor and the missions (both languages' texts).
 * Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatErrors, parseScenario, type ScenarioError } from './load.ts';
import type { ShippedScenario } from './shipped.ts';
import { SHOP_CARD_FIELDS, type ShopText } from './shopCard.ts';
import { frenchText } from '../i18n/frenchSpacing.ts';
import { LOCALES, type Locale } from '../i18n/translate.ts';

export const SHIPPED_SCENARIOS_ID = 'virtual:fidelis/shipped-scenarios';
export const SHIPPED_SHOPS_ID = 'virtual:fidelis/shipped-shops';
export const SHIPPED_SCENARIO_PREFIX = 'virtual:fidelis/shipped-scenario/';
export const SHIPPED_SHOP_TEXTS_PREFIX = 'virtual:fidelis/shipped-shop-texts/';
export const SHIPPED_SHOP_TEXT_PREFIX = 'virtual:fidelis/shipped-shop-text/';

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

/** A text in the two languages ({ fr, en }, en optional: schema.ts localizedText). */
function isLocalized(value: unknown): value is Partial<Record<Locale, string>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { fr?: unknown }).fr === 'string' && Object.keys(value).every((key) => (LOCALES as readonly string[]).includes(key));
}

/** Where a card's texts are (object keys and array indexes), in the order a walk meets them. */
export function cardTextPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (isLocalized(value)) return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => cardTextPaths(v, [...path, Array.isArray(value) ? Number(key) : key]));
}

/** The card without its words: each text's languages kept, in their order, as `null` (filled in the browser: shippedShops.ts). */
function withoutWords(value: unknown): unknown {
  if (isLocalized(value)) return Object.fromEntries(Object.keys(value).map((key) => [key, null]));
  if (Array.isArray(value)) return value.map(withoutWords);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, withoutWords(v)]));
}

/**
 * A card's texts in `locale`, in cardTextPaths' order. A text that has no `locale` gives its French as { fr } (English
 * is optional); one whose `locale` is blank (the schema accepts " ", the app then shows the French: englishText) gives
 * both, so that the French shown is there for a learner who never fetched the cards' French.
 */
function cardTexts(card: unknown, locale: Locale): ShopText[] {
  return cardTextPaths(card).map((path) => {
    const text = path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], card) as Partial<Record<Locale, string>>;
    const words = text[locale];
    if (words === undefined) return { fr: text.fr as string };
    return locale !== 'fr' && words.trim() === '' ? { fr: text.fr as string, [locale]: words } : words;
  });
}

/** The code of the kinds of modules (see the header) for the parsed scenarios; `scenario` and `texts` are undefined for an unknown id or language. */
export function shippedModules(shipped: ShippedScenario[]): {
  shops: string;
  scenario: (id: string) => string | undefined;
  all: string;
  texts: (name: string) => string | undefined;
} {
  const cards = shipped.map(({ scenario }) =>
    Object.fromEntries(
      Object.entries(scenario)
        .filter(([key]) => CARD_FIELDS.has(key))
        .map(([key, value]) => [key, key === 'customers' ? { initial: scenario.customers.initial } : value]),
    ),
  );
  const load = (id: string) => `() => import(${json(SHIPPED_SCENARIO_PREFIX + id)})`;
  const textLoaders = (id: string) => `{ ${LOCALES.map((l) => `${l}: () => import(${json(`${SHIPPED_SHOP_TEXT_PREFIX}${l}/${id}`)}).then((m) => m.default)`).join(', ')} }`;
  const shops = `export default [\n${shipped.map(({ scenario }, i) => `  Object.assign(${json(withoutWords(cards[i]))}, { load: ${load(scenario.id)} }),\n`).join('')}];\n`;
  /** `<locale>` (every card) or `<locale>/<id>` (one card) */
  const texts = (name: string) => {
    const [locale, id] = name.split('/');
    if (!(LOCALES as readonly string[]).includes(locale)) return undefined;
    if (id === undefined) return `export default ${json(cards.map((card) => cardTexts(card, locale as Locale)))};\n`;
    const i = shipped.findIndex((s) => s.scenario.id === id);
    return i < 0 ? undefined : `export default ${json(cardTexts(cards[i], locale as Locale))};\n`;
  };
  const scenario = (id: string) => {
    const i = shipped.findIndex((s) => s.scenario.id === id);
    if (i < 0) return undefined;
    const fields = Object.entries(shipped[i].scenario).map(([key, value]) => `  ${json(key)}: ${CARD_FIELDS.has(key) && key !== 'customers' ? `card[${json(key)}]` : json(value)},\n`);
    return `import shops from ${json(SHIPPED_SHOPS_ID)};\nconst card = shops[${i}];\nexport const texts = ${textLoaders(id)};\nexport default {\n${fields.join('')}};\n`;
  };
  // the cards' texts in every language, written here and put in place before anyone reads the list (fillShopTexts,
  // shippedShops.ts); not imported from the languages' modules, which are in the learner strings' chunks (vite.config.ts):
  // the editor, the class view and the missions would fetch the other language's whole learner part with them
  const fill =
    `import { fillShopTexts } from "/src/scenario/shippedShops.ts";\n` +
    LOCALES.map((l) => `for (const [i, texts] of ${json(cards.map((card) => cardTexts(card, l)))}.entries()) fillShopTexts(${json(l)}, i, texts);\n`).join('');
  const imports = shipped.map(({ scenario }, i) => `import s${i} from ${json(SHIPPED_SCENARIO_PREFIX + scenario.id)};\n`).join('');
  const all = `${fill}${imports}export default [${shipped.map(({ file }, i) => `{ file: ${json(file)}, scenario: s${i} }`).join(', ')}];\n`;
  return { shops, scenario, all, texts };
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
      return ids.includes(id) || [SHIPPED_SCENARIO_PREFIX, SHIPPED_SHOP_TEXTS_PREFIX, SHIPPED_SHOP_TEXT_PREFIX].some((prefix) => id.startsWith(prefix)) ? `\0${id}` : undefined;
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
      if (name.startsWith(SHIPPED_SHOP_TEXTS_PREFIX)) return modules.texts(name.slice(SHIPPED_SHOP_TEXTS_PREFIX.length));
      if (name.startsWith(SHIPPED_SHOP_TEXT_PREFIX)) return modules.texts(name.slice(SHIPPED_SHOP_TEXT_PREFIX.length));
      return undefined;
    },
  };
}
