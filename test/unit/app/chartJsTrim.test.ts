/**
 * chart.js as the build gives it (src/app/chartJsTrim.ts: no animations, curves nor Filler interpolation) draws the
 * app's charts exactly as chart.js itself: both modules draw the same configurations (the app's line, stacked bar
 * and bar charts, a hover on a point) on a recording 2D context, under Node (chart.js's platform without a DOM), and
 * must make the same calls with the same arguments. A chart asking for what the trim removed fails loudly; an edit
 * that no longer finds its text in chart.js stops the build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Chart as ChartClass, ChartConfiguration } from 'chart.js';
import { CHART_JS_EDITS, chartJsTrimPlugin, trimChartJs } from '../../../src/app/chartJsTrim.ts';
import { lineConfig } from '../../../src/ui/charts/kpiSeriesConfig.ts';
import { stackedBarConfig } from '../../../src/ui/charts/segmentsConfig.ts';
import { funnelConfig } from '../../../src/ui/charts/lifecycleConfig.ts';
import type { SeriesModel } from '../../../src/ui/charts/seriesModel.ts';

const CHART_JS = createRequire(import.meta.url).resolve('chart.js').replace(/chart\.cjs$/, 'chart.js');
const SOURCE = readFileSync(CHART_JS, 'utf8');

type ChartModule = typeof import('chart.js');

/**
 * The module written in `folder` with its own copy of chart.js's helpers chunk (its defaults), importable from there;
 * without their source-map comments (the maps are not copied: vite logged an ENOENT for each file at every run).
 */
function writeModule(folder: string, code: string): string {
  const noMap = (text: string) => text.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const colour = pathToFileURL(createRequire(CHART_JS).resolve('@kurkle/color').replace(/color\.cjs$/, 'color.esm.js')).href;
  mkdirSync(join(folder, 'chunks'), { recursive: true });
  const chunk = readFileSync(join(dirname(CHART_JS), 'chunks/index.js'), 'utf8').replace("from '@kurkle/color'", `from '${colour}'`);
  writeFileSync(join(folder, 'chunks/index.js'), noMap(chunk));
  writeFileSync(join(folder, 'chart.js'), noMap(code.replace("import '@kurkle/color';", '')));
  return pathToFileURL(join(folder, 'chart.js')).href;
}

/** The 2D context's methods chart.js calls (the rest of the context reads undefined, as chart.js probes some keys). */
const METHODS = new Set(
  'save restore beginPath closePath moveTo lineTo rect roundRect fillRect strokeRect clearRect arc ellipse fill stroke clip fillText strokeText translate rotate scale setTransform resetTransform setLineDash bezierCurveTo quadraticCurveTo drawImage'.split(' '),
);

/** A 2D context that records every call and every property set, in order (numbers rounded to 1e-6). */
function recordingContext(width: number, height: number) {
  const log: string[] = [];
  const canvas = { width, height, style: {} as Record<string, string> };
  const show = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : JSON.stringify(v));
  const target: Record<string | symbol, unknown> = { canvas };
  const context = new Proxy(target, {
    get(t, key) {
      if (key in t) return t[key];
      if (typeof key !== 'string') return undefined;
      if (key === 'measureText') return (text: string) => ((log.push(`measureText(${show(text)})`), { width: String(text).length * 6 }));
      if (key === 'getLineDash') return () => [];
      if (!METHODS.has(key)) return undefined;
      return (...args: unknown[]) => void log.push(`${String(key)}(${args.map(show).join(',')})`);
    },
    set(t, key, value) {
      log.push(`${String(key)}=${show(value)}`);
      t[key] = value;
      return true;
    },
  });
  (canvas as unknown as { getContext: () => unknown }).getContext = () => context;
  return { context, log };
}

const MODEL: SeriesModel = {
  labels: ['S1', 'S2', 'S3', 'S4', 'S5'],
  series: [
    { id: 'a', label: 'Chiffre d’affaires', values: [1200, 1350, null, 1100, 1500] },
    { id: 'b', label: 'Marge brute', values: [400, 420, 380, 390, 510] },
  ],
  kind: 'money',
};

const CONFIGS: Record<string, () => ChartConfiguration> = {
  line: () => lineConfig(MODEL, { beginAtZero: true, locale: 'fr-FR' }) as ChartConfiguration,
  stacked: () => stackedBarConfig(MODEL, 'fr-FR') as ChartConfiguration,
  bars: () => funnelConfig({ ...MODEL, series: MODEL.series.slice(1) }, 'fr-FR') as ChartConfiguration,
};

/** Every call the chart makes: created, updated in place as the page does, a point hovered, destroyed. */
function draw(module: ChartModule, config: ChartConfiguration): string[] {
  const { Chart } = module;
  const { context, log } = recordingContext(640, 320);
  const chart: ChartClass = new Chart(context as unknown as CanvasRenderingContext2D, config);
  chart.data = config.data;
  chart.update('none');
  chart.setDatasetVisibility(0, false);
  chart.update('none');
  chart.setDatasetVisibility(0, true);
  chart.setActiveElements([{ datasetIndex: 1, index: 2 }]);
  chart.update();
  chart.destroy();
  return log;
}

