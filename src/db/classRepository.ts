/**
 * The teacher's class view between two lessons (schema v5): its imported result files (text and
 * verification outcome) and the teams the teacher formed. Every write is one transaction (all or
 * nothing: a full disk leaves the stored class as it was, quotaExceeded); every record read back
 * is checked with zod and a damaged one is skipped and counted. Only the class screen's chunk
 * reaches this module (src/app/classStore.ts, loaded on demand), never the learner's startup.
 */
import { unwrap } from 'idb';
import { DbError, toDbError } from './errors.ts';
import { classFileRecordSchema, classTeamRecordSchema, type ClassFileRecord, type ClassTeamRecord } from './classRecords.ts';
import type { FidelisDb } from './openDatabase.ts';
import { CLASS_STORES } from './schema.ts';
import { finish, type WriteTransaction } from './transactions.ts';

export interface StoredClass {
  /** in import order (addedAt, then order) */
  files: ClassFileRecord[];
  /** in creation order */
  teams: ClassTeamRecord[];
  /** stored records that failed validation and were left out (show a count) */
  skipped: number;
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

/** The saved class: every valid file and team, damaged records counted in `skipped`. */
export async function listClass(fdb: FidelisDb): Promise<StoredClass> {
  let stored: [unknown[], unknown[]];
  try {
    const tx = fdb.db.transaction([...CLASS_STORES], 'readonly');
    stored = await Promise.all([tx.objectStore('classFiles').getAll(), tx.objectStore('classTeams').getAll(), tx.done]).then(([f, t]) => [f, t]);
  } catch (error) {
    throw toDbError(error, 'readFailed');
  }
  let skipped = 0;
  const valid = <T>(values: unknown[], check: (v: unknown) => { success: boolean }): T[] =>
    values.filter((v) => {
      const ok = check(v).success;
      if (!ok) skipped += 1;
      return ok;
    }) as T[];
  const files = valid<ClassFileRecord>(stored[0], (v) => classFileRecordSchema.safeParse(v)).sort(byImport);
  const teams = valid<ClassTeamRecord>(stored[1], (v) => classTeamRecordSchema.safeParse(v)).sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
  );
  return { files, teams, skipped };
}

function checked<T>(schema: { safeParse(v: unknown): { success: boolean } }, value: T, store: string): T {
  if (!schema.safeParse(value).success) throw new DbError('recordInvalid', { count: 1, store });
  return value;
}

/** Adds or replaces files (a whole import, or one file once verified) in one transaction. */
export async function putClassFiles(fdb: FidelisDb, files: readonly ClassFileRecord[]): Promise<void> {
  for (const file of files) checked(classFileRecordSchema, file, 'classFiles');
  const tx = writeTx(fdb);
  await finish(tx, () => {
    const store = raw(tx, 'classFiles');
    for (const file of files) store.put(file);
  });
}

/** Removes one file, and takes it out of the teams it was in (a team left without member goes too). */
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

/** Adds or replaces a team. */
export async function putClassTeam(fdb: FidelisDb, team: ClassTeamRecord): Promise<void> {
  checked(classTeamRecordSchema, team, 'classTeams');
  const tx = writeTx(fdb);
  await finish(tx, () => raw(tx, 'classTeams').put(team));
}

export async function removeClassTeam(fdb: FidelisDb, teamId: string): Promise<void> {
  const tx = writeTx(fdb);
  await finish(tx, () => raw(tx, 'classTeams').delete(teamId));
}

/** Forgets the whole class (files and teams) in one transaction. Confirmation is the interface's job. */
export async function clearClass(fdb: FidelisDb): Promise<void> {
  const tx = writeTx(fdb);
  await finish(tx, () => {
    raw(tx, 'classFiles').clear();
    raw(tx, 'classTeams').clear();
  });
}

/** The whole class replaced by `files` and `teams` in ONE transaction: a failure (full disk) leaves the stored class as it was. */
export async function replaceClass(fdb: FidelisDb, files: readonly ClassFileRecord[], teams: readonly ClassTeamRecord[]): Promise<void> {
  for (const file of files) checked(classFileRecordSchema, file, 'classFiles');
  for (const team of teams) checked(classTeamRecordSchema, team, 'classTeams');
  const tx = writeTx(fdb);
  await finish(tx, () => {
    const fileStore = raw(tx, 'classFiles');
    const teamStore = raw(tx, 'classTeams');
    fileStore.clear();
    teamStore.clear();
    for (const file of files) fileStore.put(file);
    for (const team of teams) teamStore.put(team);
  });
}
