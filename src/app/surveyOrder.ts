/**
 * One satisfaction survey a period. The engine runs and pays every survey decided in a period, but a
 * period's KPIs keep one measure, the last survey's (engine: actions.ts runSurveys, lastMeasurement):
 * a second questionnaire or mystery shopper in the same period would be paid for answers the
 * dashboard never shows. Pooling them would change the engine's model (and a questionnaire and a
 * mystery shopper do not measure the same thing), so the decisions screen orders at most one a period.
 */
import type { Action } from '../engine/decisions.ts';

/** True when the period's pending decisions already hold a survey (questionnaire or mystery shopper). */
export function surveyOrdered(pending: readonly Action[]): boolean {
  return pending.some((a) => a.type === 'enquete');
}
