/**
 * Checking a hand-written JSON file against a zod schema and explaining every problem in words
 * a teacher understands: where (the path as written in the file, the field's French name, the
 * line when the text is known), what is wrong and what was found. Never throws: any input,
 * even a number or a half-written file, gives a list of messages.
 */
import { z } from 'zod/mini';
import { MAX_JSON_DEPTH, readJson, type JsonPath, type TextPosition } from './jsonText.ts';
import { numberBounds, schemaAt, unknownKeys, type NumberBounds } from './schemaWalk.ts';
import { scenario as frTexts } from '../i18n/fr/scenario.ts';
import { hasMessages, messagesOf } from '../i18n/translate.ts';
import { pluralForm } from '../i18n/plural.ts';
import type { Messages } from '../i18n/fr.ts';
import { formatNumber } from '../app/format.ts';

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
  campaignRecruits: 'acquisitionChannel',
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

/**
 * A zod issue as kept to be said again: its input only as received() says it (a list's length, an object's tag), not
 * the file's data; the numeric bounds of its field read from the schema when it was checked.
 */
export interface KeptIssue {
  code: string;
  path: JsonPath;
  message: string;
  /** undefined, null, a boolean, a number, a string (its first 61 characters: received() says 60 at most), [] or {} */
  input: unknown;
  /** a list's length (too_small, too_big) */
  count?: number;
  /** an object's discriminator value (invalid_union) */
  tag?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number;
  maximum?: number;
  inclusive?: boolean;
  values?: unknown[];
  options?: unknown[];
  params?: Record<string, unknown>;
  bounds?: NumberBounds;
}

/**
 * What a message says, without its words: a template of the error texts (a number parameter is a count, written in the
 * language's figures: « 61 234 567 »), a JSON syntax reason, or a zod issue. Said in any language by `saidText`.
 */
export type Said =
  | { error: keyof FileTexts['error']; params?: Record<string, string | number | Said> }
  | { json: keyof FileTexts['json']; params?: Record<string, string> }
  | { issue: KeptIssue }
  /** a field by its name (« client n° 4 › achats ») */
  | { field: JsonPath; rootItem?: string };

/** A problem as data: `problemIn` writes it in a language, again in another after a switch (a learner's refused file, app/importRunFile.ts). */
export interface ProblemSpec {
  severity: FileProblem['severity'];
  path: JsonPath;
  said: Said;
  position?: TextPosition;
  /** a JSON syntax error: its message is the whole text (its line and column said in it) */
  whole?: boolean;
  reader: boolean;
  rootItem?: string;
}

export type Checked<T> = { ok: true; value: T; warnings: ProblemSpec[] } | { ok: false; errors: ProblemSpec[] };

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

/**
 * « concurrent n° 1 › événement n° 3 › période ». `names` (a reader's: validateFile `reader`): a key of a closed list under
 * its list (a KPI's acquisition channel, « recrues des campagnes › Prospectus », not « flyers ») by its name on the screens.
 */
export function fieldName(path: JsonPath, texts: FileTexts, rootItem?: string, names?: ScreenNames): string {
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
    const listed = names && Object.hasOwn(VOCABULARY_OF, parent) ? names[VOCABULARY_OF[parent]] : undefined;
    if (typeof path[k + 1] !== 'number' || !own(items, key))
      parts.push(own(fields, `${parent}_${key}`) ?? own(fields, key) ?? (listed && own(listed, key)) ?? key);
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

/** A count (a list's length, a line, a size) in the reader's language, always grouped: « 61 234 567 », « 61,234,567 ». */
function countText(value: number, locale: FileLocale): string {
  return Number.isFinite(value) && Math.abs(value) < 1e15 ? formatNumber(locale, value, 20) : String(value);
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

/** A schema's own message names a key of `own` (its values in the custom issue's params, a number as a count); an unknown one is shown as written. */
function ownMessage(issue: KeptIssue, texts: FileTexts, locale: FileLocale): string {
  const template = (texts.own as Record<string, string>)[issue.message];
  if (template === undefined) return issue.message;
  const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
  return fill(template, Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? countText(v, locale) : String(v)])));
}

/** What describeIssue reads of `issue`, without the file's data (KeptIssue). */
function keep(issue: Issue, root: z.core.$ZodType, data: unknown): KeptIssue {
  const raw = issue as unknown as Record<string, unknown>;
  const input = issue.input;
  const kept: KeptIssue = { code: issue.code, path: toPath(issue.path), message: issue.message, input: typeof input === 'string' ? input.slice(0, 61) : Array.isArray(input) ? [] : input !== null && typeof input === 'object' ? {} : input };
  if (Array.isArray(input)) kept.count = input.length;
  for (const name of ['expected', 'origin', 'inclusive', 'values', 'options', 'params'] as const) if (raw[name] !== undefined) (kept as unknown as Record<string, unknown>)[name] = raw[name];
  for (const name of ['minimum', 'maximum'] as const) if (raw[name] !== undefined) kept[name] = Number(raw[name]);
  if (issue.code === 'invalid_union' && raw.options) kept.tag = (input as Record<string, unknown> | undefined)?.[raw.discriminator as string];
  if ((issue.code === 'too_small' || issue.code === 'too_big') && raw.origin !== 'array' && raw.origin !== 'set' && raw.origin !== 'string')
    kept.bounds = numberBounds(schemaAt(root, kept.path, data));
  return kept;
}

