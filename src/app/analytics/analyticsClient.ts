/**
 * Clients of the analytics session: in a Web Worker (the app), or in the page itself when no worker
 * can start (component tests under jsdom). Same requests, same answers.
 */
import type { AnalyticsClient, AnalyticsReply, AnalyticsRequest } from './analyticsProtocol.ts';
import { AnalyticsSession } from './analyticsSession.ts';

export function workerClient(worker: Worker): AnalyticsClient {
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; progress?: (f: number) => void }>();
  worker.addEventListener('message', (event: MessageEvent<AnalyticsReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    if (reply.kind === 'progress') waiting.progress?.(reply.fraction);
    else {
      pending.delete(reply.id);
      if (reply.kind === 'done') waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.message));
    }
  });
  worker.addEventListener('error', (event) => {
    for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'worker error'));
    pending.clear();
  });
  return {
    request<T>(request: AnalyticsRequest, onProgress?: (fraction: number) => void): Promise<T> {
      const id = next++;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, progress: onProgress });
        worker.postMessage({ id, request });
      });
    },
    dispose: () => worker.terminate(),
  };
}

export function inPageClient(): AnalyticsClient {
  const session = new AnalyticsSession();
  return {
    request: <T>(request: AnalyticsRequest, onProgress?: (fraction: number) => void) =>
      session.handle(request, onProgress ?? (() => {})) as Promise<T>,
    dispose: () => {},
  };
}

/** The worker when the platform has one, else the page. */
export function defaultAnalyticsClient(): AnalyticsClient {
  if (typeof Worker === 'undefined') return inPageClient();
  try {
    return workerClient(new Worker(new URL('./analytics.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return inPageClient();
  }
}
