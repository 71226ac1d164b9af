/**
 * The import day, from the browser's clock (the engine has none; the analytics screen may): a purchase
 * dated after it is a typo (2099) that would become the analysis date and make every customer inactive.
 */
import { parseIsoDay } from '../../engine/scoring/transactionLog.ts';

/** A date's day in the browser's time zone, as a day number (transactionLog.ts). */
export function importDay(date: Date = new Date()): number | null {
  const pad = (n: number) => String(n).padStart(2, '0');
  return parseIsoDay(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`);
}
