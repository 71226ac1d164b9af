/**
 * The teacher's class view between two lessons (schema v5): its imported result files (text and
 * verification outcome) and the teams the teacher formed, for several classes (groups): a record
 * names its class in `group`, none for the default class (classRecords.ts). Every write is one transaction (all or
 * nothing: a full disk leaves the stored class as it was, quotaExceeded); every record read back
 * is checked with zod and a damaged one is skipped and counted. A named class keeps its name in a
 * record of its own (classRecords.ts classNameRecord: a team without members), written when the
 * class is created and with every write to it, deleted by clearClass: a class the teacher created
 * stays listed, even empty, until it is cleared. Only the class screen's chunk
 * reaches this module (src/app/classStore.ts, loaded on demand), never the learner's startup.
 */
import { unwrap } from 'idb';
import { DbError, toDbError } from './errors.ts';
import {
  classFileRecordSchema,
  classOf,
  classTeamRecordSchema,
  DEFAULT_CLASS,
  classNameRecord,
  inClass,
  isClassNameRecord,
  normalizeClassName,
  sortClassNames,
  type ClassFileRecord,
  type ClassTeamRecord,
} from './classRecords.ts';
import type { FidelisDb } from './openDatabase.ts';
import { CLASS_STORES } from './schema.ts';
import { finish, type WriteTransaction } from './transactions.ts';

export interface StoredClass {
  /** the class read (DEFAULT_CLASS: the records that name none) */
  group: string;
  /** in import order (addedAt, then order) */
  files: ClassFileRecord[];
  /** in creation order (the class's name record left out) */
  teams: ClassTeamRecord[];
  /** stored records that failed validation and were left out, whatever their class (show a count) */
  skipped: number;
  /** every class with a stored record (its name record included: a created class, even empty): DEFAULT_CLASS first (always), then by name */
  classes: string[];
}

function byImport(a: ClassFileRecord, b: ClassFileRecord): number {
  return a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.order - b.order || (a.id < b.id ? -1 : 1);
}

function writeTx(fdb: FidelisDb): WriteTransaction {
  return fdb.db.transaction([...CLASS_STORES], 'readwrite') as unknown as WriteTransaction;
}

function raw(tx: WriteTransaction, store: (typeof CLASS_STORES)[number]): IDBObjectStore {
  return unwrap(tx.objectStore(store)) as IDBObjectStore;
}

/** The class of a stored value, even a damaged one (null: not even an object with an id, nothing to tell). */
function storedClassOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const group = (value as { group?: unknown }).group;
  return typeof group === 'string' ? classOf({ group }) : DEFAULT_CLASS;
}

async function readAll(fdb: FidelisDb): Promise<[unknown[], unknown[]]> {
  try {
    const tx = fdb.db.transaction([...CLASS_STORES], 'readonly');
    const [files, teams] = await Promise.all([tx.objectStore('classFiles').getAll(), tx.objectStore('classTeams').getAll(), tx.done]);
    return [files, teams];
  } catch (error) {
    throw toDbError(error, 'readFailed');
  }
}

/**
 * One saved class: its valid files and teams, damaged records (of any class) counted in `skipped`,
 * and the names of every stored class. The records of all classes are read at once and told apart
 * here (a class is a few dozen records, a teacher has a few classes: no index, no schema change).
 */
export async function listClass(fdb: FidelisDb, group: string = DEFAULT_CLASS): Promise<StoredClass> {
  const wanted = normalizeClassName(group);
  const stored = await readAll(fdb);
  let skipped = 0;
  const classes: string[] = [];
  const valid = <T>(values: unknown[], check: (v: unknown) => { success: boolean }): T[] =>
    values.filter((v) => {
      const ok = check(v).success;
      if (!ok) skipped += 1;
      else classes.push(classOf(v as { group?: string }));
      return ok && classOf(v as { group?: string }) === wanted;
    }) as T[];
  const files = valid<ClassFileRecord>(stored[0], (v) => classFileRecordSchema.safeParse(v)).sort(byImport);
  const teams = valid<ClassTeamRecord>(stored[1], (v) => classTeamRecordSchema.safeParse(v)).filter((t) => !isClassNameRecord(t)).sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
  return { group: wanted, files, teams, skipped, classes: sortClassNames(classes) };
}

/** The valid files of every stored class but `group` (each record names its class: `group` absent for the default one). */
export async function filesOutsideClass(fdb: FidelisDb, group: string): Promise<ClassFileRecord[]> {
  const wanted = normalizeClassName(group);
  const [files] = await readAll(fdb);
  return files.filter((v): v is ClassFileRecord => classFileRecordSchema.safeParse(v).success && classOf(v as ClassFileRecord) !== wanted);
}

/** The names of the stored classes: DEFAULT_CLASS (always), then every class with a valid record. */
export async function listClassNames(fdb: FidelisDb): Promise<string[]> {
  return (await listClass(fdb)).classes;
}

function checked<T>(schema: { safeParse(v: unknown): { success: boolean } }, value: T, store: string): T {
  if (!schema.safeParse(value).success) throw new DbError('recordInvalid', { count: 1, store });
  return value;
}

