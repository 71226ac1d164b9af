/**
 * The engine worker's own connection to the database, with which it stores a new run with its base
 * (`storeNewRun`) and writes the autosave of each tick (`saveTick`, src/app/engineHandler.ts): the
 * base and the changed records are encoded into customer pages, merged
 * and cloned into IndexedDB on the worker's thread, not the page's (at 200,000 customers that was
 * ~1 s of the page's thread per period). The page still decides what may be written: it sends a tick
 * only while it holds the run's lock (one writer, a second tab read-only) and when its own database is
 * a real one (in memory, the page writes the tick itself); the tick is the same single transaction
 * (`commitTick`: all or nothing, a full disk is `quotaExceeded`, whose code the page gets back).
 * Loaded by the worker the first time a tick is saved.
 */
import { commitTick } from '../db/commitTick.ts';
import { createRun } from '../db/createRun.ts';
import { browserIndexedDB, openOnFactory, type FidelisDb } from '../db/openDatabase.ts';
import { DB_NAME, DB_VERSION } from '../db/schema.ts';
import { forgetPages } from '../db/pageCache.ts';
import type { TickWriter } from './engineHandler.ts';

/** A writer over an open database (tests give theirs). */
export function tickWriterOn(fdb: FidelisDb): TickWriter & { close(): void } {
  let open = true;
  let last: string | null = null;
  return {
    get open() {
      return open;
    },
    async write(save, changed, stateHash) {
      // the pages kept in memory are the played run's only (12 MB at 200,000 customers): another run's go
      if (last !== null && last !== save.runId) forgetPages(fdb, last);
      last = save.runId;
      await commitTick(fdb, {
        runId: save.runId,
        report: save.report,
        records: changed,
        stateHash,
        decisions: save.decisions ?? undefined,
        now: save.now,
        ...(save.modelFingerprint !== undefined ? { modelFingerprint: save.modelFingerprint } : {}),
      });
    },
    async createRun(save, customers, stateHash) {
      if (last !== null) forgetPages(fdb, last);
      const run = await createRun(fdb, { ...save, customers, stateHash });
      last = run.id;
      return run.id;
    },
    close() {
      open = false;
      fdb.close();
    },
  };
}

/**
 * Opens the worker's connection: null when IndexedDB is not there or does not open (never an
 * in-memory database: the ticks would be written where the page does not read). The worker never
 * creates nor upgrades the database: the page has opened it at this version before it asks for any
 * write (its connection handles the upgrade and the « close the other tab » faults), so an upgrade
 * asked here is refused (no writer: the page writes) and the migrations stay out of the worker.
 * When another tab upgrades the schema, the connection closes and the writer says so (`open`
 * false): the page writes from then on, and its own connection tells the learner to reload.
 */
export async function openTickWriter(): Promise<TickWriter | null> {
  const factory = browserIndexedDB();
  const keyRange = (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (!factory || !keyRange) return null;
  let writer: (TickWriter & { close(): void }) | null = null;
  let lost = false;
  const lose = () => {
    lost = true;
    writer?.close();
  };
  try {
    const db = await openOnFactory(factory, DB_NAME, DB_VERSION, {
      upgrade: (_db, _oldVersion, tx) => tx.abort(),
      blocking: (database) => {
        database.close();
        lose();
      },
      terminated: lose,
    });
    writer = tickWriterOn({ db, keyRange, inMemory: false, persisted: null, close: () => db.close() });
    if (lost) writer.close();
    return writer;
  } catch {
    return null;
  }
}
