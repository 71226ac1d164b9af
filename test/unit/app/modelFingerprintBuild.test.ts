/**
 * The engine worker's model fingerprint worked out at build time (src/app/modelFingerprintBuild.ts):
 * a build gets the engine's own value as a constant, the dev server and the tests the engine's function.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { fingerprintModule, MODEL_FINGERPRINT_ID, modelFingerprintPlugin } from '../../../src/app/modelFingerprintBuild.ts';
import { modelFingerprint } from '../../../src/engine/modelFingerprint.ts';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

/** The module the plugin gives for `virtual:fidelis/model-fingerprint`, in a build or not. */
function moduleOf(command: 'build' | 'serve'): string {
  const plugin = modelFingerprintPlugin();
  call(plugin.configResolved, { command, root: process.cwd() } as ResolvedConfig);
  const id = call(plugin.resolveId, MODEL_FINGERPRINT_ID);
  expect(id).toEqual(expect.any(String));
  return call(plugin.load, id) as string;
}

describe('model fingerprint at build time', () => {
  it('gives a build the value the engine computes, as a constant', () => {
    const code = moduleOf('build');
    expect(code).toContain(`return ${JSON.stringify(modelFingerprint())};`);
    expect(code).not.toContain('import');
    const exported = new Function(code.replace('export function', 'return function'))() as () => string;
    expect(exported()).toBe(modelFingerprint());
  });

  it('re-exports the engine function outside a build, so an edited engine is fingerprinted again', () => {
    const code = moduleOf('serve');
    const path = /from "([^"]+)"/.exec(code)?.[1];
    expect(code).toMatch(/^export \{ modelFingerprint \} from /);
    expect(path && existsSync(path)).toBe(true);
    expect(fingerprintModule(false, '/somewhere')).toContain('/somewhere/src/engine/modelFingerprint.ts');
  });

  it('answers only for its own module', () => {
    const plugin = modelFingerprintPlugin();
    expect(call(plugin.resolveId, 'virtual:fidelis/shipped-scenarios')).toBeUndefined();
    expect(call(plugin.load, '/src/main.ts')).toBeUndefined();
  });
});
