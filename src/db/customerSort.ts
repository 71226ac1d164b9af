/**
 * The customer table's sort on any column but the id (customerTable.ts sortRows), with compareCustomers' semantics
 * (customerQuery.ts): fetched the first time the customers screen is sorted by another column, the table being in id
 * order. Checked against the in-memory source in test/unit/db/customerQueries.test.ts.
 */
import type { CustomerRecord } from '../engine/types.ts';
import { CODED, FLAG_CLUB_MEMBER, FLAG_CONSENT, FLAG_LOYALTY_CARD, FLAG_REFERRED, NONE, NO_TICK, type CodedField } from './customerColumns.ts';
import { collator, type CustomerSort } from './customerQuery.ts';
import type { CustomerTable } from './customerTable.ts';

/** Collation rank of each string of `values` (equal under the collator = same rank). */
function ranksOf(values: readonly string[]): Float64Array {
  const order = values.map((_, i) => i).sort((a, b) => collator.compare(values[a], values[b]));
  const rank = new Float64Array(values.length);
  let r = -1;
  order.forEach((i, n) => {
    if (n === 0 || collator.compare(values[order[n - 1]], values[i]) !== 0) r++;
    rank[i] = r;
  });
  return rank;
}

const LOST = CODED.stage.indexOf('perdu');
const NUMBER_COLUMNS = new Set(['id', 'age', 'town', 'purchasesTotal', 'spendTotal', 'r', 'f', 'm', 'dataKnown']);
const FLAG_OF: Partial<Record<keyof CustomerRecord, number>> = {
  loyaltyCard: FLAG_LOYALTY_CARD,
  clubMember: FLAG_CLUB_MEMBER,
  consent: FLAG_CONSENT,
  referred: FLAG_REFERRED,
};

/** Sort key of row k and whether its value is null (compareCustomers: nulls last, strings by collation). */
function sortKeys(table: CustomerTable, column: keyof CustomerRecord): { key: (k: number) => number; missing: (k: number) => boolean } {
  const c = table.columns;
  const never = () => false;
  if (column === 'r' || column === 'f' || column === 'm') {
    // shownRfmScore (customerQuery.ts): a lost customer's or a 0 score is « — », sorted last like a null
    const values = c[column];
    const stages = c.stage;
    return { key: (k) => values[k], missing: (k) => !(values[k] > 0) || stages[k] === LOST };
  }
  if (NUMBER_COLUMNS.has(column)) {
    const values = c[column as 'age'] as ArrayLike<number>;
    return { key: (k) => values[k], missing: never };
  }
  if (column === 'firstPurchaseTick' || column === 'lastPurchaseTick') {
    const values = c[column];
    return { key: (k) => values[k], missing: (k) => values[k] === NO_TICK };
  }
  if (column === 'measuredSatisfaction') {
    const values = c.measuredSatisfaction;
    return { key: (k) => values[k], missing: (k) => values[k] !== values[k] };
  }
  const flag = FLAG_OF[column];
  if (flag !== undefined) return { key: (k) => ((c.flags[k] & flag) !== 0 ? 1 : 0), missing: never };
  if (column in CODED) {
    const codes = c[column as CodedField];
    const rank = ranksOf(CODED[column as CodedField] as readonly string[]);
    return { key: (k) => rank[codes[k]], missing: (k) => codes[k] === NONE };
  }
  if (column === 'firstName' || column === 'lastName') {
    const index = c[column];
    const rank = ranksOf(c.names);
    return { key: (k) => rank[index[k]], missing: never };
  }
  // not a column of the record: every value undefined, id order
  return { key: () => 0, missing: () => true };
}

/** `rows` in the order of compareCustomers for `sort` (a new array); customerTable.ts's sortRows gives the id order itself. */
export function sortedRows(table: CustomerTable, rows: Int32Array, sort: CustomerSort): Int32Array {
  const ids = table.columns.id;
  const { key, missing } = sortKeys(table, sort.column);
  const n = rows.length;
  const keys = new Float64Array(n);
  const absent = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = rows[i];
    if (missing(k)) absent[i] = 1;
    else keys[i] = key(k);
  }
  const sign = sort.direction === 'asc' ? 1 : -1;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    if (absent[a] !== absent[b]) return absent[a] - absent[b];
    if (!absent[a] && keys[a] !== keys[b]) return sign * (keys[a] - keys[b]);
    return ids[rows[a]] - ids[rows[b]];
  });
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = rows[order[i]];
  return out;
}
