/**
 * Build plugin (vite.config.ts, Node only): removes the parts of chart.js the app never registers
 * from the chunk that holds it. chart.js ships as one module; chartSetup.ts registers only the line
 * and bar charts, their elements and two scales, but the bundler keeps the other
 * scales (logarithmic, radial, time, time series) and their helpers: their classes' static
 * `defaults` read properties of other objects, which the bundler must assume could have side
 * effects. terser's unused-code pass (its documented defaults, no unsafe option) drops them:
 * chart chunk ≈ 56 -> 50.5 KB gz on the learner's path. Only that chunk is rewritten: the rest of
 * the build (the engine worker's arithmetic included) stays exactly as the bundler made it.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

const CHART_JS = /[\\/]node_modules[\\/]chart\.js[\\/]/;

interface ChunkLike {
  type: 'chunk' | 'asset';
  moduleIds?: readonly string[];
  code?: string;
}

/** The chunks that hold chart.js, minified again with terser's unused-code removal. */
export async function dropUnusedChartCode(bundle: Record<string, ChunkLike>): Promise<string[]> {
  const rewritten: string[] = [];
  for (const [fileName, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk' || chunk.code === undefined || !chunk.moduleIds?.some((id) => CHART_JS.test(id))) continue;
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
