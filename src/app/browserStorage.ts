/**
 * The app's storage in a browser: IndexedDB through the db layer (an in-memory database, said so,
 * when IndexedDB is unavailable). In its own chunk, loaded by browserServices.ts while the first
 * screen shows: the db layer is not on the way to the scenario cards.
 */
import { openFidelisDb, type FidelisDb } from '../db/openDatabase.ts';
import type { DbError } from '../db/errors.ts';
import { acquireRunLock } from '../db/tabGuard.ts';
import { dbServices } from './dbRunStore.ts';
import type { BranchStore } from './whatif/branchStore.ts';
import type { AppStorage } from './services.ts';
import type { EngineClient } from './engineClient.ts';

/** The what-if tool's store (src/app/whatif/dbBranchStore.ts): its module, and the db layer's branch writer, fetched when that teacher tool first uses it. */
function lazyBranchStore(fdb: FidelisDb): BranchStore {
  const store = () => import('./whatif/dbBranchStore.ts').then((m) => m.dbBranchStore(fdb));
  return {
    createBranch: async (branch) => (await store()).createBranch(branch),
    family: async (runId) => (await store()).family(runId),
    timeline: async (runId) => (await store()).timeline(runId),
  };
}

/** `engine`: the game's, which stamps the runs with its model and checks imported run files (dbRunStore.ts). */
export async function openBrowserStorage(onFault: (error: DbError) => void, engine?: Promise<EngineClient>): Promise<AppStorage> {
  // asking for persistent storage can take a while: asked once open, without holding up anything
  const fdb = await openFidelisDb({ onFault, persist: false });
  void navigator.storage?.persist?.().catch(() => false);
  const db = dbServices(fdb, engine ? { engine } : {});
  return {
    store: db.store,
    library: db.library,
    branches: lazyBranchStore(fdb),
    inMemory: fdb.inMemory,
    customers: (session) => db.customers(session.runId!),
    // the CSV writer and its words load when a learner asks for a file, not on the way to the customers screen
    csv: (session) => {
      const runId = session.runId!;
      return (table, options) => import('./runCsv.ts').then((m) => m.runCsv(fdb, runId, table, options));
    },
    // the teacher's class view: its module and repository load only when that screen asks
    classes: () => import('./classStore.ts').then((m) => m.dbClassStore(fdb, acquireRunLock)),
  };
}
