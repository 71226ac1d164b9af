/**
 * The class view's controller with several classes (groups) kept in IndexedDB (fake-indexeddb):
 * each class keeps its files, outcomes and teams; switching shows a class as kept without replaying
 * it; a file still being verified when the teacher switches is saved into its own class; the class
 * shown last is opened again; clearing one class leaves the others.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dbClassStore } from '../../../src/app/classStore.ts';
import { listClass } from '../../../src/db/classRepository.ts';
import { openFidelisDb } from '../../../src/db/openDatabase.ts';
import { acquireRunLock } from '../../../src/db/tabGuard.ts';
import { ClassImport } from '../../../src/ui/class/classImport.svelte.ts';
import type { LastClass } from '../../../src/ui/class/lastClass.ts';
import { closeLater, closeVisits, gatedReplayer, resultSource, visitClass } from '../../fixtures/classFiles.ts';

function memory(initial = ''): LastClass & { value: string } {
  return {
    value: initial,
    read() {
      return this.value;
    },
    write(name) {
      this.value = name;
    },
  };
}

afterEach(closeVisits);

const statuses = (imports: ClassImport) => imports.files.map((f) => [f.fileName, f.verification?.status]);
const switched = (imports: ClassImport) => vi.waitFor(() => expect(imports.switching).toBe(false), { timeout: 10_000 });

describe('class view controller with several classes', () => {
  it('keeps two classes apart, switches between them without replaying, and opens the last one after a reload', async () => {
    const factory = new IDBFactory();
    const last = memory();
    const replays = gatedReplayer();
    const { imports, fdb } = await visitClass(factory, replays.replay, { remembered: last });
    expect(imports.classes).toEqual(['']);
    await imports.add([resultSource('Anna', 1), resultSource('Bruno', 2)]);
    imports.teams.add(
      'Duo',
      imports.files.map((f) => f.id),
    );

    expect(imports.createClass(' NDRC  2 ', ['Ma classe'])).toBeNull();
    expect(imports.current).toBe('NDRC 2');
    await switched(imports);
    expect(imports.files).toEqual([]);
    expect(imports.teams.list).toEqual([]);
    expect(imports.classes).toEqual(['', 'NDRC 2']);
    expect(last.value).toBe('NDRC 2');
    await imports.add([resultSource('Chloé', 3)]);
    await imports.saved();
    expect(replays.count()).toBe(3);

    expect(imports.createClass('ndrc 2', ['Ma classe'])).toBe('duplicate');
    expect(imports.createClass('  ', ['Ma classe'])).toBe('empty');
    expect(imports.current).toBe('NDRC 2');

    await imports.switchTo('');
    expect(statuses(imports)).toEqual([
      ['Anna.json', 'confirmed'],
      ['Bruno.json', 'confirmed'],
    ]);
    expect(imports.teams.list.map((t) => [t.name, t.ids.length])).toEqual([['Duo', 2]]);
    expect(imports.reverifying).toBe(0);
    await imports.switchTo('NDRC 2');
    expect(statuses(imports)).toEqual([['Chloé.json', 'confirmed']]);
    expect(replays.count()).toBe(3);
    expect((await listClass(fdb, 'NDRC 2')).files.map((f) => f.fileName)).toEqual(['Chloé.json']);
    expect((await listClass(fdb)).files.map((f) => f.fileName)).toEqual(['Anna.json', 'Bruno.json']);
    imports.close();
    await imports.saved();

    // reload: the class shown last opens, the others are in the list
    const again = await visitClass(factory, replays.replay, { remembered: last });
    expect(again.imports.current).toBe('NDRC 2');
    expect(again.imports.classes).toEqual(['', 'NDRC 2']);
    expect(statuses(again.imports)).toEqual([['Chloé.json', 'confirmed']]);
    expect(replays.count()).toBe(3);
    again.imports.close();
  }, 30_000);

  it('a file still being verified when the teacher switches is saved, verified, into its own class', async () => {
    const factory = new IDBFactory();
    const replays = gatedReplayer();
    const { imports, fdb } = await visitClass(factory, replays.replay, { remembered: memory('MCO 1') });
    expect(imports.current).toBe('MCO 1');
    replays.hold();
    const adding = imports.add([resultSource('Driss', 4)]);
    await vi.waitFor(() => expect(replays.count()).toBe(1), { timeout: 10_000 });
    const switching = imports.switchTo('NDRC 2');
    replays.release();
    await Promise.all([adding, switching]);
    await imports.saved();
    expect(imports.files).toEqual([]);
    const mco = await listClass(fdb, 'MCO 1');
    expect(mco.files.map((f) => [f.fileName, f.outcome?.status, f.group])).toEqual([['Driss.json', 'confirmed', 'MCO 1']]);
    expect((await listClass(fdb, 'NDRC 2')).files).toEqual([]);
    await imports.switchTo('MCO 1');
    expect(statuses(imports)).toEqual([['Driss.json', 'confirmed']]);
    expect(replays.count()).toBe(1);
    imports.close();
  }, 30_000);

  it('clearing a named class forgets it altogether and shows the default class; clearing the default class leaves it listed, empty', async () => {
    const factory = new IDBFactory();
    const last = memory();
    const { imports, fdb } = await visitClass(factory, gatedReplayer().replay, { remembered: last });
    await imports.add([resultSource('Anna', 1)]);
    imports.createClass('MCO 1', []);
    await switched(imports);
    await imports.add([resultSource('Bruno', 2)]);
    imports.clear();
    expect(imports.files).toEqual([]);
    expect(imports.classes).toEqual(['']);
    await switched(imports);
    await imports.saved();
    expect(imports.current).toBe('');
    expect(last.value).toBe('');
    expect(statuses(imports)).toEqual([['Anna.json', 'confirmed']]);
    expect(await listClass(fdb, 'MCO 1')).toMatchObject({
      files: [],
      teams: [],
      classes: [''],
    });
    expect((await listClass(fdb)).files.map((f) => f.fileName)).toEqual(['Anna.json']);
    imports.clear();
    await imports.saved();
    expect(imports.current).toBe('');
    expect(imports.classes).toEqual(['']);
    expect((await listClass(fdb)).files).toEqual([]);
    imports.close();
  }, 30_000);

  it('a class created empty is still listed after a reload, whichever class was shown last, until it is cleared', async () => {
    const factory = new IDBFactory();
    const last = memory();
    const { imports } = await visitClass(factory, gatedReplayer().replay, { remembered: last });
    expect(imports.createClass('NDRC 2', ['Ma classe'])).toBeNull();
    await switched(imports);
    expect(imports.createClass('MCO 1', ['Ma classe'])).toBeNull();
    await switched(imports);
    await imports.switchTo('');
    imports.close();
    await imports.saved();

    // reload on the default class: both empty classes are offered
    const again = await visitClass(factory, gatedReplayer().replay, { remembered: last });
    expect(again.imports.current).toBe('');
    expect(again.imports.classes).toEqual(['', 'MCO 1', 'NDRC 2']);
    expect(again.imports.createClass('mco 1', ['Ma classe'])).toBe('duplicate');
    await again.imports.switchTo('NDRC 2');
    again.imports.clear();
    await switched(again.imports);
    await again.imports.saved();
    expect(again.imports.current).toBe('');
    expect(again.imports.classes).toEqual(['', 'MCO 1']);
    again.imports.close();
    await again.imports.saved();

    const third = await visitClass(factory, gatedReplayer().replay, { remembered: last });
    expect(third.imports.classes).toEqual(['', 'MCO 1']);
    third.imports.close();
  }, 30_000);

  it('a second tab lists the saved classes but keeps a class it creates only while it is open', async () => {
    const factory = new IDBFactory();
    const { imports } = await visitClass(factory, gatedReplayer().replay, { remembered: memory() });
    imports.createClass('MCO 1', []);
    await switched(imports);
    await imports.saved();
    // the first tab still holds the class view: the second reads, writes nothing
    const fdb = await openFidelisDb({
      factory,
      keyRange: IDBKeyRange,
      persist: false,
    });
    closeLater(fdb);
    const other = new ClassImport(
      gatedReplayer().replay,
      () => 'fr',
      1,
      async () => 'model-1',
      memory(),
    );
    // another tab holds the lock: the request is granted no lock (a read-only tab)
    const held = {
      locks: {
        request: (_name: string, _options: unknown, grant: (lock: null) => Promise<void>) => grant(null),
      } as unknown as LockManager,
    };
    await other.attach(dbClassStore(fdb, (name) => acquireRunLock(name, held)));
    expect(other.keep).toBe('otherTab');
    expect(other.classes).toEqual(['', 'MCO 1']);
    expect(other.createClass('BTS 2', [])).toBeNull();
    await switched(other);
    expect(other.classes).toEqual(['', 'BTS 2', 'MCO 1']);
    await other.saved();
    expect((await listClass(fdb)).classes).toEqual(['', 'MCO 1']);
    other.close();
    imports.close();
  }, 30_000);

  it('a class that cannot be read says so and shows nothing of it; the class shown before is untouched', async () => {
    const factory = new IDBFactory();
    const fdb = await openFidelisDb({
      factory,
      keyRange: IDBKeyRange,
      persist: false,
    });
    closeLater(fdb);
    const imports = new ClassImport(
      gatedReplayer().replay,
      () => 'fr',
      1,
      async () => 'model-1',
      memory(),
    );
    const real = await dbClassStore(fdb, (name) => acquireRunLock(name, { locks: null, BroadcastChannel: null }));
    let cleared = 0;
    await imports.attach(
      Promise.resolve({
        ...real,
        load: (group: string) => (group === 'Abîmée' ? Promise.reject(new Error('lecture')) : real.load(group)),
        clear: (group: string) => {
          cleared += 1;
          return real.clear(group);
        },
      }),
    );
    await imports.add([resultSource('Anna', 1)]);
    await imports.switchTo('Abîmée');
    expect(imports.loadProblem?.detail).toBe('lecture');
    expect(imports.files).toEqual([]);
    expect(imports.switching).toBe(false);
    // the unreadable class is neither imported into nor cleared: that would act on files the teacher cannot see
    expect(imports.unreadable).toBe(true);
    await imports.add([resultSource('Chloé', 2)]);
    expect(imports.files).toEqual([]);
    imports.clear();
    await imports.saved();
    expect(cleared).toBe(0);
    await imports.switchTo('');
    expect(imports.loadProblem).toBeNull();
    expect(statuses(imports)).toEqual([['Anna.json', 'confirmed']]);
    imports.close();
  }, 30_000);
});
