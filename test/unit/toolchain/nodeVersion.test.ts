/**
 * The Node version package.json and the README promise is one the toolchain accepts: Vite 8, jsdom
 * and the Svelte plugin declare `engines.node` ranges stricter than « 20 or later » (20.19, 22.12/22.13).
 * Ranges here are unions of `^x.y.z` and `>=x.y.z` (what these packages write); anything else fails loudly.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Version = [number, number, number];
const parse = (text: string): Version => {
  const [major, minor = 0, patch = 0] = text.replace(/^v/, '').split('.').map(Number);
  return [major, minor, patch];
};
const compare = (a: Version, b: Version): number => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((part) => {
    const p = part.trim().replace(/\s+/g, '');
    if (p.startsWith('>=')) return compare(v, parse(p.slice(2))) >= 0;
    if (p.startsWith('^')) {
      const low = parse(p.slice(1));
      return v[0] === low[0] && compare(v, low) >= 0;
    }
    if (/^\d+$/.test(p)) return v[0] === Number(p);
    throw new Error(`range not understood: ${range}`);
  });
}

const engines = (pkg: string): string => (JSON.parse(readFileSync(pkg, 'utf8')) as { engines: { node: string } }).engines.node;
const TOOLCHAIN = ['vite', 'jsdom', '@sveltejs/vite-plugin-svelte', 'vitest', 'playwright-core'];
// every minor release line boundary the toolchain cares about, and a few around it
const VERSIONS = ['18.20.0', '20.0.0', '20.18.1', '20.19.0', '20.20.2', '21.7.0', '22.0.0', '22.12.0', '22.13.0', '23.11.0', '24.0.0', '25.1.0'];

describe('Node version', () => {
  it('every version package.json accepts is accepted by Vite, jsdom, the Svelte plugin, vitest and playwright', () => {
    const ours = engines('package.json');
    const accepted = VERSIONS.filter((v) => satisfies(v, ours));
    expect(accepted).toContain('20.19.0');
    for (const tool of TOOLCHAIN)
      for (const v of accepted) expect(satisfies(v, engines(`node_modules/${tool}/package.json`)), `${tool} (${engines(`node_modules/${tool}/package.json`)}) on Node ${v}`).toBe(true);
  });

  it('the README states the same versions', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('Node 20.19 ou plus récent sur la ligne 20, 22.13 ou plus sur la 22, ou 24 et suivantes');
    expect(readme).toContain('Node 20.19 or later on the 20 line, 22.13 or later on the 22 line, or 24 and later');
    expect(readme).not.toMatch(/Node 20 or later/);
  });
});
