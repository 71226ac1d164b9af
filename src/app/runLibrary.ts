/**
 * The saved runs as the home screen sees them: list, rename, delete, export to a file,
 * import from a file. Implemented over the db layer (src/db); absent when IndexedDB is not.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { BranchName } from './runName.ts';

export interface RunSummary {
  id: string;
  /** shown through app/runName.ts runDisplayName, with `branchName` */
  name: string;
  /** a what-if branch's name in parts (RunRecord.branchName) */
  branchName?: BranchName;
  scenarioId: string;
  scenarioName: LocalizedText;
  seed: number;
  /** complete ticks */
  tick: number;
  durationTicks: number;
  tickUnit: 'week' | 'month';
  /** ISO date of the last change */
  updatedAt: string;
  /** a what-if branch of another run: its run file holds it alone (absent: not a branch) */
  branch?: boolean;
  /** a branch's original timeline (it may have been deleted since) */
  parentId?: string;
}

export interface ImportRunOptions {
  /** language of the reasons a broken file is refused with */
  locale?: 'fr' | 'en';
  /** the replay of the file's periods (tick of total done), while it is checked */
  onProgress?: (tick: number, total: number) => void;
}

export interface ExportRunOptions {
  /** the file name's word for a run whose name keeps no letter or digit, in the learner's language (savedRuns.exportUnnamed) */
  unnamed: string;
}

export interface RunLibrary {
  list(): Promise<RunSummary[]>;
  rename(id: string, name: string): Promise<void>;
  /**
   * deletes a run; an original's branches are kept as games of their own, or deleted with it (`branches: 'delete'`);
   * a branch's are re-attached to its parent. Resolves with the ids of the runs deleted, `id` first (nothing: `id` alone).
   */
  remove(id: string, options?: { branches?: 'keep' | 'delete' }): Promise<string[] | void>;
  /** which of `ids` another tab has open (their deletion would be refused): asked before a deletion's question (absent: not known) */
  openElsewhere?(ids: readonly string[]): Promise<string[]>;
  /** the run as a file to download (absent until the db layer offers it) */
  exportRun?(id: string, options: ExportRunOptions): Promise<{ fileName: string; blob: Blob }>;
  /**
   * imports a run file; rejects with the db layer's error (French message via its code), importTampered
   * when it names this model and its figures are not the replay's. `copy`: a run with its id was already
   * here, the file became a copy under another name; `otherModel`: the file names another model (or none),
   * its figures were not checked and the resume recalculates them (the learner is told at import)
   */
  importRun?(file: File, options?: ImportRunOptions): Promise<{ id: string; name: string; copy?: boolean; otherModel?: boolean }>;
}
