/**
 * The engine worker built with the app (src/app/engineWorkerBuild.ts): its own copy of what it imports statically,
 * the page's modules for its database writer, and the sets vite.config.ts keeps out of the page's chunks (a worker
 * chunk importing the page's startup chunk would run main.ts in the worker). The build itself is checked in Chromium
 * by the e2e tests that play (play, resume, twoTabs, reloadWhileSaving, offline).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineWorkerBuild, isWorkerChunk, PAGE_ENGINE, WORKER_COPY, workerModules } from '../../../src/app/engineWorkerBuild.ts';

const src = (path: string) => fileURLToPath(new URL(`../../../src/${path}`, import.meta.url));
const WORKER = src('app/engine.worker.ts');
const WRITER = src('app/tickWriter.ts');
const CLIENT = src('app/engineClient.ts');

type Hook = (this: unknown, ...args: unknown[]) => unknown;

/** A module graph: id -> static imports (importers worked out). */
function graphOf(imports: Record<string, string[]>) {
  return {
    getModuleInfo(id: string) {
      if (!(id in imports)) return null;
      return {
        importedIds: imports[id],
        importers: Object.keys(imports).filter((other) => imports[other].includes(id)),
      };
    },
  };
}

describe('the engine worker in the app build', () => {
  it('knows the modules the worker runs, those the page imports too, and its writer’s', () => {
    const graph = graphOf({
      [WORKER]: ['engine.ts?engine-worker', 'virtual-fingerprint'],
      'engine.ts?engine-worker': [],
      'virtual-fingerprint': [],
      // the writer, imported by the worker with import(): not among its static imports
      [WRITER]: ['commitTick.ts', 'openDatabase.ts'],
      'commitTick.ts': ['idb'],
      'openDatabase.ts': ['idb'],
      idb: [],
      'main.ts': ['storage.ts', 'engine.ts'],
      'storage.ts': ['openDatabase.ts'],
      'engine.ts': [],
    });
    const { worker, shared, writer } = workerModules(graph, WORKER, WRITER);
    expect([...worker].sort()).toEqual([WORKER, WRITER, 'commitTick.ts', 'engine.ts?engine-worker', 'idb', 'openDatabase.ts', 'virtual-fingerprint'].sort());
    // the page's storage imports the database's opening: one copy, in a chunk both import (which takes idb with it)
    expect([...shared]).toEqual(['openDatabase.ts']);
    expect([...writer].sort()).toEqual([WRITER, 'commitTick.ts', 'idb', 'openDatabase.ts'].sort());
  });

  it('gives the worker its own copy of what it imports statically, and the page’s writer', async () => {
    const { plugin } = engineWorkerBuild();
    const context = {
      resolve: async (source: string) => ({
        id: source.startsWith('\0') || source.startsWith('/') ? source : src(source),
        external: false,
      }),
    };
    const resolve = (source: string, importer: string | undefined) =>
      (plugin.resolveId as Hook).call(context, source, importer, {
        isEntry: false,
      });
    expect(await resolve('app/engineHandler.ts', WORKER)).toMatchObject({
      id: `${src('app/engineHandler.ts')}${WORKER_COPY}`,
    });
    expect(await resolve('engine/index.ts', `${src('app/engineHandler.ts')}${WORKER_COPY}`)).toMatchObject({ id: `${src('engine/index.ts')}${WORKER_COPY}` });
    expect(await resolve('app/tickWriter.ts', WORKER)).toMatchObject({
      id: WRITER,
    });
    expect(await resolve('\0virtual:fidelis/model-fingerprint', WORKER)).toMatchObject({ id: '\0virtual:fidelis/model-fingerprint' });
    // the page's modules and the writer's are left to the bundler
    expect(await resolve('engine/index.ts', CLIENT)).toBeNull();
    expect(await resolve('db/commitTick.ts', WRITER)).toBeNull();
    const copy = (plugin.load as Hook).call({}, `${src('app/engineProtocol.ts')}${WORKER_COPY}`) as string;
    expect(copy).toContain('export function failureOf');
  });

  it('takes the page’s copy of the engine’s modules the learner’s screens import too (PAGE_ENGINE): fetched once, in db-core', async () => {
    const { plugin } = engineWorkerBuild();
    const context = { resolve: async (source: string) => ({ id: src(source), external: false }) };
    const resolve = (source: string, importer: string) => (plugin.resolveId as Hook).call(context, source, importer, { isEntry: false });
    const copy = (path: string) => `${src(path)}${WORKER_COPY}`;
    for (const shared of ['engine/costForecast.ts', 'engine/segmentMaps.ts', 'engine/vocabulary.ts', 'app/targetSpend.ts', 'i18n/frenchSpacing.ts'])
      expect(await resolve(shared, copy('engine/rfm.ts'))).toMatchObject({ id: src(shared) });
    // the parameters, which the minifier writes into the simulation's code, and the deterministic math the engine runs for each customer stay its own
    for (const own of ['engine/params.ts', 'engine/detMath.ts', 'engine/detSqrt.ts', 'engine/detBits.ts', 'engine/step.ts'])
      expect(await resolve(own, copy('engine/rfm.ts'))).toMatchObject({ id: copy(own) });
    expect(PAGE_ENGINE.test(src('engine/objectives.ts'))).toBe(false);
  });

  it('points the page at the worker’s chunk of the same build', () => {
    const { plugin } = engineWorkerBuild();
    (plugin.buildStart as Hook).call({ emitFile: () => 'ref1' });
    const transform = (code: string, id: string) =>
      (plugin.transform as Hook).call(
        {
          error: (message: string) => {
            throw new Error(message);
          },
        },
        code,
        id,
      );
    const out = transform("return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });", CLIENT) as { code: string };
    expect(out.code).toBe("return new Worker(new URL(import.meta.ROLLUP_FILE_URL_ref1, import.meta.url), { type: 'module' });");
    expect(() => transform('return new Worker(url);', CLIENT)).toThrow(/URL not found/);
    expect(transform("new URL('./engine.worker.ts', import.meta.url)", src('app/other.ts'))).toBeNull();
  });

  it('preloads nothing from the worker’s chunk', () => {
    expect(isWorkerChunk('assets/engine.worker-Ab_3-x9Z.js')).toBe(true);
    expect(isWorkerChunk('assets/index-Ab_3-x9Z.js')).toBe(false);
    expect(isWorkerChunk(undefined)).toBe(false);
  });
});
