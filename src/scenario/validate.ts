/**
 * Checking a hand-written JSON file against a zod schema and explaining every problem in words
 * a teacher understands: where (the path as written in the file, the field's French name, the
 * line when the text is known), what is wrong and what was found. Never throws: any input,
 * even a number or a half-written file, gives a list of messages.
 */
import { z } from 'zod/mini';
import { MAX_JSON_DEPTH, readJson, type JsonPath, type TextPosition } from './jsonText.ts';
import { numberBounds, schemaAt, unknownKeys } from './schemaWalk.ts';
import { scenario as frTexts } from '../i18n/fr/scenario.ts';
import { hasMessages, messagesOf } from '../i18n/translate.ts';
import { pluralForm } from '../i18n/plural.ts';
import type { Messages } from '../i18n/fr.ts';

export type FileTexts = Messages['scenario'];
export type FileLocale = 'fr' | 'en';

/**
 * French is built in; English comes with English's teacher part (i18n/areas.ts: the editor and
 * the class view load it, so does a scenario link opened in English; Node entry points and tests
 * register whole languages up front), or alone (its scenario area: a learner's refused run file,
 * app/importRunFile.ts), French until then.
 */
export function fileTexts(locale: FileLocale): FileTexts {
  return (locale === 'en' && hasMessages('en', 'core') && messagesOf('en').scenario) || frTexts;
}

/** The closed vocabularies' names as the screens show them, in the texts' language; those not loaded yet are missing (the value is then shown as written). */
type ScreenNames = Partial<Record<string, Record<string, string>>>;

/** The vocabulary (i18n vocabulary area) that first names a field's values, by the field's key in the file (vocabularyOf: unless it lacks some). */
const VOCABULARY_OF: Record<string, string> = {
  type: 'actionType',
  instrument: 'instrument',
  level: 'complaintPolicy',
  channel: 'acquisitionChannel',
  acquisitionChannels: 'acquisitionChannel',
  channels: 'channel',
  strategies: 'strategy',
  segment: 'segment',
  segments: 'segment',
  rfSegments: 'rfSegment',
  stages: 'stage',
  hiddenStages: 'stage',
  from: 'stage',
  to: 'stage',
  ladder: 'ladder',
  motives: 'motive',
  tickUnit: 'tickUnit',
};

export interface FileProblem {
  severity: 'error' | 'warning';
  path: JsonPath;
  /** the path as written in the file: customers.purchaseRate.r, competitors[0].events[2].tick */
  where: string;
  /** the field in words: « clientèle › taux d'achat (BG/NBD) › forme r » */
  field: string;
  message: string;
  line?: number;
  column?: number;
  /** one line, ready to print */
  text: string;
}

export type Validated<T> = { ok: true; value: T; warnings: FileProblem[] } | { ok: false; errors: FileProblem[] };

export interface ValidateOptions {
  locale?: FileLocale;
  /**
   * The reader hands the file on and does not edit it (a teacher checking a learner's result file, a learner
   * importing a run): the field in words only, not its path in the file nor its line (a file of one line's
   * « ligne 1, colonne 2472 » says nothing); a closed list's values by their names on the screens (« Avantage
   * financier », not « financier »), and a JSON syntax error's line and column only in a file of several lines
   * (QA qa22 F5). By default the reader writes the file (scenario editor, command line): the value as it must be
   * typed, with its name; the path and the line.
   */
  reader?: boolean;
  /** i18n `items` key naming the elements of a top-level list (e.g. 'decisions') */
  rootItem?: string;
  /** check run on the parsed JSON before the schema (e.g. "must be an object"); returns an `error` key */
  shape?: (value: unknown) => keyof FileTexts['error'] | null;
}

/** Replace {{name}} placeholders. Kept local so this module stays free of the UI's translate(). */
function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `competitors[0].events[2].tick`; a top-level list gives `[3].actions[0].type`. */
export function pathText(path: JsonPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out;
}

