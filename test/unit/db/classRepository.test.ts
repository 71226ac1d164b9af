/** The class view's stores (v5): files and teams saved, read back validated, removed, cleared; a full disk writes nothing. */
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearClass, listClass, putClassFiles, putClassTeam, removeClassFile, removeClassTeam, replaceClass } from '../../../src/db/classRepository.ts';
import type { ClassFileRecord, ClassTeamRecord } from '../../../src/db/classRecords.ts';
import { openFidelisDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun, listRuns } from '../../../src/db/runsRepository.ts';
import { fixtureScenario } from '../../fixtures/scenario.ts';
import { makeCustomers } from './synthetic.ts';

let fdb: FidelisDb;
const open = (factory = new IDBFactory()) => openFidelisDb({ factory, keyRange: IDBKeyRange, persist: false });

afterEach(() => {
  vi.restoreAllMocks();
  fdb?.close();
});

function file(id: string, order: number, addedAt = '2026-11-30T08:00:00.000Z', outcome: ClassFileRecord['outcome'] = null): ClassFileRecord {
  return { id, fileName: `${id}.json`, addedAt, order, text: `{"learner":"${id}"}`, outcome };
}
const confirmed: ClassFileRecord['outcome'] = { status: 'confirmed', appVersion: '0.1.0', verifiedAt: '2026-11-30T08:01:00.000Z', differences: [], warnings: [], errors: [] };
const team = (id: string, fileIds: string[], createdAt = '2026-11-30T09:00:00.000Z'): ClassTeamRecord => ({ id, name: `Équipe ${id}`, createdAt, fileIds });

describe('class repository', () => {
  it('keeps files in import order with their outcome, and teams, across a reopening of the database', async () => {
    const factory = new IDBFactory();
    fdb = await open(factory);
    await putClassFiles(fdb, [file('b', 1), file('a', 0), file('c', 0, '2026-11-30T10:00:00.000Z')]);
    await putClassFiles(fdb, [file('a', 0, undefined, confirmed)]);
    await putClassTeam(fdb, team('t2', ['c', 'a'], '2026-11-30T11:00:00.000Z'));
    await putClassTeam(fdb, team('t1', ['a', 'b']));
    fdb.close();
    fdb = await open(factory);
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    expect(saved.files[0].outcome).toEqual(confirmed);
    expect(saved.files[1].outcome).toBeNull();
    expect(saved.files[0].text).toBe('{"learner":"a"}');
    expect(saved.teams.map((t) => [t.id, t.fileIds])).toEqual([['t1', ['a', 'b']], ['t2', ['c', 'a']]]);
    expect(saved.skipped).toBe(0);
  });

  it('removing a file takes it out of its teams; a team left empty goes too', async () => {
    fdb = await open();
    await putClassFiles(fdb, [file('a', 0), file('b', 1)]);
    await putClassTeam(fdb, team('ab', ['a', 'b']));
    await putClassTeam(fdb, team('solo', ['a']));
    await removeClassFile(fdb, 'a');
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['b']);
    expect(saved.teams.map((t) => [t.id, t.fileIds])).toEqual([['ab', ['b']]]);
    await removeClassTeam(fdb, 'ab');
    expect((await listClass(fdb)).teams).toEqual([]);
  });

  it('clears the whole class and nothing else (runs stay)', async () => {
    fdb = await open();
    await createRun(fdb, { name: 'R', scenario: fixtureScenario(), seed: 1, createdAt: '2026-11-30T08:00:00.000Z', customers: makeCustomers(10) });
    await putClassFiles(fdb, [file('a', 0), file('b', 1)]);
    await putClassTeam(fdb, team('ab', ['a', 'b']));
    await clearClass(fdb);
    expect(await listClass(fdb)).toEqual({ files: [], teams: [], skipped: 0 });
    expect((await listRuns(fdb)).runs).toHaveLength(1);
  });

  it('skips and counts damaged records instead of failing', async () => {
    fdb = await open();
    await putClassFiles(fdb, [file('a', 0)]);
    await fdb.db.put('classFiles', { id: 'bad', fileName: 3 } as never);
    await fdb.db.put('classTeams', { id: 'bad-team', name: 'x', createdAt: 'y', fileIds: 'a' } as never);
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['a']);
    expect(saved.teams).toEqual([]);
    expect(saved.skipped).toBe(2);
  });

  it('refuses to store a record of the wrong shape (recordInvalid), writing nothing', async () => {
    fdb = await open();
    await expect(putClassFiles(fdb, [file('a', 0), { ...file('b', 1), order: -1 }])).rejects.toMatchObject({ code: 'recordInvalid' });
    await expect(putClassTeam(fdb, { ...team('t', []), id: '' })).rejects.toMatchObject({ code: 'recordInvalid' });
    expect(await listClass(fdb)).toEqual({ files: [], teams: [], skipped: 0 });
  });

  it('a full disk (QuotaExceededError) fails the whole import with quotaExceeded and keeps what was stored', async () => {
    fdb = await open();
    await putClassFiles(fdb, [file('kept', 0)]);
    const put = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
      calls += 1;
      if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(putClassFiles(fdb, [file('x', 1), file('y', 2), file('z', 3)])).rejects.toMatchObject({ code: 'quotaExceeded' });
    // replacing the class is one write too: the clear it starts with is undone
    calls = 0;
    await expect(replaceClass(fdb, [file('x', 1), file('y', 2)], [team('t', ['x', 'y'])])).rejects.toMatchObject({ code: 'quotaExceeded' });
    vi.restoreAllMocks();
    expect((await listClass(fdb)).files.map((f) => f.id)).toEqual(['kept']);
    await replaceClass(fdb, [file('x', 1), file('y', 2)], [team('t', ['x', 'y'])]);
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['x', 'y']);
    expect(saved.teams.map((t) => t.id)).toEqual(['t']);
  });
});
