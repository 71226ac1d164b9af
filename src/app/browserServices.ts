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
import type { AppServices, AppStorage } from './services.ts';

/** Resolves once the first screen can show: the database keeps opening behind it (`storage`). */
export async function createBrowserServices(): Promise<AppServices> {
  const faults: unknown[] = [];
  let report: ((error: unknown) => void) | null = null;
  const fault = (error: unknown) => (report ? report(error) : faults.push(error));
  // on a first visit IndexedDB's upgrade takes ~100-300 ms in Chromium: the scenario cards do not wait for it
  const storage = openStorage((error) => fault(error));
  const transport = browserEngineTransport();
  const scenarios = shippedScenarios().scenarios.map((s) => s.scenario);
  return {
    scenarios,
    engine: new EngineClient(await transport),
    storage,
    onFault(listener) {
      report = listener;
      for (const error of faults.splice(0)) listener(error);
    },
  };
}

async function openStorage(onFault: (error: DbError) => void): Promise<AppStorage> {
  // asking for persistent storage can take a while: asked once open, without holding up anything
  const fdb = await openFidelisDb({ onFault, persist: false });
  void navigator.storage?.persist?.().catch(() => false);
  const db = dbServices(fdb);
  return {
    store: db.store,
    library: db.library,
    branches: dbBranchStore(fdb),
    inMemory: fdb.inMemory,
    customers: (session) => db.customers(session.runId!),
  };
}
