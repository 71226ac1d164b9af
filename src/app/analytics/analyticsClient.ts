/**
 * Clients of the analytics session: in a Web Worker (the app), or in the page itself when no worker
 * can start (component tests under jsdom). Same requests, same answers. « Arrêter » (stop) abandons
 * the requests under way and starts an empty session: a fresh worker, the busy one ended (a fit of
 * BG/NBD on a big file runs minutes in one piece, no message can reach it before it ends).
 */
import { STOPPED, type AnalyticsClient, type AnalyticsReply, type AnalyticsRequest, type ProgressListener } from './analyticsProtocol.ts';
import { AnalyticsSession } from './analyticsSession.ts';

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  progress?: ProgressListener;
}

/** `start` makes a worker: the first at once, another after each stop. */
export function workerClient(start: () => Worker): AnalyticsClient {
  let next = 1;
  const pending = new Map<number, Pending>();
  const rejectAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const open = (): Worker => {
    const opened = start();
    opened.addEventListener('message', (event: MessageEvent<AnalyticsReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting || opened !== worker) return;
      if (reply.kind === 'progress') waiting.progress?.(reply.fraction, reply.lines);
      else {
        pending.delete(reply.id);
        if (reply.kind === 'done') waiting.resolve(reply.result);
        else waiting.reject(new Error(reply.message));
      }
    });
    opened.addEventListener('error', (event) => {
      if (opened === worker) rejectAll(new Error(event.message || 'worker error'));
    });
    return opened;
  };
  let worker = open();
  return {
    request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
        worker.postMessage({ id, request });
      });
    },
    stop() {
      worker.terminate();
      worker = open();
      rejectAll(new Error(STOPPED));
    },
    dispose: () => worker.terminate(),
  };
}

/**
 * The session in the page. A stop cannot interrupt it either: the requests under way are rejected at
 * once, their answers ignored, and the next requests go to a new session.
 */
export function inPageClient(): AnalyticsClient {
  let session = new AnalyticsSession();
  const stops = new Set<(e: Error) => void>();
  return {
    request<T>(request: AnalyticsRequest, onProgress?: ProgressListener): Promise<T> {
      const own = session;
      return new Promise<T>((resolve, reject) => {
        stops.add(reject);
        own
          .handle(request, (fraction, lines) => {
            if (own === session) onProgress?.(fraction, lines);
          })
          .then(resolve as (v: unknown) => void, reject)
          .finally(() => stops.delete(reject));
      });
    },
    stop() {
      session = new AnalyticsSession();
      for (const reject of stops) reject(new Error(STOPPED));
      stops.clear();
    },
    dispose: () => {},
  };
}

/** The worker when the platform has one, else the page. */
export function defaultAnalyticsClient(): AnalyticsClient {
  if (typeof Worker === 'undefined') return inPageClient();
  try {
    return workerClient(() => new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inPageClient();
  }
}
