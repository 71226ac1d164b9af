/**
 * What the teacher's class view keeps in the browser's storage (IndexedDB through
 * src/db/classRepository.ts): the imported result files with their verification outcome, and the
 * teams the teacher formed. Loaded on demand by the class screen (AppStorage.classes, see
 * browserStorage.ts): neither this module nor the repository is on the learner's startup path.
 *
 * Several classes (groups): `load(group)` reads one (and lists every stored class), each write names
 * the class it belongs to; DEFAULT_CLASS ('') is the class of the records that name none. A class
 * the teacher creates is kept (`keepClass`) and listed, even empty, until it is cleared.
 *
 * One tab saves the class at a time (tabGuard's lock, as for a run): a second tab with the class
 * view open shows the saved class, says so and writes nothing, so the two tabs cannot undo each
 * other's imports.
 */
import type { ClassFileRecord, ClassTeamRecord } from '../db/classRecords.ts';
import { clearClass, filesOutsideClass, listClass, putClassFiles, putClassName, putClassTeam, removeClassFile, removeClassTeam, replaceClass, type StoredClass } from '../db/classRepository.ts';
import { DbError } from '../db/errors.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import type { RunLock } from '../db/tabGuard.ts';

export type { ClassFileRecord, ClassTeamRecord, StoredClass };

export interface ClassStore {
  /** IndexedDB was unavailable: the class is kept while the tab stays open, not after */
  inMemory: boolean;
  /** false: another tab holds the class view and saves it; this one must not write (writes reject with readOnly) */
  canWrite: boolean;
  /** class `group` (and the names of every stored class) */
  load(group: string): Promise<StoredClass>;
  /** the files of every other class than `group` (to tell a file imported into two classes) */
  filesElsewhere?(group: string): Promise<ClassFileRecord[]>;
  putFiles(group: string, files: readonly ClassFileRecord[]): Promise<void>;
  /** file and team keys are unique across classes */
  removeFile(id: string): Promise<void>;
  putTeam(group: string, team: ClassTeamRecord): Promise<void>;
  removeTeam(id: string): Promise<void>;
  /** keeps class `group` listed while it has no file (a new class); every write to a class keeps it too */
  keepClass(group: string): Promise<void>;
  /** forgets class `group` only (a named class is no longer listed) */
  clear(group: string): Promise<void>;
  /** class `group` as given, in one write (a failure keeps what was saved; other classes untouched) */
  replace(group: string, files: readonly ClassFileRecord[], teams: readonly ClassTeamRecord[]): Promise<void>;
  /** the screen closes: another tab may save the class now */
  release(): void;
}

/** The lock's name (tabGuard prefixes it): one tab saves the class view at a time. */
export const CLASS_LOCK = 'class-view';

/**
 * `lockTab` is tabGuard's acquireRunLock, handed over by browserStorage.ts (which has it already):
 * imported here too, the guard would become a chunk of its own on the learner's path.
 */
export async function dbClassStore(fdb: FidelisDb, lockTab: (name: string) => Promise<RunLock>): Promise<ClassStore> {
  const lock = await lockTab(CLASS_LOCK);
  const writing = <A extends unknown[]>(write: (fdb: FidelisDb, ...args: A) => Promise<void>) =>
    (...args: A): Promise<void> => (lock.canWrite ? write(fdb, ...args) : Promise.reject(new DbError('readOnly')));
  return {
    inMemory: fdb.inMemory,
    canWrite: lock.canWrite,
    load: (group) => listClass(fdb, group),
    filesElsewhere: (group) => filesOutsideClass(fdb, group),
    putFiles: writing(putClassFiles),
    keepClass: writing(putClassName),
    removeFile: writing(removeClassFile),
    putTeam: writing(putClassTeam),
    removeTeam: writing(removeClassTeam),
    clear: writing(clearClass),
    replace: writing(replaceClass),
    release: () => lock.release(),
  };
}
