/** Schema and upgrade ladder: a fresh database is current; every earlier version upgrades with its data kept. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { upgradeDatabase } from '../../../src/db/migrations.ts';
import { openFidelisDb, openOnFactory } from '../../../src/db/openDatabase.ts';
import { DB_NAME, DB_VERSION, type RunRecord } from '../../../src/db/schema.ts';
import { queryCustomers } from '../../../src/db/customerQueries.ts';
import { listRuns, loadRun } from '../../../src/db/runsRepository.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeKpi } from '../../fixtures/kpis.ts';
import { groupIntoPages } from '../../../src/db/customerColumns.ts';
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

/** Customers with ids 1000..1004 (a second page in v3). */
const late = makeCustomers(1005).slice(1000);
const everyone = [...makeCustomers(50), ...late];

/** Creates the database as version `version` of the ladder knew it, with one run, a branch, customers and KPIs (raw API: old stores). */
async function createOldDatabase(factory: IDBFactory, version: number): Promise<void> {
  const wrapped = await openOnFactory(factory, DB_NAME, version, { upgrade: (d, old, tx) => upgradeDatabase(d, old, version, tx) });
  const db = unwrap(wrapped) as IDBDatabase;
  const stores = version < 3 ? ['runs', 'customers', 'kpis'] : ['runs', 'customerPages', 'kpis'];
  const tx = db.transaction(stores, 'readwrite');
  tx.objectStore('runs').put(runRecord('parent', null));
  tx.objectStore('runs').put(runRecord('child', 'parent'));
  if (version < 3) {
    for (const c of makeCustomers(50)) tx.objectStore('customers').put({ ...c, runId: 'parent' });
    tx.objectStore('customers').put({ id: 60, garbage: true, runId: 'parent' }); // a record that was never readable
    for (const c of late) tx.objectStore('customers').put({ ...c, runId: 'parent' });
  }
  else if (version === 3) {
    // v3 pages held 1,000 customers: page 1 starts at id 1000 (v4 regroups them by 10,000)
    tx.objectStore('customerPages').put({ runId: 'parent', page: 0, records: [...makeCustomers(50), { id: 60, garbage: true }] });
    tx.objectStore('customerPages').put({ runId: 'parent', page: 1, records: late });
  } else {
    // v4 on: pages of 10,000 as columns (the unreadable record of the earlier versions is kept as a row the decoder skips)
    const pages = groupIntoPages('parent', [...makeCustomers(50), { id: 60, garbage: true } as never, ...late]);
    for (const page of pages) tx.objectStore('customerPages').put(page);
  }
  tx.objectStore('kpis').put({ ...makeKpi(0), runId: 'parent' });
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onabort = () => reject(tx.error);
  });
  db.close();
}

describe('schema', () => {
  it('creates every store and index at the current version', async () => {
    const fdb = await openFidelisDb({ factory: new IDBFactory(), keyRange: IDBKeyRange, persist: false });
    expect(fdb.db.version).toBe(DB_VERSION);
    expect([...fdb.db.objectStoreNames].sort()).toEqual(['classFiles', 'classTeams', 'customerPages', 'events', 'kpis', 'purchases', 'runs', 'snapshots']);
    const tx = fdb.db.transaction(['customerPages', 'runs', 'purchases']);
    expect(tx.objectStore('customerPages').keyPath).toEqual(['runId', 'page']);
    expect(tx.objectStore('purchases').keyPath).toEqual(['runId', 'tick']);
    expect([...tx.objectStore('runs').indexNames].sort()).toEqual(['by-parent', 'by-updatedAt']);
    const classTx = fdb.db.transaction(['classFiles', 'classTeams']);
    expect(classTx.objectStore('classFiles').keyPath).toBe('id');
    expect(classTx.objectStore('classTeams').keyPath).toBe('id');
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
      expect(page.total).toBe(55);
      expect(page.rows).toEqual(everyone);
      expect(page.skipped).toBe(1); // the unreadable record stays unreadable, and counted
      // the branch index added by v2 covers runs written before it; v3 moved customers into pages, v4 made them columns
      expect((await fdb.db.getAllFromIndex('runs', 'by-parent', 'parent')).map((r) => r.id)).toEqual(['child']);
      expect([...fdb.db.objectStoreNames]).not.toContain('customers');
      const stored = await fdb.db.getAll('customerPages');
      expect(stored.map((p) => [p.runId, p.page, p.length])).toEqual([['parent', 0, 56]]);
      expect(stored[0].spendTotal).toBeInstanceOf(Float64Array);
      expect(stored[0]).not.toHaveProperty('records');
      expect(await queryCustomers(fdb, 'parent', { filter: { stage: 'dormant', town: 2 }, sort: { column: 'lastPurchaseTick', direction: 'desc' }, limit: 100 })).toMatchObject({
        rows: everyone
          .filter((c) => c.stage === 'dormant' && c.town === 2)
          .sort((a, b) => (b.lastPurchaseTick ?? -1) - (a.lastPurchaseTick ?? -1) || a.id - b.id),
      });
      expect(await queryCustomers(fdb, 'parent', { filter: { rfSegment: 'champions' }, limit: 100 })).toMatchObject({
        total: everyone.filter((c) => c.rfSegment === 'champions').length,
      });
      // v5 added the class view's stores, empty
      expect([await fdb.db.count('classFiles'), await fdb.db.count('classTeams')]).toEqual([0, 0]);
      fdb.close();
    });
  }

  it('v4 -> v5 keeps every run, branch, KPI and customer page as they were, and adds the empty class stores', async () => {
    const factory = new IDBFactory();
    await createOldDatabase(factory, 4);
    const v4 = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, version: 4 });
    const before = { runs: await v4.db.getAll('runs'), pages: await v4.db.getAll('customerPages'), kpis: await v4.db.getAll('kpis') };
    expect(before.runs).toHaveLength(2);
    expect([...v4.db.objectStoreNames]).not.toContain('classFiles');
    v4.close();
    const fdb = await openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });
    expect(fdb.db.version).toBe(5);
    expect(await fdb.db.getAll('runs')).toEqual(before.runs);
    expect(await fdb.db.getAll('customerPages')).toEqual(before.pages);
    expect(await fdb.db.getAll('kpis')).toEqual(before.kpis);
    expect([...fdb.db.objectStoreNames]).toEqual(expect.arrayContaining(['classFiles', 'classTeams']));
    expect(await fdb.db.count('classFiles')).toBe(0);
    expect(await fdb.db.count('classTeams')).toBe(0);
    fdb.close();
  });

  it('refuses to downgrade a database written by a newer version (no data loss in memory)', async () => {
    const factory = new IDBFactory();
    await createOldDatabase(factory, DB_VERSION);
    await expect(openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false, version: 1 })).rejects.toMatchObject({ code: 'versionChange' });
  });
});
