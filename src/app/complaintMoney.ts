/**
 * Why complaints go unhandled « faute de budget » while budget is left (QA self-learner finding 5):
 * the engine pays complaint handling from what the budget leaves after the running programmes'
 * reserve for the period (their estimated cost, with its prudence margin) and the period's surveys
 * (engine/step.ts complaintBudget); a programme that then costs less than its reserve leaves money on
 * the budget at the end of the period, though the complaints could not use it. Pure: the dashboard's
 * feed and budget card, and the complaint policy form, say it with these figures.
 */
import type { ProgrammeReserve } from '../engine/budgetReserve.ts';
import type { TickKpis, TickReport } from '../engine/types.ts';
import { COMPLAINT_POLICIES, EVENT_TYPES, type ComplaintPolicy } from '../engine/vocabulary.ts';

const UNPAID = EVENT_TYPES.indexOf('reclamationSansBudget');

/** Complaints of a period the budget could not pay (its reclamationSansBudget events). */
export function unpaidComplaints(report: Pick<TickReport, 'events'> | undefined): number {
  if (!report) return 0;
  let n = 0;
  for (let k = 0; k < report.events.length; k++) if (report.events.type[k] === UNPAID) n++;
  return n;
}

/** What complaint handling got in a period (none of it when the policy is « ignorer »). */
export function complaintSpend(k: Pick<TickKpis, 'costsByType'>): number {
  return k.costsByType.politiqueReclamations ?? 0;
}

/** How many recent periods the complaints expected next period are averaged over. */
const RECENT = 4;

export interface ComplaintShortfall {
  /** what the running programmes reserve next period */
  reserve: number;
  /** what complaints could get next period: budget left + refill - reserve (surveys not counted) */
  left: number;
  /** complaints per period lately times the policy's cost per complaint */
  need: number;
  /** complaints left unhandled last period */
  unpaidLast: number;
}

/**
 * The budget card's warning: null when the next period's complaints look paid (or the policy costs
 * nothing); otherwise what is left for them after the programmes' reserve against what they need.
 */
export function complaintShortfall(input: {
  kpis: readonly TickKpis[];
  lastReport: Pick<TickReport, 'events'> | undefined;
  reserves: readonly ProgrammeReserve[];
  refill: number;
  /** euros per complaint under the policy in force (app/complaintPolicy.ts) */
  unitCost: number;
}): ComplaintShortfall | null {
  const last = input.kpis.at(-1);
  if (!last || input.unitCost <= 0) return null;
  const recent = input.kpis.slice(-RECENT);
  const need = (recent.reduce((sum, k) => sum + k.complaints, 0) / recent.length) * input.unitCost;
  const reserve = input.reserves.reduce((sum, r) => sum + r.reserve, 0);
  const left = Math.max(0, last.budgetLeft + input.refill - reserve);
  const unpaidLast = unpaidComplaints(input.lastReport);
  if (unpaidLast === 0 && left >= need) return null;
  return { reserve, left, need, unpaidLast };
}

/** The policy the unpaid complaints of a period were under (their event's detail), null without one. */
export function unpaidPolicy(report: Pick<TickReport, 'events'> | undefined): ComplaintPolicy | null {
  if (!report) return null;
  for (let k = 0; k < report.events.length; k++) if (report.events.type[k] === UNPAID) return COMPLAINT_POLICIES[report.events.detail[k]] ?? null;
  return null;
}