interface Reading {
  texts: FileTexts;
  locale: FileLocale;
  names: ScreenNames;
  reader: boolean;
  rootItem?: string;
}

function describeIssue(issue: KeptIssue, { texts, locale, names, reader }: Reading): string {
  const e = texts.error;
  const key = lastKey(issue.path);
  const got = received(issue.input, texts, locale);
  const num = (n: number) => numberText(n, locale);
  const count = (n: number | undefined) => countText(Number(n), locale);
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return e.required;
  if (!issue.message.startsWith(DEFAULT_MARK)) {
    const message = ownMessage(issue, texts, locale);
    // an empty text received says nothing more than the message (« texte français obligatoire (reçu : «  ») »: QA qa27editor minor 6)
    return isPrimitive(issue.input) && issue.input !== '' && issue.code !== 'custom' ? fill(e.received, { message, received: got }) : message;
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = (texts.expected as Record<string, string>)[issue.expected ?? ''] ?? texts.expected.other;
      return fill(e.type, { expected, received: got });
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'set') {
        const n = issue.count ?? 0;
        return issue.code === 'too_small'
          ? fill(e[`listMin${pluralForm(locale, Number(issue.minimum))}`], { min: count(issue.minimum), count: count(n) })
          : fill(e[`listMax${pluralForm(locale, Number(issue.maximum))}`], { max: count(issue.maximum), count: count(n) });
      }
      if (issue.origin === 'string') {
        if (issue.code === 'too_small') return Number(issue.minimum) <= 1 ? e.textEmpty : fill(e.textMin, { min: count(issue.minimum) });
        return fill(e.textMax, { max: count(issue.maximum) });
      }
      const b = issue.bounds ?? { minInclusive: true, maxInclusive: true };
      if (b.min !== undefined && b.max !== undefined && b.minInclusive && b.maxInclusive)
        return fill(e.between, { min: num(b.min), max: num(b.max), received: got });
      if (issue.code === 'too_small') {
        const min = Number(issue.minimum);
        if (min === 0) return fill(issue.inclusive ? e.nonNegative : e.positive, { received: got });
        return fill(issue.inclusive ? e.min : e.minExclusive, { min: num(min), received: got });
      }
      return fill(issue.inclusive ? e.max : e.maxExclusive, { max: num(Number(issue.maximum)), received: got });
    }
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (values.length === 1) return fill(e.literal, { value: JSON.stringify(values[0]), received: got });
      return fill(e.enum, { received: got, values: values.map((v) => valueText(v, vocabularyOf(key, values, names), texts, reader)).join(', ') });
    }
    case 'invalid_union': {
      const options = issue.options;
      if (options) return fill(e.actionType, { received: received(issue.tag, texts, locale), values: options.map((v) => valueText(v, vocabularyOf(key, options, names), texts, reader)).join(', ') });
      return fill(e.invalid, { received: got });
    }
    case 'invalid_format':
      return fill(e.format, { received: got });
    default:
      return fill(e.invalid, { received: got });
  }
}

/** What `said` says, in the reading's language. */
function saidText(said: Said, reading: Reading): string {
  if ('issue' in said) return describeIssue(said.issue, reading);
  if ('field' in said) return fieldName(said.field, reading.texts, said.rootItem, reading.reader ? reading.names : undefined);
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(said.params ?? {}))
    params[name] = typeof value === 'number' ? countText(value, reading.locale) : typeof value === 'string' ? value : saidText(value, reading);
  return fill('json' in said ? reading.texts.json[said.json] : reading.texts.error[said.error], params);
}

function problem({ severity, path, said, position, whole }: ProblemSpec, reading: Reading): FileProblem {
  const { texts, reader, rootItem } = reading;
  const message = saidText(said, reading);
  if (whole) return { severity, path, where: texts.error.root, field: '', message, text: message, ...(position ?? {}) };
  const where = path.length ? pathText(path) : texts.error.root;
  const field = path.length ? fieldName(path, texts, rootItem, reader ? reading.names : undefined) : '';
  // a reader who does not edit the file: the field in words, without the path nor the line (QA qa22 F5)
  let text =
    field && field !== where && !reader ? fill(texts.error.lineWithField, { where, field, message }) : fill(texts.error.line, { where: (reader && field) || where, message });
  if (severity === 'warning') text = fill(texts.error.warning, { text });
  if (position && !reader) text = fill(texts.error.atLine, { text, line: countText(position.line, reading.locale), column: countText(position.column, reading.locale) });
  return { severity, path, where, field, message, text, ...(position ?? {}) };
}

