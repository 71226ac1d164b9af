/**
 * The class view's replay worker: replays result files off the page's thread so that
 * verifying 30 files does not freeze it. Posts back only the hash and the KPIs.
 */
import * as engine from '../../engine/index.ts';
import { replayWith, type ReplayRequest } from '../../results/replay.ts';

self.addEventListener('message', (event: MessageEvent<{ id: number; request: ReplayRequest }>) => {
  const { id, request } = event.data;
  try {
    (self as unknown as Worker).postMessage({ id, ok: true, outcome: replayWith(engine, request) });
  } catch (error) {
    (self as unknown as Worker).postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