describe('chart.js trimmed for the build (src/app/chartJsTrim.ts)', () => {
  let folder: string;
  let whole: ChartModule;
  let trimmed: ChartModule;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'chartjs-trim-'));
    whole = (await import(writeModule(join(folder, 'whole'), SOURCE))) as ChartModule;
    trimmed = (await import(writeModule(join(folder, 'trimmed'), trimChartJs(SOURCE)))) as ChartModule;
    for (const { Chart, BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement } of [whole, trimmed])
      Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('leaves out the animations, the curves and the Filler’s interpolation', () => {
    const code = trimChartJs(SOURCE);
    expect(code.length).toBeLessThan(SOURCE.length - 5_000);
    for (const gone of ['animator.add(this._chart, animations)', '_updateBezierControlPoints(this._points', 'return _steppedLineTo;', '_boundSegments(this, {']) {
      expect(SOURCE).toContain(gone);
      expect(code).not.toContain(gone);
    }
  });

  it.each(Object.keys(CONFIGS))('draws the app’s %s chart with the same calls as chart.js itself', (name) => {
    const expected = draw(whole, CONFIGS[name]());
    expect(expected.filter((c) => c.startsWith('lineTo(') || c.startsWith('fillRect(') || c.startsWith('rect(')).length).toBeGreaterThan(10);
    expect(draw(trimmed, CONFIGS[name]())).toEqual(expected);
  });

  it('refuses an animated chart and a curved or stepped line rather than drawing them otherwise', () => {
    // (under Node chart.js's platform forces animation: false on every chart: the animations are asked for directly)
    const asked = { numbers: { type: 'number', properties: ['x', 'y'], duration: 400 } };
    expect(() => new whole.Animations({} as ChartClass, asked)).not.toThrow();
    expect(() => new trimmed.Animations({} as ChartClass, asked)).toThrow(/without animations/);
    const values = { x: 1, options: { radius: 3 } };
    const element = {};
    // chart.js passes no configuration when animation is false
    new trimmed.Animations({} as ChartClass, undefined as never).update(element, values);
    expect(element).toEqual(values);
    for (const dataset of [{ tension: 0.4 }, { cubicInterpolationMode: 'monotone' as const }, { stepped: true }]) {
      const curved = CONFIGS.line();
      curved.data.datasets = curved.data.datasets.map((d) => ({ ...d, ...dataset }));
      expect(() => draw(trimmed, curved)).toThrow(/without curved or stepped lines/);
      expect(() => draw(whole, curved)).not.toThrow();
    }
  });

  it('stops the build on another chart.js or an edit that no longer finds its text', () => {
    expect(() => trimChartJs(SOURCE.replace(' * Chart.js v4.6.1\n', ' * Chart.js v4.7.0\n'))).toThrow(/read against chart\.js 4\.6\.1/);
    expect(() => trimChartJs(SOURCE.replace('class Animations {', 'class Animations2 {'))).toThrow(/class Animations \{/);
    expect(() => trimChartJs(SOURCE, [...CHART_JS_EDITS, { why: 'twice', from: 'static id = ', to: ';', by: '' }])).toThrow(/exactly once/);
  });

  it('stops the build that bundles chart.js without meeting the module its edits were read against', () => {
    const plugin = chartJsTrimPlugin();
    const context = {
      error(message: string): never {
        throw new Error(message);
      },
    };
    /** one build: each module's id through the plugin's transform (null: left as it is) */
    const build = (ids: string[]) => {
      const hook = (name: 'buildStart' | 'transform' | 'buildEnd') => {
        const h = plugin[name] as unknown as ((...args: unknown[]) => unknown) | { handler: (...args: unknown[]) => unknown } | undefined;
        return (typeof h === 'function' ? h : h?.handler)?.bind(context);
      };
      hook('buildStart')?.();
      const out = ids.map((id) => hook('transform')?.(SOURCE, id) ?? null);
      hook('buildEnd')?.();
      return out;
    };
    const dist = '/app/node_modules/chart.js/dist';
    // the app's build: chart.js's module trimmed, its helpers chunk and the app's own modules left as they are
    const [module, chunk, app] = build([`${dist}/chart.js?v=1`, `${dist}/chunks/index.js`, '/app/src/ui/charts/chartSetup.ts']);
    expect((module as { code: string }).code).toBe(trimChartJs(SOURCE));
    expect([chunk, app]).toEqual([null, null]);
    // a build without chart.js (a worker's)
    expect(() => build(['/app/src/engine/index.ts'])).not.toThrow();
    // a chart.js whose module is now another file: not shipped whole without a word
    expect(() => build([`${dist}/chart.mjs`, `${dist}/chunks/helpers.js`])).toThrow(/bundles chart\.js but not its node_modules\/chart\.js\/dist\/chart\.js/);
  });
});
