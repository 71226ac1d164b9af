/**
 * The replayer the class view uses in a browser: a small pool of dedicated Web Workers (a class
 * of 30 files is verified several at a time), or the page's own thread when no worker can start
 * (the single-file build opened from file://, old browsers, tests). Either way the same pure
 * engine replays the same file.
 */
import type { ReplayOutcome, ReplayRequest, Replayer } from '../../results/replay.ts';
import { createEngineWorker } from '../../app/engineClient.ts';
import type { EngineMessage, EngineResponse } from '../../app/engineProtocol.ts';

interface Waiting {
  request: ReplayRequest;
  resolve: (o: ReplayOutcome) => void;
  reject: (e: Error) => void;
}

/** Workers to start: one core is left to the page; a few are enough (each holds a whole simulation). */
export function replayWorkerCount(cores = typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1)): number {
  return Math.max(1, Math.min(3, cores - 1));
}

/** Replays on the page's thread, loading the engine on first use. */
export function pageReplayer(): Replayer {
  return async (request) => {
    const [engine, { replayWith }] = await Promise.all([import('../../engine/index.ts'), import('../../results/replay.ts')]);
    return replayWith(engine, request);
  };
}

function startWorker(): Worker | null {
  // The single file inlines everything; a worker would need a separate file, which file:// cannot load.
  if (import.meta.env.MODE === 'singlefile' || typeof Worker === 'undefined') return null;
  try {
    // the game's engine worker file (one copy of the engine in the build), asked for replays only
    return createEngineWorker();
  } catch {
    return null;
  }
}

/** A replayer over up to `size` workers started on first use; falls back to the page if a worker fails. */
export function browserReplayer(size = replayWorkerCount()): Replayer {
  let pool: { worker: Worker; pending: Map<number, Waiting> }[] | null | undefined;
  let nextId = 1;
  const fallback = pageReplayer();

  function giveUpOnWorkers(): void {
    const orphans = (pool ?? []).flatMap(({ worker, pending }) => {
      worker.terminate();
      return [...pending.values()];
    });
    pool = null;
    for (const { request, resolve, reject } of orphans) fallback(request).then(resolve, reject);
  }

  function start(): void {
    pool = [];
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      if (!worker) break;
      const pending = new Map<number, Waiting>();
      worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
        const waiting = pending.get(event.data.id);
        if (!waiting) return;
        pending.delete(event.data.id);
        if (event.data.ok) waiting.resolve(event.data.result as ReplayOutcome);
        else waiting.reject(new Error(event.data.error));
      });
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        giveUpOnWorkers();
      });
      pool.push({ worker, pending });
    }
    if (pool.length === 0) pool = null;
  }

  return (request) => {
    if (pool === undefined) start();
    if (!pool) return fallback(request);
    const least = pool.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = nextId++;
    const plain = JSON.parse(JSON.stringify(request)) as ReplayRequest;
    return new Promise<ReplayOutcome>((resolve, reject) => {
      least.pending.set(id, { request: plain, resolve, reject });
      least.worker.postMessage({ id, request: { kind: 'replay', ...plain } } satisfies EngineMessage);
    });
  };
}
