/**
 * What the engine knows of a target before a programme starts on it: how many of its customers are
 * still there (those a programme would reach), how many of them have not consented to e-mail or SMS
 * contacts (a reminder or a private-event invitation will not enrol them, src/engine/consent.ts), and
 * what the engine expects them to cost period after period (src/engine/budgetReserve.ts
 * `targetCostCurves`, priced by src/engine/costForecast.ts in costEstimate.ts). Asked in the worker
 * with the target's count (engineHandler `selectTarget`), the curves only when a strategy is priced
 * (the strategy form's target once its count is in, a pending strategy): O(customers x periods left).
 *
 * The expected spend used to come from the visible records (repeat purchases since the first one): a
 * target of new customers, who have one purchase, looked like it would buy nothing, and a coupon for
 * them was announced 13 € a week when the engine charged 96 € (QA). The engine's own expectations
 * (each customer's purchase rate and basket, the same as its budget reserve) follow what it charges.
 */
import type { TargetCostCurves } from '../engine/costForecast.ts';
import { VISIBLE_FIELDS, type VisibleColumn } from '../engine/record.ts';
import { STAGES } from '../engine/vocabulary.ts';

export interface TargetSpend {
  /** customers of the target who are not lost (those a programme would reach) */
  active: number;
  /** of the `active`, those who have not consented to be contacted by e-mail or SMS (RGPD) */
  withoutConsent: number;
  /** what the engine expects of them period after period from the next one (absent: not asked) */
  curves?: TargetCostCurves;
}

const column = (name: (typeof VISIBLE_FIELDS)[number]) => VISIBLE_FIELDS.indexOf(name);
const STAGE = column('stage');
const CONSENT = column('consent');
const LOST = STAGES.indexOf('perdu');

/** The customers `ids` still there and those of them without consent, from the visible columns of the engine's state (engine `visibleColumns`). */
export function targetSpend(visible: { columns: readonly VisibleColumn[] }, ids: ArrayLike<number>): TargetSpend {
  const stage = visible.columns[STAGE];
  const consent = visible.columns[CONSENT];
  let active = 0;
  let withoutConsent = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k];
    if (stage[i] === LOST) continue;
    active++;
    if (consent[i] === 0) withoutConsent++;
  }
  return { active, withoutConsent };
}
