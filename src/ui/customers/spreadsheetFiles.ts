/**
 * The customers screen's CSV files (SpreadsheetExport.svelte): their size said ahead and their names. Pure: the words come
 * from the caller, in the UI language.
 */
import type { CsvTable } from '../../app/services.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { fileNameOf } from '../../results/fileSlug.ts';

/** bytes per line of each file, measured on the shipped shops at their end (about 160 and 45 to 55): a size said ahead, not computed */
export const BYTES_PER_ROW: Record<CsvTable, number> = { customers: 165, purchases: 52 };

/**
 * A file's size in megabytes (0.1 at least: « 0 Mo » would read as an empty file), or null while its line count is
 * unknown or 0 (the screen's count not there yet, no purchase played): nothing is said then (review16 m7).
 */
export function sizeMb(table: CsvTable, rows: number | null): number | null {
  if (rows === null || !(rows > 0)) return null;
  return Math.max(0.1, (rows * BYTES_PER_ROW[table]) / 1e6);
}

/** The words of a file's name, in the UI language: the table's (« clients »), the periods played and a what-if branch's. */
export interface FileWords {
  table: string;
  /** the periods played (i18n handIn.export.playedPart: « semaine 3 ») */
  played: (n: number, unit: Scenario['tickUnit']) => string;
  /** a what-if branch's part (i18n handIn.export.branchPart: « et si semaine 2 »), its tick counted from 1 */
  branch: (n: number, unit: Scenario['tickUnit']) => string;
}

/**
 * `fidelis-clients-boulangerie-du-marche-semaine-3.csv`: like the result file's name (results/buildResultFile.ts): the shop's
 * id, the periods played (none at the start: no « semaine 0 »), and a branch's part last, so a branch's file does not take
 * the original's name in the Downloads folder (review16 m2).
 */
export function fileName(words: FileWords, scenario: Pick<Scenario, 'id' | 'tickUnit'>, periods: number, branchTick: number | null = null): string {
  const played = periods > 0 ? words.played(periods, scenario.tickUnit) : '';
  const branch = branchTick === null ? '' : words.branch(branchTick + 1, scenario.tickUnit);
  return fileNameOf(['fidelis', words.table, scenario.id, played, branch], 'csv');
}
