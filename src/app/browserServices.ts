/**
 * The real services of the app in a browser: the engine in a Web Worker, runs stored in
 * IndexedDB through the db layer (./browserStorage.ts, which falls back to an in-memory database
 * when IndexedDB is unavailable, and says so), and the scenarios shipped with the app.
 */
import { shippedShops } from '../scenario/shippedShops.ts';
import { EngineClient } from './engineClient.ts';
import { browserEngineTransport } from './offline/engineTransport.ts';
import type { AppServices } from './services.ts';

/** Resolves once the first screen can show: the database keeps opening behind it (`storage`). */
export async function createBrowserServices(): Promise<AppServices> {
  const faults: unknown[] = [];
  let report: ((error: unknown) => void) | null = null;
  const fault = (error: unknown) => (report ? report(error) : faults.push(error));
  // the scenario cards wait neither for the db layer's code nor for IndexedDB (on a first visit its
  // upgrade takes ~100-300 ms in Chromium): both load while the first screen shows
  const transport = browserEngineTransport();
  const engine = transport.then((t) => new EngineClient(t));
  // the storage stamps runs with the engine's model and replays imported run files with it
  const storage = import('./browserStorage.ts').then((m) => m.openBrowserStorage(fault, engine));
  // App handles a failure once mounted; until then the rejection must not count as unhandled
  storage.catch(() => undefined);
  return {
    // the cards: a shop's whole scenario loads when it is chosen (src/scenario/shopCard.ts)
    scenarios: shippedShops(),
    engine: await engine,
    storage,
    onFault(listener) {
      report = listener;
      for (const error of faults.splice(0)) listener(error);
    },
  };
}
