/**
 * src/engine/README.md says the truth about the engine (the model in plain words for teachers). Its
 * « Paramètres » table lists every constant of params.ts, in the file's order, with its value as the
 * code writes it: each row's value must be the code's, and every export must have its row. Its
 * « Flux aléatoires » table names every stream of rng.ts (STREAMS) with its tag; the last row of its
 * « Empreinte du modèle » table is the model's fingerprint. Every UPPER_CASE name in backquotes must
 * still exist in the code (src/). A « Paramètres » row's source says « hypothèse » exactly when the
 * constant's comment in params.ts says *assumption*. A number written in the text right after the name of a
 * numeric constant (« `REFERRAL_CONVERSION` (13 %) », « `BARRIER_WEIGHT` 4 », « `DORMANT_MIN_WEEKS` (3) ») is its
 * value (a percentage × 100), outside the « Paramètres » table and the fingerprint history; an old value is written
 * with an arrow (« 0,4 → 0,3 »). Only the tables' first two columns, the word « hypothèse » in the « Paramètres »
 * source column, the backquoted names and the numbers right after them are read: rewording the text never needs
 * this test changed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as P from '../../../src/engine/params.ts';
import { modelFingerprint } from '../../../src/engine/index.ts';
import { STREAMS } from '../../../src/engine/rng.ts';

const readme = readFileSync(new URL('../../../src/engine/README.md', import.meta.url), 'utf8');

/** The body of the section that starts with `heading` (a whole line), up to the next heading of the same or a higher level. */
function section(heading: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README: no line « ${heading} »`);
  const level = heading.indexOf(' ');
  let end = start + 1;
  while (end < lines.length && !(/^#+ /.test(lines[end]) && lines[end].indexOf(' ') <= level)) end++;
  return lines.slice(start + 1, end).join('\n');
}

/** Rows of the tables of `text` whose first cell is one backquoted name: [name, second cell]. */
function namedRows(text: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([A-Za-z_][A-Za-z0-9_]*)`\s*\|([^|]*)\|/.exec(line);
    if (m) rows.push([m[1], m[2].trim()]);
  }
  return rows;
}

type Value = number | boolean | { [key: string]: Value };

/**
 * A value as params.ts writes it, in backquotes: a number (`0.3`, `10_000`), a quotient of numbers
 * (`52 / 12`), true / false, or an object of those (`{ club: 0.3, evenementPrive: 0.8 }`).
 */
function parseValue(cell: string): Value {
  const m = /^`([^`]*)`$/.exec(cell);
  if (!m) throw new Error(`value not in backquotes: ${cell}`);
  const src = m[1];
  let pos = 0;
  const skip = (): void => {
    while (src[pos] === ' ') pos++;
  };
  const fail = (): never => {
    throw new Error(`cannot read « ${src} » at ${pos}`);
  };
  const number = (): number => {
    skip();
    const n = /^-?[0-9][0-9_]*(\.[0-9_]+)?(e-?[0-9]+)?/.exec(src.slice(pos));
    if (!n) return fail();
    pos += n[0].length;
    return Number(n[0].replaceAll('_', ''));
  };
  const value = (): Value => {
    skip();
    if (src[pos] === '{') {
      pos++;
      const obj: { [key: string]: Value } = {};
      for (;;) {
        skip();
        if (src[pos] === '}') {
          pos++;
          return obj;
        }
        const k = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(pos));
        if (!k) return fail();
        pos += k[0].length;
        skip();
        if (src[pos++] !== ':') fail();
        obj[k[0]] = value();
        skip();
        if (src[pos] === ',') pos++;
      }
    }
    for (const word of ['true', 'false'] as const)
      if (src.startsWith(word, pos)) {
        pos += word.length;
        return word === 'true';
      }
    let x = number();
    skip();
    while (src[pos] === '/') {
      pos++;
      x /= number();
      skip();
    }
    return x;
  };
  const v = value();
  skip();
  if (pos !== src.length) fail();
  return v;
}

/** The exported values of params.ts, in the file's order (the module namespace's order is alphabetical). */
function paramsInFileOrder(): string[] {
  const source = readFileSync(new URL('../../../src/engine/params.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^export const ([A-Z][A-Z0-9_]*)\b/gm)].map((m) => m[1]);
}

/**
 * For each exported constant of params.ts, whether its comment marks it *assumption*: the top-level doc
 * comment above it, or above the run of constants it belongs to (`SATISFACTION_MIN` and `SATISFACTION_MAX`
 * share one); a section line (`// ----`) ends a comment's run.
 */
