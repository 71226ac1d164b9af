/**
 * What chart.js uses of its colour library, @kurkle/color 0.3.4, for the charts the app draws: the
 * build resolves chart.js's `import { Color } from '@kurkle/color'` to this file (vite.config.ts
 * resolve.alias). chart.js parses a colour in two places only: an element's hover colour
 * (getHoverColor: `new Color(c).saturate(0.5).darken(0.1).hexString()`) and the animation of a colour
 * (`mix`, `hexString`; the app's charts are not animated). The library's table of 148 colour names,
 * its hwb()/hsv() notations and its other methods were a third of its 3.7 KB gz, which every learner
 * downloaded with the charts (bench app-learner-js, issue 4): the app gives chart.js hexadecimal
 * colours only (ui/charts/palette.ts, theme.css --muted) and chart.js's defaults are rgba().
 * Kept whole from the library: #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba(), hsl()/hsla(), « transparent »,
 * an {r, g, b, a} object or an array; another name parses as invalid (as a misspelt colour did), and
 * chart.js then draws the element's own colour on hover. test/unit/ui/kurkleColour.test.ts compares it with the library.
 *
 * Adapted from @kurkle/color v0.3.4, https://github.com/kurkle/color, (c) 2024 Jukka Kurkela, MIT License.
 */
interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}
type ColourInput = string | Color | Partial<Rgba> | number[];

const round = (v: number) => (v + 0.5) | 0;
const lim = (v: number, l: number, h: number) => Math.max(Math.min(v, h), l);
const p2b = (v: number) => lim(round(v * 2.55), 0, 255);
const n2b = (v: number) => lim(round(v * 255), 0, 255);
const b2n = (v: number) => lim(round(v / 2.55) / 100, 0, 1);

const HEX = '0123456789ABCDEF';
const digit = (c: string): number => {
  const d = HEX.indexOf(c.toUpperCase());
  return d < 0 ? NaN : d;
};
const h1 = (b: number) => HEX[b & 0xf];
const h2 = (b: number) => HEX[(b & 0xf0) >> 4] + HEX[b & 0xf];
const eq = (b: number) => (b & 0xf0) >> 4 === (b & 0xf);

function hexParse(str: string): Rgba | undefined {
  const len = str.length;
  if (str[0] !== '#') return undefined;
  const d = (i: number) => digit(str[i]);
  if (len === 4 || len === 5) return { r: 255 & (d(1) * 17), g: 255 & (d(2) * 17), b: 255 & (d(3) * 17), a: len === 5 ? d(4) * 17 : 255 };
  if (len === 7 || len === 9) return { r: (d(1) << 4) | d(2), g: (d(3) << 4) | d(4), b: (d(5) << 4) | d(6), a: len === 9 ? (d(7) << 4) | d(8) : 255 };
  return undefined;
}

function hexString(v: Rgba): string {
  const f = eq(v.r) && eq(v.g) && eq(v.b) && eq(v.a) ? h1 : h2;
  return '#' + f(v.r) + f(v.g) + f(v.b) + (v.a < 255 ? f(v.a) : '');
}

const HUE_RE = /^(hsla?)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;

function hsl2rgb(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number, k = (n + h / 30) % 12) => l - a * Math.max(Math.min(k - 3, 9 - k, 1), -1);
  return [f(0), f(8), f(4)].map(n2b);
}

function rgb2hsl(v: Rgba): [number, number, number] {
  const r = v.r / 255;
  const g = v.g / 255;
  const b = v.b / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  let h: number | undefined;
  let s: number | undefined;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = r === max ? (g - b) / d + (g < b ? 6 : 0) : g === max ? (b - r) / d + 2 : (r - g) / d + 4;
    h = h * 60 + 0.5;
  }
  return [(h as number) | 0, s || 0, l];
}

const hue = (h: number) => ((h % 360) + 360) % 360;

function hueParse(str: string): Rgba | undefined {
  const m = HUE_RE.exec(str);
  if (!m) return undefined;
  const a = m[5] !== undefined ? (m[6] ? p2b(+m[5]) : n2b(+m[5])) : 255;
  const v = hsl2rgb(hue(+m[2]), +m[3] / 100, +m[4] / 100);
  return { r: v[0], g: v[1], b: v[2], a };
}

const RGB_RE = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;

function rgbParse(str: string): Rgba | undefined {
  const m = RGB_RE.exec(str);
  if (!m) return undefined;
  const a = m[7] !== undefined ? (m[8] ? p2b(+m[7]) : lim(+m[7] * 255, 0, 255)) : 255;
  const part = (i: number) => 255 & (m[i + 1] ? p2b(+m[i]) : lim(+m[i], 0, 255));
  return { r: part(1), g: part(3), b: part(5), a };
}

function modHSL(v: Rgba | undefined, i: 1 | 2, ratio: number): void {
  if (!v) return;
  const tmp = rgb2hsl(v);
  tmp[i] = Math.max(0, Math.min(tmp[i] + tmp[i] * ratio, 1));
  [v.r, v.g, v.b] = hsl2rgb(tmp[0], tmp[1], tmp[2]);
}

function fromObject(input: Partial<Rgba> | number[]): Rgba {
  if (Array.isArray(input)) {
    if (input.length < 3) return { r: 0, g: 0, b: 0, a: 255 };
    return { r: input[0], g: input[1], b: input[2], a: input.length > 3 ? n2b(input[3]) : 255 };
  }
  const v = Object.assign({ r: 0, g: 0, b: 0, a: 1 }, input);
  v.a = n2b(v.a);
  return v;
}

export class Color {
  _rgb: Rgba | undefined;
  _valid = false;

  constructor(input: ColourInput) {
    if (input instanceof Color) return input;
    let v: Rgba | undefined;
    if (typeof input === 'object') v = fromObject(input);
    else if (typeof input === 'string')
      v = hexParse(input) || (input.toLowerCase() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : input.charAt(0) === 'r' ? rgbParse(input) : hueParse(input));
    this._rgb = v;
    this._valid = !!v;
  }

  get valid(): boolean {
    return this._valid;
  }

  get rgb(): Rgba | undefined {
    const v = this._rgb && { ...this._rgb };
    if (v) v.a = b2n(v.a);
    return v;
  }

  set rgb(obj: Partial<Rgba> | number[]) {
    this._rgb = fromObject(obj);
  }

  hexString(): string | undefined {
    return this._valid && this._rgb ? hexString(this._rgb) : undefined;
  }

  mix(color: Color | undefined, weight?: number): this {
    if (color) {
      const c1 = this.rgb as Rgba;
      const c2 = color.rgb as Rgba;
      const p = weight === undefined ? 0.5 : weight;
      const w = 2 * p - 1;
      const a = c1.a - c2.a;
      const w1 = ((w * a === -1 ? w : (w + a) / (1 + w * a)) + 1) / 2.0;
      const w2 = 1 - w1;
      c1.r = 0xff & (w1 * c1.r + w2 * c2.r + 0.5);
      c1.g = 0xff & (w1 * c1.g + w2 * c2.g + 0.5);
      c1.b = 0xff & (w1 * c1.b + w2 * c2.b + 0.5);
      c1.a = p * c1.a + (1 - p) * c2.a;
      this.rgb = c1;
    }
    return this;
  }

  darken(ratio: number): this {
    modHSL(this._rgb, 2, -ratio);
    return this;
  }

  saturate(ratio: number): this {
    modHSL(this._rgb, 1, ratio);
    return this;
  }
}
