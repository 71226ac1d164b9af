/**
 * Non-text contrast of the theme (WCAG 1.4.11): a button's edge and the focus ring must be at least
 * 3:1 against every background they appear on, in the standard display and in the class link's
 * projector and high-contrast displays. The colours are read from the CSS itself, so changing a token
 * (or adding a pale background somewhere) makes this test say which pair falls below 3:1.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const THEME = readFileSync('src/ui/shell/theme.css', 'utf8');
const DISPLAYS = readFileSync('src/ui/presets/display.css', 'utf8');

/** Custom properties declared in the first rule whose selector matches. */
function tokens(css: string, selector: RegExp): Record<string, string> {
  const rule = new RegExp(`${selector.source}[^{]*\\{([^}]*)\\}`).exec(css);
  if (!rule) throw new Error(`no rule ${selector.source}`);
  return Object.fromEntries([...rule[1].matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rgb or #rrggbb. */
function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) throw new Error(`not a colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => channel(parseInt(h.slice(i, i + 2), 16)));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every hex background declared in the app's styles (components and global CSS). */
function declaredBackgrounds(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(svelte|css)$/.test(name)) {
        for (const m of readFileSync(path, 'utf8').matchAll(/background(?:-color)?:\s*(?:var\([\w-]+,\s*)?(#[0-9a-f]{3,6})\b/gi)) found.add(m[1].toLowerCase());
      }
    }
  };
  walk('src/ui');
  return [...found];
}

const standard = tokens(THEME, /:root/);
const shown = { ...standard, ...tokens(DISPLAYS, /html\[data-display='projector'\],\s*html\[data-display='contrast'\]/) };
const WHITE = '#ffffff';
const light = (hex: string) => luminance(hex) > 0.4;

describe.each([
  ['standard display', standard],
  ['projector and high-contrast displays', shown],
])('theme contrast, %s', (_name, theme) => {
  const surfaces = [WHITE, theme['--bg'], theme['--soft'], ...declaredBackgrounds().filter(light)];

  it('finds the tokens and the pale backgrounds of the components', () => {
    expect(Object.keys(theme)).toEqual(expect.arrayContaining(['--accent', '--control-line', '--focus-ring', '--focus-ring-inverse', '--bg', '--soft']));
    // the customer file, notices and warnings are tinted: they are checked too
    expect(surfaces).toEqual(expect.arrayContaining(['#fff4d6', '#fde8e8']));
  });

  it('draws the focus ring at 3:1 or more on every light background', () => {
    for (const surface of surfaces) expect(contrast(theme['--focus-ring'], surface), `ring on ${surface}`).toBeGreaterThanOrEqual(3);
  });

  it('draws the focus ring at 3:1 or more on the header blue', () => {
    expect(contrast(theme['--focus-ring-inverse'], theme['--accent'])).toBeGreaterThanOrEqual(3);
    // the reason for the second colour: the page's ring is too close to the header's blue
    expect(contrast(standard['--focus-ring'], standard['--accent'])).toBeLessThan(3);
  });

  it('draws a button edge at 3:1 or more against its white face and every light background', () => {
    for (const surface of surfaces) expect(contrast(theme['--control-line'], surface), `edge on ${surface}`).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast ratio', () => {
  it('matches WCAG reference values', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#fff')).toBe(1);
    // the QA's measures of the old colours
    expect(contrast('#e69f00', '#ffffff')).toBeCloseTo(2.25, 2);
    expect(contrast('#c9d1da', '#ffffff')).toBeCloseTo(1.54, 2);
  });
});
