/** The class view's stores (v5): files and teams of several classes saved, read back validated and apart, removed, cleared one class at a time; a full disk writes nothing. */
import { IDBFactory, IDBKeyRange, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearClass, listClass, listClassNames, putClassFiles, putClassName, putClassTeam, removeClassFile, removeClassTeam, replaceClass } from '../../../src/db/classRepository.ts';
import { classOf, DEFAULT_CLASS, inClass, normalizeClassName, sortClassNames, type ClassFileRecord, type ClassTeamRecord } from '../../../src/db/classRecords.ts';
import { openFidelisDb, type FidelisDb } from '../../../src/db/openDatabase.ts';
import { createRun } from '../../../src/db/createRun.ts';
import { listRuns } from '../../../src/db/runsRepository.ts';
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
    await putClassFiles(fdb, '', [file('b', 1), file('a', 0), file('c', 0, '2026-11-30T10:00:00.000Z')]);
    await putClassFiles(fdb, '', [file('a', 0, undefined, confirmed)]);
    await putClassTeam(fdb, '', team('t2', ['c', 'a'], '2026-11-30T11:00:00.000Z'));
    await putClassTeam(fdb, '', team('t1', ['a', 'b']));
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
    await putClassFiles(fdb, '', [file('a', 0), file('b', 1)]);
    await putClassTeam(fdb, '', team('ab', ['a', 'b']));
    await putClassTeam(fdb, '', team('solo', ['a']));
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
    await putClassFiles(fdb, '', [file('a', 0), file('b', 1)]);
    await putClassTeam(fdb, '', team('ab', ['a', 'b']));
    await clearClass(fdb, '');
    expect(await listClass(fdb)).toEqual({ group: '', files: [], teams: [], skipped: 0, classes: [''] });
    expect((await listRuns(fdb)).runs).toHaveLength(1);
  });

  it('skips and counts damaged records instead of failing', async () => {
    fdb = await open();
    await putClassFiles(fdb, '', [file('a', 0)]);
    await fdb.db.put('classFiles', { id: 'bad', fileName: 3 } as never);
    await fdb.db.put('classTeams', { id: 'bad-team', name: 'x', createdAt: 'y', fileIds: 'a' } as never);
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['a']);
    expect(saved.teams).toEqual([]);
    expect(saved.skipped).toBe(2);
  });

  it('refuses to store a record of the wrong shape (recordInvalid), writing nothing', async () => {
    fdb = await open();
    await expect(putClassFiles(fdb, '', [file('a', 0), { ...file('b', 1), order: -1 }])).rejects.toMatchObject({ code: 'recordInvalid' });
    await expect(putClassTeam(fdb, '', { ...team('t', []), id: '' })).rejects.toMatchObject({ code: 'recordInvalid' });
    expect(await listClass(fdb)).toEqual({ group: '', files: [], teams: [], skipped: 0, classes: [''] });
  });

  it('a full disk (QuotaExceededError) fails the whole import with quotaExceeded and keeps what was stored', async () => {
    fdb = await open();
    await putClassFiles(fdb, '', [file('kept', 0)]);
    const put = FakeObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: InstanceType<typeof FakeObjectStore>, ...args: Parameters<typeof put>) {
      calls += 1;
      if (calls === 2) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(putClassFiles(fdb, '', [file('x', 1), file('y', 2), file('z', 3)])).rejects.toMatchObject({ code: 'quotaExceeded' });
    // replacing the class is one write too: the clear it starts with is undone
    calls = 0;
    await expect(replaceClass(fdb, '', [file('x', 1), file('y', 2)], [team('t', ['x', 'y'])])).rejects.toMatchObject({ code: 'quotaExceeded' });
    vi.restoreAllMocks();
    expect((await listClass(fdb)).files.map((f) => f.id)).toEqual(['kept']);
    await replaceClass(fdb, '', [file('x', 1), file('y', 2)], [team('t', ['x', 'y'])]);
    const saved = await listClass(fdb);
    expect(saved.files.map((f) => f.id)).toEqual(['x', 'y']);
    expect(saved.teams.map((t) => t.id)).toEqual(['t']);
  });

  it('keeps two classes apart: each lists its own files and teams, and both are named', async () => {
    fdb = await open();
    await putClassFiles(fdb, 'MCO 1', [file('a', 0), file('b', 1, undefined, confirmed)]);
    await putClassFiles(fdb, 'NDRC 2', [file('c', 0)]);
    await putClassTeam(fdb, 'MCO 1', team('ab', ['a', 'b']));
    await putClassTeam(fdb, 'NDRC 2', team('c', ['c']));
    const mco = await listClass(fdb, 'MCO 1');
    expect(mco.files.map((f) => [f.id, f.group])).toEqual([['a', 'MCO 1'], ['b', 'MCO 1']]);
    expect(mco.files[1].outcome).toEqual(confirmed);
    expect(mco.teams.map((t) => t.id)).toEqual(['ab']);
    const ndrc = await listClass(fdb, 'NDRC 2');
    expect(ndrc.files.map((f) => f.id)).toEqual(['c']);
    expect(ndrc.teams.map((t) => t.id)).toEqual(['c']);
    // the default class holds nothing of theirs
    expect((await listClass(fdb)).files).toEqual([]);
    expect(await listClassNames(fdb)).toEqual(['', 'MCO 1', 'NDRC 2']);
  });

  it('clearing one class leaves the others, the default one included', async () => {
    fdb = await open();
    await putClassFiles(fdb, '', [file('d', 0)]);
    await putClassFiles(fdb, 'MCO 1', [file('a', 0), file('b', 1)]);
    await putClassTeam(fdb, 'MCO 1', team('ab', ['a', 'b']));
    await putClassFiles(fdb, 'NDRC 2', [file('c', 0)]);
    await putClassTeam(fdb, 'NDRC 2', team('c', ['c']));
    await clearClass(fdb, 'MCO 1');
    expect((await listClass(fdb, 'MCO 1')).files).toEqual([]);
    expect((await listClass(fdb, 'MCO 1')).teams).toEqual([]);
    expect((await listClass(fdb, 'NDRC 2')).files.map((f) => f.id)).toEqual(['c']);
    expect((await listClass(fdb, 'NDRC 2')).teams.map((t) => t.id)).toEqual(['c']);
    expect((await listClass(fdb)).files.map((f) => f.id)).toEqual(['d']);
    expect(await listClassNames(fdb)).toEqual(['', 'NDRC 2']);
    await clearClass(fdb, DEFAULT_CLASS);
    expect((await listClass(fdb)).files).toEqual([]);
    expect((await listClass(fdb, 'NDRC 2')).files.map((f) => f.id)).toEqual(['c']);
  });

  it('loads records that name no class (v5 as first written, no migration) as the default class', async () => {
    fdb = await open();
    // written as before classes had names: no group field at all
    await fdb.db.put('classFiles', { id: 'old', fileName: 'old.json', addedAt: '2026-11-30T08:00:00.000Z', order: 0, text: '{}', outcome: confirmed });
    await fdb.db.put('classTeams', { id: 'old-team', name: 'Équipe', createdAt: '2026-11-30T09:00:00.000Z', fileIds: ['old'] });
    await putClassFiles(fdb, 'MCO 1', [file('a', 0)]);
    const saved = await listClass(fdb, DEFAULT_CLASS);
    expect(saved.files.map((f) => f.id)).toEqual(['old']);
    expect(saved.files[0].outcome).toEqual(confirmed);
    expect(saved.teams.map((t) => t.id)).toEqual(['old-team']);
    expect(saved.classes).toEqual(['', 'MCO 1']);
    expect(saved.skipped).toBe(0);
    // written back into the default class, a record still names none
    await putClassFiles(fdb, DEFAULT_CLASS, saved.files);
    expect('group' in (await fdb.db.get('classFiles', 'old'))!).toBe(false);
  });

  it('replacing one class in one write leaves the other classes as they were', async () => {
    fdb = await open();
    await putClassFiles(fdb, 'A', [file('a1', 0), file('a2', 1)]);
    await putClassFiles(fdb, 'B', [file('b1', 0)]);
    await replaceClass(fdb, 'A', [file('a3', 0)], [team('t', ['a3'])]);
    expect((await listClass(fdb, 'A')).files.map((f) => f.id)).toEqual(['a3']);
    expect((await listClass(fdb, 'A')).teams.map((t) => [t.id, t.group])).toEqual([['t', 'A']]);
    expect((await listClass(fdb, 'B')).files.map((f) => f.id)).toEqual(['b1']);
  });

  it('a created class stays listed while empty, across a reopening, until it is cleared; its name record is not a team', async () => {
    const factory = new IDBFactory();
    fdb = await open(factory);
    await putClassName(fdb, ' NDRC   2 ');
    await putClassName(fdb, DEFAULT_CLASS);
    fdb.close();
    fdb = await open(factory);
    expect(await listClass(fdb, 'NDRC 2')).toEqual({ group: 'NDRC 2', files: [], teams: [], skipped: 0, classes: ['', 'NDRC 2'] });
    // the default class needs no record: always listed, nothing written for it
    expect(await fdb.db.count('classTeams')).toBe(1);
    await clearClass(fdb, 'NDRC 2');
    expect(await listClassNames(fdb)).toEqual(['']);
    expect(await fdb.db.count('classTeams')).toBe(0);
  });

  it('a class written to keeps its name: removing its last file, or replacing it with nothing, leaves it listed', async () => {
    fdb = await open();
    // written before name records existed: the class was only the group of its files
    await fdb.db.put('classFiles', { ...file('old', 0), group: 'Ancienne' });
    await removeClassFile(fdb, 'old');
    expect(await listClassNames(fdb)).toEqual(['']);
    await putClassFiles(fdb, 'MCO 1', [file('a', 0)]);
    await putClassTeam(fdb, 'MCO 1', team('t', ['a']));
    await removeClassFile(fdb, 'a');
    expect(await listClass(fdb, 'MCO 1')).toMatchObject({ files: [], teams: [], classes: ['', 'MCO 1'] });
    await replaceClass(fdb, 'B', [], []);
    expect(await listClassNames(fdb)).toEqual(['', 'B', 'MCO 1']);
    await replaceClass(fdb, 'MCO 1', [file('b', 0)], []);
    await replaceClass(fdb, 'MCO 1', [], []);
    expect(await listClassNames(fdb)).toEqual(['', 'B', 'MCO 1']);
    // a team without members named like a name record of another class is still a team
    await putClassTeam(fdb, 'B', { ...team('class:MCO 1', []), group: 'B' });
    expect((await listClass(fdb, 'B')).teams.map((t) => t.id)).toEqual(['class:MCO 1']);
  });

  it('class names: trimmed, spaces made one, 60 characters at most; the default class first, then in French order', async () => {
    expect(normalizeClassName('  MCO   1 ')).toBe('MCO 1');
    expect(normalizeClassName('x'.repeat(80))).toHaveLength(60);
    expect(classOf({})).toBe(DEFAULT_CLASS);
    expect(classOf({ group: ' NDRC 2 ' })).toBe('NDRC 2');
    const record: { id: string; group?: string } = { id: 'a', group: 'X' };
    expect(inClass(record, '')).toEqual({ id: 'a' });
    expect(inClass({ ...record, group: undefined }, ' B ')).toEqual({ id: 'a', group: 'B' });
    expect(record.group).toBe('X');
    expect(sortClassNames(['MCO 10', 'éco', 'MCO 2', '', 'MCO 2', 'Achat'])).toEqual(['', 'Achat', 'éco', 'MCO 2', 'MCO 10']);
    fdb = await open();
    // written with untrimmed names by hand, they are read as the trimmed class
    await fdb.db.put('classFiles', { ...file('a', 0), group: '  MCO 1 ' });
    expect((await listClass(fdb, 'MCO 1')).files.map((f) => f.id)).toEqual(['a']);
    await expect(putClassFiles(fdb, 'MCO 1', [{ ...file('b', 0), group: 'y'.repeat(61) }])).resolves.toBeUndefined();
    await expect(fdb.db.get('classFiles', 'b')).resolves.toMatchObject({ group: 'MCO 1' });
  });
});
