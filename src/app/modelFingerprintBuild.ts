/**
 * The engine worker's model fingerprint, worked out at build time (Node only; vite.config.ts, for the
 * worker's bundle): the module `virtual:fidelis/model-fingerprint` exports `modelFingerprint()`, which
 * returns the value the engine's own modelFingerprint() (src/engine/modelFingerprint.ts) gives for the
 * engine being built, so the worker the learner downloads carries neither the fixed simulation nor its
 * decisions (≈ 1 KB gz). The engine is deterministic bit for bit, so the value is the one the worker
 * would have computed. Outside a build (dev server, tests) the module re-exports the engine's function:
 * an engine edited while the dev server runs is fingerprinted again. The page's own engine (the class
 * view's replays, the single-file build) still computes it.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { modelFingerprint } from '../engine/modelFingerprint.ts';

export const MODEL_FINGERPRINT_ID = 'virtual:fidelis/model-fingerprint';
const RESOLVED_ID = `\0${MODEL_FINGERPRINT_ID}`;

/** The module's code: the value itself in a build, the engine's function otherwise. */
export function fingerprintModule(build: boolean, root: string): string {
  if (!build) return `export { modelFingerprint } from ${JSON.stringify(join(root, 'src/engine/modelFingerprint.ts'))};\n`;
  return `export function modelFingerprint() {\n  return ${JSON.stringify(modelFingerprint())};\n}\n`;
}

export function modelFingerprintPlugin(): Plugin {
  let build = false;
  let root = process.cwd();
  return {
    name: 'fidelis:model-fingerprint',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    resolveId(id) {
      return id === MODEL_FINGERPRINT_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? fingerprintModule(build, root) : undefined;
    },
  };
}
