/**
 * A new run and its initial customer base, in ONE transaction (the pages one a task, see
 * transactions.ts finishInSlices). Apart from runsRepository.ts, which re-exports it, because the
 * engine worker stores new runs too (src/app/tickWriter.ts) and must not load zod with the run
 * list's record checks.
 */
import { unwrap } from 'idb';
import type { CustomerRecord } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { RunClassSettings } from '../presets/runClass.ts';
import type { SeedAdjustment } from '../engine/seedTargets.ts';
import type { StoredNoAction } from '../results/noActionGame.ts';
import { toDbError } from './errors.ts';
import { finishInSlices, type WriteTransaction as AnyTx } from './transactions.ts';
import { newRunId } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { groupIntoPages } from './customerColumns.ts';
import { newPagesStamp, rememberPages } from './pageCache.ts';
import type { RunRecord, StoredCustomerPage, StoredSnapshot } from './schema.ts';

export interface NewRun {
  name: string;
  scenario: Scenario;
  seed: number;
  /** ISO 8601, from the caller */
  createdAt: string;
  /** the initial base: customerRecord(state, i) for every customer */
  customers: CustomerRecord[];
  /** hashState() of the initial state */
  stateHash?: string | null;
  /** the engine's initial SimState, stored as the tick-0 snapshot for fast resume */
  snapshot?: unknown;
  mode?: string;
  id?: string;
  /** the engine's `customers` option the run was created with (default: scenario.customers.initial) */
  customerCount?: number;
  /** modelFingerprint() of the engine that made the initial state (RunRecord.modelFingerprint) */
  modelFingerprint?: string;
  /** the class link's settings the run is played with (RunRecord.classSettings) */
  classSettings?: RunClassSettings;
  /** the objectives adjusted to the run's seed (RunRecord.seedTargets) */
  seedTargets?: SeedAdjustment;
  /** the no-action game its adjustment played (RunRecord.noAction) */
  noAction?: StoredNoAction;
}

/** Writes a new run and its initial customer base (by pages) in ONE transaction, a single await. */
export async function createRun(fdb: FidelisDb, input: NewRun): Promise<RunRecord> {
  const run: RunRecord = {
    id: input.id ?? newRunId(),
    name: input.name,
    scenarioId: input.scenario.id,
    scenario: input.scenario,
    seed: input.seed,
    customerCount: input.customerCount ?? input.scenario.customers.initial,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    currentTick: 0,
    decisions: [],
    mode: input.mode ?? 'libre',
    stateHash: input.stateHash ?? null,
    parentRunId: null,
    branchTick: null,
    pagesStamp: newPagesStamp(),
    ...(input.modelFingerprint !== undefined ? { modelFingerprint: input.modelFingerprint } : {}),
    ...(input.classSettings !== undefined ? { classSettings: input.classSettings } : {}),
    ...(input.seedTargets !== undefined ? { seedTargets: input.seedTargets } : {}),
    ...(input.noAction !== undefined ? { noAction: input.noAction } : {}),
  };
  let pages: StoredCustomerPage[];
  try {
    pages = groupIntoPages(run.id, input.customers);
  } catch (error) {
    throw toDbError(error);
  }
  const tx = fdb.db.transaction(['runs', 'customerPages', 'snapshots'], 'readwrite') as unknown as AnyTx;
  const customerPages = unwrap(tx.objectStore('customerPages')) as IDBObjectStore;
  // one page a task (transactions.ts finishInSlices): a 200,000-customer base is 20 pages of ~600 kB
  await finishInSlices(
    tx,
    () => {
      const runs = unwrap(tx.objectStore('runs')) as IDBObjectStore;
      runs.add(run); // add, not put: an id clash must fail rather than overwrite another run
      const runId = run.id;
      if (input.snapshot !== undefined)
        (unwrap(tx.objectStore('snapshots')) as IDBObjectStore).put({ runId, tick: 0, stateHash: run.stateHash, state: input.snapshot } satisfies StoredSnapshot);
    },
    pages.map((page) => () => customerPages.put(page)),
  );
  // the first ticks merge into these pages without reading them back
  rememberPages(fdb, run.id, run.pagesStamp!, pages);
  return run;
}
