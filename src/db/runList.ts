/**
 * The list of the stored runs (runsRepository.ts re-exports it): the home page asks for it at each visit, so it stays with
 * the startup's storage code, while reading one run, renaming and deleting one (runsRepository.ts) are fetched when first
 * needed: a first visit has no run to read (bench app-learner-js, issue 4).
 */
import type { FidelisDb } from './openDatabase.ts';
import type { RunRecord } from './schema.ts';

/** The run records' schema, fetched when a stored run is first read. */
export const runRecordSchema = async () => (await import('./recordSchemas.ts')).runRecordSchema;

export interface RunList {
  runs: RunRecord[];
  /** stored runs that failed validation and were left out (show tCount('db.recordInvalid', skipped)) */
  skipped: number;
}

/** Every valid run (branches included), most recently updated first. */
export async function listRuns(fdb: FidelisDb): Promise<RunList> {
  const all = await fdb.db.getAll('runs');
  if (all.length === 0) return { runs: [], skipped: 0 };
  const schema = await runRecordSchema();
  const runs: RunRecord[] = [];
  let skipped = 0;
  for (const value of all) {
    const parsed = schema.safeParse(value);
    if (parsed.success) runs.push(value);
    else skipped += 1;
  }
  runs.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
  return { runs, skipped };
}
