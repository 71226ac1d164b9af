/**
 * What the shop's own records say a target's customers will spend in a period: the base of the
 * cost of a financial advantage before it starts (costEstimate.ts). Read in the worker from the
 * visible records only (the fields of src/engine/record.ts), never from the hidden purchase rate,
 * and valid in period 1 since the initial base comes with its pre-history.
 *
 * Each customer not lost is expected to buy again at their recorded repeat rate, the purchases
 * after their first one divided by the periods since their first purchase, with their recorded
 * average basket (spend / purchases). The first purchase is left out because it is what made them
 * a customer, not a sign of how often they come back: counting it would make a recent one-off
 * buyer look like a regular (an optician's 400 € pair of glasses bought last month is not 400 € a
 * month). Lost customers are left out: a programme reaches only the customers still there.
 * Among those still there it also counts who has not consented to e-mail or SMS contacts: a
 * reminder or a private-event invitation will not enrol them (src/engine/consent.ts).
 */
import { VISIBLE_FIELDS, type VisibleColumn } from '../engine/record.ts';
import { NO_TICK } from '../engine/state.ts';
import { STAGES } from '../engine/vocabulary.ts';

export interface TargetSpend {
  /** customers of the target who are not lost (those a programme would reach) */
  active: number;
  /** their expected spend in one period at the prices they paid, euros */
  spendPerTick: number;
  /** of the `active`, those who have not consented to be contacted by e-mail or SMS (RGPD) */
  withoutConsent: number;
}

const column = (name: (typeof VISIBLE_FIELDS)[number]) => VISIBLE_FIELDS.indexOf(name);
const FIRST = column('firstPurchaseTick');
const PURCHASES = column('purchases');
const SPEND = column('spend');
const STAGE = column('stage');
const CONSENT = column('consent');
const LOST = STAGES.indexOf('perdu');

/**
 * The spend per period of the customers `ids` at `tick` (the number of periods played: the next
 * period to play), from the visible columns of the engine's state (engine `visibleColumns`).
 */
export function targetSpend(visible: { columns: readonly VisibleColumn[] }, ids: ArrayLike<number>, tick: number): TargetSpend {
  const first = visible.columns[FIRST];
  const purchases = visible.columns[PURCHASES];
  const spend = visible.columns[SPEND];
  const stage = visible.columns[STAGE];
  const consent = visible.columns[CONSENT];
  let active = 0;
  let spendPerTick = 0;
  let withoutConsent = 0;
  for (let k = 0; k < ids.length; k++) {
    const i = ids[k];
    if (stage[i] === LOST) continue;
    active++;
    if (consent[i] === 0) withoutConsent++;
    const bought = purchases[i];
    if (first[i] === NO_TICK || bought < 2) continue;
    // a customer first seen in the period just played has been watched for one period
    const periods = Math.max(1, tick - first[i]);
    spendPerTick += ((bought - 1) / periods) * (spend[i] / bought);
  }
  return { active, spendPerTick, withoutConsent };
}
