/**
 * A teacher's class settings carried in the link's query string, parsed and written by pure
 * functions (no DOM): which shop (scenario) or mission, seed, language, run mode, tools locked or
 * hidden on the decisions screen, projector / high-contrast display, reduced motion.
 *
 *   ?shop=boulangerie-du-marche&mission=1&seed=42&lang=fr&mode=committed&hide=acquisition&display=projector&motion=reduced
 *
 * Parsing never throws: each invalid, unknown, duplicated or oversized parameter is dropped and
 * reported as a problem (the shell shows one French notice); a `lock` or `hide` list keeps its tools
 * and reports only its unknown items, so one typo does not unlock a tool (QA qa22 F7). Names and
 * invalid values are echoed back only cleaned and shortened (a name: its letters, digits, `-_`; a value: only when it is
 * Latin letters, digits and `-_,`), never as sentences nor web addresses. `scenario` belongs to the scenario links (src/scenario/link.ts).
 */
import { z } from 'zod/mini';
import { TOOLS, type Tool } from '../missions/tools.ts';
import { resultModeSchema, toolSchema } from './runClassSchema.ts';
import { readableSearch } from './readableSearch.ts';

export const DISPLAYS = ['standard', 'projector', 'contrast'] as const;
export const MOTIONS = ['standard', 'reduced'] as const;
export const PRESET_LANGS = ['fr', 'en'] as const;

export const presetsSchema = z.object({
  /** shipped scenario id, or the id of the shop the link carries (scenario=…, a shop made in the editor) */
  shop: z.optional(z.string()),
  /** mission number in the shop's path, from 1 */
  mission: z.optional(z.int().check(z.gte(1))),
  seed: z.optional(z.int().check(z.gte(0), z.lte(2 ** 31 - 1))),
  lang: z.optional(z.enum(PRESET_LANGS)),
  mode: z.optional(resultModeSchema),
  lock: z._default(z.array(toolSchema), []),
  hide: z._default(z.array(toolSchema), []),
  display: z.optional(z.enum(DISPLAYS)),
  motion: z.optional(z.enum(MOTIONS)),
});
export type Presets = z.infer<typeof presetsSchema>;

export const PRESET_KEYS = ['shop', 'mission', 'seed', 'lang', 'mode', 'lock', 'hide', 'display', 'motion'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];
/** Keys other features own: neither read here nor reported as unknown. */
const FOREIGN_KEYS = ['scenario'];

/** Longest query string read at all, and longest single value. */
export const MAX_QUERY_CHARS = 4000;
export const MAX_VALUE_CHARS = 200;
/** Parameters read at most (the rest are reported together). */
export const MAX_PARAMS = 30;

export type ProblemReason = 'unknown' | 'invalid' | 'duplicate' | 'tooLong' | 'needsShop';
export interface PresetProblem {
  /** the parameter's name, cleaned (letters, digits, - and _ only, 24 characters at most) */
  param: string;
  reason: ProblemReason;
  /** the refused value (of an `invalid` one) when it can be quoted (cleanValue): what the student can tell the teacher */
  value?: string;
}

export interface KnownShops {
  /** shipped scenario id -> number of missions in its path (0 = no path) */
  [scenarioId: string]: number;
}

export interface ParsedPresets {
  presets: Presets;
  problems: PresetProblem[];
  /** the link carries at least one valid class setting */
  any: boolean;
}

export function cleanParamName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24);
  return cleaned === '' ? '?' : cleaned;
}

/**
 * A refused value as the notice quotes it, 24 characters at most: only one of Latin letters, digits and `-_,` (no `.`, so
 * never a domain name in a trusted notice, review8 #9), else nothing (undefined: the notice names the parameter alone,
 * nor « seed= » for an empty one). Never cut down to its allowed characters, which could make another word.
 */
export function cleanValue(value: string): string | undefined {
  if (!/^[\w\u00C0-\u024F,-]+$/.test(value)) return undefined;
  return value.length > 24 ? `${value.slice(0, 23)}…` : value;
}

const SHOP_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;
const DIGITS = /^\d{1,10}$/;