/** Puts class `group`'s name record (none for the default class), in a write of that class. */
function keepName(tx: WriteTransaction, group: string): void {
  if (normalizeClassName(group) !== DEFAULT_CLASS) raw(tx, 'classTeams').put(classNameRecord(group));
}

/** Keeps class `group` listed while it has no file (a class the teacher has just created); nothing for the default class, always listed. */
export async function putClassName(fdb: FidelisDb, group: string): Promise<void> {
  if (normalizeClassName(group) === DEFAULT_CLASS) return;
  const tx = writeTx(fdb);
  await finish(tx, () => keepName(tx, group));
}

/** Adds or replaces files of class `group` (a whole import, or one file once verified) in one transaction. */
export async function putClassFiles(fdb: FidelisDb, group: string, files: readonly ClassFileRecord[]): Promise<void> {
  const records = files.map((file) => checked(classFileRecordSchema, inClass(file, group), 'classFiles'));
  const tx = writeTx(fdb);
  await finish(tx, () => {
    const store = raw(tx, 'classFiles');
    for (const file of records) store.put(file);
    keepName(tx, group);
  });
}

/** Removes one file (keys are unique across classes), and takes it out of the teams it was in (a team left without member goes too). */
export async function removeClassFile(fdb: FidelisDb, fileId: string): Promise<void> {
  const tx = writeTx(fdb);
  let teams: ClassTeamRecord[];
  try {
    teams = await tx.objectStore('classTeams').getAll();
  } catch (error) {
    throw toDbError(error, 'writeFailed', tx.error);
  }
  await finish(tx, () => {
    raw(tx, 'classFiles').delete(fileId);
    const store = raw(tx, 'classTeams');
    for (const team of teams) {
      if (!Array.isArray(team?.fileIds) || !team.fileIds.includes(fileId)) continue;
      const fileIds = team.fileIds.filter((id) => id !== fileId);
      if (fileIds.length === 0) store.delete(team.id);
      else store.put({ ...team, fileIds });
    }
  });
}

/** Adds or replaces a team of class `group`. */
export async function putClassTeam(fdb: FidelisDb, group: string, team: ClassTeamRecord): Promise<void> {
  const record = checked(classTeamRecordSchema, inClass(team, group), 'classTeams');
  const tx = writeTx(fdb);
  await finish(tx, () => {
    raw(tx, 'classTeams').put(record);
    keepName(tx, group);
  });
}

export async function removeClassTeam(fdb: FidelisDb, teamId: string): Promise<void> {
  const tx = writeTx(fdb);
  await finish(tx, () => raw(tx, 'classTeams').delete(teamId));
}

/** The keys of class `group`'s records (damaged ones too when they name no other class), read in `tx`. */
async function keysOf(tx: WriteTransaction, group: string): Promise<[IDBValidKey[], IDBValidKey[]]> {
  const inGroup = (values: unknown[]) =>
    values.flatMap((v) => (storedClassOf(v) === group && (v as { id?: unknown }).id !== undefined ? [(v as { id: IDBValidKey }).id] : []));
  try {
    const [files, teams] = await Promise.all([tx.objectStore('classFiles').getAll(), tx.objectStore('classTeams').getAll()]);
    return [inGroup(files), inGroup(teams)];
  } catch (error) {
    throw toDbError(error, 'writeFailed', tx.error);
  }
}

/**
 * Forgets class `group` (its files, teams and name record, no other class's) in one transaction: a
 * named class is no longer listed. Confirmation is the interface's job.
 */
export async function clearClass(fdb: FidelisDb, group: string): Promise<void> {
  const wanted = normalizeClassName(group);
  const tx = writeTx(fdb);
  const [files, teams] = await keysOf(tx, wanted);
  await finish(tx, () => {
    for (const id of files) raw(tx, 'classFiles').delete(id);
    for (const id of teams) raw(tx, 'classTeams').delete(id);
  });
}

/** Class `group` replaced by `files` and `teams` (and its name kept) in ONE transaction (other classes untouched): a failure (full disk) leaves the stored class as it was. */
export async function replaceClass(fdb: FidelisDb, group: string, files: readonly ClassFileRecord[], teams: readonly ClassTeamRecord[]): Promise<void> {
  const wanted = normalizeClassName(group);
  const fileRecords = files.map((file) => checked(classFileRecordSchema, inClass(file, wanted), 'classFiles'));
  const teamRecords = teams.map((team) => checked(classTeamRecordSchema, inClass(team, wanted), 'classTeams'));
  const tx = writeTx(fdb);
  const [oldFiles, oldTeams] = await keysOf(tx, wanted);
  await finish(tx, () => {
    const fileStore = raw(tx, 'classFiles');
    const teamStore = raw(tx, 'classTeams');
    for (const id of oldFiles) fileStore.delete(id);
    for (const id of oldTeams) teamStore.delete(id);
    for (const file of fileRecords) fileStore.put(file);
    for (const team of teamRecords) teamStore.put(team);
    keepName(tx, wanted);
  });
}
