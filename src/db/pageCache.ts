/**
 * The customer pages this tab last wrote for a run, kept in memory so the next tick's autosave can
 * merge its changed customers without reading the pages back (a 10,000-customer page is ~600 kB:
 * reading it costs about as much as writing it). Valid only while the run record still carries the
 * stamp written with those pages: another tab's save, an import over the run or anything else that
 * rewrites the run changes or drops the stamp, and the pages are read from the database again.
 */
import type { FidelisDb } from './openDatabase.ts';
import type { StoredCustomerPage } from './schema.ts';

interface Entry {
  stamp: string;
  pages: Map<number, StoredCustomerPage>;
}

const caches = new WeakMap<FidelisDb, Map<string, Entry>>();
let counter = 0;

/** A value no other write of the run will have. */
export function newPagesStamp(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${counter.toString(36)}-${Math.floor(Math.random() * 2 ** 31).toString(36)}`;
}

/** The cached pages of a run and the stamp they go with, if any. */
export function cachedPages(fdb: FidelisDb, runId: string): Entry | undefined {
  return caches.get(fdb)?.get(runId);
}

/** After a committed write: `pages` are now stored under `stamp` (with the still valid `kept` ones). */
export function rememberPages(fdb: FidelisDb, runId: string, stamp: string, pages: readonly StoredCustomerPage[], kept?: Entry): void {
  let runs = caches.get(fdb);
  if (!runs) caches.set(fdb, (runs = new Map()));
  const map = new Map(kept?.pages ?? []);
  for (const page of pages) map.set(page.page, page);
  runs.set(runId, { stamp, pages: map });
}

export function forgetPages(fdb: FidelisDb, runId: string): void {
  caches.get(fdb)?.delete(runId);
}
