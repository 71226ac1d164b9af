/**
 * Build plugin (vite.config.ts, Node only): the engine worker (src/app/engine.worker.ts) built as an entry of the
 * app's own build rather than by vite's separate worker build, so that its database writer (src/app/tickWriter.ts,
 * fetched when a first tick is saved) and the page's storage import one copy of idb and of the database modules
 * they share. Built apart, the worker carried its own copy of them and the learner's browser fetched both.
 *
 * The worker's engine stays its own: every module the worker imports statically gets an id of its own in the build
 * (the file's path and `?engine-worker`), so the worker's code is one chunk as before, minified as a whole (the
 * engine the class view replays with on the page's thread is the page's). Shared in three chunks of one build, the
 * whole engine lost more to the chunks' boundaries than the page's copies of its modules weigh (bench app-learner-js
 * 247.7 -> 248.3 KB gz). Except the few modules the learner's screens import too (PAGE_ENGINE: the target's costs and
 * spend, the segments' maps, the vocabulary, the consent rules…): the worker takes the page's, which go to db-core with
 * the database code, rather than a copy of its own, and the learner's browser no longer fetches them twice (bench
 * app-learner-js: -1.5 KB gz on each path; the engine's CPU time per tick unchanged, same state hashes). The parameters
 * (engine/params.ts), which the minifier writes into the simulation's code as numbers, and the deterministic math the
 * simulation runs for each customer (detMath, detSqrt, detBits) stay the worker's own; the page's copies go to db-core
 * with the modules that import them.
 *
 * The modules the worker runs (`inWorker`) must never be in a chunk that imports the page's startup chunk (index.js
 * runs main.ts, which mounts the app: the worker has no document): vite.config.ts keeps them out of the page's chunk
 * groups. Those the page imports statically too (`sharedWithPage`: idb, the database's opening and columns, its errors,
 * vite's preloading helper…) go to a chunk of their own, `db-core`, which the page and the worker both import; the rest
 * of the writer (`inWriter`) to `tickWriter`. vite wraps the worker's `import()` of its writer in that preloading
 * helper, whose code runs in a worker as long as it has no file to preload: vite.config.ts lists none for the worker's
 * chunk (`isWorkerChunk`).
 *
 * Not in the single-file build (one HTML file, no worker: src/app/offline/engineTransport.ts) nor on the dev server
 * (vite serves the worker's modules as they are), where `new Worker(new URL('./engine.worker.ts', import.meta.url))`
 * in engineClient.ts keeps vite's own handling.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SINGLE_FILE_MODE } from './offline/vitePlugins.ts';

const WORKER_SOURCE = fileURLToPath(new URL('./engine.worker.ts', import.meta.url));
const WRITER_SOURCE = fileURLToPath(new URL('./tickWriter.ts', import.meta.url));
const CLIENT_SOURCE = fileURLToPath(new URL('./engineClient.ts', import.meta.url));
/** The query that marks the worker's own copy of a module. */
export const WORKER_COPY = '?engine-worker';
/** The worker's URL as engineClient.ts writes it (vite's form for a module worker). */
const WORKER_URL = /new URL\(\s*(['"])\.\/engine\.worker\.ts\1\s*,\s*import\.meta\.url\s*\)/;
/**
 * The engine's modules the worker imports as the page's modules rather than copies of its own (see the header): those
 * the learner's screens import too, leaves of the engine or nearly (what they import comes with them). Same code, same
 * results: only the chunk it is in changes.
 */
export const PAGE_ENGINE = /\/src\/(engine\/(segmentMaps|unitCosts|consent|controlGroupSize|budgetGate|costForecast|programmeId|competitorOpen|visibleFields|vocabulary|shopChannel|towns)|app\/targetSpend|i18n\/frenchSpacing)\.ts$/;
/** The worker's entry chunk: engine.worker-<hash>.js (the build's default names). */
const WORKER_CHUNK = /(^|\/)engine\.worker-[\w-]+\.js$/;

export interface EngineWorkerBuild {
  plugin: Plugin;
  /** Whether the worker runs a module: its entry, its own copies, its database writer and what they import (known once the build has read every module). */
  inWorker(id: string): boolean;
  /** Whether a module is one of the worker's database writer (src/app/tickWriter.ts and what it imports). */
  inWriter(id: string): boolean;
  /** Whether a module the worker runs is imported statically by a module of the page too. */
  sharedWithPage(id: string): boolean;
}

/** Whether a built file is the worker's entry chunk, for which nothing is preloaded (no document in a worker). */
export function isWorkerChunk(fileName: string | undefined): boolean {
  return fileName !== undefined && WORKER_CHUNK.test(fileName);
}

interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[]; importers: readonly string[] } | null;
}

/** The modules `entries` import statically, themselves included. */
export function staticImports(graph: ModuleGraph, entries: readonly string[]): Set<string> {
  const modules = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (modules.has(id)) continue;
    const info = graph.getModuleInfo(id);
    if (!info) continue;
    modules.add(id);
    queue.push(...info.importedIds);
  }
  return modules;
}

