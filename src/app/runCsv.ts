/**
 * The game's customer base and purchases as CSV files for a spreadsheet (src/db/csvExport.ts), read
 * from the run's stored data through this tab's database connection. In a chunk of its own, fetched
 * when a learner asks for a file (browserStorage.ts): the CSV writer is not on a first visit's path.
 */
import { exportCustomersCsv, exportPurchasesCsv, type CsvOptions } from '../db/csvExport.ts';
import { toDbError } from '../db/errors.ts';
import type { FidelisDb } from '../db/openDatabase.ts';
import { db as enDb } from '../i18n/en/db.ts';
import { vocabulary as enVocabulary } from '../i18n/en/vocabulary.ts';
import type { CsvTable, RunCsvOptions } from './services.ts';

export async function runCsv(fdb: FidelisDb, runId: string, table: CsvTable, options: RunCsvOptions): Promise<string> {
  // French headers and words are the writer's own; English ones for a learner playing in English
  const words: CsvOptions = options.locale === 'en' ? { labels: enDb.csv, vocabulary: enVocabulary } : {};
  const csv = { ...words, decimalComma: options.decimalComma, locale: options.locale };
  try {
    return await (table === 'customers' ? exportCustomersCsv(fdb, runId, csv) : exportPurchasesCsv(fdb, runId, csv));
  } catch (error) {
    // a refused read says so in the app's words (db.readFailed, db.terminated…), not in the browser's
    throw toDbError(error, 'readFailed');
  }
}
