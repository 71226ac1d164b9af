/** The build's terser pass: unregistered chart.js parts go, every chunk and worker is written shorter, and the code still runs the same. */
import { describe, expect, it } from 'vitest';
import { terserPass } from '../../../src/app/terserPassPlugin.ts';

// the shape that kept chart.js's unused scales in the bundle: a class whose static defaults read another object's properties
const chartLike = `
const Ticks = { formatters: { numeric(v) { return String(v); }, logarithmic(v) { return 'log ' + v; } } };
class Scale { constructor(id) { this.id = id; } }
class LinearScale extends Scale { static id = 'linear'; static defaults = { ticks: { callback: Ticks.formatters.numeric } }; }
class LogarithmicScale extends Scale { static id = 'log-scale'; static defaults = { ticks: { callback: Ticks.formatters.logarithmic } }; }
export { LinearScale };
`;

const load = async <T>(code: string) => (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as T;

describe('terserPass', () => {
  it('removes what no export reaches from the chunk that holds chart.js, and the rest still works', async () => {
    const bundle = {
      'assets/chart-abc.js': { type: 'chunk' as const, moduleIds: ['/app/node_modules/chart.js/dist/chart.js'], code: chartLike },
    };
    expect(await terserPass(bundle)).toEqual(['assets/chart-abc.js']);
    const code = bundle['assets/chart-abc.js'].code;
    expect(code).not.toContain('log-scale');
    expect(code.length).toBeLessThan(chartLike.length);
    const linear = Object.values(await load<Record<string, { id: string; defaults: { ticks: { callback(v: number): string } } }>>(code))[0];
    expect(linear.id).toBe('linear');
    expect(linear.defaults.ticks.callback(3)).toBe('3');
  });

  it('goes over every chunk, the lazy screens and the workers too, and leaves the assets alone', async () => {
    const screen = 'function unusedHelper() { return 42; } export function greet(name) { const text = `Bonjour ${name}`; return text; }';
    const bundle = {
      'assets/index-a.js': { type: 'chunk' as const, name: 'index', moduleIds: ['/app/src/main.ts'], code: screen },
      'assets/ClassScreen-c.js': { type: 'chunk' as const, name: 'ClassScreen', moduleIds: ['/app/src/ui/class/ClassScreen.svelte'], code: screen },
      'assets/index.css': { type: 'asset' as const },
    };
    expect(await terserPass(bundle)).toEqual(['assets/index-a.js', 'assets/ClassScreen-c.js']);
    for (const file of ['assets/index-a.js', 'assets/ClassScreen-c.js'] as const) {
      const code = bundle[file].code;
      expect(code).not.toContain('unusedHelper');
      expect((await load<{ greet(name: string): string }>(code)).greet('Léa')).toBe('Bonjour Léa');
    }
  });

  it('keeps floating-point arithmetic as written: the engine worker computes bit for bit the same', async () => {
    // reassociating, distributing or folding these would change the last bits (0.1 + 0.2 + 0.3 !== 0.1 + (0.2 + 0.3))
    const engine = `
      const unused = 1;
      export function step(a, b, c) { return [a + b + c, a * b * c, a * (b + c), (a - b) / c, a * 0.1 * 3, 1 - (1 - a), -(-a - b)]; }
      export const folded = [0.1 + 0.2 + 0.3, 1 / 3, Math.pow(2, 0.5)];
    `;
    const bundle = { 'assets/engine.worker-x.js': { type: 'chunk' as const, name: 'engine.worker', moduleIds: ['/app/src/engine/step.ts'], code: engine } };
    await terserPass(bundle);
    expect(bundle['assets/engine.worker-x.js'].code).not.toContain('unused');
    type Engine = { step(a: number, b: number, c: number): number[]; folded: number[] };
    const [before, after] = await Promise.all([load<Engine>(engine), load<Engine>(bundle['assets/engine.worker-x.js'].code)]);
    for (const [a, b, c] of [
      [0.1, 0.2, 0.3],
      [1e16, 1, -1e16],
      [0.7, 1e-17, 3.3],
    ])
      expect(after.step(a, b, c)).toEqual(before.step(a, b, c));
    expect(after.folded).toEqual(before.folded);
  });
});