/** « concurrent n° 1 › événement n° 3 › période » */
export function fieldName(path: JsonPath, texts: FileTexts, rootItem?: string): string {
  // own keys only: a file's `constructor` or `__proto__` is a field of its own name, not Object.prototype's
  const own = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
  const fields = texts.fields as Record<string, string>;
  const items = texts.items as Record<string, string>;
  const parts: string[] = [];
  let parent = '';
  path.forEach((key, k) => {
    if (typeof key === 'number') {
      const list = k === 0 ? (rootItem ?? '') : String(path[k - 1]);
      parts.push(fill(own(items, list) ?? items.default, { n: key + 1 }));
      return;
    }
    if (typeof path[k + 1] !== 'number' || !own(items, key)) parts.push(own(fields, `${parent}_${key}`) ?? own(fields, key) ?? key);
    parent = key;
  });
  return parts.join(' › ');
}

/**
 * A number of a message in the reader's language: « 1,5 », « 200 000 » in French (grouped from
 * 10 000 only: a seed or a year stays 1907); an absurd one as written in the file (« 1e+308 »).
 */
function numberText(value: number, locale: FileLocale): string {
  const size = Math.abs(value);
  if (!Number.isFinite(value) || size >= 1e15) return String(value);
  return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 20, useGrouping: size >= 10_000 });
}

function received(value: unknown, texts: FileTexts, locale: FileLocale): string {
  if (value === undefined) return texts.received.missing;
  if (value === null) return texts.received.null;
  if (Array.isArray(value)) return texts.received.list;
  if (typeof value === 'object') return texts.received.object;
  if (typeof value === 'string') return fill(texts.received.text, { value: value.length > 60 ? `${value.slice(0, 57)}…` : value });
  if (typeof value === 'number') return numberText(value, locale);
  return String(value);
}

/**
 * A closed list's value as the file must hold it, with what it means when the words differ: « week » (semaine) (QA qa18 F7);
 * for a reader who does not edit the file, its name alone, as the screens show it (« Avantage financier »). `vocabulary`: vocabularyOf's.
 */
function valueText(value: unknown, vocabulary: Record<string, string> | undefined, texts: FileTexts, reader: boolean): string {
  const code = String(value);
  const named = vocabulary && Object.hasOwn(vocabulary, code) ? vocabulary[code] : undefined;
  const words = named ?? (Object.hasOwn(texts.values, code) ? (texts.values as Record<string, string>)[code] : undefined);
  const quoted = fill(texts.received.text, { value: code });
  if (reader) return words ?? quoted;
  return words && words !== code ? `${quoted} (${words})` : quoted;
}

/**
 * The vocabulary naming every one of `values`: the field's own (VOCABULARY_OF) when it does, else the one that does (a run
 * file's customer `channel` holds contact channels, not acquisition ones; its `stage`, `motive`, `rfSegment`: review9 #3).
 */
function vocabularyOf(key: string, values: readonly unknown[], names: ScreenNames): Record<string, string> | undefined {
  const holds = (v: Record<string, string> | undefined) => v !== undefined && values.every((c) => Object.hasOwn(v, String(c)));
  const own = Object.hasOwn(VOCABULARY_OF, key) ? names[VOCABULARY_OF[key]] : undefined;
  return holds(own) ? own : Object.values(names).find(holds);
}

/** The key of the field a path ends in (`strategies` for strategies[2]). */
function lastKey(path: JsonPath): string {
  for (let k = path.length - 1; k >= 0; k--) if (typeof path[k] === 'string') return path[k] as string;
  return '';
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Marks messages made by zod's defaults (which we rewrite) apart from the schema's own French messages. */
const DEFAULT_MARK = '\u0000';

type Issue = z.core.$ZodIssue & { input?: unknown };

const toPath = (path: readonly PropertyKey[]): JsonPath => path.map((key) => (typeof key === 'number' ? key : String(key)));

/** A schema's own message names a key of `own` (its values in the custom issue's params); an unknown one is shown as written. */
function ownMessage(issue: Issue, texts: FileTexts): string {
  const template = (texts.own as Record<string, string>)[issue.message];
  if (template === undefined) return issue.message;
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  return fill(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])));
}

