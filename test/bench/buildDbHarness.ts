/**
 * Bundles test/bench/dbHarness.entry.ts (src/db + synthetic data) into one IIFE script under
 * test-results/harness/, for page.addScriptTag in real Chromium. Uses vite's own bundler, no
 * extra tool. Returns the script text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const HARNESS_FILE = join(root, 'test-results/harness/db-harness.js');

export async function buildDbHarness(): Promise<string> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: dirname(HARNESS_FILE),
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: join(root, 'test/bench/dbHarness.entry.ts'), name: 'FidelisDbHarnessBundle', formats: ['iife'], fileName: () => 'db-harness.js' },
    },
  });
  return readFileSync(HARNESS_FILE, 'utf8');
}
