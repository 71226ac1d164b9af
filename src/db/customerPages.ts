/**
 * Customers stored by pages of CUSTOMER_PAGE_SIZE (see schema.ts for why): grouping records into
 * pages, merging a tick's changed records into their pages, and reading a run's customers back.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { DbError } from './errors.ts';
import { wholeRun, withoutRunId } from './keyRanges.ts';
import type { FidelisDb } from './openDatabase.ts';
import { looksLikeCustomer } from './recordSchemas.ts';
import { CUSTOMER_PAGE_SIZE, type StoredCustomerPage } from './schema.ts';

export function pageOf(customerId: number): number {
  if (!Number.isInteger(customerId) || customerId < 0) throw new DbError('writeFailed', { detail: `numéro de client invalide : ${customerId}` });
  return Math.floor(customerId / CUSTOMER_PAGE_SIZE);
}

function strip(record: CustomerRecord): CustomerRecord {
  return 'runId' in record ? (withoutRunId(record) as CustomerRecord) : record;
}

/** Records grouped by page, each page sorted by id (a later record with the same id wins). */
export function groupIntoPages(runId: string, records: readonly CustomerRecord[]): StoredCustomerPage[] {
  const pages = new Map<number, Map<number, CustomerRecord>>();
  for (const record of records) {
    const page = pageOf(record.id);
    let entries = pages.get(page);
    if (!entries) pages.set(page, (entries = new Map()));
    entries.set(record.id, strip(record));
  }
  return [...pages].map(([page, entries]) => ({ runId, page, records: [...entries.values()].sort((a, b) => a.id - b.id) }));
}

/** The page with `changed` records replacing (or adding to) the stored ones. */
export function mergeIntoPage(stored: StoredCustomerPage | undefined, update: StoredCustomerPage): StoredCustomerPage {
  if (!stored) return update;
  const byId = new Map<number, CustomerRecord>();
  for (const record of stored.records) byId.set(record.id, record);
  for (const record of update.records) byId.set(record.id, record);
  return { runId: update.runId, page: update.page, records: [...byId.values()].sort((a, b) => a.id - b.id) };
}

/** Every customer of a run in id order; records that are not customers at all are counted, not returned. */
export async function readRunCustomers(fdb: FidelisDb, runId: string): Promise<{ records: CustomerRecord[]; skipped: number }> {
  const pages = await fdb.db.getAll('customerPages', wholeRun(fdb.keyRange, runId));
  const records: CustomerRecord[] = [];
  let skipped = 0;
  for (const page of pages) {
    if (!page || !Array.isArray(page.records)) {
      skipped += 1;
      continue;
    }
    for (const record of page.records) {
      if (looksLikeCustomer(record)) records.push(record);
      else skipped += 1;
    }
  }
  return { records, skipped };
}