interface Reading {
  texts: FileTexts;
  locale: FileLocale;
  names: ScreenNames;
  reader: boolean;
  rootItem?: string;
}

function describeIssue(issue: Issue, root: z.core.$ZodType, data: unknown, { texts, locale, names, reader }: Reading): string {
  const e = texts.error;
  const key = lastKey(toPath(issue.path));
  const got = received(issue.input, texts, locale);
  const num = (n: number) => numberText(n, locale);
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return e.required;
  if (!issue.message.startsWith(DEFAULT_MARK)) {
    const message = ownMessage(issue, texts);
    return isPrimitive(issue.input) && issue.code !== 'custom' ? fill(e.received, { message, received: got }) : message;
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return e.required;
      const expected = (texts.expected as Record<string, string>)[issue.expected] ?? texts.expected.other;
      return fill(e.type, { expected, received: got });
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'set') {
        const count = Array.isArray(issue.input) ? issue.input.length : 0;
        return issue.code === 'too_small'
          ? fill(e[`listMin${pluralForm(locale, Number(issue.minimum))}`], { min: String(issue.minimum), count })
          : fill(e[`listMax${pluralForm(locale, Number(issue.maximum))}`], { max: String(issue.maximum), count });
      }
      if (issue.origin === 'string') {
        if (issue.code === 'too_small') return Number(issue.minimum) <= 1 ? e.textEmpty : fill(e.textMin, { min: String(issue.minimum) });
        return fill(e.textMax, { max: String(issue.maximum) });
      }
      const b = numberBounds(schemaAt(root, toPath(issue.path), data));
      if (b.min !== undefined && b.max !== undefined && b.minInclusive && b.maxInclusive)
        return fill(e.between, { min: num(b.min), max: num(b.max), received: got });
      if (issue.code === 'too_small') {
        const min = Number(issue.minimum);
        if (min === 0) return fill(issue.inclusive ? e.nonNegative : e.positive, { received: got });
        return fill(issue.inclusive ? e.min : e.minExclusive, { min: num(min), received: got });
      }
      return fill(issue.inclusive ? e.max : e.maxExclusive, { max: num(Number(issue.maximum)), received: got });
    }
    case 'invalid_value':
      if (issue.values.length === 1) return fill(e.literal, { value: JSON.stringify(issue.values[0]), received: got });
      return fill(e.enum, { received: got, values: issue.values.map((v) => valueText(v, vocabularyOf(key, issue.values, names), texts, reader)).join(', ') });
    case 'invalid_union': {
      const options = (issue as unknown as { options?: unknown[] }).options;
      if (options) {
        const tag = (issue.input as Record<string, unknown> | undefined)?.[(issue as unknown as { discriminator: string }).discriminator];
        return fill(e.actionType, { received: received(tag, texts, locale), values: options.map((v) => valueText(v, vocabularyOf(key, options, names), texts, reader)).join(', ') });
      }
      return fill(e.invalid, { received: got });
    }
    case 'invalid_format':
      return fill(e.format, { received: got });
    default:
      return fill(e.invalid, { received: got });
  }
}

function problem(severity: FileProblem['severity'], path: JsonPath, message: string, { texts, reader, rootItem }: Reading, position?: TextPosition): FileProblem {
  const where = path.length ? pathText(path) : texts.error.root;
  const field = path.length ? fieldName(path, texts, rootItem) : '';
  // a reader who does not edit the file: the field in words, without the path nor the line (QA qa22 F5)
  let text =
    field && field !== where && !reader ? fill(texts.error.lineWithField, { where, field, message }) : fill(texts.error.line, { where: (reader && field) || where, message });
  if (severity === 'warning') text = fill(texts.error.warning, { text });
  if (position && !reader) text = fill(texts.error.atLine, { text, line: position.line, column: position.column });
  return { severity, path, where, field, message, text, ...(position ?? {}) };
}

/**
 * A file from a newer Fidélis: its `formatVersion` is a number above the one this version reads (QA robust #6).
 * Its one problem is then to update the app, as the class view says of a newer result file, instead of
 * « doit valoir 1 (reçu : 2) » and the errors of fields the newer format changed.
 */
