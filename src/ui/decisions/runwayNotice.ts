/**
 * What the learner reads of the budget runway (app/budgetRunway.ts), on the decisions screen's
 * period budget and the dashboard's budget card: which programme the budget stops paying, when, and
 * whether it is near enough to be a warning; or that the budget pays what runs.
 */
import { firstCuts } from '../../app/budgetRunway.ts';
import type { RunwayView } from '../../app/programmesRunway.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';
import { periodLabel } from '../dashboard/period.ts';
import { programmeName } from './programmeName.ts';

/** A stop this many periods away or nearer is shown as a warning. */
export const RUNWAY_WARNING_PERIODS = 4;

export interface RunwayNotice {
  key: MessageKey;
  params: Params;
  warn: boolean;
}

type Translate = (key: MessageKey, params?: Params) => string;

export function runwayNotice(view: RunwayView | null, t: Translate): RunwayNotice | null {
  if (!view) return null;
  const { runway } = view;
  if (runway.kind === 'none') return null;
  if (runway.kind === 'covered') return { key: 'decisions.budget.runwayCovered', params: {}, warn: false };
  if (runway.kind === 'untilEnd') return { key: 'decisions.budget.runwayUntilEnd', params: {}, warn: false };
  const cuts = firstCuts(runway);
  const programme = cuts.map((c) => t('decisions.budget.runwayName', { name: programmeName(view.refs[c.id], view.tickUnit, t) })).join(t('decisions.budget.runwayAnd'));
  const count = cuts[0].period;
  if (count === 1) return { key: 'decisions.budget.runwayNext', params: { programme }, warn: true };
  const label = periodLabel(view.tickUnit, view.tick + count - 1);
  return { key: 'decisions.budget.runwayCut', params: { programme, count, period: t(label.key, label.params) }, warn: count <= RUNWAY_WARNING_PERIODS };
}
