/** Faults: IndexedDB unavailable (in-memory fallback), another tab upgrading or blocking, a run open in two tabs. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DbError } from '../../../src/db/errors.ts';
import { openFidelisDb, openOnFactory } from '../../../src/db/openDatabase.ts';
import { upgradeDatabase } from '../../../src/db/migrations.ts';
import { DB_NAME } from '../../../src/db/schema.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { listRuns } from '../../../src/db/runsRepository.ts';
import { acquireRunLock, announceSaved, watchRun, type RunEvent } from '../../../src/db/tabGuard.ts';
import { translate } from '../../../src/i18n/translate.ts';
import { withIndexedDbBlocked } from '../../fixtures/indexedDbErrors.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeCustomers } from './synthetic.ts';

const newRun = { name: 'R', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-23T08:00:00.000Z', customers: makeCustomers(20) };

describe('IndexedDB unavailable', () => {
  it('runs in memory with the same interface and says so when there is no IndexedDB', async () => {
    const faults: DbError[] = [];
    const fdb = await openFidelisDb({ factory: null, onFault: (e) => faults.push(e), persist: false });
    expect(fdb.inMemory).toBe(true);
    expect(faults.map((f) => f.code)).toEqual(['unavailable']);
    await createRun(fdb, newRun);
    expect((await listRuns(fdb)).runs).toHaveLength(1);
    // the fallback installed fake-indexeddb as the global IndexedDB: a later open must not take it for the real one
    const again = await openFidelisDb({ onFault: (e) => faults.push(e), persist: false });
    expect(again.inMemory).toBe(true);
    expect(faults.map((f) => f.code)).toEqual(['unavailable', 'unavailable']);
    fdb.close();
    again.close();
  });

  it('falls back to memory when merely reading indexedDB throws (site data blocked), and says so', async () => {
    await withIndexedDbBlocked(async () => {
      const faults: DbError[] = [];
      const fdb = await openFidelisDb({ onFault: (e) => faults.push(e), persist: false });
      expect(fdb.inMemory).toBe(true);
      expect(faults.map((f) => f.code)).toEqual(['unavailable']);
      await createRun(fdb, newRun);
      expect((await listRuns(fdb)).runs).toHaveLength(1);
      fdb.close();
    });
  });

  it('falls back to memory when open throws (private mode) or fails', async () => {
    const throwing = { open: () => { throw new DOMException('denied', 'SecurityError'); } } as unknown as IDBFactory;
    const faults: DbError[] = [];
    const a = await openFidelisDb({ factory: throwing, keyRange: IDBKeyRange, onFault: (e) => faults.push(e), persist: false });
    expect(a.inMemory).toBe(true);
    const failing = new IDBFactory();
    const realOpen = failing.open.bind(failing);
    failing.open = (name: string, version?: number) => {
      const request = realOpen(name, version);
      request.addEventListener('upgradeneeded', () => request.transaction?.abort());
      return request;
    };
    const b = await openFidelisDb({ factory: failing, keyRange: IDBKeyRange, onFault: (e) => faults.push(e), persist: false });
    expect(b.inMemory).toBe(true);
    expect(faults.map((f) => f.code)).toEqual(['unavailable', 'unavailable']);
    expect(translate('fr', faults[0].messageKey)).toContain('vos données ne seront pas conservées');
    a.close();
    b.close();
  });
});

describe('another tab', () => {
  it('closes this connection and asks to reload when another tab upgrades the schema', async () => {
    const factory = new IDBFactory();
    const faults: DbError[] = [];
    const old = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, onFault: (e) => faults.push(e) });
    await createRun(old, newRun);
    // the other tab runs a newer app (version + 1): our connection must step aside
    const newer = await openOnFactory(factory, DB_NAME, old.db.version + 1, { upgrade: (db, oldVersion, tx) => upgradeDatabase(db, oldVersion, 99, tx) });
    expect(faults.map((f) => f.code)).toEqual(['versionChange']);
    expect(translate('fr', faults[0].messageKey)).toMatch(/Rechargez la page/);
    expect(await newer.count('runs')).toBe(1);
    newer.close();
  });

  it('tells the user to close the other tab while an old connection blocks the upgrade, then opens', async () => {
    const factory = new IDBFactory();
    const stubborn = await openOnFactory(factory, DB_NAME, 1, { upgrade: (db, oldVersion, tx) => upgradeDatabase(db, oldVersion, 1, tx) });
    const faults: DbError[] = [];
    const opening = openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, onFault: (e) => faults.push(e) });
    await vi.waitFor(() => expect(faults.map((f) => f.code)).toEqual(['blocked']), { timeout: 10_000 });
    expect(translate('fr', 'db.blocked')).toMatch(/Fermez les autres onglets/);
    stubborn.close();
    const fdb = await opening;
    expect(fdb.inMemory).toBe(false);
    fdb.close();
  });
});

/** A minimal LockManager with the semantics used by the guard (exclusive, ifAvailable). */
function fakeLocks(): LockManager {
  const held = new Set<string>();
  return {
    async request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<unknown>) {
      if (options.ifAvailable && held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name, mode: 'exclusive' } as Lock);
      } finally {
        held.delete(name);
      }
    },
    query: async () => ({}),
  } as unknown as LockManager;
}

