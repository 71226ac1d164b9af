/**
 * Where the learner is in time: "Semaine 12 / 52, à jouer" while deciding the 12th week
 * (11 weeks simulated: the Bilan then says « 11 semaines jouées sur 52 », so the header says its week
 * is the one to play, QA play F16), and the calendar date of a tick from the scenario's startDate.
 */
import type { MessageKey, Params } from '../i18n/translate.ts';

export interface TickPosition {
  key: MessageKey;
  params: Params;
}

/** `completed` = ticks already simulated. */
export function tickPosition(tickUnit: 'week' | 'month', completed: number, total: number): TickPosition {
  if (completed >= total) return { key: 'shell.tick.finished', params: { total, unit: tickUnit } };
  return { key: tickUnit === 'week' ? 'shell.tick.week' : 'shell.tick.month', params: { n: completed + 1, total } };
}

/** UTC date at which tick `tick` starts. */
export function tickDate(startDate: string, tickUnit: 'week' | 'month', tick: number): Date {
  const [y, m, d] = startDate.split('-').map(Number);
  if (tickUnit === 'week') return new Date(Date.UTC(y, m - 1, d + 7 * tick));
  return new Date(Date.UTC(y, m - 1 + tick, d));
}
