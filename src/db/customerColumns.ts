/**
 * A page of customers as columns (schema v4): one typed array per numeric or coded field and a
 * string table for the names, instead of record objects: ~60 bytes a customer instead of ~300,
 * and structured clone (what IndexedDB does on every put and get) copies a typed array as one
 * block where an object costs a walk over its 25 properties (why and measurements: schema.ts,
 * README.md "Measured").
 *
 * Encoding (row k of a page is the customer `id[k]`, rows sorted by id):
 *   vocabulary fields  Uint8Array code = index in the engine vocabulary; NONE (255) = null
 *   ticks              Int32Array, NO_TICK (-2^31) = null (negative ticks are the pre-history)
 *   measuredSatisfaction Float64Array, NaN = null
 *   booleans           bits of `flags` (FLAG_*)
 *   names              `names` holds each distinct first or last name of the page once,
 *                      `firstName` / `lastName` are indexes into it
 * Decoding never trusts the stored bytes: a code outside its vocabulary or a name index outside the
 * table makes the row invalid (skipped and counted by the readers, tCount('db.recordInvalid', …)).
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CHANNELS, COURSE_SEGMENTS, DEPARTURE_CAUSES, LADDER, MOTIVES, RF_SEGMENTS, STAGES } from '../engine/vocabulary.ts';
import { DbError } from './errors.ts';
import { looksLikeCustomer } from './customerShape.ts';
import { CUSTOMER_PAGE_SIZE, type StoredCustomerPage } from './schema.ts';
// NBSP only, not frenchText: this file goes into the engine worker's tick writer, which has no other i18n code
import { NBSP } from '../i18n/frenchSpacing.ts';

export const NONE = 255;
export const NO_TICK = -2147483648;
export const FLAG_LOYALTY_CARD = 1;
export const FLAG_CLUB_MEMBER = 2;
export const FLAG_CONSENT = 4;
export const FLAG_REFERRED = 8;

/** The coded fields and their vocabularies (code = index). */
export const CODED = {
  motive: MOTIVES,
  channel: CHANNELS,
  stage: STAGES,
  ladder: LADDER,
  segment: COURSE_SEGMENTS,
  rfSegment: RF_SEGMENTS,
  departureCause: DEPARTURE_CAUSES,
} as const;
export type CodedField = keyof typeof CODED;
/** Coded fields that are never null in a valid record. */
const REQUIRED_CODES: readonly CodedField[] = ['motive', 'channel', 'stage', 'ladder'];
const NULLABLE_CODES: readonly CodedField[] = ['segment', 'rfSegment', 'departureCause'];

const codeMaps = Object.fromEntries(
  Object.entries(CODED).map(([field, values]) => [field, new Map<string, number>((values as readonly string[]).map((v, i) => [v, i]))]),
) as Record<CodedField, Map<string, number>>;

function code(field: CodedField, value: string | null): number {
  return value === null ? NONE : (codeMaps[field].get(value) ?? NONE - 1); // 254: not in the vocabulary, decodes as invalid
}

export function pageOf(customerId: number): number {
  if (!Number.isInteger(customerId) || customerId < 0) throw new DbError('writeFailed', { detail: `numéro de client invalide${NBSP}: ${customerId}` });
  return Math.floor(customerId / CUSTOMER_PAGE_SIZE);
}

/** An empty page with room for `length` rows. */
export function emptyPage(runId: string, page: number, length: number): StoredCustomerPage {
  return {
    runId,
    page,
    length,
    id: new Int32Array(length),
    names: [],
    firstName: new Uint16Array(length),
    lastName: new Uint16Array(length),
    age: new Uint8Array(length),
    town: new Int32Array(length),
    motive: new Uint8Array(length),
    channel: new Uint8Array(length),
    firstPurchaseTick: new Int32Array(length),
    lastPurchaseTick: new Int32Array(length),
    purchasesTotal: new Int32Array(length),
    spendTotal: new Float64Array(length),
    flags: new Uint8Array(length),
    stage: new Uint8Array(length),
    ladder: new Uint8Array(length),
    r: new Uint8Array(length),
    f: new Uint8Array(length),
    m: new Uint8Array(length),
    segment: new Uint8Array(length),
    rfSegment: new Uint8Array(length),
    measuredSatisfaction: new Float64Array(length),
    dataKnown: new Float64Array(length),
    departureCause: new Uint8Array(length),
  };
}

