/**
 * The database layer's public API (what src/app and src/ui import). Every function takes the
 * FidelisDb handle returned by openFidelisDb; faults are DbError with a `code` shown as
 * t('db.<code>', error.params). See README.md in this folder.
 */
export { openFidelisDb, openMemoryDb, type FidelisDb, type OpenOptions } from './openDatabase.ts';
export { DB_NAME, DB_VERSION, CUSTOMER_PAGE_SIZE, type RunRecord, type StoredSnapshot } from './schema.ts';
export { DbError, DB_ERROR_CODES, toDbError, type DbErrorCode } from './errors.ts';
// createRun has a file of its own (no zod: the engine worker's tick writer loads it; the page only in its fallbacks)
export { createRun, type NewRun } from './createRun.ts';
export {
  listRuns,
  getRun,
  loadRun,
  renameRun,
  duplicateRun,
  deleteRun,
  listBranches,
  type RunList,
  type LoadedRun,
  type CopyOptions,
} from './runsRepository.ts';
export { createBranch, type NewBranch } from './createBranch.ts';
export { commitTick, type TickCommit } from './commitTick.ts';
export { rewriteRunHistory, type HistoryRewrite } from './rewriteHistory.ts';
export { acquireRunLock, type RunLock, type GuardEnvironment } from './tabGuard.ts';
export { queryCustomers, countCustomers, getCustomer, type CustomerQuery, type CustomerPage } from './customerQueries.ts';
export { readRunCustomers } from './customerPages.ts';
export { getCustomerFile, eventKind, type FullCustomerFile, type ClassifiedEvent, type EventKind } from './customerFile.ts';
export { createDbCustomerSource, type DbCustomerSource } from './customerSource.ts';
export { verifyRun, type ReplayEngine, type Verification } from './verifyRun.ts';
export { exportRunFile, exportRunObject } from './exportRun.ts';
export { importRun, parseRunFile, type ImportOptions, type ImportResult } from './importRun.ts';
export { RUN_FILE_FORMAT, RUN_FILE_VERSION, RUN_FILE_LIMITS, type RunFile } from './runFile.ts';
export { customersCsv, purchasesCsv, exportCustomersCsv, exportPurchasesCsv, type CsvOptions } from './csvExport.ts';
export { tickDateLabel } from './calendar.ts';
