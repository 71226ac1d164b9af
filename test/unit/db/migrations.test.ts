/** Schema and upgrade ladder: a fresh database is current; every earlier version upgrades with its data kept. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { upgradeDatabase } from '../../../src/db/migrations.ts';
import { openFidelisDb, openOnFactory } from '../../../src/db/openDatabase.ts';
import { DB_NAME, DB_VERSION, type RunRecord } from '../../../src/db/schema.ts';
import { queryCustomers } from '../../../src/db/customerQueries.ts';
import { listRuns, loadRun } from '../../../src/db/runsRepository.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { makeCustomers } from './synthetic.ts';

function runRecord(id: string, parentRunId: string | null): RunRecord {
  return {
    id,
    name: `Partie ${id}`,
    scenarioId: 'boutique-test',
    scenario: fixtureScenario(),
    seed: 3,
    customerCount: 50,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-02T00:00:00.000Z',
    currentTick: 1,
    decisions: [],
    mode: 'libre',
    stateHash: 'h1',
    parentRunId,
    branchTick: parentRunId ? 1 : null,
  };
}

/** Creates the database as version `version` of the ladder knew it, with one run, a branch, customers and KPIs. */
async function createOldDatabase(factory: IDBFactory, version: number): Promise<void> {
  const db = await openOnFactory(factory, DB_NAME, version, { upgrade: (d, old, tx) => upgradeDatabase(d, old, version, tx) });
  const tx = db.transaction(['runs', 'customers', 'kpis'], 'readwrite');
  await Promise.all([
    tx.objectStore('runs').put(runRecord('parent', null)),
    tx.objectStore('runs').put(runRecord('child', 'parent')),
    ...makeCustomers(50).map((c) => tx.objectStore('customers').put({ ...c, runId: 'parent' })),
    tx.objectStore('kpis').put({ ...makeKpi(0), runId: 'parent' }),
    tx.done,
  ]);
  db.close();
}

describe('schema', () => {
  it('creates every store and index at the current version', async () => {
    const fdb = await openFidelisDb({ factory: new IDBFactory(), keyRange: IDBKeyRange, persist: false });
    expect(fdb.db.version).toBe(DB_VERSION);
    expect([...fdb.db.objectStoreNames].sort()).toEqual(['customers', 'events', 'kpis', 'purchases', 'runs', 'snapshots']);
    const tx = fdb.db.transaction(['customers', 'runs', 'purchases']);
    expect([...tx.objectStore('customers').indexNames].sort()).toEqual(['by-lastPurchase', 'by-motive', 'by-rfSegment', 'by-segment', 'by-stage', 'by-town']);
    expect(tx.objectStore('customers').keyPath).toEqual(['runId', 'id']);
    expect(tx.objectStore('purchases').keyPath).toEqual(['runId', 'tick']);
    expect([...tx.objectStore('runs').indexNames].sort()).toEqual(['by-parent', 'by-updatedAt']);
    fdb.close();
  });
});

describe('migrations', () => {
  for (let version = 1; version < DB_VERSION; version++) {
    it(`upgrades a version ${version} database to version ${DB_VERSION} with its data kept`, async () => {
      const factory = new IDBFactory();
      await createOldDatabase(factory, version);
      const fdb = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
      expect(fdb.db.version).toBe(DB_VERSION);
      expect((await listRuns(fdb)).runs.map((r) => r.id).sort()).toEqual(['child', 'parent']);
      const loaded = await loadRun(fdb, 'parent');
      expect(loaded.kpis.map((k) => k.tick)).toEqual([0]);
      const page = await queryCustomers(fdb, 'parent', { limit: 100 });
      expect(page.total).toBe(50);
      expect(page.rows).toEqual(makeCustomers(50));
      // the indexes added by later versions cover the records written before them
      expect((await fdb.db.getAllFromIndex('runs', 'by-parent', 'parent')).map((r) => r.id)).toEqual(['child']);
      const withSegment = makeCustomers(50).filter((c) => c.rfSegment === 'champions').length;
      expect(await fdb.db.countFromIndex('customers', 'by-rfSegment', IDBKeyRange.only(['parent', 'champions']))).toBe(withSegment);
      expect(withSegment).toBeGreaterThan(0);
      fdb.close();
    });
  }

  it('refuses to downgrade a database written by a newer version (no data loss in memory)', async () => {
    const factory = new IDBFactory();
    await createOldDatabase(factory, DB_VERSION);
    await expect(openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, version: 1 })).rejects.toMatchObject({ code: 'versionChange' });
  });
});
