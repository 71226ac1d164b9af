/**
 * A scenario carried in a link: JSON -> deflate-raw (CompressionStream) -> base64url, put in a
 * `?scenario=` parameter (or after `scenario=` in the hash). Decoding never throws: a corrupted,
 * truncated, oversized or hostile link gives French messages and no scenario. Sizes are bounded
 * both before and while inflating, so a small "zip bomb" link cannot exhaust memory.
 * Works in browsers and under Node 20 (both have CompressionStream, atob and btoa).
 */
import { readJson } from './jsonText.ts';
import { parseScenario, type ScenarioError } from './load.ts';
import type { Scenario, ScenarioInput } from './schema.ts';
import type { FileLocale } from './validate.ts';
import { LINK_PARAM, scenarioCodeIn } from './linkAddress.ts';
import { hasScenarioSections } from './sections.ts';
import { registerMessages } from '../i18n/translate.ts';

export { LINK_PARAM, scenarioCodeIn, withoutScenario } from './linkAddress.ts';

/** Format tag in front of the data, so a later encoding can coexist with this one. */
const VERSION_PREFIX = '1.';
/** Longest encoded text accepted (characters), about what browsers and chat tools carry safely. */
export const MAX_LINK_CHARS = 60_000;
/** Largest JSON accepted once inflated (bytes): the biggest realistic scenario is ~20 KB. */
export const MAX_JSON_BYTES = 512 * 1024;

export type LinkProblem = 'empty' | 'tooLong' | 'version' | 'characters' | 'corrupted' | 'tooBig' | 'notScenario' | 'invalid';

export type LinkResult = { ok: true; scenario: Scenario; warnings: ScenarioError[] } | { ok: false; problem: LinkProblem; errors: string[] };

/**
 * The problems only a new link mends. Their messages do not say whom to ask: the caller does, as the
 * reader may be a student (« votre enseignant ») or a teacher opening a colleague's link in the editor.
 */
export function needsNewLink(problem: LinkProblem): boolean {
  return problem === 'version' || problem === 'notScenario' || problem === 'invalid';
}

/** The messages of a broken link, fetched only then (they belong to the editor's texts, a teacher part). */
const TEXTS = {
  fr: () => import('../i18n/fr/editor.ts').then((m) => m.editor.link),
  en: () => import('../i18n/en/editor.ts').then((m) => m.editor.link),
} as const;

/** How many of a scenario's errors a broken link's message details; the others are counted (« … et 7 autres erreurs »). */
export const LINK_ERRORS_SHOWN = 5;

/** The import's texts, whose « … et N autres erreurs » ends the list, fetched only for a link with more errors than shown. */
const IMPORT_TEXTS = {
  fr: () => import('../i18n/fr/analytics.ts').then((m) => m.analytics),
  en: () => import('../i18n/en/analytics.ts').then((m) => m.analytics),
} as const;

/** « … et 7 autres erreurs », as the import's list ends (describeError.ts), without its full stop: the sentence it ends goes on (« . Demandez… »). */
async function moreErrors(locale: FileLocale, count: number): Promise<string> {
  const [{ moreErrorsText }, analytics] = await Promise.all([import('../import/describeError.ts'), IMPORT_TEXTS[locale]()]);
  registerMessages(locale, { analytics });
  return moreErrorsText(locale, count).replace(/\.$/, '');
}

