/**
 * The columnar transaction log shared by the importer (src/import), RFM on real data (../rfm.ts)
 * and the BG/NBD / Gamma-Gamma scoring: one row per transaction in typed arrays, customers and
 * product types interned as small integers. Dates are day numbers (days since 1970-01-01, proleptic
 * Gregorian calendar) computed with integer arithmetic, so no time zone or Date object is involved.
 */

export interface TransactionLog {
  /** Number of transactions; the typed arrays may be longer (spare capacity). */
  count: number;
  /** Customer index per transaction, into `customerIds`. */
  customer: Int32Array;
  /** Day number per transaction. */
  day: Int32Array;
  /** Amount paid per transaction (currency units). */
  amount: Float64Array;
  /** Quantity per transaction, when the file has one. */
  quantity: Float64Array | null;
  /** Product type index per transaction, into `typeNames`, when the file has one. */
  type: Uint16Array | null;
  /** External customer id, per customer index (order of first appearance). */
  customerIds: string[];
  typeNames: string[];
}

/** Day number of a calendar date (month 1..12), after H. Hinnant's days_from_civil. */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day number: [year, month 1..12, day 1..31]. */
export function civilFromDay(dayNum: number): [number, number, number] {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** True when year-month-day is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= lengths[month - 1];
}

/** 'YYYY-MM-DD' -> day number, or null when it is not a valid date. */
export function parseIsoDay(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Day number -> 'YYYY-MM-DD'. */
export function isoFromDay(dayNum: number): string {
  const [y, m, d] = civilFromDay(dayNum);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
