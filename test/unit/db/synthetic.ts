/** Test helpers: a fresh isolated fake-indexeddb per test, plus the synthetic engine output of synthetic-data.ts. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openFidelisDb, type FidelisDb, type OpenOptions } from '../../../src/db/openDatabase.ts';

export * from './synthetic-data.ts';

/** A database on its own in-memory factory (nothing shared between tests). */
export function freshDb(options: Omit<OpenOptions, 'factory' | 'keyRange'> = {}): Promise<FidelisDb> {
  return openFidelisDb({ factory: new IDBFactory(), keyRange: IDBKeyRange, persist: false, ...options });
}