/**
 * The worker's modules (its entry, its database writer and what they import statically: the writer's own `import()`s,
 * the in-memory database for one, are the page's), those of them a module of the page imports statically too, and the writer's.
 */
export function workerModules(graph: ModuleGraph, entry: string, writer: string): { worker: Set<string>; shared: Set<string>; writer: Set<string> } {
  const worker = staticImports(graph, [entry, writer]);
  const shared = new Set([...worker].filter((id) => graph.getModuleInfo(id)!.importers.some((importer) => !worker.has(importer))));
  return { worker, shared, writer: staticImports(graph, [writer]) };
}

const isCopy = (id: string | undefined) => id !== undefined && id.endsWith(WORKER_COPY);
const original = (id: string) => (isCopy(id) ? id.slice(0, -WORKER_COPY.length) : id);

export function engineWorkerBuild(): EngineWorkerBuild {
  let modules = {
    worker: new Set<string>(),
    shared: new Set<string>(),
    writer: new Set<string>(),
  };
  let reference: string | undefined;
  const plugin: Plugin = {
    name: 'fidelis:engine-worker-chunk',
    apply: (_config, env) => env.command === 'build' && env.mode !== SINGLE_FILE_MODE && !env.isSsrBuild,
    // before vite's worker plugin, which would build the worker apart, and vite's resolver
    enforce: 'pre',
    buildStart() {
      reference = this.emitFile({
        type: 'chunk',
        id: WORKER_SOURCE,
        name: 'engine.worker',
      });
    },
    async resolveId(source, importer, options) {
      if (importer === undefined || (importer !== WORKER_SOURCE && !isCopy(importer))) return null;
      const resolved = await this.resolve(source, original(importer), {
        ...options,
        skipSelf: true,
      });
      // the writer, imported when a first tick is saved, is the page's module (shared database code); so are PAGE_ENGINE's
      if (!resolved || resolved.external || resolved.id.startsWith('\0') || resolved.id === WRITER_SOURCE || resolved.id.includes('/node_modules/') || PAGE_ENGINE.test(resolved.id))
        return resolved;
      return { ...resolved, id: `${resolved.id}${WORKER_COPY}` };
    },
    load(id) {
      return isCopy(id) ? readFileSync(original(id), 'utf8') : null;
    },
    transform(code, id) {
      if (id !== CLIENT_SOURCE) return null;
      if (!WORKER_URL.test(code)) return this.error(`the engine worker's URL not found in ${id}`);
      return {
        code: code.replace(WORKER_URL, `new URL(import.meta.ROLLUP_FILE_URL_${reference}, import.meta.url)`),
        map: null,
      };
    },
    buildEnd() {
      modules = workerModules(this as unknown as ModuleGraph, WORKER_SOURCE, WRITER_SOURCE);
    },
  };
  return {
    plugin,
    inWorker: (id) => modules.worker.has(id),
    inWriter: (id) => modules.writer.has(id),
    sharedWithPage: (id) => modules.shared.has(id),
  };
}
