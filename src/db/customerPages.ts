/**
 * Reading a run's customers back from their pages (stored as columns, customerColumns.ts): the
 * whole run as one in-memory table (filters and sorts, customerTable.ts), every record (exports),
 * or one customer (one page read).
 */
import type { CustomerRecord } from '../engine/types.ts';
import { decodeRow, isPageShaped, pageOf, rowIsValid, rowOf } from './customerColumns.ts';
import { allRecords, buildTable, type CustomerTable } from './customerTable.ts';
import { wholeRun } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';

/** Every page of the run (one getAll) as one table; malformed pages and invalid rows are counted in `skipped`. */
export async function readRunTable(fdb: FidelisDb, runId: string): Promise<CustomerTable> {
  return buildTable(await fdb.db.getAll('customerPages', wholeRun(fdb.keyRange, runId)));
}

/** Every customer of a run in id order; stored rows that are not customers at all are counted, not returned. */
export async function readRunCustomers(fdb: FidelisDb, runId: string): Promise<{ records: CustomerRecord[]; skipped: number }> {
  const table = await readRunTable(fdb, runId);
  return { records: allRecords(table), skipped: table.skipped };
}

/** One customer's record as stored (not yet checked with zod), or null. */
export async function readCustomer(fdb: FidelisDb, runId: string, customerId: number): Promise<CustomerRecord | null> {
  if (!Number.isInteger(customerId) || customerId < 0) return null;
  const page = await fdb.db.get('customerPages', [runId, pageOf(customerId)]);
  if (!isPageShaped(page)) return null;
  const k = rowOf(page, customerId);
  return k >= 0 && rowIsValid(page, k) ? decodeRow(page, k) : null;
}