function paramsAssumptions(): Map<string, boolean> {
  const source = readFileSync(new URL('../../../src/engine/params.ts', import.meta.url), 'utf8');
  const marked = new Map<string, boolean>();
  let comment = '';
  let inComment = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('/**')) {
      inComment = true;
      comment = '';
    }
    if (inComment) {
      comment += `${line}\n`;
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (line.startsWith('// ---')) comment = '';
    const m = /^export const ([A-Z][A-Z0-9_]*)\b/.exec(line);
    if (m) marked.set(m[1], comment.includes('*assumption*'));
  }
  return marked;
}

/** Rows of the « Paramètres » table: [name, source cell] (the fourth column). */
function sourceCells(text: string): [string, string][] {
  const rows: [string, string][] = [];
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|[^|]*\|[^|]*\|([^|]*)\|/.exec(line);
    if (m) rows.push([m[1], m[2].trim()]);
  }
  return rows;
}

const params = P as unknown as Record<string, unknown>;

describe('src/engine/README.md « Paramètres » and params.ts', () => {
  const rows = namedRows(section('## Paramètres'));
  const exported = Object.keys(params).filter((k) => typeof params[k] === 'number' || typeof params[k] === 'object');

  it('reads the table (the parser understands every row)', () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const [name, cell] of rows) expect(() => parseValue(cell), name).not.toThrow();
  });

  it('gives every row the value params.ts has', () => {
    const wrong = rows.filter(([name, cell]) => !(name in params) || JSON.stringify(parseValue(cell)) !== JSON.stringify(params[name]));
    expect(wrong.map(([name, cell]) => `${name}: README ${cell}, params.ts ${JSON.stringify(params[name])}`)).toEqual([]);
  });

  it('lists every constant of params.ts, once, in the file order', () => {
    expect([...exported].sort()).toEqual([...paramsInFileOrder()].sort());
    expect(rows.map(([name]) => name)).toEqual(paramsInFileOrder());
  });

  it('says « hypothèse » in the source column exactly for the constants params.ts marks *assumption*', () => {
    const marked = paramsAssumptions();
    const sources = sourceCells(section('## Paramètres'));
    expect(sources.length).toBe(rows.length);
    const wrong = sources
      .filter(([name, cell]) => cell.includes('hypothèse') !== marked.get(name))
      .map(([name, cell]) => `${name}: README « ${cell} », params.ts ${marked.get(name) ? '*assumption*' : 'no *assumption*'}`);
    expect(wrong).toEqual([]);
  });
});

/**
 * The values the text quotes right after a numeric constant's name: « `NAME` (13 % », « `NAME`, 0,8 », « `NAME` 4 »
 * (French decimals, a space between thousands; « % » means the value × 100). A number followed by an arrow or a
 * slash is history or a pair (« 0,4 → 0,3 », « 0,12 / 0,14 ») and is not read, nor are object-valued constants.
 */
