/**
 * The run in money: turnover and margins, what loyalty and acquisition cost, and the overall return
 * of the programmes (incremental margin against cost). The customers are counted in customerFlow.ts.
 */
import type { ActionType } from '../../engine/decisions.ts';
import type { ProgrammeKpi, TickKpis } from '../../engine/types.ts';
import type { AcquisitionChannel } from '../../engine/vocabulary.ts';
import { combinedEffect } from '../../app/programmeEffect.ts';
import { latestProgrammes } from './programmeEffects.ts';
import { spendingOf } from './costAmounts.ts';

export interface MoneySummary {
  ticks: number;
  turnover: number;
  grossMargin: number;
  netMargin: number;
  costs: number;
  /** the discounts the financial programmes gave, part of `costs` and already out of the gross margin (counted once in the net margin) */
  discounts: number;
  costsByType: { type: ActionType; amount: number }[];
  acquisitionByChannel: { channel: AcquisitionChannel; amount: number }[];
  programmeCost: number;
  /** the programmes measured against a control group, the ones the overall ROI counts (latest figures, launch order) */
  measuredProgrammes: readonly ProgrammeKpi[];
  /** incremental margin of the programmes measured against a control group (the others have none) */
  programmeIncrementalMargin: number;
  /** its 95 % half-width (app/programmeEffect.ts combinedEffect), null when no programme is measured */
  programmeMarginError: number | null;
  /** what those measured programmes cost */
  programmeMeasuredCost: number;
  /** programmes without control group (target too small, or too few consented: app/noControlReason.ts): not in the overall ROI */
  programmesUnmeasured: number;
  /** (incremental margin - cost) / cost over the measured programmes (app/roi.ts); null when nothing was spent on them */
  programmeRoi: number | null;
  /** measured programmes still within their set-up delay (combinedEffect.inSetup): the overall verdict is then not given */
  programmesInSetup: number;
  /** one-off set-up cost of the measured programmes still running (combinedEffect.setupCost), 0 without */
  programmeSetupCost: number;
  /**
   * what the overall verdict's reliability rests on (combinedEffect, app/programmeEffect.ts effectVerdict `tooSmall`, `tooEarly`):
   * the smallest control group and the latest launch of the measured programmes, and the last tick played; absent when none is measured
   */
  programmeReliability?: { controlGroup: number; startTick: number; through: number };
  budgetLeft: number;
}

function addInto<K extends string>(totals: Map<K, number>, part: Partial<Record<K, number>>): void {
  for (const [key, value] of Object.entries(part) as [K, number | undefined][]) if (value) totals.set(key, (totals.get(key) ?? 0) + value);
}

export function moneySummary(kpis: readonly TickKpis[]): MoneySummary {
  const byChannel = new Map<AcquisitionChannel, number>();
  let turnover = 0;
  let grossMargin = 0;
  let netMargin = 0;
  let discounts = 0;
  for (const k of kpis) {
    turnover += k.turnover;
    grossMargin += k.grossMargin;
    netMargin += k.netMargin;
    discounts += k.discounts ?? 0;
    addInto(byChannel, k.acquisitionSpendByChannel);
  }
  // the spending as the dashboard sums it for its programmes' costs (costAmounts.ts): one computation, the same euros
  const { costs, costsByType } = spendingOf(kpis);
  // the overall ROI counts only the programmes whose effect was measured (with a control group)
  const programmes = latestProgrammes(kpis);
  const programmeCost = programmes.reduce((sum, p) => sum + p.costToDate, 0);
  const combined = combinedEffect(programmes);
  const last = kpis[kpis.length - 1];
  const desc = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    ticks: kpis.length,
    turnover,
    grossMargin,
    netMargin,
    costs,
    discounts,
    costsByType,
    acquisitionByChannel: desc(byChannel).map(([channel, amount]) => ({ channel, amount })),
    programmeCost,
    measuredProgrammes: combined.measured,
    programmeIncrementalMargin: combined.incrementalMarginToDate ?? 0,
    programmeMarginError: combined.incrementalMarginError,
    programmeMeasuredCost: combined.costToDate,
    programmesUnmeasured: programmes.length - combined.measured.length,
    programmeRoi: combined.roi,
    programmesInSetup: combined.inSetup,
    programmeSetupCost: combined.setupCost ?? 0,
    ...(combined.controlGroup !== undefined && combined.startTick !== undefined && last
      ? { programmeReliability: { controlGroup: combined.controlGroup, startTick: combined.startTick, through: last.tick } }
      : {}),
    budgetLeft: last ? last.budgetLeft : 0,
  };
}
