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
import type { CostCurves, TargetCostCurves } from '../engine/costForecast.ts';
import { VISIBLE_FIELDS, type VisibleColumn } from '../engine/visibleFields.ts';
import { STAGES } from '../engine/vocabulary.ts';
import { needsConsent } from '../engine/consent.ts';
import { controlGroupSize } from '../engine/controlGroupSize.ts';

export interface TargetSpend {
  /** customers of the target who are not lost (those a programme would reach) */
  active: number;
  /** of the `active`, those who have not consented to be contacted by e-mail or SMS (RGPD) */
  withoutConsent: number;
  /** what the engine expects of them period after period from the next one (absent: not asked) */
  curves?: TargetCostCurves;
  /** what the shop knows of them (visible `dataKnown`, targetData below; absent: not asked, or an older answer) */
  data?: TargetData;
  /** the complaints the engine expects of them next period (engine/complaintForecast.ts; absent: not asked) */
  complaints?: number;
  /** of the `withoutConsent`, those a data collection queued this period will ask first (absent: none); each may accept or refuse */
  asked?: number;
  /** what the engine expects the `asked` to cost if they all accept (their `all` curves; absent: not asked) */
  askedCurves?: CostCurves;
}

/**
 * The profile data the shop holds on a target's customers still there (the visible `dataKnown` of their records, 0..1: what
 * a personalisation's effect is proportional to, engine strategies/personnalisation.ts): over all of them, and over those who
 * consented (the only ones a reminder by e-mail or SMS enrols). `withData`: how many have some (dataKnown > 0); `known`: the
 * sum of their shares known (÷ their number: the mean, as the engine's ProgrammeKpi.membersDataKnown).
 */
export interface TargetData {
  withData: number;
  known: number;
  consentedWithData: number;
  consentedKnown: number;
}

const column = (name: (typeof VISIBLE_FIELDS)[number]) => VISIBLE_FIELDS.indexOf(name);
const STAGE = column('stage');
const CONSENT = column('consent');
const DATA = column('dataKnown');
const LOST = STAGES.indexOf('perdu');

/**
 * The customers of `ids` an action can reach, in their order: those still there. A lost customer keeps the last scores and
 * rung he matched by (engine target.ts), but no programme or collection reaches him (engine actions.ts). The one set behind
 * the count beside the target (`active` below), its preview « Premiers clients de la cible » (engineHandler `selectTarget`:
 * it listed lost customers a learner read as receiving the action) and what the shop knows of them (targetData).
 */
export function reachable(visible: { columns: readonly VisibleColumn[] }, ids: ArrayLike<number>): Int32Array {
  const stage = visible.columns[STAGE];
  const out = new Int32Array(ids.length);
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (stage[ids[k]] !== LOST) out[n++] = ids[k];
  return out.subarray(0, n);
}

/** The customers `ids` still there (reachable) and those of them without consent, from the visible columns of the engine's state (engine `visibleColumns`). */
export function targetSpend(visible: { columns: readonly VisibleColumn[] }, ids: ArrayLike<number>): TargetSpend {
  const consent = visible.columns[CONSENT];
  const reached = reachable(visible, ids);
  let withoutConsent = 0;
  for (const i of reached) if (consent[i] === 0) withoutConsent++;
  return { active: reached.length, withoutConsent };
}

/**
 * The customers of `reach` (still there) without consent whom the collections on `collected` (their customers) will ask,
 * as the engine's collectData does: every customer of its target not lost, whatever the consent.
 */
export function askedByCollections(visible: { columns: readonly VisibleColumn[] }, reach: Int32Array, collected: readonly ArrayLike<number>[]): Int32Array {
  const consent = visible.columns[CONSENT];
  const mark = new Uint8Array(consent.length);
  for (const ids of collected) for (let k = 0; k < ids.length; k++) mark[ids[k]] = 1;
  return reach.filter((i) => consent[i] === 0 && mark[i] === 1);
}

/** What the shop knows of the customers `ids` still there (TargetData), from the visible columns of the engine's state. */
export function targetData(visible: { columns: readonly VisibleColumn[] }, ids: ArrayLike<number>): TargetData {
  const consent = visible.columns[CONSENT];
  const data = visible.columns[DATA];
  const out: TargetData = { withData: 0, known: 0, consentedWithData: 0, consentedKnown: 0 };
  for (const i of reachable(visible, ids)) {
    const d = data[i];
    if (d > 0) out.withData++;
    out.known += d;
    if (consent[i] === 0) continue;
    if (d > 0) out.consentedWithData++;
    out.consentedKnown += d;
  }
  return out;
}

/**
 * What a personalisation with `instrument` would know of the customers it reaches: those it would enrol, how many of them
 * without any data, the mean share known. `exact`: false when `without` is an expectation (below).
 */
export interface ReachedData {
  reached: number;
  without: number;
  mean: number;
  exact: boolean;
}

/**
 * The shop's data on who `instrument` reaches in the target: the customers it would enrol, as the enrolment lines below
 * say (app/enrolment.ts: those still there, for a reminder only those who consented, less the control group, held out
 * and never touched). « 574 clients … que le programme toucherait » counted the 57 of the control group among them while
 * the line below said 517 inscrits (QA qa23 F4). Who is held out is drawn at launch (engine controlGroup.ts), whatever
 * their data: the mean share known is the reachable customers', and so is the share without any, read over the enrolled
 * (exact when none or all of them have some; else about that many, `exact` false). Null when unknown or nobody.
 */
export function reachedData(spend: TargetSpend | null, instrument: string): ReachedData | null {
  if (!spend?.data) return null;
  const consentOnly = needsConsent(instrument);
  const reachable = consentOnly ? spend.active - spend.withoutConsent : spend.active;
  if (reachable <= 0) return null;
  const withData = consentOnly ? spend.data.consentedWithData : spend.data.withData;
  const known = consentOnly ? spend.data.consentedKnown : spend.data.known;
  const reached = reachable - controlGroupSize(reachable);
  const missing = reachable - withData;
  if (missing === 0 || withData === 0 || reached === reachable) return { reached, without: withData === 0 ? reached : missing === 0 ? 0 : missing, mean: known / reachable, exact: true };
  // some with data and some without: about as many in the same proportion, never rounded to none or to all of them
  const without = Math.min(reached - 1, Math.max(1, Math.round((missing * reached) / reachable)));
  return { reached, without, mean: known / reachable, exact: false };
}
