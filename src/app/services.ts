/** Everything the app talks to outside the UI, injected into App.svelte (real ones in main.ts, in-process ones in tests). */
import type { HomeShop } from '../scenario/shopCard.ts';
import type { CustomerSource } from '../ui/customers/customerSource.ts';
import type { EngineClient } from './engineClient.ts';
import type { RunLibrary } from './runLibrary.ts';
import type { RunStore } from './runStore.ts';
import type { GameSession } from './session.svelte.ts';
import type { BranchStore } from './whatif/branchStore.ts';
import type { ClassStore } from './classStore.ts';
import type { Locale } from '../i18n/translate.ts';

/** The two tables a learner can take to a spreadsheet (customers screen). */
export type CsvTable = 'customers' | 'purchases';

export interface RunCsvOptions {
  /** 12,50 and ';' (a spreadsheet in French) rather than 12.50 and ',' */
  decimalComma: boolean;
  /** the headers' and closed vocabularies' language */
  locale: Locale;
}

/** A table of the run being played, at its last saved period, as a CSV file's text (loaded on demand). */
export type RunCsvExport = (table: CsvTable, options: RunCsvOptions) => Promise<string>;

/** What lives in the browser's storage (IndexedDB through src/db), once it is open. */
export interface AppStorage {
  store: RunStore;
  /** the saved runs; null when there is no storage at all */
  library: RunLibrary | null;
  /** storage only lives as long as the tab (IndexedDB unavailable): the learner is told */
  inMemory?: boolean;
  /** what-if branches of the saved runs; absent: the « Et si… ? » screen says it needs storage */
  branches?: BranchStore;
  /** the customer base of the run being played, at its current tick */
  customers(session: GameSession): CustomerSource;
  /** the same base, and its purchases, as CSV files for a spreadsheet; absent: the customers screen offers none */
  csv?(session: GameSession): RunCsvExport;
  /** the teacher's class view, kept between two visits (loaded on demand); absent: the view says it is not kept */
  classes?: () => Promise<ClassStore>;
}

export interface AppServices {
  /** the shops to play: shipped ones as cards whose scenario loads when chosen, or whole scenarios (tests) */
  scenarios: readonly HomeShop[];
  engine: EngineClient;
  /**
   * The storage, while it opens: on a first visit IndexedDB's upgrade takes 100-300 ms, which the
   * home screen's scenario cards do not wait for (only the saved runs, resuming and importing do).
   * Rejects with the db layer's error when the database cannot be opened at all (a newer version on disk).
   */
  storage: Promise<AppStorage>;
  /** the session keeps every tick's purchases and events (the customer files read them when there is no database) */
  keepHistory?: boolean;
  /** storage faults, during the opening (blocked by another tab) or later (another tab upgraded, storage closed) */
  onFault?(listener: (error: unknown) => void): void;
}

/** A run store usable at once: each call waits for the storage to be open (a click on a card before that just takes longer). */
export function storeWhenOpen(storage: Promise<AppStorage>): RunStore {
  return {
    // the saved runs' names, for a new run's to be told apart (runName.ts distinctRunName): dropped here, the app started
    // the same shop and seed twice as two « Boulangerie du Marché (1907) » (QA class 11)
    runNames: async () => (await storage).store.runNames?.() ?? [],
    createRun: async (run) => (await storage).store.createRun(run),
    commitTick: async (runId, tick) => (await storage).store.commitTick(runId, tick),
    loadRun: async (runId) => (await storage).store.loadRun(runId),
    // dropped here, a run deleted in the other tab was still offered to « Reprendre ici » (session #deleted)
    hasRun: async (runId) => (await storage).store.hasRun?.(runId) ?? true,
    rewriteHistory: async (runId, history) => (await storage).store.rewriteHistory(runId, history),
    savePending: async (runId, tick, actions) => (await storage).store.savePending?.(runId, tick, actions),
    savePlanned: async (runId, tick, planned) => (await storage).store.savePlanned?.(runId, tick, planned),
    // the other tab's saves and leaving, heard once the storage is open (stopping before that: never started)
    watch: (runId, onEvent) => {
      let stop: (() => void) | null = null;
      let stopped = false;
      storage.then((s) => !stopped && (stop = s.store.watch?.(runId, onEvent) ?? null)).catch(() => {});
      return () => {
        stopped = true;
        stop?.();
      };
    },
    // in call order: each waits on the same opened storage
    markAdvance: (runId, target) => void storage.then((s) => s.store.markAdvance?.(runId, target)).catch(() => {}),
    markStopped: (runId, tick) => void storage.then((s) => s.store.markStopped?.(runId, tick)).catch(() => {}),
  };
}
