/**
 * Build plugin (vite.config.ts, Node only): chart.js's module (node_modules/chart.js/dist/chart.js) without the
 * code the app's charts never run, which registering only what they use (ui/charts/chartSetup.ts) cannot leave
 * out: it is called from the core classes, behind options the app never sets. Every chart of the app is drawn
 * with `animation: false` (ui/charts/kpiSeriesConfig.ts and the other configurations, class/classChart.ts) and
 * straight lines (`tension` 0, no `cubicInterpolationMode: 'monotone'`, no `stepped`: chart.js's defaults), and
 * the Filler plugin, the only caller of a line's `interpolate`, is not registered. So:
 *   - animations: the animator and the per-element animations become what chart.js runs with `animation: false`
 *     (no animation is ever queued: the chart is drawn at once, the new values and options assigned as they are),
 *     and the easing functions, interpolators and animation classes go;
 *   - curves: a line's segments are always straight (`lineTo`), the Bézier control points and the stepped
 *     drawing go;
 *   - a line's `interpolate` (the Filler's) goes.
 * Bench app-learner-js (issue 4): about 3.6 KB gz less on every learner's path (charts chunk), the charts drawn the
 * same (in Chromium, the captures of every chart's canvas byte-identical to the untrimmed build's).
 *
 * A chart asking for what is gone fails loudly rather than being drawn otherwise: an animation throws when the
 * chart is updated, a curved or stepped line when it is laid out. Each edit must find its text exactly once in
 * chart.js, of the version it was written for, or the build stops (a new chart.js: check that each edit still
 * removes only what the app does not run, then update CHART_JS_VERSION).
 */
import type { Plugin } from 'vite';

/** The chart.js whose code the edits were read against (its file's banner). */
export const CHART_JS_VERSION = '4.6.1';

/** Text from `from` (included) to the first `to` after it (excluded) replaced by `by`. */
export interface TrimEdit {
  why: string;
  from: string;
  to: string;
  by: string;
}

/**
 * What a chart may not ask for, the trimmed chart.js having lost the code that draws it (test/unit/app/chartConfigsTrim.test.ts
 * checks every configuration the app builds against it, where the dev server and the component tests, on the whole
 * chart.js, would draw it):
 *   - `animation`: the chart's options.animation is exactly this (chart.js makes an element's animations, refused
 *     below, whenever it is not false);
 *   - `line`: a line's options refused when laid out (updateControlPoints below), `true` for any value that reads as
 *     set, a string for that value only; chart.js resolves them from the dataset and the chart's options
 *     (`elements.line`, `datasets.line`, the options themselves);
 *   - `filler`: the Filler plugin's option, its plugin not registered and the line's `interpolate` it calls gone.
 */
export const TRIMMED_OUT = {
  animation: false,
  line: { tension: true, cubicInterpolationMode: 'monotone', stepped: true },
  filler: 'fill',
} as const;

/** `options.tension || options.cubicInterpolationMode === 'monotone' || options.stepped`, from TRIMMED_OUT.line. */
const CURVED = Object.entries(TRIMMED_OUT.line)
  .map(([option, refused]) => (refused === true ? `options.${option}` : `options.${option} === '${refused}'`))
  .join(' || ');

const NO_ANIMATION = "throw new Error('Fidélis build: chart.js is built without animations (src/app/chartJsTrim.ts): set animation: false')";
const NO_CURVE = "throw new Error('Fidélis build: chart.js is built without curved or stepped lines (src/app/chartJsTrim.ts): keep tension 0')";

export const CHART_JS_EDITS: readonly TrimEdit[] = [
  {
    why: 'the animator with no animation ever queued (every chart has animation: false): the chart is drawn at once',
    from: 'class Animator {',
    to: 'var animator = ',
    by: 'class Animator {\n    listen() {}\n    add() {}\n    has() { return false; }\n    start() {}\n    running() { return false; }\n    stop() {}\n    remove() {}\n}\n',
  },
  {
    why: 'an element’s animations as chart.js makes them for animation: false (no animated property: values assigned as they are)',
    from: 'class Animations {',
    to: 'function awaitAll(',
    by: `class Animations {\n    constructor(chart, config) {\n        if (isObject(config)) ${NO_ANIMATION};\n    }\n    update(target, values) {\n        Object.assign(target, values);\n    }\n}\n`,
  },
  {
    why: 'straight segments only (tension 0, no monotone nor stepped line)',
    from: ' function getLineMethod(options) {',
    to: 'function pathVars(',
    by: ' function getLineMethod(options) {\n    return lineTo;\n}\n',
  },
  {
    why: 'no Bézier control points to compute for straight lines; a curved or stepped line is refused',
    from: '    updateControlPoints(chartArea, indexAxis) {',
    to: '    set points(points) {',
    by: `    updateControlPoints() {\n        const options = this.options;\n        if (${CURVED}) ${NO_CURVE};\n    }\n`,
  },
  {
    why: 'a line’s interpolation serves the Filler plugin only, which is not registered',
    from: ' interpolate(point, property) {',
    to: ' pathSegment(ctx, segment, params) {',
    by: " interpolate() {\n        throw new Error('Fidélis build: chart.js is built without LineElement.interpolate (src/app/chartJsTrim.ts)');\n    }\n",
  },
];

/** chart.js's module code with CHART_JS_EDITS applied; throws if the version differs or an edit's text is not found exactly once. */
export function trimChartJs(code: string, edits: readonly TrimEdit[] = CHART_JS_EDITS): string {
  if (!code.includes(` * Chart.js v${CHART_JS_VERSION}\n`)) {
    throw new Error(`src/app/chartJsTrim.ts: its edits were read against chart.js ${CHART_JS_VERSION}; check them against this version, then update CHART_JS_VERSION`);
  }
  let out = code;
  for (const edit of edits) {
    const start = out.indexOf(edit.from);
    if (start < 0 || out.indexOf(edit.from, start + 1) >= 0) throw new Error(`src/app/chartJsTrim.ts: « ${edit.from} » is not in chart.js exactly once (${edit.why})`);
    const end = out.indexOf(edit.to, start + edit.from.length);
    if (end < 0) throw new Error(`src/app/chartJsTrim.ts: « ${edit.to} » does not follow « ${edit.from} » in chart.js (${edit.why})`);
    out = out.slice(0, start) + edit.by + out.slice(end);
  }
  return out;
}

const CHART_JS_MODULE = /\/node_modules\/chart\.js\/dist\/chart\.js$/;
const CHART_JS_FILE = /\/node_modules\/chart\.js\//;

/**
 * Applied to the builds (the app's, the single-file one); the dev server serves chart.js prebundled, whole. A build
 * that bundles chart.js's files but never met the module the edits were written for (a chart.js whose module is now
 * another file) stops too, rather than shipping chart.js whole without a word.
 */
export function chartJsTrimPlugin(): Plugin {
  let bundled = false;
  let trimmed = false;
  return {
    name: 'fidelis:chart-js-trim',
    apply: 'build',
    buildStart() {
      bundled = trimmed = false;
    },
    transform(code, id) {
      const file = id.split('?')[0];
      if (!CHART_JS_FILE.test(file)) return null;
      bundled = true;
      if (!CHART_JS_MODULE.test(file)) return null;
      trimmed = true;
      return { code: trimChartJs(code), map: null };
    },
    buildEnd(error) {
      if (!error && bundled && !trimmed) {
        this.error('src/app/chartJsTrim.ts: the build bundles chart.js but not its node_modules/chart.js/dist/chart.js, which the edits were read against; check them against this chart.js');
      }
    },
  };
}
