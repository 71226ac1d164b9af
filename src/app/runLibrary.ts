/**
 * The saved runs as the home screen sees them: list, rename, delete, export to a file,
 * import from a file. Implemented over the db layer (src/db); absent when IndexedDB is not.
 */
import type { LocalizedText } from '../scenario/schema.ts';

export interface RunSummary {
  id: string;
  name: string;
  scenarioId: string;
  scenarioName: LocalizedText;
  seed: number;
  /** complete ticks */
  tick: number;
  durationTicks: number;
  tickUnit: 'week' | 'month';
  /** ISO date of the last change */
  updatedAt: string;
}

export interface RunLibrary {
  list(): Promise<RunSummary[]>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** the run as a file to download (absent until the db layer offers it) */
  exportRun?(id: string): Promise<{ fileName: string; blob: Blob }>;
  /** imports a run file; rejects with the db layer's error (French message via its code) */
  importRun?(file: File): Promise<{ id: string; name: string }>;
}
