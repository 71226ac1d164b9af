/**
 * The replayer the class view uses in a browser: a dedicated Web Worker, or the page's own
 * thread when no worker can start (the single-file build opened from file://, old browsers,
 * tests). Either way the same pure engine replays the same file.
 */
import type { ReplayOutcome, ReplayRequest, Replayer } from '../../results/replay.ts';

type Reply = { id: number; ok: true; outcome: ReplayOutcome } | { id: number; ok: false; error: string };

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
    return new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** A replayer over one worker started on first use; falls back to the page if the worker fails to start. */
export function browserReplayer(): Replayer {
  let worker: Worker | null | undefined;
  let nextId = 1;
  const pending = new Map<number, { request: ReplayRequest; resolve: (o: ReplayOutcome) => void; reject: (e: Error) => void }>();
  const fallback = pageReplayer();

  function giveUpOnWorker(): void {
    worker?.terminate();
    worker = null;
    for (const { request, resolve, reject } of pending.values()) fallback(request).then(resolve, reject);
    pending.clear();
  }

  return (request) => {
    if (worker === undefined) {
      worker = startWorker();
      worker?.addEventListener('message', (event: MessageEvent<Reply>) => {
        const waiting = pending.get(event.data.id);
        if (!waiting) return;
        pending.delete(event.data.id);
        if (event.data.ok) waiting.resolve(event.data.outcome);
        else waiting.reject(new Error(event.data.error));
      });
      worker?.addEventListener('error', (event) => {
        event.preventDefault();
        giveUpOnWorker();
      });
    }
    if (!worker) return fallback(request);
    const id = nextId++;
    const plain = JSON.parse(JSON.stringify(request)) as ReplayRequest;
    return new Promise<ReplayOutcome>((resolve, reject) => {
      pending.set(id, { request: plain, resolve, reject });
      worker!.postMessage({ id, request: plain });
    });
  };
}
