/**
 * Reading a result file handed in by a learner, before any replay: refuses what is not a result
 * file or is hostile (too large, too deeply nested, prototype keys such as `__proto__`) with a
 * clear French (or English) reason, then validates it against the schema with messages that
 * name the faulty field and line. Never throws.
 */
import { checkText, looksLikeTable, withoutBom } from '../import/textCheck.ts';
import { validateFile, type FileLocale } from '../scenario/validate.ts';
import { results as frTexts } from '../i18n/fr/results.ts';
import { results as enTexts } from '../i18n/en/results.ts';
import type { Messages } from '../i18n/fr.ts';
import { formatNumber } from '../app/format.ts';
import { MAX_LEARNER_CHARS } from './resultMode.ts';
import { RESULT_FORMAT, RESULT_FORMAT_VERSION, resultFileSchema, type ResultFile } from './resultFileSchema.ts';

export type ResultTexts = Messages['results'];
export const RESULT_TEXTS: Record<FileLocale, ResultTexts> = { fr: frTexts, en: enTexts };

/** Largest result file read (a 200 000-customer target list fits well below). */
export const MAX_RESULT_FILE_CHARS = 16 * 1024 * 1024;
/** A result file nests about 8 levels; far deeper is an attack on the parser. */
export const MAX_JSON_DEPTH = 40;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ResultRead = { ok: true; file: ResultFile; warnings: string[] } | { ok: false; errors: string[] };

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The first forbidden key or excessive depth found, walking without recursion. */
function hostileShape(value: unknown, texts: ResultTexts, locale: FileLocale): string | null {
  const stack: { node: unknown; depth: number; where: string }[] = [{ node: value, depth: 0, where: '' }];
  while (stack.length > 0) {
    const { node, depth, where } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return fill(texts.invalid.tooDeep, { max: formatNumber(locale, MAX_JSON_DEPTH) });
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        if (item !== null && typeof item === 'object') stack.push({ node: item, depth: depth + 1, where: `${where}[${i}]` });
      });
      continue;
    }
    for (const key of Object.keys(node)) {
      const path = where === '' ? key : `${where}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) return fill(texts.invalid.forbiddenKey, { key, where: path });
      stack.push({ node: (node as Record<string, unknown>)[key], depth: depth + 1, where: path });
    }
  }
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The format of a run file (src/db/runFile.ts RUN_FILE_FORMAT, not imported: the results layer stays apart from the db layer; a test checks they agree). */
export const RUN_FILE_FORMAT = 'fidelis-run';

/**
 * A result file cut before its end (a download or a copy interrupted, QA qa11 F2): it opens as one,
 * `{` then its `format`, but a string or a brace is still open where the text stops. Not a file with
 * a syntax error in its middle (its brackets are closed): that one keeps the JSON reader's line and column.
 */
export function cutResultFile(text: string): boolean {
  if (!/^\s*\{\s*"format"\s*:\s*"fidelis-result"/.test(text.slice(0, 200))) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** The learner's name in the text of a result file cut before its end (it comes before the scenario), or undefined. */
function cutFileLearner(text: string): unknown {
  if (!cutResultFile(text)) return undefined;
  const quoted = /"learner"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(text.slice(0, 4000));
  return quoted ? JSON.parse(quoted[1]) : undefined;
}

/** Why a parsed value is not a result file of a format this app reads, or null. */
function wrongFormat(value: unknown, texts: ResultTexts, locale: FileLocale): string | null {
  if (!isObject(value)) return texts.invalid.notObject;
  if (value.format !== RESULT_FORMAT) {
    if (value.format === undefined && 'objectives' in value && 'customers' in value) return texts.invalid.looksLikeScenario;
    // the learner handed in the file of « Exporter » (Home) instead of the Bilan's result file
    if (value.format === RUN_FILE_FORMAT) return texts.invalid.runFile;
    // any other JSON file (a student's notes, another app's export): not « champ « format » : undefined » (QA qa11 F3)
    if (value.format === undefined) return texts.invalid.noFormat;
    const received = typeof value.format === 'string' ? fill(texts.invalid.quoted, { value: value.format.slice(0, 40) }) : String(value.format);
    return fill(texts.invalid.notResult, { received });
  }
  if (typeof value.formatVersion === 'number' && value.formatVersion > RESULT_FORMAT_VERSION)
    return fill(texts.invalid.newerVersion, { version: formatNumber(locale, value.formatVersion, 20) });
  return null;
}

/** Why a file of `size` characters (or bytes) is not read: its size and the limit, in megabytes in the language's figures. */
export function tooBig(size: number, locale: FileLocale): string {
  return fill(RESULT_TEXTS[locale].invalid.tooBig, { size: formatNumber(locale, Math.ceil(size / 1048576)), max: formatNumber(locale, MAX_RESULT_FILE_CHARS / 1048576) });
}

/** Read and validate a result file given as JSON text (as read from disk) or as an already parsed value. */
export function readResultFile(input: unknown, locale: FileLocale = 'fr'): ResultRead {
  const texts = RESULT_TEXTS[locale];
  try {
    let data = input;
    if (typeof input === 'string') {
      if (input.length > MAX_RESULT_FILE_CHARS)
        return { ok: false, errors: [tooBig(input.length, locale)] };
      // an empty file (a download that never started, a copy cut at once): what to ask for, not « fichier entier : le fichier est vide » (QA qa11 F5)
      if (withoutBom(input).trim() === '') return { ok: false, errors: [texts.invalid.empty] };
      // a picture or other binary renamed .json: the same reason however its bytes were read (QA robust #11)
      if (input.includes('\u0000') || checkText(input) === 'binary') return { ok: false, errors: [texts.invalid.notText] };
      try {
        data = JSON.parse(withoutBom(input));
      } catch {
        // a run file, cut short or broken, is first of all the wrong file: ask for the result file (QA qa22 F5)
        if (/^\s*\{\s*"format"\s*:\s*"fidelis-run"/.test(input.slice(0, 200))) return { ok: false, errors: [texts.invalid.runFile] };
        if (cutResultFile(input)) return { ok: false, errors: [texts.invalid.truncated] };
        // a table (a CSV renamed .json): which file to ask for, not a JSON reader's « mot inconnu » (QA qa19 F10)
        if (looksLikeTable(input)) return { ok: false, errors: [texts.invalid.table] };
        // Not JSON: let the scenario file reader explain where and why, in a teacher's words, then what to ask (QA qa22 F5).
        const explained = validateFile(resultFileSchema, input, { locale, reader: true });
        return { ok: false, errors: explained.ok ? [texts.invalid.notObject] : [...explained.errors.map((e) => e.text), texts.invalid.damaged] };
      }
    }
    const hostile = hostileShape(data, texts, locale);
    if (hostile) return { ok: false, errors: [hostile] };
    const format = wrongFormat(data, texts, locale);
    if (format) return { ok: false, errors: [format] };
    // read as by a reader who does not edit the file: the field's and the values' names, not the file's path (decisions[1].actions[0].type),
    // codes (lienSocial) nor line; then what to ask (QA qa22 F5)
    const result = validateFile(resultFileSchema, input, { locale, reader: true });
    if (!result.ok) return { ok: false, errors: [...result.errors.map((e) => e.text), texts.invalid.damaged] };
    return { ok: true, file: result.value, warnings: result.warnings.map((w) => w.text) };
  } catch (error) {
    return { ok: false, errors: [fill(texts.invalid.readFailed, { detail: error instanceof Error ? error.message : String(error) })] };
  }
}

/**
 * The learner's name in a file that does not read as a result file (newer format, too many periods,
 * a name too long…), when it is there as text: the class view names the invalid row with it instead of
 * « (sans nom) » (QA robust #5). Shown as text only; control characters become spaces, a name past
 * MAX_LEARNER_CHARS is cut with « … ». '' when there is none to read. Never throws.
 */
export function readableLearner(input: unknown): string {
  try {
    let data = input;
    if (typeof input === 'string') {
      if (input.length > MAX_RESULT_FILE_CHARS || input.includes('\u0000')) return '';
      const text = withoutBom(input);
      try {
        data = JSON.parse(text);
      } catch {
        // a file cut before its end still names its learner near its top: its row says whose it is
        data = { learner: cutFileLearner(text) };
      }
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, 'learner')) return '';
    const learner = (data as { learner: unknown }).learner;
    if (typeof learner !== 'string') return '';
    // eslint-disable-next-line no-control-regex
    const clean = learner.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
    return clean.length > MAX_LEARNER_CHARS ? `${clean.slice(0, MAX_LEARNER_CHARS - 1).trimEnd()}…` : clean;
  } catch {
    return '';
  }
}