function newerFormat(issues: readonly Issue[]): { version: number } | null {
  for (const issue of issues) {
    if (issue.code !== 'invalid_value' || issue.path.length !== 1 || issue.path[0] !== 'formatVersion') continue;
    const version = issue.input;
    if (typeof version === 'number' && Number.isFinite(version) && issue.values.every((v) => typeof v === 'number' && version > v)) return { version };
  }
  return null;
}

/**
 * Validate `input` (JSON text or an already parsed value) against `schema`.
 * Errors come in file order when the text is known, else in zod's order.
 */
export function validateFile<S extends z.core.$ZodType>(schema: S, input: unknown, options: ValidateOptions = {}): Validated<z.output<S>> {
  const locale = options.locale ?? 'fr';
  const texts = fileTexts(locale);
  // the screens' names in the language of the texts (French ones while English's teacher part is not there)
  const names = (messagesOf(texts === frTexts ? 'fr' : 'en').vocabulary ?? {}) as ScreenNames;
  const reading: Reading = { texts, locale, names, reader: options.reader === true, rootItem: options.rootItem };
  let data: unknown = input;
  let positionOf: (path: JsonPath) => TextPosition | undefined = () => undefined;
  try {
    if (typeof input === 'string') {
      if (input.trim() === '') return { ok: false, errors: [problem('error', [], texts.error.empty, reading)] };
      const read = readJson(input);
      if (!read.ok) {
        const { line, column, reason, params } = read.error;
        if (reason === 'tooDeep') return { ok: false, errors: [problem('error', [], fill(texts.error.tooDeep, params), reading)] };
        // a file of one line (an export): its « ligne 1, colonne 2472 » tells a reader nothing
        const oneLine = reading.reader && !input.trim().includes('\n');
        const message = fill(oneLine ? texts.error.jsonOneLine : texts.error.json, { line, column, reason: fill(texts.json[reason], params) });
        return { ok: false, errors: [{ ...problem('error', [], message, reading), line, column, text: message }] };
      }
      data = read.value;
      positionOf = read.positionOf;
    }
    const shapeError = options.shape?.(data);
    if (shapeError) return { ok: false, errors: [problem('error', [], texts.error[shapeError], reading, positionOf([]))] };

    const result = z.safeParse(schema, data, { reportInput: true, error: () => DEFAULT_MARK });
    if (!result.success) {
      const newer = newerFormat(result.error.issues as Issue[]);
      if (newer) {
        const message = fill(texts.error.newerVersion, { version: numberText(newer.version, locale) });
        return { ok: false, errors: [problem('error', ['formatVersion'], message, reading, positionOf(['formatVersion']))] };
      }
      const errors = (result.error.issues as Issue[]).map((issue) => {
        const path = toPath(issue.path);
        return problem('error', path, describeIssue(issue, schema, data, reading), reading, positionOf(path));
      });
      return { ok: false, errors: sortByLine(errors) };
    }
    const warnings = unknownKeys(schema, data).map((path) =>
      problem('warning', path, fill(texts.error.unknownKey, { key: String(path[path.length - 1]) }), reading, positionOf(path)),
    );
    return { ok: true, value: result.data, warnings: sortByLine(warnings) };
  } catch (error) {
    // a value nested too deep for the validation (given already parsed: a text stops at MAX_JSON_DEPTH)
    if (error instanceof RangeError)
      return { ok: false, errors: [problem('error', [], fill(texts.error.tooDeep, { max: String(MAX_JSON_DEPTH) }), reading)] };
    // A bug of ours must still not crash the page or the command line.
    return { ok: false, errors: [problem('error', [], fill(texts.error.invalid, { received: String(error) }), reading)] };
  }
}

function sortByLine(problems: FileProblem[]): FileProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((x, y) => (x.p.line ?? Infinity) - (y.p.line ?? Infinity) || (x.p.column ?? 0) - (y.p.column ?? 0) || x.i - y.i)
    .map(({ p }) => p);
}
