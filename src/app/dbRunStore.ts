/**
 * The game's persistence over the db layer (IndexedDB through src/db): RunStore for the
 * session (create, commit each tick atomically, load to resume) and RunLibrary for the home
 * screen (list, rename, delete, export to a file, import a file). Holds this tab's lock on the run being played, so a second
 * tab opening the same run is read-only and told so; a read-only lock is asked for again at the next
 * load (« Reprendre ici » once the other tab is closed). A run another tab holds is not deleted
 * (runOpenElsewhere): that tab would play on a run that no longer exists. A run started, imported, renamed or deleted
 * is announced to the other tabs (whatif/familyNews.ts), whose home page lists the saved runs again; a deleted one also
 * to a tab that shows it read-only (tabGuard.ts announceDeleted), which closes it.
 */
import { acquireRunLock, announceDeleted, announceRenamed, announceSaved, watchRun, watchRunName, type RunLock } from '../db/tabGuard.ts';
import { announceTimelines } from './whatif/familyNews.ts';
import { DbError } from '../db/errors.ts';
import { savePending, savePlanned } from '../db/pendingDecisions.ts';
import { listRuns } from '../db/runList.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import { createDbCustomerSource } from '../db/customerSource.ts';
import type { CustomerSource } from '../ui/customers/customerSource.ts';
import type { RunLibrary, RunSummary } from './runLibrary.ts';
import type { RunStore } from './runStore.ts';
import type { EngineClient } from './engineClient.ts';
import { during } from './errors.ts';

/** Reading one stored run, renaming and deleting one (storedRun.ts, db/runsRepository.ts): fetched when first needed, a first visit has no run. */
const runsCode = () => import('./storedRun.ts');

export interface DbServices {
  store: RunStore;
  library: RunLibrary;
  customers(runId: string): CustomerSource;
}

export interface DbServicesOptions {
  now?: () => string;
  /**
   * the engine the game uses: its model fingerprint is kept with what it computes (RunRecord.modelFingerprint)
   * and an imported run file is replayed by it before it is stored (runFileCheck.ts); absent: neither
   */
  engine?: Promise<EngineClient>;
}