function bytesToBase64url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(b64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'tooBig'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'tooBig';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** The text to put after `?scenario=`: the scenario as compact JSON, deflated, base64url. */
export async function encodeScenario(scenario: Scenario | ScenarioInput): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(scenario));
  const deflated = await readAll(streamOf(json).pipeThrough(new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return VERSION_PREFIX + bytesToBase64url(deflated as Uint8Array);
}

type Failure = { ok: false; problem: LinkProblem; details?: string[] };

function failure(problem: LinkProblem, details?: string[]): Failure {
  return details ? { ok: false, problem, details } : { ok: false, problem };
}

/**
 * The failure in one sentence: the problem, the scenario's own errors inside it if any, then what to do
 * (« contient des erreurs : ; durationTicks … » said neither, QA qa25robust m8), unless it is to ask
 * for a new link: the caller says whom (needsNewLink).
 */
async function explained({ problem, details = [] }: Failure, locale: FileLocale): Promise<LinkResult> {
  let message: string;
  try {
    const texts = await TEXTS[locale]();
    const shown = details.slice(0, LINK_ERRORS_SHOWN).join(texts.separator);
    const params: Record<string, string> = {
      max: String(Math.round(MAX_JSON_BYTES / 1024)),
      chars: String(MAX_LINK_CHARS),
      // a scenario with 60 errors made a notice of 60 clauses: the first ones, then how many more, as the import says it
      errors: details.length > LINK_ERRORS_SHOWN ? `${shown} ${await moreErrors(locale, details.length - LINK_ERRORS_SHOWN)}` : shown,
    };
    message = texts[problem].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params[name] ?? whole);
  } catch {
    message = [problem, ...details.slice(0, LINK_ERRORS_SHOWN)].join(' ; '); // the texts could not be fetched (offline without cache): the problem's name still tells
  }
  return { ok: false, problem, errors: [message] };
}

/** Decode and validate the text of a `?scenario=` parameter. Never throws. */
export async function decodeScenario(code: string, locale: FileLocale = 'fr'): Promise<LinkResult> {
  const result = await decode(code, locale);
  return result.ok ? result : explained(result, locale);
}

async function decode(code: string, locale: FileLocale): Promise<Exclude<LinkResult, { ok: false }> | Failure> {
  try {
    const text = code.trim();
    if (text === '') return failure('empty');
    if (text.length > MAX_LINK_CHARS) return failure('tooLong');
    if (!text.startsWith(VERSION_PREFIX)) return failure('version');
    const data = text.slice(VERSION_PREFIX.length);
    if (data === '' || !/^[A-Za-z0-9_-]+$/.test(data)) return failure('characters');
    const bytes = base64urlToBytes(data);
    if (!bytes) return failure('corrupted');
    let inflated: Uint8Array | 'tooBig';
    try {
      inflated = await readAll(streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')), MAX_JSON_BYTES);
    } catch {
      return failure('corrupted');
    }
    if (inflated === 'tooBig') return failure('tooBig');
    let json: string;
    try {
      json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
    } catch {
      return failure('corrupted');
    }
    // read once, for the validation and to tell a scenario with mistakes from any other text; a text nested
    // deeper than any scenario is none either (it said « le scénario du lien n'est pas valide : … ce n'est pas un scénario »)
    const read = readJson(json, { positions: false });
    if (!read.ok) return failure('notScenario');
    // a link is one line nobody edits: its errors name each field in words, without « [ligne 1, colonne 1 235] »
    const parsed = parseScenario(read.value, locale, { reader: true });
    if (!parsed.ok) return hasScenarioSections(read.value) ? failure('invalid', parsed.errors.map((e) => e.text)) : failure('notScenario');
    return { ok: true, scenario: parsed.scenario, warnings: parsed.warnings };
  } catch {
    return failure('corrupted');
  }
}

/**
 * The scenario a URL carries, validated; null when the URL carries none. For the router:
 * `const result = await scenarioFromLocation(location.href)`.
 */
export async function scenarioFromLocation(url: string | URL, locale: FileLocale = 'fr'): Promise<LinkResult | null> {
  const code = scenarioCodeIn(url);
  return code === null ? null : decodeScenario(code, locale);
}

/** `url` (a class link, presets.ts) carrying `code` (encodeScenario's) after its own parameters, which keep their readable form (readableSearch.ts). */
export function withScenarioCode(url: string, code: string): string {
  const parsed = new URL(url);
  parsed.search = `${parsed.search ? `${parsed.search}&` : '?'}${LINK_PARAM}=${code}`;
  return parsed.toString();
}

/** A shareable link to `base` (the app's address) opening `scenario` in the editor route `hash`. */
export async function scenarioLink(scenario: Scenario | ScenarioInput, base: string, hash = '#/editor'): Promise<string> {
  const url = new URL(base);
  url.search = '';
  url.searchParams.set(LINK_PARAM, await encodeScenario(scenario));
  url.hash = hash;
  return url.toString();
}