describe('run open in two tabs', () => {
  it('with Web Locks: the first tab writes, the second is read-only until the first releases', async () => {
    const locks = fakeLocks();
    const first = await acquireRunLock('run-1', { locks });
    const second = await acquireRunLock('run-1', { locks });
    const other = await acquireRunLock('run-2', { locks });
    expect(first.canWrite).toBe(true);
    expect(second.canWrite).toBe(false);
    expect(second.reason?.code).toBe('runLocked');
    expect(other.canWrite).toBe(true);
    first.release();
    await new Promise((r) => setTimeout(r, 0));
    expect((await acquireRunLock('run-1', { locks })).canWrite).toBe(true);
  });

  it('with BroadcastChannel only: the tab holding the run answers, the newcomer is read-only', async () => {
    const env = { locks: null, BroadcastChannel, answerMs: 50 };
    const first = await acquireRunLock('run-9', env);
    // the holder's answer must come back within answerMs: generous, for a loaded machine
    const second = await acquireRunLock('run-9', { ...env, answerMs: 1_000 });
    expect(first.canWrite).toBe(true);
    expect(second.canWrite).toBe(false);
    first.release();
    const third = await acquireRunLock('run-9', env);
    expect(third.canWrite).toBe(true);
    third.release();
  });

  it('a read-only tab hears the holder save a period and let the run go (Web Locks queue, BroadcastChannel)', async () => {
    // a LockManager whose plain requests wait for the lock, as the browser's do
    const queue = new Map<string, Promise<unknown>>();
    const locks = {
      async request(name: string, options: LockOptions, callback: (lock: Lock | null) => Promise<unknown>) {
        const before = queue.get(name);
        if (options.ifAvailable && before) return callback(null);
        let done!: () => void;
        const mine = new Promise<void>((r) => (done = r));
        const chained = (before ?? Promise.resolve()).then(() => mine);
        queue.set(name, chained);
        await before;
        try {
          if (options.signal?.aborted) throw options.signal.reason;
          return await callback({ name, mode: 'exclusive' } as Lock);
        } finally {
          done();
          if (queue.get(name) === chained) queue.delete(name);
        }
      },
      query: async () => ({}),
    } as unknown as LockManager;
    const env = { locks, BroadcastChannel };
    const holder = await acquireRunLock('run-5', env);
    const heard: RunEvent[] = [];
    const stop = watchRun('run-5', (e) => heard.push(e), env);
    announceSaved('run-5', 4, env);
    announceSaved('run-other', 9, env);
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'saved', tick: 4 }]), { timeout: 10_000 });
    holder.release();
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'saved', tick: 4 }, { type: 'released' }]), { timeout: 10_000 });
    // the watch did not keep the lock: the read-only tab can take it
    expect((await acquireRunLock('run-5', env)).canWrite).toBe(true);
    stop();
    announceSaved('run-5', 5, env);
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveLength(2);
  });
});
