/** Test helpers: a fresh isolated fake-indexeddb per test, plus the synthetic engine output of synthetic-data.ts. */
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openFidelisDb, type FidelisDb, type OpenOptions } from '../../../src/db/openDatabase.ts';

export * from './synthetic-data.ts';

/** A database on its own in-memory factory (nothing shared between tests). */
export function freshDb(options: Omit<OpenOptions, 'factory' | 'keyRange'> = {}): Promise<FidelisDb> {
  return openFidelisDb({ factory: new IDBFactory(), keyRange: IDBKeyRange, persist: false, ...options });
}


/**
 * Watches the puts into `customerPages` while `write` runs: for each, how many tasks of the event loop
 * had run by then (a page put in the same task as the one before has the same number).
 */
export async function pagePutTasks(write: () => Promise<unknown>): Promise<number[]> {
  let tasks = 0;
  let spinning = true;
  const spin = () => {
    tasks += 1;
    if (spinning) setImmediate(spin);
  };
  setImmediate(spin);
  const put = FakeObjectStore.prototype.put;
  const seen: number[] = [];
  const spy = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
    if (this.name === 'customerPages') seen.push(tasks);
    return put.apply(this, args);
  });
  try {
    await write();
  } finally {
    spinning = false;
    spy.mockRestore();
  }
  return seen;
}