function parseInteger(value: string, min: number, max: number): number | null {
  if (!DIGITS.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : null;
}

function parseEnum<T extends string>(value: string, options: readonly T[]): T | null {
  return (options as readonly string[]).includes(value) ? (value as T) : null;
}

/** A comma-separated tool list: its tools, and its items that are not tools (empty items aside), reported but never dropping the valid ones. */
function parseTools(value: string): { tools: Tool[]; bad: string[] } {
  const items = value.split(',').map((s) => s.trim());
  return { tools: TOOLS.filter((tool) => items.includes(tool)), bad: items.filter((item) => item !== '' && !toolSchema.safeParse(item).success) };
}

/** The shop a class link names (`shop=`), unchecked: its mission path must be loaded before `parsePresets` reads `mission=`. */
export function shopInLink(search: string): string | null {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('shop');
}

/** Reads the class settings from a query string (`?a=b&…`, with or without the `?`). */
export function parsePresets(search: string, shops: KnownShops): ParsedPresets {
  const problems: PresetProblem[] = [];
  const out: Presets = { lock: [], hide: [] };
  // a class link for a shop made in the editor carries the shop itself (scenario=…, thousands of characters): its own length is not the settings'
  const own = search.replace(/(^|[?&])scenario=[^&]*/g, '$1');
  if (own.length > MAX_QUERY_CHARS) return { presets: out, problems: [{ param: '?', reason: 'tooLong' }], any: false };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(own.startsWith('?') ? own.slice(1) : own);
  } catch {
    return { presets: out, problems: [{ param: '?', reason: 'invalid' }], any: false };
  }
  const seen = new Set<string>();
  let count = 0;
  let missionText: string | null = null;
  for (const [rawKey, value] of params) {
    if (FOREIGN_KEYS.includes(rawKey)) continue;
    const key = cleanParamName(rawKey);
    if (++count > MAX_PARAMS) {
      problems.push({ param: key, reason: 'tooLong' });
      break;
    }
    if (!(PRESET_KEYS as readonly string[]).includes(rawKey)) {
      problems.push({ param: key, reason: 'unknown' });
      continue;
    }
    if (seen.has(rawKey)) {
      problems.push({ param: key, reason: 'duplicate' });
      continue;
    }
    seen.add(rawKey);
    if (value.length > MAX_VALUE_CHARS) {
      problems.push({ param: key, reason: 'tooLong' });
      continue;
    }
    const bad = readOne(rawKey as PresetKey, value.trim(), out, shops);
    if (rawKey === 'mission') missionText = value.trim();
    else if (bad !== null) problems.push({ param: key, reason: 'invalid', value: cleanValue(bad) });
  }
  // the mission number depends on the shop, wherever the two parameters are in the link
  if (missionText !== null) {
    if (out.shop === undefined) problems.push({ param: 'mission', reason: 'needsShop' });
    else {
      const n = parseInteger(missionText, 1, shops[out.shop] ?? 0);
      if (n === null) problems.push({ param: 'mission', reason: 'invalid', value: cleanValue(missionText) });
      else out.mission = n;
    }
  }
  const presets = presetsSchema.parse(out);
  const any = PRESET_KEYS.some((k) => (k === 'lock' || k === 'hide' ? presets[k].length > 0 : presets[k] !== undefined));
  return { presets, problems, any };
}

/** Reads one setting into `out`; what it refused (the whole value, or a tool list's items that are not tools), else null. */
function readOne(key: PresetKey, value: string, out: Presets, shops: KnownShops): string | null {
  let v: string | number | null = null;
  switch (key) {
    case 'shop':
      v = SHOP_ID.test(value) && Object.hasOwn(shops, value) ? value : null;
      break;
    case 'mission':
      return null; // read after the loop
    case 'seed':
      v = parseInteger(value, 0, 2 ** 31 - 1);
      break;
    case 'lang':
      v = parseEnum(value, PRESET_LANGS);
      break;
    case 'mode':
      v = parseEnum(value, resultModeSchema.options);
      break;
    case 'lock':
    case 'hide': {
      const { tools, bad } = parseTools(value);
      out[key] = tools;
      // each item quoted on its own terms: « lasers » of `lasers,x y`
      return bad.length > 0 ? bad.filter((item) => cleanValue(item)).join(',') : null;
    }
    case 'display':
      v = parseEnum(value, DISPLAYS);
      break;
    case 'motion':
      v = parseEnum(value, MOTIONS);
  }
  if (v === null) return value;
  (out as Record<string, unknown>)[key] = v;
  return null;
}

/** The query string of `presets` (empty settings left out, keys in a fixed order), without the `?`. */
export function presetsToSearch(presets: Presets): string {
  const params = new URLSearchParams();
  if (presets.shop) params.set('shop', presets.shop);
  if (presets.shop && presets.mission) params.set('mission', String(presets.mission));
  if (presets.seed !== undefined) params.set('seed', String(presets.seed));
  if (presets.lang) params.set('lang', presets.lang);
  if (presets.mode) params.set('mode', presets.mode);
  const hidden = TOOLS.filter((t) => presets.hide.includes(t));
  const locked = TOOLS.filter((t) => presets.lock.includes(t) && !hidden.includes(t));
  if (locked.length > 0) params.set('lock', locked.join(','));
  if (hidden.length > 0) params.set('hide', hidden.join(','));
  if (presets.display && presets.display !== 'standard') params.set('display', presets.display);
  if (presets.motion === 'reduced') params.set('motion', 'reduced');
  return readableSearch(params);
}

/** The full class link: the app's address, the settings, and the mission path screen when a mission is set (a shop alone opens on the home screen, its card first). */
export function classLink(base: string, presets: Presets): string {
  const url = new URL(base);
  url.search = presetsToSearch(presets);
  url.hash = presets.shop && presets.mission ? '#/missions' : '';
  return url.toString();
}
