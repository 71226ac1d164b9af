/**
 * Opening the database: the IDBFactory is passed in (no module-level connection, so tests and
 * tabs stay isolated). Handles the multi-tab faults (another tab upgrading: close and ask to
 * reload; this tab's upgrade blocked by an old tab: ask to close it) and, when IndexedDB is
 * unavailable (private mode, disabled storage, `open` throwing), falls back to an in-memory
 * database with the same interface (fake-indexeddb, loaded only then) and `inMemory: true`,
 * which the interface shows as "vos données ne seront pas conservées".
 */
import { wrap, type IDBPDatabase } from 'idb';
import { DbError } from './errors.ts';
import { upgradeDatabase, type UpgradeTransaction } from './migrations.ts';
import { DB_NAME, DB_VERSION, type FidelisSchema } from './schema.ts';

export interface FidelisDb {
  db: IDBPDatabase<FidelisSchema>;
  /** the IDBKeyRange constructor that goes with the factory (fake and native ones do not mix) */
  keyRange: typeof IDBKeyRange;
  /** true when IndexedDB was unavailable: data lives only as long as the tab */
  inMemory: boolean;
  /** outcome of navigator.storage.persist(): null when not asked or not available */
  persisted: boolean | null;
  close(): void;
}

export interface OpenOptions {
  /** defaults to globalThis.indexedDB; null forces the in-memory database */
  factory?: IDBFactory | null;
  keyRange?: typeof IDBKeyRange;
  name?: string;
  /** versionChange / blocked / terminated, for the interface to show (t(error.messageKey)) */
  onFault?: (error: DbError) => void;
  /** ask the browser to keep our data under storage pressure (default true) */
  persist?: boolean;
  /** schema version to open (tests only; defaults to the current one) */
  version?: number;
}

/** idb's openDB, but on the given factory rather than the global `indexedDB`. */
export function openOnFactory(
  factory: IDBFactory,
  name: string,
  version: number,
  handlers: {
    upgrade: (db: IDBPDatabase<FidelisSchema>, oldVersion: number, tx: UpgradeTransaction) => void;
    blocked?: () => void;
    blocking?: (db: IDBPDatabase<FidelisSchema>) => void;
    terminated?: () => void;
  },
): Promise<IDBPDatabase<FidelisSchema>> {
  const request = factory.open(name, version);
  const opened = wrap(request) as unknown as Promise<IDBPDatabase<FidelisSchema>>;
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
    // An aborted upgrade rejects the open request (handled by the caller); its `done` must not go unhandled.
    tx.done.catch(() => undefined);
    handlers.upgrade(wrap(request.result) as unknown as IDBPDatabase<FidelisSchema>, event.oldVersion, tx);
  });
  request.addEventListener('blocked', () => handlers.blocked?.());
  opened
    .then((db) => {
      db.addEventListener('close', () => handlers.terminated?.());
      db.addEventListener('versionchange', () => handlers.blocking?.(db));
    })
    .catch(() => {});
  return opened;
}

async function openWith(factory: IDBFactory, keyRange: typeof IDBKeyRange, options: OpenOptions, inMemory: boolean): Promise<FidelisDb> {
  const version = options.version ?? DB_VERSION;
  const onFault = options.onFault ?? (() => {});
  const db = await openOnFactory(factory, options.name ?? DB_NAME, version, {
    upgrade: (database, oldVersion, tx) => upgradeDatabase(database, oldVersion, version, tx),
    blocked: () => onFault(new DbError('blocked')),
    blocking: (database) => {
      // Another tab wants a newer schema (or deletes the database): let it proceed, this tab must reload.
      database.close();
      onFault(new DbError('versionChange'));
    },
    terminated: () => onFault(new DbError('terminated')),
  });
  return { db, keyRange, inMemory, persisted: null, close: () => db.close() };
}

const IN_MEMORY = Symbol.for('fidelis.inMemoryIndexedDB');

/**
 * The browser's IndexedDB, or undefined when there is none or merely reading it throws (a SecurityError
 * in some browsers when site data is blocked): then the app plays in memory, as without IndexedDB.
 */
export function browserIndexedDB(): IDBFactory | undefined {
  try {
    return (globalThis as { indexedDB?: IDBFactory }).indexedDB ?? undefined;
  } catch {
    return undefined;
  }
}

/** An empty in-memory database with the same schema (fake-indexeddb). */
export async function openMemoryDb(options: Omit<OpenOptions, 'factory' | 'keyRange'> = {}): Promise<FidelisDb> {
  const fake = await import('fake-indexeddb');
  // idb recognises requests and databases through the global IDB* classes: point them at the fake
  // ones. Only done when the browser's own IndexedDB is unusable, so nothing else relies on them.
  await import('fake-indexeddb/auto');
  // Mark the fake global so that a later openFidelisDb (this bundle or another one in the page)
  // does not take it for the browser's IndexedDB and claim the data is kept.
  const installed = browserIndexedDB();
  if (installed) Object.defineProperty(installed, IN_MEMORY, { value: true, configurable: true });
  return openWith(new fake.IDBFactory(), fake.IDBKeyRange, options, true);
}

async function askPersistence(): Promise<boolean | null> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!storage || typeof storage.persist !== 'function') return null;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return null;
  }
}

/**
 * Opens (creating or upgrading) the Fidélis database. Never rejects because IndexedDB is missing:
 * returns an in-memory database instead (check `inMemory` and show t('db.inMemory')).
 */
export async function openFidelisDb(options: OpenOptions = {}): Promise<FidelisDb> {
  const factory = options.factory === undefined ? browserIndexedDB() : options.factory;
  const keyRange = options.keyRange ?? (globalThis as { IDBKeyRange?: typeof IDBKeyRange }).IDBKeyRange;
  if (factory && keyRange && !(IN_MEMORY in factory)) {
    try {
      const handle = await openWith(factory, keyRange, options, false);
      if (options.persist !== false) handle.persisted = await askPersistence();
      return handle;
    } catch (error) {
      // A newer schema on disk than this code knows (an old cached app): not a reason to lose data in memory.
      if (error && typeof error === 'object' && (error as { name?: string }).name === 'VersionError')
        throw new DbError('versionChange', {}, { cause: error });
      options.onFault?.(new DbError('unavailable', {}, { cause: error }));
    }
  } else {
    options.onFault?.(new DbError('unavailable'));
  }
  return openMemoryDb(options);
}
