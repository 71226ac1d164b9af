/**
 * Period names from the scenario's tick unit: a KPI of tick t (0 = first simulated tick) describes
 * "Semaine t + 1" / "Mois t + 1", the same numbering as the app header (src/app/tickLabel.ts).
 */
import type { MessageKey, Params } from '../../i18n/translate.ts';

export type TickUnit = 'week' | 'month';

export function periodNumber(tick: number): number {
  return tick + 1;
}

export function periodLabel(unit: TickUnit, tick: number): { key: MessageKey; params: Params } {
  return { key: unit === 'week' ? 'dashboard.period.week' : 'dashboard.period.month', params: { n: periodNumber(tick) } };
}