/** Names table of a page being written: each distinct string once. */
class NameTable {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/** Writes `record` into row `k` of `page` (names through `table`). */
function writeRow(page: StoredCustomerPage, k: number, record: CustomerRecord, table: NameTable): void {
  page.id[k] = record.id;
  page.firstName[k] = table.of(String(record.firstName));
  page.lastName[k] = table.of(String(record.lastName));
  page.age[k] = record.age;
  page.town[k] = record.town;
  page.motive[k] = code('motive', record.motive);
  page.channel[k] = code('channel', record.channel);
  page.firstPurchaseTick[k] = record.firstPurchaseTick ?? NO_TICK;
  page.lastPurchaseTick[k] = record.lastPurchaseTick ?? NO_TICK;
  page.purchasesTotal[k] = record.purchasesTotal;
  page.spendTotal[k] = record.spendTotal;
  page.flags[k] =
    (record.loyaltyCard ? FLAG_LOYALTY_CARD : 0) | (record.clubMember ? FLAG_CLUB_MEMBER : 0) | (record.consent ? FLAG_CONSENT : 0) | (record.referred ? FLAG_REFERRED : 0);
  page.stage[k] = code('stage', record.stage);
  page.ladder[k] = code('ladder', record.ladder);
  page.r[k] = record.r;
  page.f[k] = record.f;
  page.m[k] = record.m;
  page.segment[k] = code('segment', record.segment);
  page.rfSegment[k] = code('rfSegment', record.rfSegment);
  page.measuredSatisfaction[k] = record.measuredSatisfaction ?? Number.NaN;
  page.dataKnown[k] = record.dataKnown;
  page.departureCause[k] = code('departureCause', record.departureCause);
  // something that is not a customer at all (an old stored record, say) stays unreadable: skipped and counted on read
  if (!looksLikeCustomer(record)) page.motive[k] = NONE - 1;
}

/** Every typed-array column but the name indexes. */
export const NUMERIC_COLUMNS = [
  'id',
  'age',
  'town',
  'motive',
  'channel',
  'firstPurchaseTick',
  'lastPurchaseTick',
  'purchasesTotal',
  'spendTotal',
  'flags',
  'stage',
  'ladder',
  'r',
  'f',
  'm',
  'segment',
  'rfSegment',
  'measuredSatisfaction',
  'dataKnown',
  'departureCause',
] as const satisfies readonly (keyof StoredCustomerPage)[];

/** Records of one page (ids already sorted and unique) as columns. */
export function encodePage(runId: string, page: number, records: readonly CustomerRecord[]): StoredCustomerPage {
  const out = emptyPage(runId, page, records.length);
  const table = new NameTable();
  records.forEach((record, k) => writeRow(out, k, record, table));
  out.names = table.names;
  return out;
}

/** The records of one page, ascending ids, each id once: what `encodePage` turns into columns. */
export interface PageRecords {
  page: number;
  records: readonly CustomerRecord[];
}

/**
 * Records grouped by page, each page sorted by id (a later record with the same id wins), not yet
 * encoded: a writer can encode each page when it writes it (commitTick, one page a task). Every id is
 * checked here (`writeFailed` for one that is not a customer number), before anything is written.
 */
export function splitIntoPages(records: readonly CustomerRecord[]): PageRecords[] {
  // The engine gives records in ascending id order: cut them at page boundaries, no map, no sort.
  let ascending = true;
  for (let i = 0; i < records.length && ascending; i++) {
    pageOf(records[i].id);
    if (i > 0 && records[i - 1].id >= records[i].id) ascending = false;
  }
  if (ascending) {
    const out: PageRecords[] = [];
    for (let start = 0; start < records.length; ) {
      const page = pageOf(records[start].id);
      let end = start + 1;
      while (end < records.length && pageOf(records[end].id) === page) end++;
      out.push({ page, records: records.slice(start, end) });
      start = end;
    }
    return out;
  }
  const pages = new Map<number, Map<number, CustomerRecord>>();
  for (const record of records) {
    const page = pageOf(record.id);
    let entries = pages.get(page);
    if (!entries) pages.set(page, (entries = new Map()));
    entries.set(record.id, record);
  }
  return [...pages]
    .sort((a, b) => a[0] - b[0])
    .map(([page, entries]) => ({ page, records: [...entries.values()].sort((a, b) => a.id - b.id) }));
}

/** Records grouped by page as columns, each page sorted by id (a later record with the same id wins). */
export function groupIntoPages(runId: string, records: readonly CustomerRecord[]): StoredCustomerPage[] {
  return splitIntoPages(records).map(({ page, records: rows }) => encodePage(runId, page, rows));
}

/** The stored page with the rows of `update` replacing (or adding to) its rows; ids stay sorted. */
export function mergeIntoPage(stored: StoredCustomerPage | undefined, update: StoredCustomerPage): StoredCustomerPage {
  if (!stored || !isPageShaped(stored)) return update;
  // Ids of both are sorted: a merge walk noting where each output row comes from (row of stored, or ~row of update).
  const source = new Int32Array(stored.length + update.length);
  let length = 0;
  for (let a = 0, b = 0; a < stored.length || b < update.length; length++) {
    if (b >= update.length || (a < stored.length && stored.id[a] < update.id[b])) source[length] = a++;
    else {
      if (a < stored.length && stored.id[a] === update.id[b]) a++;
      source[length] = ~b++;
    }
  }
  const out = emptyPage(update.runId, update.page, length);
  // one tight loop per column (monomorphic typed-array access), ~20 columns x 10,000 rows
  for (const column of NUMERIC_COLUMNS) {
    const o = out[column] as Float64Array;
    const s = stored[column] as Float64Array;
    const u = update[column] as Float64Array;
    for (let k = 0; k < length; k++) {
      const from = source[k];
      o[k] = from >= 0 ? s[from] : u[~from];
    }
  }
  // names: each page's table mapped once into a new table holding only the names still used
  const table = new NameTable();
  const fromStored = new Int32Array(stored.names.length).fill(-1);
  const fromUpdate = new Int32Array(update.names.length).fill(-1);
  const nameOf = (page: StoredCustomerPage, map: Int32Array, index: number): number => {
    if (map[index] === undefined) return table.of(''); // index outside the table (a tampered page): empty name
    if (map[index] < 0) map[index] = table.of(page.names[index]);
    return map[index];
  };
  for (let k = 0; k < length; k++) {
    const from = source[k];
    if (from >= 0) {
      out.firstName[k] = nameOf(stored, fromStored, stored.firstName[from]);
      out.lastName[k] = nameOf(stored, fromStored, stored.lastName[from]);
    } else {
      out.firstName[k] = nameOf(update, fromUpdate, update.firstName[~from]);
      out.lastName[k] = nameOf(update, fromUpdate, update.lastName[~from]);
    }
  }
  out.names = table.names;
  return out;
}

/** The page has every column as a typed array of `length` rows (anything else is not a v4 page). */
export function isPageShaped(value: unknown): value is StoredCustomerPage {
  if (!value || typeof value !== 'object') return false;
  const p = value as Record<string, unknown>;
  const length = p.length;
  if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || !Array.isArray(p.names)) return false;
  for (const column of [...NUMERIC_COLUMNS, 'firstName', 'lastName'] as const) {
    const array = p[column];
    if (!ArrayBuffer.isView(array) || (array as Uint8Array).length !== length) return false;
  }
  return true;
}

