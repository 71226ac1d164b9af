/** The build's pass over chart.js's chunk: unregistered parts go, what the app uses stays and still runs. */
import { describe, expect, it } from 'vitest';
import { dropUnusedChartCode } from '../../../src/ui/charts/chartBuildPlugin.ts';

// the shape that kept chart.js's unused scales in the bundle: a class whose static defaults read another object's properties
const chartLike = `
const Ticks = { formatters: { numeric(v) { return String(v); }, logarithmic(v) { return 'log ' + v; } } };
class Scale { constructor(id) { this.id = id; } }
class LinearScale extends Scale { static id = 'linear'; static defaults = { ticks: { callback: Ticks.formatters.numeric } }; }
class LogarithmicScale extends Scale { static id = 'log-scale'; static defaults = { ticks: { callback: Ticks.formatters.logarithmic } }; }
export { LinearScale };
`;

describe('dropUnusedChartCode', () => {
  it('removes what no export reaches from the chunk that holds chart.js, and the rest still works', async () => {
    const bundle = {
      'assets/chart-abc.js': { type: 'chunk' as const, moduleIds: ['/app/node_modules/chart.js/dist/chart.js'], code: chartLike },
    };
    expect(await dropUnusedChartCode(bundle)).toEqual(['assets/chart-abc.js']);
    const code = bundle['assets/chart-abc.js'].code;
    expect(code).not.toContain('log-scale');
    expect(code.length).toBeLessThan(chartLike.length);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, { id: string; defaults: { ticks: { callback(v: number): string } } }>;
    const linear = Object.values(module)[0];
    expect(linear.id).toBe('linear');
    expect(linear.defaults.ticks.callback(3)).toBe('3');
  });

  it('also goes over the startup and storage chunks every learner downloads, named by their group', async () => {
    const startup = 'function unusedHelper() { return 42; } export function greet(name) { const text = `Bonjour ${name}`; return text; }';
    const bundle = {
      'assets/index-a.js': { type: 'chunk' as const, name: 'index', moduleIds: ['/app/src/main.ts'], code: startup },
      'assets/storage-b.js': { type: 'chunk' as const, name: 'storage', moduleIds: ['/app/src/db/schema.ts'], code: startup },
      'assets/ClassScreen-c.js': { type: 'chunk' as const, name: 'ClassScreen', moduleIds: ['/app/src/ui/class/ClassScreen.svelte'], code: startup },
    };
    expect(await dropUnusedChartCode(bundle)).toEqual(['assets/index-a.js', 'assets/storage-b.js']);
    const code = bundle['assets/index-a.js'].code;
    expect(code).not.toContain('unusedHelper');
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { greet(name: string): string };
    expect(module.greet('Léa')).toBe('Bonjour Léa');
    expect(bundle['assets/ClassScreen-c.js'].code).toBe(startup);
  });

  it('leaves every other chunk and asset exactly as the bundler made it', async () => {
    const engine = 'const unused = 1; export function step(a, b) { return a * b * 0.1; }';
    const bundle = {
      'assets/engine.worker-x.js': { type: 'chunk' as const, name: 'engine.worker', moduleIds: ['/app/src/engine/step.ts'], code: engine },
      'assets/index.css': { type: 'asset' as const },
    };
    expect(await dropUnusedChartCode(bundle)).toEqual([]);
    expect(bundle['assets/engine.worker-x.js'].code).toBe(engine);
  });
});
