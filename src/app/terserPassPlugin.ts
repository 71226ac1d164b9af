/**
 * Build plugin (vite.config.ts, Node only): terser's pass over every chunk of the build and of the
 * Web Workers' bundles, after the bundler's own minifier. It first served chart.js: chartSetup.ts
 * registers only the line and bar charts, their elements and two scales, but the bundler keeps the
 * other scales (logarithmic, radial, time, time series) and their helpers: their classes' static
 * `defaults` read properties of other objects, which the bundler must assume could have side
 * effects. terser's unused-code pass (its documented defaults and a second pass, no unsafe option)
 * drops them: chart chunk ≈ 56 -> 50.5 KB gz on the learner's path. It then went over the startup
 * and storage chunks (-0.5 KB gz on every learner's path), and now over every chunk and the workers,
 * which it writes shorter too (bench app-learner-js, issue 4: -1.0 KB gz on every learner's path, engine worker
 * -0.6, helpers -0.2; whole build -2.7). terser never reorders or rewrites floating-point arithmetic without
 * its `unsafe_math` option (not set): the engine worker's results stay bit for bit those of the
 * source under Node (test/e2e/class.e2e.ts replays files made under Node in the built worker).
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';
import { SINGLE_FILE_MODE } from './offline/vitePlugins.ts';

interface ChunkLike {
  type: 'chunk' | 'asset';
  name?: string;
  moduleIds?: readonly string[];
  code?: string;
}

/** Every chunk of `bundle` minified again with terser's unused-code removal; returns their file names. */
export async function terserPass(bundle: Record<string, ChunkLike>): Promise<string[]> {
  const rewritten: string[] = [];
  for (const [fileName, chunk] of Object.entries(bundle)) {
    if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
    const result = await minify(chunk.code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (result.code === undefined) throw new Error(`terser returned nothing for ${fileName}`);
    chunk.code = result.code;
    rewritten.push(fileName);
  }
  return rewritten;
}

/**
 * Not in the single-file build (`--mode singlefile`, opened from a USB stick: nothing to download): its one
 * chunk holds the whole app and its data, on which terser's passes took minutes, for a file that works the same.
 */
export function terserPassPlugin(): Plugin {
  return {
    name: 'fidelis:terser-pass',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE,
    // after vite's own rewriting of the chunks (the lists of files to preload), before the service worker's
    // file list (a plugin with enforce: 'post'), which reads the final code
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        await terserPass(bundle as unknown as Record<string, ChunkLike>);
      },
    },
  };
}