function quotedValues(text: string): { name: string; quoted: string; readme: number; code: number }[] {
  const out: { name: string; quoted: string; readme: number; code: number }[] = [];
  for (const m of text.matchAll(/`([A-Z][A-Z0-9_]+)`(?:\s\(|,\s|\s)(\d+(?:[\u00a0\u202f ]\d{3})*(?:,\d+)?)(?!,?\d)/g)) {
    const code = params[m[1]];
    if (typeof code !== 'number') continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (/^\s?[%€]?\s?[→/]/.test(after)) continue;
    const n = Number(m[2].replace(/[\u00a0\u202f ]/g, '').replace(',', '.'));
    out.push({ name: m[1], quoted: m[0].replace(/\s+/g, ' ') + (/^ ?%/.test(after) ? ' %' : ''), readme: /^ ?%/.test(after) ? n / 100 : n, code });
  }
  return out;
}

describe('src/engine/README.md text and params.ts', () => {
  it('quotes each constant with the value params.ts has', () => {
    const history = section('### Empreinte du modèle (`modelFingerprint.ts`)');
    const text = readme.replace(section('## Paramètres'), '').replace(history, '');
    const quoted = quotedValues(text);
    expect(quoted.length).toBeGreaterThan(50);
    const wrong = quoted.filter((q) => Math.abs(q.readme - q.code) > 1e-9 * Math.max(1, Math.abs(q.code)));
    expect(wrong.map((q) => `« ${q.quoted} »: params.ts ${q.code}`)).toEqual([]);
  });

  it('reads French numbers and percentages, and skips history', () => {
    const q = quotedValues('`REFERRAL_CONVERSION` (13 %) ; `BARRIER_WEIGHT` 4, `DORMANT_INTERPURCHASE_MULTIPLE` (2,5) ; `NATURAL_UNAVOIDABLE_SHARE` 0,4 → 0,3 ; `RELATIONSHIP_LENGTH_CAP` (10 000)');
    expect(q.map(({ name, readme }) => [name, readme])).toEqual([
      ['REFERRAL_CONVERSION', 0.13],
      ['BARRIER_WEIGHT', 4],
      ['DORMANT_INTERPURCHASE_MULTIPLE', 2.5],
      ['RELATIONSHIP_LENGTH_CAP', 10000],
    ]);
  });
});

describe('src/engine/README.md « Flux aléatoires » and rng.ts', () => {
  it('names every stream of STREAMS with its tag, in the tag order', () => {
    const rows = namedRows(section('### Flux aléatoires (`rng.ts`)'));
    expect(rows.map(([name, tag]) => [name, Number(tag)])).toEqual(Object.entries(STREAMS));
  });
});

describe('src/engine/README.md « Empreinte du modèle » and modelFingerprint()', () => {
  it('ends its table with the fingerprint of the model as it is', () => {
    const rows = [...section('### Empreinte du modèle (`modelFingerprint.ts`)').matchAll(/^\|\s*`([0-9a-f]{16})`\s*\|/gm)].map((m) => m[1]);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)).toBe(modelFingerprint());
  });
});

describe('src/engine/README.md names only what exists', () => {
  it('every backquoted UPPER_CASE name is a constant of the code (a trailing * stands for a prefix)', () => {
    const dir = new URL('../../../src/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const source = files.map((f) => readFileSync(new URL(f, dir), 'utf8')).join('\n');
    const declared = new Set([...source.matchAll(/\b(?:const|let|type|interface|function)\s+([A-Z][A-Z0-9_]+)\b/g)].map((m) => m[1]));
    const named = new Set([...readme.matchAll(/`([A-Z][A-Z0-9]*_[A-Z0-9_]*\*?|[A-Z][A-Z0-9]{2,})`/g)].map((m) => m[1]));
    const missing = [...named].filter((n) => (n.endsWith('*') ? ![...declared].some((d) => d.startsWith(n.slice(0, -1))) : !declared.has(n)));
    expect(missing).toEqual([]);
  });
});

describe('src/engine/README.md: the complaint shock and bonus act blended (QA qa26doc m4)', () => {
  it('gives their immediate effect as (1 − SATISFACTION_WEIGHT) × their value, the satisfaction update of the same period', () => {
    const frNumber = (x: number) => String(Number(x.toFixed(6))).replace('.', ',');
    const kept = 1 - P.SATISFACTION_WEIGHT;
    expect(readme).toContain(`Choc et bonus agissent à ${frNumber(kept * 100)} % de leur valeur`);
    expect(readme).toContain(`l'effet immédiat est donc −${frNumber(kept * P.UNRESOLVED_COMPLAINT_SHOCK)} et +${frNumber(kept * P.RECOVERY_PARADOX_BONUS)}.`);
  });
});