/** The row is a customer: codes inside their vocabularies, names in the table. */
export function rowIsValid(page: StoredCustomerPage, k: number): boolean {
  for (const field of REQUIRED_CODES) if (page[field][k] >= CODED[field].length) return false;
  for (const field of NULLABLE_CODES) if (page[field][k] !== NONE && page[field][k] >= CODED[field].length) return false;
  return typeof page.names[page.firstName[k]] === 'string' && typeof page.names[page.lastName[k]] === 'string';
}

/** Row `k` as the engine's CustomerRecord (call rowIsValid first; zod checks the rest on the way out). */
export function decodeRow(page: StoredCustomerPage, k: number): CustomerRecord {
  const tick = (value: number) => (value === NO_TICK ? null : value);
  const coded = <F extends CodedField>(field: F): (typeof CODED)[F][number] | null => {
    const value = page[field][k];
    return value === NONE ? null : (CODED[field][value] as (typeof CODED)[F][number]);
  };
  const flags = page.flags[k];
  const measured = page.measuredSatisfaction[k];
  return {
    id: page.id[k],
    firstName: page.names[page.firstName[k]],
    lastName: page.names[page.lastName[k]],
    age: page.age[k],
    town: page.town[k],
    motive: coded('motive')!,
    channel: coded('channel')!,
    firstPurchaseTick: tick(page.firstPurchaseTick[k]),
    lastPurchaseTick: tick(page.lastPurchaseTick[k]),
    purchasesTotal: page.purchasesTotal[k],
    spendTotal: page.spendTotal[k],
    loyaltyCard: (flags & FLAG_LOYALTY_CARD) !== 0,
    clubMember: (flags & FLAG_CLUB_MEMBER) !== 0,
    stage: coded('stage')!,
    ladder: coded('ladder')!,
    r: page.r[k],
    f: page.f[k],
    m: page.m[k],
    segment: coded('segment'),
    rfSegment: coded('rfSegment'),
    measuredSatisfaction: measured === measured ? measured : null,
    dataKnown: page.dataKnown[k],
    consent: (flags & FLAG_CONSENT) !== 0,
    referred: (flags & FLAG_REFERRED) !== 0,
    departureCause: coded('departureCause'),
  };
}

/** The row of customer `id` in the page, or -1 (binary search: ids are sorted). */
export function rowOf(page: StoredCustomerPage, id: number): number {
  let lo = 0;
  let hi = page.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = page.id[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
