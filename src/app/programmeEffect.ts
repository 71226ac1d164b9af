/**
 * What a programme's measured effect says (engine: src/engine/controlGroup.ts, programmes.ts). The
 * engine estimates the margin a programme added by comparing its members with a control group
 * (groupe témoin) held out of its target at launch, with the 95 % half-width of that estimate. Every
 * screen reads the estimate the same way:
 * - `unmeasured`: no control group (target too small), no estimate and no ROI;
 * - `noEffect`: the estimate is within its margin of error of 0, nothing is shown;
 * - `gain` / `loss`: beyond it.
 * And the members-vs-control comparison, one point per period the programme ran, for a chart.
 */
import type { ProgrammeComparison, ProgrammeKpi, TickKpis } from '../engine/types.ts';

export type EffectStatus = 'unmeasured' | 'noEffect' | 'gain' | 'loss';

export function effectStatus(p: Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError'>): EffectStatus {
  const estimate = p.incrementalMarginToDate;
  if (estimate === null) return 'unmeasured';
  const error = p.incrementalMarginError ?? 0;
  if (estimate > error) return 'gain';
  if (estimate < -error) return 'loss';
  return 'noEffect';
}

/** Whether the programme cost more than it brought, beyond the noise (its estimate's upper bound is below its cost). */
export function provenLoss(p: Pick<ProgrammeKpi, 'incrementalMarginToDate' | 'incrementalMarginError' | 'costToDate'>): boolean {
  if (p.incrementalMarginToDate === null || p.costToDate <= 0) return false;
  return p.incrementalMarginToDate + (p.incrementalMarginError ?? 0) < p.costToDate;
}

/**
 * Half-width of the ROI's 95 % interval: the incremental margin's, divided by the cost (the cost is
 * known, only the margin is estimated); null without control group or before any cost.
 */
export function roiMarginOfError(p: Pick<ProgrammeKpi, 'incrementalMarginError' | 'costToDate'>): number | null {
  return p.incrementalMarginError === null || p.costToDate <= 0 ? null : p.incrementalMarginError / p.costToDate;
}

export interface ComparisonPoint extends ProgrammeComparison {
  tick: number;
}

/** Members vs control group period after period (the periods it ran with a control group). */
export function comparisonSeries(kpis: readonly TickKpis[], programmeId: string): ComparisonPoint[] {
  const out: ComparisonPoint[] = [];
  for (const k of kpis) {
    const p = k.programmes.find((x) => x.id === programmeId);
    if (p?.comparison) out.push({ tick: k.tick, ...p.comparison });
  }
  return out;
}
