/**
 * Reading JSON text written by hand (a teacher's scenario, a decisions file) so that errors can
 * name a line and a column. JSON.parse does the real parsing; this scanner only runs on top of
 * it to (1) explain a syntax error with a stable, engine-independent reason and position (the
 * wording of JSON.parse errors differs between browsers) and (2) remember where each value
 * starts, so that a validation error can point at its line.
 */

export type JsonPath = (string | number)[];

export interface TextPosition {
  line: number;
  column: number;
}

/** Why the text is not JSON: a key of the `scenario.json` i18n section, with its parameters. */
export interface JsonSyntaxError extends TextPosition {
  /** where the reading stopped, in the text without its byte-order mark (line and column say it for a reader) */
  offset: number;
  reason:
    | 'end'
    | 'unexpected'
    | 'trailingComma'
    | 'missingComma'
    | 'missingColon'
    | 'key'
    | 'singleQuotes'
    | 'comment'
    | 'number'
    | 'escape'
    | 'control'
    | 'unterminated'
    | 'word'
    | 'afterEnd'
    | 'tooDeep';
  params: Record<string, string>;
}

export type JsonReadResult =
  | { ok: true; value: unknown; positionOf: (path: JsonPath) => TextPosition | undefined }
  | { ok: false; error: JsonSyntaxError };

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: JsonSyntaxError['reason'],
    readonly params: Record<string, string> = {},
  ) {
    super(reason);
  }
}

/**
 * Parse JSON text (a leading byte-order mark is allowed); never throws. `positions: false` keeps no
 * value positions (positionOf then knows none): for big files, e.g. a run file of millions of
 * values whose syntax error only is wanted.
 */
export function readJson(text: string, options: { positions?: boolean } = {}): JsonReadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const starts = new Map<string, number>();
  const record = options.positions === false ? null : starts;
  let syntax: JsonSyntaxError | null = null;
  try {
    scan(source, record);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    syntax = { ...positionAt(source, e.offset), offset: e.offset, reason: e.reason, params: e.params };
  }
  if (syntax) return { ok: false, error: syntax };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    // The scanner accepted what JSON.parse refused: should not happen; report the start.
    return { ok: false, error: { line: 1, column: 1, offset: 0, reason: 'unexpected', params: { char: source.charAt(0) } } };
  }
  return {
    ok: true,
    value,
    positionOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const offset = starts.get(pathKey(path.slice(0, n)));
        if (offset !== undefined) return positionAt(source, offset);
      }
      return undefined;
    },
  };
}

function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Brackets and braces nested deeper than this end the reading: no Fidélis file nests more than a dozen
 * levels, and 100 000 levels (`[[[[…]]]]`) would overflow the call stack of this reader, of JSON.parse
 * or of the validation (a RangeError shown raw).
 */
export const MAX_JSON_DEPTH = 200;

function scan(text: string, starts: Map<string, number> | null): void {
  let i = 0;
  const path: JsonPath = [];

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charAt(i);
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
      else if (c === '/' && (text.charAt(i + 1) === '/' || text.charAt(i + 1) === '*')) throw new Stop(i, 'comment');
      else return;
    }
  };
  const charAt = (at: number): string => (at >= text.length ? '' : text.charAt(at));
  const unexpected = (): never => {
    if (i >= text.length) throw new Stop(i, 'end');
    const c = text.charAt(i);
    if (c === "'") throw new Stop(i, 'singleQuotes');
    throw new Stop(i, 'unexpected', { char: c });
  };

  const value = (): void => {
    skipSpace();
    if (path.length > MAX_JSON_DEPTH) throw new Stop(i, 'tooDeep', { max: String(MAX_JSON_DEPTH) });
    starts?.set(pathKey(path), i);
    const c = charAt(i);
    if (c === '{') object();
    else if (c === '[') array();
    else if (c === '"') string();
    else if (c === '-' || (c >= '0' && c <= '9')) number();
    else if (/[A-Za-z]/.test(c)) word();
    else unexpected();
  };

  const object = (): void => {
    i++;
    skipSpace();
    if (charAt(i) === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      if (charAt(i) === "'") throw new Stop(i, 'singleQuotes');
      if (charAt(i) !== '"') {
        if (i >= text.length) throw new Stop(i, 'end');
        throw new Stop(i, 'key');
      }
      const keyStart = i;
      string();
      const key = JSON.parse(text.slice(keyStart, i)) as string;
      skipSpace();
      if (charAt(i) !== ':') {
        if (i >= text.length) throw new Stop(i, 'end');
        throw new Stop(i, 'missingColon');
      }
      i++;
      path.push(key);
      value();
      path.pop();
      skipSpace();
      const c = charAt(i);
      if (c === '}') {
        i++;
        return;
      }
      if (c === ',') {
        const comma = i;
        i++;
        skipSpace();
        if (charAt(i) === '}') throw new Stop(comma, 'trailingComma', { char: '}' });
        // "0,5" is the classic French slip: after a comma an object needs a key, not a digit.
        if (/\d/.test(charAt(i))) throw new Stop(comma, 'number');
        continue;
      }
      if (c === '"') throw new Stop(i, 'missingComma', { char: c });
      unexpected();
    }
  };

  const array = (): void => {
    i++;
    skipSpace();
    if (charAt(i) === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      path.push(index);
      value();
      path.pop();
      skipSpace();
      const c = charAt(i);
      if (c === ']') {
        i++;
        return;
      }
      if (c === ',') {
        const comma = i;
        i++;
        skipSpace();
        if (charAt(i) === ']') throw new Stop(comma, 'trailingComma', { char: ']' });
        continue;
      }
      if (c === '{' || c === '[' || c === '"' || /[-0-9tfn]/.test(c)) throw new Stop(i, 'missingComma', { char: c });
      unexpected();
    }
  };

  const string = (): void => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) throw new Stop(start, 'unterminated');
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return;
      }
      if (code < 0x20) throw new Stop(i, 'control');
      if (code === 0x5c) {
        const e = charAt(i + 1);
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw new Stop(i, 'escape');
      } else i++;
    }
  };

  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!match) throw new Stop(i, 'number');
    i += match[0].length;
    if (/[0-9A-Za-z.]/.test(charAt(i))) throw new Stop(i, 'number');
  };

  const word = (): void => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 64));
    const w = match ? match[0] : charAt(i);
    if (w !== 'true' && w !== 'false' && w !== 'null') throw new Stop(i, 'word', { word: w });
    i += w.length;
  };

  skipSpace();
  if (i >= text.length) throw new Stop(i, 'end');
  value();
  skipSpace();
  if (i < text.length) throw new Stop(i, 'afterEnd');
}
