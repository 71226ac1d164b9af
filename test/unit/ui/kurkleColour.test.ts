/**
 * The build gives chart.js a trimmed copy of its colour library (src/ui/charts/kurkleColour.ts, vite.config.ts
 * resolve.alias; bench app-learner-js, issue 4). chart.js reads a colour for an element's hover colour
 * (`saturate(0.5).darken(0.1).hexString()`) and for a colour's animation (`mix`, `hexString`): the copy must
 * give what @kurkle/color gives for every colour the app's charts can hand it, and for the other notations it keeps
 * (test/unit/toolchain/learnerPathImports.test.ts checks that the build uses it).
 */
import { describe, expect, it } from 'vitest';
// the library itself, by its file: '@kurkle/color' resolves to the copy (vite.config.ts)
// @ts-expect-error -- the library's file has no type declarations of its own (make() below types what is used)
import { Color as Library } from '../../../node_modules/@kurkle/color/dist/color.esm.js';
import { Color as Copy } from '../../../src/ui/charts/kurkleColour.ts';
import { OKABE_ITO, SERIES_COLOURS, withAlpha } from '../../../src/ui/charts/palette.ts';

type AnyColour = { valid: boolean; rgb: unknown; hexString(): string | undefined; saturate(r: number): AnyColour; darken(r: number): AnyColour; mix(c: AnyColour, w?: number): AnyColour };
const make = (Kind: unknown, input: unknown) => new (Kind as new (input: unknown) => AnyColour)(input);

/** A fixed pseudo-random sequence (the same colours on every run). */
function sequence(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const next = sequence(42);
const byte = () => Math.floor(next() * 256);
const hex2 = (b: number) => b.toString(16).padStart(2, '0');
const hexDigit = () => '0123456789abcdefABCDEF'[Math.floor(next() * 22)];

/** What the app's charts give chart.js (palette.ts, theme.css and display.css --muted) and chart.js's own defaults. */
const APP_COLOURS = [
  ...Object.values(OKABE_ITO),
  ...SERIES_COLOURS.flatMap((c) => [0, 0.25, 0.45, 0.75, 0.8, 1].map((a) => withAlpha(c, a))),
  '#ffffff',
  '#5a6470',
  '#262626',
  '#666',
  'rgba(0,0,0,0.1)',
  'transparent',
];

const OTHER_NOTATIONS = [
  ...Array.from({ length: 60 }, () => `#${hex2(byte())}${hex2(byte())}${hex2(byte())}`),
  ...Array.from({ length: 30 }, () => `#${hex2(byte())}${hex2(byte())}${hex2(byte())}${hex2(byte())}`),
  ...Array.from({ length: 30 }, () => `#${hexDigit()}${hexDigit()}${hexDigit()}`),
  ...Array.from({ length: 30 }, () => `#${hexDigit()}${hexDigit()}${hexDigit()}${hexDigit()}`),
  ...Array.from({ length: 30 }, () => `rgb(${byte()}, ${byte()}, ${byte()})`),
  ...Array.from({ length: 30 }, () => `rgba(${byte()},${byte()},${byte()},${next().toFixed(2)})`),
  ...Array.from({ length: 20 }, () => `rgb(${Math.round(next() * 100)}% ${Math.round(next() * 100)}% ${Math.round(next() * 100)}% / ${Math.round(next() * 100)}%)`),
  ...Array.from({ length: 30 }, () => `hsl(${Math.round(next() * 720 - 180)}, ${Math.round(next() * 100)}%, ${Math.round(next() * 100)}%)`),
  ...Array.from({ length: 20 }, () => `hsla(${Math.round(next() * 360)}deg, ${Math.round(next() * 100)}%, ${Math.round(next() * 100)}%, ${next().toFixed(2)})`),
  'TRANSPARENT',
  'rgb(300, -4, 12.6)',
  { r: 10, g: 20, b: 30, a: 0.5 },
  [1, 2, 3],
  [1, 2, 3, 0.25],
  '',
  '#12',
  '#zzzzzz',
  'rgb(1, 2)',
  'hsl(10, 20, 30)',
];

describe('chart.js’s colour library, trimmed (kurkleColour.ts)', () => {
  it.each([...APP_COLOURS, ...OTHER_NOTATIONS].map((c) => [typeof c === 'string' ? c : JSON.stringify(c), c]))('reads %s as the library does', (_name, input) => {
    const [lib, copy] = [make(Library, input), make(Copy, input)];
    expect(copy.valid).toBe(lib.valid);
    expect(copy.rgb).toEqual(lib.rgb);
    expect(copy.hexString()).toBe(lib.hexString());
    // chart.js's getHoverColor
    expect(make(Copy, input).saturate(0.5).darken(0.1).hexString()).toBe(make(Library, input).saturate(0.5).darken(0.1).hexString());
  });

  it('mixes colours as the library does (chart.js’s colour animation)', () => {
    const valid = [...APP_COLOURS, ...OTHER_NOTATIONS].filter((c) => make(Library, c).valid);
    for (let i = 0; i < 400; i++) {
      const [from, to] = [valid[Math.floor(next() * valid.length)], valid[Math.floor(next() * valid.length)]];
      const factor = i % 10 === 0 ? undefined : next();
      expect(make(Copy, to).mix(make(Copy, from), factor).hexString(), `${JSON.stringify(to)} / ${JSON.stringify(from)} / ${factor}`).toBe(
        make(Library, to).mix(make(Library, from), factor).hexString(),
      );
    }
  });

  it('leaves out the colour names but « transparent » (none given to a chart): a name reads as invalid, and chart.js keeps the element’s colour', () => {
    expect(make(Library, 'rebeccapurple').valid).toBe(true);
    expect(make(Copy, 'rebeccapurple').valid).toBe(false);
    expect(make(Copy, 'rebeccapurple').hexString()).toBeUndefined();
  });
});
