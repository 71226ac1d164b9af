/**
 * The app's storage in a browser: IndexedDB through the db layer (an in-memory database, said so,
 * when IndexedDB is unavailable). In its own chunk, loaded by browserServices.ts while the first
 * screen shows: the db layer is not on the way to the scenario cards.
 */
import { openFidelisDb } from '../db/openDatabase.ts';
import type { DbError } from '../db/errors.ts';
import { acquireRunLock } from '../db/tabGuard.ts';
import { dbServices } from './dbRunStore.ts';
import { dbBranchStore } from './whatif/dbBranchStore.ts';
import type { AppStorage } from './services.ts';
import type { EngineClient } from './engineClient.ts';

/** `engine`: the game's, which stamps the runs with its model and checks imported run files (dbRunStore.ts). */
export async function openBrowserStorage(onFault: (error: DbError) => void, engine?: Promise<EngineClient>): Promise<AppStorage> {
  // asking for persistent storage can take a while: asked once open, without holding up anything
  const fdb = await openFidelisDb({ onFault, persist: false });
  void navigator.storage?.persist?.().catch(() => false);
  const db = dbServices(fdb, engine ? { engine } : {});
  return {
    store: db.store,
    library: db.library,
    branches: dbBranchStore(fdb),
    inMemory: fdb.inMemory,
    customers: (session) => db.customers(session.runId!),
    // the teacher's class view: its module and repository load only when that screen asks
    classes: () => import('./classStore.ts').then((m) => m.dbClassStore(fdb, acquireRunLock)),
  };
}
