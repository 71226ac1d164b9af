/**
 * Two timelines of the same run side by side (same scenario and seed, so the only difference is
 * the decisions): the KPI series of both, tick by tick, where they differ, the first tick that
 * differs, and the decisions that are not the same. Pure: the screen and its charts display it.
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { SeriesModel, ValueKind } from '../charts/seriesModel.ts';
import { canonicalJson } from '../../results/fingerprint.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { evaluateObjectives } from '../../engine/objectives.ts';

export const COMPARED_METRICS = [
  { id: 'turnover', kind: 'money' },
  { id: 'activeCustomers', kind: 'number' },
  { id: 'retentionRate', kind: 'percent' },
  { id: 'netMargin', kind: 'money' },
  { id: 'budgetLeft', kind: 'money' },
] as const satisfies readonly { id: keyof TickKpis; kind: ValueKind }[];
export type MetricId = (typeof COMPARED_METRICS)[number]['id'];

export interface ComparedTimeline {
  decisions: DecisionsLog;
  kpis: readonly TickKpis[];
}

export interface MetricComparison {
  id: MetricId;
  kind: ValueKind;
  /** one value per tick, null after the end of a timeline */
  a: (number | null)[];
  b: (number | null)[];
  /** per tick: both timelines have the tick and its values differ */
  differs: boolean[];
}

export interface DecisionDifference {
  tick: number;
  a: Action[];
  b: Action[];
}

export interface TimelineComparison {
  /** ticks shown: the longer of the two timelines */
  ticks: number;
  /** first tick at which the decisions differ (null: same decisions on every tick both played) */
  firstDecisionDifference: number | null;
  /** first tick at which a compared KPI differs (null: none) */
  firstKpiDifference: number | null;
  metrics: MetricComparison[];
  /** ticks whose decisions differ, in order */
  decisions: DecisionDifference[];
}

function actionsAt(log: DecisionsLog, tick: number): Action[] {
  return log.filter((d) => d.tick === tick).flatMap((d) => d.actions);
}

function sameValue(x: number | null, y: number | null): boolean {
  const a = x === null || Number.isNaN(x) ? null : x;
  const b = y === null || Number.isNaN(y) ? null : y;
  return a === b;
}

export function compareTimelines(a: ComparedTimeline, b: ComparedTimeline): TimelineComparison {
  const ticks = Math.max(a.kpis.length, b.kpis.length);
  const both = Math.min(a.kpis.length, b.kpis.length);
  const metrics: MetricComparison[] = COMPARED_METRICS.map(({ id, kind }) => {
    const va = Array.from({ length: ticks }, (_, i) => (i < a.kpis.length ? a.kpis[i][id] : null));
    const vb = Array.from({ length: ticks }, (_, i) => (i < b.kpis.length ? b.kpis[i][id] : null));
    return {
      id,
      kind,
      a: va,
      b: vb,
      differs: va.map((v, i) => i < both && !sameValue(v, vb[i])),
    };
  });
  let firstKpiDifference: number | null = null;
  for (let i = 0; i < both && firstKpiDifference === null; i++) if (metrics.some((m) => m.differs[i])) firstKpiDifference = i;

  const decided = new Set([...a.decisions, ...b.decisions].map((d) => d.tick).filter((t) => t < ticks));
  const decisions: DecisionDifference[] = [...decided]
    .sort((x, y) => x - y)
    .map((tick) => ({
      tick,
      a: actionsAt(a.decisions, tick),
      b: actionsAt(b.decisions, tick),
    }))
    .filter((d) => canonicalJson(d.a) !== canonicalJson(d.b));
  const inBoth = decisions.find((d) => d.tick < both);
  return {
    ticks,
    firstDecisionDifference: inBoth ? inBoth.tick : null,
    firstKpiDifference,
    metrics,
    decisions,
  };
}

/** One metric of both timelines as a chart / table model (labels: one per tick). */
export function metricModel(metric: MetricComparison, labels: readonly string[], names: { a: string; b: string }): SeriesModel {
  return {
    labels: labels.slice(0, metric.a.length),
    kind: metric.kind,
    series: [
      { id: 'a', label: names.a, values: metric.a },
      { id: 'b', label: names.b, values: metric.b },
    ],
  };
}

/** One timeline's totals over the periods it played: what says which timeline is ahead (QA learner 6). */
export interface TimelineTotals {
  /** periods played */
  ticks: number;
  /** the net margin summed over the periods played */
  netMargin: number;
  /** active customers after the last period played (null: none played) */
  activeCustomers: number | null;
  /** objectives whose value meets the target after the periods played, out of `objectives` */
  objectivesMet: number;
  objectives: number;
}

export function timelineTotals(kpis: readonly TickKpis[], scenario: Scenario): TimelineTotals {
  const statuses = evaluateObjectives(scenario, kpis);
  return {
    ticks: kpis.length,
    netMargin: kpis.reduce((sum, k) => sum + k.netMargin, 0),
    activeCustomers: kpis.length > 0 ? kpis[kpis.length - 1].activeCustomers : null,
    objectivesMet: statuses.filter((s) => s.metNow).length,
    objectives: statuses.length,
  };
}

/**
 * Which timeline is ahead on the cumulative net margin: only when both played the same periods
 * ('unequal' otherwise: a longer timeline has more periods summed, not a better result).
 */
export function aheadOnMargin(a: TimelineTotals, b: TimelineTotals): 'a' | 'b' | 'tie' | 'unequal' {
  if (a.ticks !== b.ticks) return 'unequal';
  const gap = Math.round(b.netMargin) - Math.round(a.netMargin);
  return gap > 0 ? 'b' : gap < 0 ? 'a' : 'tie';
}