/** The texts, the screens' names and the reader of `locale` (French file texts while English's are not loaded). */
function readingOf(locale: FileLocale, reader: boolean, rootItem?: string): Reading {
  const texts = fileTexts(locale);
  // the screens' names in the language of the texts (French ones while English's teacher part is not there)
  const names = (messagesOf(texts === frTexts ? 'fr' : 'en').vocabulary ?? {}) as ScreenNames;
  return { texts, locale, names, reader, rootItem };
}

/** `spec` in `locale`'s words, as validateFile would have said it in that language. */
export function problemIn(spec: ProblemSpec, locale: FileLocale): FileProblem {
  return problem(spec, readingOf(locale, spec.reader, spec.rootItem));
}

/** `said` in `locale`'s words (a refusal's reason said again after a language switch). */
export function saidIn(said: Said, locale: FileLocale): string {
  return saidText(said, readingOf(locale, true));
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
  const checked = checkFile(schema, input, options);
  const reading = readingOf(options.locale ?? 'fr', options.reader === true, options.rootItem);
  if (!checked.ok) return { ok: false, errors: checked.errors.map((spec) => problem(spec, reading)) };
  return { ok: true, value: checked.value, warnings: checked.warnings.map((spec) => problem(spec, reading)) };
}

/** validateFile's problems as data, to be written in a language by problemIn (now, and again after a switch). */
export function checkFile<S extends z.core.$ZodType>(schema: S, input: unknown, options: ValidateOptions = {}): Checked<z.output<S>> {
  const reader = options.reader === true;
  const spec = (severity: FileProblem['severity'], path: JsonPath, said: Said, position?: TextPosition): ProblemSpec => ({
    severity,
    path,
    said,
    reader,
    ...(options.rootItem !== undefined ? { rootItem: options.rootItem } : {}),
    ...(position ? { position } : {}),
  });
  let data: unknown = input;
  let positionOf: (path: JsonPath) => TextPosition | undefined = () => undefined;
  try {
    if (typeof input === 'string') {
      if (input.trim() === '') return { ok: false, errors: [spec('error', [], { error: 'empty' })] };
      const read = readJson(input);
      if (!read.ok) {
        const { line, column, reason, params } = read.error;
        if (reason === 'tooDeep') return { ok: false, errors: [spec('error', [], { error: 'tooDeep', params: params as Record<string, string> })] };
        // a file of one line (an export): its « ligne 1, colonne 2472 » tells a reader nothing
        const oneLine = reader && !input.trim().includes('\n');
        const said: Said = { error: oneLine ? 'jsonOneLine' : 'json', params: { line, column, reason: { json: reason, params: params as Record<string, string> } } };
        return { ok: false, errors: [{ ...spec('error', [], said, { line, column }), whole: true }] };
      }
      data = read.value;
      positionOf = read.positionOf;
    }
    const shapeError = options.shape?.(data);
    if (shapeError) return { ok: false, errors: [spec('error', [], { error: shapeError }, positionOf([]))] };

    const result = z.safeParse(schema, data, { reportInput: true, error: () => DEFAULT_MARK });
    if (!result.success) {
      const newer = newerFormat(result.error.issues as Issue[]);
      if (newer) return { ok: false, errors: [spec('error', ['formatVersion'], { error: 'newerVersion', params: { version: newer.version } }, positionOf(['formatVersion']))] };
      const errors = (result.error.issues as Issue[]).map((issue) => {
        const path = toPath(issue.path);
        return spec('error', path, { issue: keep(issue, schema, data) }, positionOf(path));
      });
      return { ok: false, errors: sortByLine(errors) };
    }
    const warnings = unknownKeys(schema, data).map((path) => spec('warning', path, { error: 'unknownKey', params: { key: String(path[path.length - 1]) } }, positionOf(path)));
    return { ok: true, value: result.data, warnings: sortByLine(warnings) };
  } catch (error) {
    // a value nested too deep for the validation (given already parsed: a text stops at MAX_JSON_DEPTH)
    if (error instanceof RangeError) return { ok: false, errors: [spec('error', [], { error: 'tooDeep', params: { max: MAX_JSON_DEPTH } })] };
    // A bug of ours must still not crash the page or the command line.
    return { ok: false, errors: [spec('error', [], { error: 'invalid', params: { received: String(error) } })] };
  }
}

function sortByLine(problems: ProblemSpec[]): ProblemSpec[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((x, y) => (x.p.position?.line ?? Infinity) - (y.p.position?.line ?? Infinity) || (x.p.position?.column ?? 0) - (y.p.position?.column ?? 0) || x.i - y.i)
    .map(({ p }) => p);
}
