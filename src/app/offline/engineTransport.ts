/**
 * How the page reaches the engine: a module Web Worker normally; in the single-file build
 * (opened from file://, where Chromium refuses every worker script, even a blob: one) the engine
 * runs on the page's thread through the same in-process transport the tests use.
 */
import { createEngineWorker, inProcessTransport, workerTransport, type EngineTransport } from '../engineClient.ts';

export async function browserEngineTransport(): Promise<EngineTransport> {
  if (import.meta.env.MODE === 'singlefile') {
    const [engine, { createEngineHandler }] = await Promise.all([import('../../engine/index.ts'), import('../engineHandler.ts')]);
    return inProcessTransport(createEngineHandler(engine));
  }
  return workerTransport(createEngineWorker());
}
