/**
 * The real services of the app in a browser: the engine in a Web Worker, runs stored in
 * IndexedDB through the db layer (which falls back to an in-memory database when IndexedDB
 * is unavailable, and says so), and the scenarios shipped with the app.
 */
import { openFidelisDb } from '../db/openDatabase.ts';
import type { DbError } from '../db/errors.ts';
import { shippedScenarios } from '../scenario/shipped.ts';
import { EngineClient } from './engineClient.ts';
import { browserEngineTransport } from './offline/engineTransport.ts';
import { dbServices } from './dbRunStore.ts';
import { dbBranchStore } from './whatif/dbBranchStore.ts';
import type { AppServices } from './services.ts';

export async function createBrowserServices(): Promise<AppServices> {
  const faults: DbError[] = [];
  let report: ((error: unknown) => void) | null = null;
  const opening = openFidelisDb({
    onFault: (error) => (report ? report(error) : faults.push(error)),
    // asking for persistent storage can take a while: asked below, without holding up the first screen
    persist: false,
  });
  // while IndexedDB opens (on a first visit its upgrade takes ~200 ms in Chromium), the engine
  // worker's script loads and the shipped scenarios are validated, instead of one after the other
  const transport = browserEngineTransport();
  const scenarios = shippedScenarios().scenarios.map((s) => s.scenario);
  const fdb = await opening;
  void navigator.storage?.persist?.().catch(() => false);
  const db = dbServices(fdb);
  return {
    scenarios,
    engine: new EngineClient(await transport),
    store: db.store,
    library: db.library,
    branches: dbBranchStore(fdb),
    inMemory: fdb.inMemory,
    customers: (session) => db.customers(session.runId!),
    onFault(listener) {
      report = listener;
      for (const error of faults.splice(0)) listener(error);
    },
  };
}