export function dbServices(fdb: FidelisDb, options: DbServicesOptions = {}): DbServices {
  const now = options.now ?? (() => new Date().toISOString());
  let fingerprint: Promise<string | undefined> | undefined;
  // asked once (the worker computes it in a few ms); a failure leaves the runs without one (unknown model)
  const model = () =>
    (fingerprint ??= options.engine ? options.engine.then((e) => e.modelFingerprint()).catch(() => undefined) : Promise.resolve(undefined));
  const stamp = async () => {
    const m = await model();
    return m !== undefined ? { modelFingerprint: m } : {};
  };
  let lock: RunLock | null = null;

  async function claim(runId: string): Promise<RunLock> {
    if (lock?.runId === runId && lock.canWrite) return lock;
    lock?.release();
    lock = await acquireRunLock(runId);
    return lock;
  }

  const store: RunStore = {
    async runNames() {
      // with the game each branch names, which may be gone (deleted, its branches kept): a new game does not take its name
      return (await listRuns(fdb)).runs.flatMap((r) => (r.branchName ? [r.name, r.branchName.base] : [r.name]));
    },
    async hasRun(runId) {
      return (await fdb.db.getKey('runs', runId)) !== undefined;
    },
    async createRun(run) {
      const save = {
        ...(await stamp()),
        name: run.name,
        scenario: run.scenario,
        seed: run.seed,
        createdAt: now(),
        // verifyRun rebuilds with exactly these: the engine's base size (the worker creates runs with the
        // scenario's own, createSimulation without `customers`) and the hash of the initial state
        customerCount: run.customerCount ?? run.scenario.customers.initial,
        ...(run.mode ? { mode: run.mode } : {}),
        ...(run.classSettings ? { classSettings: run.classSettings } : {}),
        ...(run.seedTargets ? { seedTargets: run.seedTargets } : {}),
        ...(run.noAction ? { noAction: run.noAction } : {}),
      };
      let id: string | null = null;
      try {
        // a real database: the engine worker stores the run and its base (up to 200,000 records) itself;
        // in memory, or when it cannot, this connection does with the base the engine sends
        if (!fdb.inMemory && run.createInEngine) id = await run.createInEngine(save);
        if (id === null) {
          // the page's own writers (createRun, commitTick, rewriteRunHistory) only come when used: in memory, a
          // worker that could not write, a run of another model resumed (bench app-learner-js: a learner never needs them)
          const { createRun } = await import('../db/createRun.ts');
          const { customers, stateHash } = await run.base();
          id = (await createRun(fdb, { ...save, customers, stateHash })).id;
        }
      } catch (error) {
        throw during('newGame', error);
      }
      await claim(id);
      announceTimelines();
      return id;
    },
    // No engine snapshot: the worker does not hand out its state, and resume replays the decisions log
    // from tick 0 (deterministic); what resume and verifyRun need is the decisions, the state hash of
    // the tick (checked against the replay) and, in createRun, the base size.
    async commitTick(runId, tick) {
      // the page decides what may be written: this tab's lock (one writer), checked before the engine writes anything
      const lock = await claim(runId);
      if (!lock.canWrite) throw new DbError('readOnly');
      const stamped = await stamp();
      // a real database: the engine worker writes the tick with its own connection (src/app/tickWriter.ts),
      // the changed records and their pages never come to this thread; in memory, this connection does
      if (!fdb.inMemory && tick.saveInEngine) {
        // a database error from the worker keeps its name, code and params (engineClient.ts), which is all
        // the page reads of it (app/errors.ts)
        if (await tick.saveInEngine({ runId, report: tick.report, decisions: tick.decisions, now: now(), ...stamped })) {
          announceSaved(runId, tick.report.tick + 1);
          return;
        }
      }
      const { commitTick } = await import('../db/commitTick.ts');
      const { changed, stateHash } = await tick.changes();
      await commitTick(fdb, {
        runId,
        report: tick.report,
        records: changed,
        stateHash: stateHash ?? null,
        decisions: tick.decisions ?? undefined,
        now: now(),
        ...stamped,
        lock,
      });
      // a tab showing this run read-only says it is behind (session.svelte.ts)
      announceSaved(runId, tick.report.tick + 1);
    },
    watch(runId, onEvent) {
      return watchRun(runId, onEvent);
    },
    watchName(runId, onRenamed) {
      return watchRunName(runId, onRenamed);
    },
    // kept in the browser's localStorage, beside the run: a reload in the middle of the advance leaves it there
    markAdvance(runId, target) {
      try {
        if (target === null) globalThis.localStorage?.removeItem(advanceKey(runId));
        else globalThis.localStorage?.setItem(advanceKey(runId), String(target));
      } catch {
        // storage refused: the interruption will simply not be said
      }
    },
    // beside it, the same way: where an advance stopped before its end, said again after a reload
    markStopped(runId, tick) {
      try {
        if (tick === null) globalThis.localStorage?.removeItem(stoppedKey(runId));
        else globalThis.localStorage?.setItem(stoppedKey(runId), String(tick));
      } catch {
        // storage refused (full): the stop will be said until a reload only, and the session says so (QA qa31robust)
        return tick === null;
      }
    },
    async loadRun(runId) {
      return (await runsCode()).readStoredRun(fdb, runId, claim);
    },
    // the queue of the next tick, after each change: only by the tab that may write (one writer)
    async savePending(runId, tick, actions) {
      await savePending(fdb, { runId, tick, actions, lock: await claim(runId) });
    },
    // a what-if branch's plan, after each removal (the same single writer)
    async savePlanned(runId, tick, planned) {
      await savePlanned(fdb, { runId, tick, planned, lock: await claim(runId) });
    },
    // a run saved by another model, resumed by this tab: its history becomes the replay's at once
    async rewriteHistory(runId, history) {
      const { rewriteRunHistory } = await import('../db/rewriteHistory.ts');
      await rewriteRunHistory(fdb, {
        runId,
        reports: history.reports,
        customers: history.customers,
        stateHash: history.stateHash,
        now: now(),
        ...(await stamp()),
        lock: await claim(runId),
      });
    },
  };

  const library: RunLibrary = {
    async list() {
      const { runs } = await listRuns(fdb);
      // a branch whose original is gone (kept as a game of its own, or orphaned by a deletion made before that choice) is listed as one
      const saved = new Set(runs.map((run) => run.id));
      return runs.map(
        (run): RunSummary => ({
          id: run.id,
          name: run.name,
          ...(run.branchName ? { branchName: run.branchName } : {}),
          scenarioId: run.scenarioId,
          scenarioName: run.scenario.name,
          seed: run.seed,
          tick: run.currentTick,
          durationTicks: run.scenario.durationTicks,
          tickUnit: run.scenario.tickUnit,
          updatedAt: run.updatedAt,
          ...(run.parentRunId && saved.has(run.parentRunId) ? { branch: true, parentId: run.parentRunId } : {}),
        }),
      );
    },
    async rename(id, name) {
      const renamed = await (await runsCode()).renameRun(fdb, id, name, now());
      // the tabs showing it, this one too, name it as the list does (review12: a read-only tab kept the old name)
      announceRenamed(id, { name: renamed.name, ...(renamed.branchName ? { branchName: renamed.branchName } : {}) });
      announceTimelines();
    },
    async remove(id, removeOptions = {}) {
      const code = await runsCode();
      // an original's branches deleted with it: each of them too must be open in no other tab
      const ids = removeOptions.branches === 'delete' ? [id, ...code.descendantsOf((await listRuns(fdb)).runs, id)] : [id];
      // this tab's own run is deleted under its lock; any other run only if no tab holds it. This tab's lock is taken
      // over only once every other one is held: refused, its game goes on under its lock (review19 m5)
      const held: RunLock[] = [];
      let mine: RunLock | null = null;
      try {
        for (const runId of ids) {
          if (lock?.runId === runId && lock.canWrite) {
            mine = lock;
            continue;
          }
          const one = await acquireRunLock(runId);
          held.push(one);
          // a branch deleted with it: named by its id, so that the refusal says which game to close (QA qa30robust M1)
          if (!one.canWrite) throw new DbError('runOpenElsewhere', runId === id ? {} : { runId });
        }
        // no write of this tab's game while its run is deleted
        if (lock && ids.includes(lock.runId)) lock = null;
        let gone: string[];
        try {
          // the runs locked are the runs deleted: a branch made in another tab since the list was read is not deleted unlocked
          gone = await code.deleteRun(fdb, id, { ...removeOptions, locked: ids });
        } catch (error) {
          // nothing deleted: the game goes on under its lock
          if (mine && lock === null) lock = mine;
          throw error;
        }
        if (mine) held.push(mine);
        for (const runId of gone) {
          forgetAdvance(runId);
          announceDeleted(runId);
        }
        announceTimelines();
        return gone;
      } finally {
        for (const one of held) one.release();
      }
    },
    async openElsewhere(ids) {
      return (await runsCode()).openElsewhere(ids, lock);
    },
    async exportRun(id, exportOptions) {
      // the run-file writer (and the file format's schemas) only comes when a learner saves a run to a file
      const { exportRunFile } = await import('../db/exportRun.ts');
      const { fileName, blob } = await exportRunFile(fdb, id, { unnamed: exportOptions.unnamed, now: now() });
      return { fileName, blob };
    },
    async importRun(file, importOptions = {}) {
      // reading, checking (zod, the file messages, the engine's replay) and storing a run file only come when a learner imports one
      const { importRunFile } = await import('./importRunFile.ts');
      const imported = await importRunFile(fdb, file, { ...importOptions, now, engine: options.engine });
      announceTimelines();
      return imported;
    },
  };

  return { store, library, customers: (runId) => createDbCustomerSource(fdb, runId) };
}

/** The localStorage key of a run's advance under way (RunStore.markAdvance). */
export const advanceKey = (runId: string) => `fidelis-advance-${runId}`;
/** The localStorage key of where a run's advance stopped before its end (RunStore.markStopped). */
export const stoppedKey = (runId: string) => `fidelis-advance-stopped-${runId}`;

/** A deleted run's advance marks (review19 n9): left behind, every deletion left its keys in the browser for good. */
function forgetAdvance(runId: string): void {
  try {
    globalThis.localStorage?.removeItem(advanceKey(runId));
    globalThis.localStorage?.removeItem(stoppedKey(runId));
  } catch {
    // storage refused: the keys stay, read by no run
  }
}
