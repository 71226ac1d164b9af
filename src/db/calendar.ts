/**
 * Calendar dates of ticks for files meant for people (CSV): tick 0 is scenario.startDate, a tick
 * is a week or a month (scenario.tickUnit). Dates are computed in UTC so the result does not
 * depend on the learner's time zone. Labels only: the engine never sees a date.
 */
import type { Scenario } from '../scenario/schema.ts';

export function tickDate(startDate: string, tickUnit: Scenario['tickUnit'], tick: number): Date {
  const [year, month, day] = startDate.split('-').map(Number);
  if (tickUnit === 'week') return new Date(Date.UTC(year, month - 1, day + 7 * tick));
  // Months: same day of month, clamped to the month's last day (31 January + 1 month = 28/29 February).
  const first = new Date(Date.UTC(year, month - 1 + tick, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay)));
}

/** JJ/MM/AAAA, the French date format spreadsheets recognise in a French locale. */
export function frenchDate(date: Date): string {
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${String(date.getUTCFullYear()).padStart(4, '0')}`;
}

export function tickDateLabel(scenario: Pick<Scenario, 'startDate' | 'tickUnit'>, tick: number): string {
  return frenchDate(tickDate(scenario.startDate, scenario.tickUnit, tick));
}
