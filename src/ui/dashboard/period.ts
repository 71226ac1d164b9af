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

/**
 * A period inside a sentence (« dès la semaine 7 », « lancé le mois 3 », « de la semaine 1 … à la
 * semaine 52 »; English « from week 7 »): `name` with its article, `from` after « de », `to` after
 * « à » (French contractions: « du mois 3 », « au mois 3 »). The label (periodLabel) is for headings and table cells.
 */
export function periodInSentence(unit: TickUnit, tick: number, form: 'name' | 'from' | 'to' = 'name'): { key: MessageKey; params: Params } {
  return { key: `dashboard.periodIn.${form}.${unit}`, params: { n: periodNumber(tick) } };
}
