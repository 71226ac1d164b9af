/**
 * Build plugin (vite.config.ts, Node only): removes the parts of chart.js the app never registers
 * from the chunk that holds it. chart.js ships as one module; chartSetup.ts registers only the line
 * and bar charts, their elements and two scales, but the bundler keeps the other
 * scales (logarithmic, radial, time, time series) and their helpers: their classes' static
 * `defaults` read properties of other objects, which the bundler must assume could have side
 * effects. terser's unused-code pass (its documented defaults, no unsafe option) drops them:
 * chart chunk ≈ 56 -> 50.5 KB gz on the learner's path. The same pass also goes over the startup
 * and storage chunks (LEARNER_CHUNKS), which every learner downloads and terser writes 0.5 KB gz
 * shorter (bench app-learner-js, issue 4; the game screens' helpers chunk gained 0.01 KB: left out).
 * Every other chunk and the workers (the engine worker's arithmetic: its own bundle, which this
 * plugin never sees) stay exactly as the bundler made them.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]/;
/** Chunks (codeSplitting groups of vite.config.ts) on every learner's path, besides chart.js's. */
const LEARNER_CHUNKS = new Set(['index', 'storage']);

interface ChunkLike {
  type: 'chunk' | 'asset';
  name?: string;
  moduleIds?: readonly string[];
  code?: string;
}

/** The chunks that hold chart.js, and the learner's shared ones, minified again with terser's unused-code removal. */
export async function dropUnusedChartCode(bundle: Record<string, ChunkLike>): Promise<string[]> {
  const rewritten: string[] = [];
  for (const [fileName, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
    if (!LEARNER_CHUNKS.has(chunk.name ?? '') && !chunk.moduleIds?.some((id) => CHART_JS.test(id))) continue;
    const result = await minify(chunk.code, { module: true, ecma: 2020, compress: true, mangle: true, format: { comments: false } });
    if (result.code === undefined) throw new Error(`terser returned nothing for ${fileName}`);
    chunk.code = result.code;
    rewritten.push(fileName);
  }
  return rewritten;
}

export function unusedChartCodePlugin(): Plugin {
  return {
    name: 'fidelis:unused-chart-code',
    apply: 'build',
    // before the service worker's file list and the single-file inlining, which read the final code
    generateBundle: {
      order: 'pre',
      async handler(_options, bundle) {
        await dropUnusedChartCode(bundle as unknown as Record<string, ChunkLike>);
      },
    },
  };
}
