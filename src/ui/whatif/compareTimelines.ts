/**
 * Two timelines of the same run side by side (same scenario and seed, so the only difference is
 * the decisions): the KPI series of both, tick by tick, where they differ, the first tick that
 * differs, and the decisions that are not the same. Pure: the screen and its charts display it.
 */
import type { Action, DecisionsLog } from '../../engine/decisions.ts';
import { actionsAt } from '../../app/actionsAt.ts';
import type { TickKpis } from '../../engine/types.ts';
import type { SeriesModel, ValueKind } from '../charts/seriesModel.ts';
import { canonicalJson } from '../../results/fingerprint.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { evaluateObjectives } from '../../engine/objectives.ts';
import type { MessageKey, Params } from '../../i18n/translate.ts';
import type { BranchName } from '../../db/schema.ts';
import { periodNumber, type TickUnit } from '../dashboard/period.ts';

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
  /** A's decisions B does not take (removed in B when B branched from A), in A's order */
  onlyA: Action[];
  /** B's decisions A did not take (added in B), in B's order */
  onlyB: Action[];
  /** A's decisions B takes too, in A's order */
  kept: Action[];
  /** no decision removed or added, the same ones in another order (a programme's id, its control group, follow its place) */
  reordered: boolean;
  /**
   * the timeline that has not played this period yet (null: both have): its decisions of it are not known, at most
   * planned, so the other's are not « removed » there (QA qa28whatif m3)
   */
  unplayedIn: 'a' | 'b' | null;
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

/**
 * What a decision means in its timeline, to match it with the other's: the action itself, but a stop
 * is the stop of the programme its launch made (an id is « tick:index » of the launch, and a decision
 * removed before it in that period shifts the index: the same stop has another id in the branch).
 */
export function decisionMeaning(action: Action, log: DecisionsLog): string {
  if (action.type !== 'arreterProgramme') return canonicalJson(action);
  const [tick, index] = action.programmeId.split(':').map(Number);
  const launch = log.find((d) => d.tick === tick)?.actions[index];
  return launch ? canonicalJson({ stops: { tick, launch } }) : canonicalJson(action);
}

export interface DecisionChanges {
  onlyA: Action[];
  onlyB: Action[];
  kept: Action[];
  reordered: boolean;
}

/**
 * One period's decisions of A and B, decision by decision: which of A's B does not take, which B
 * adds, which both take (each matched once: the same survey twice is two decisions), and whether the
 * same ones come in another order. `meaningA` / `meaningB` key a decision in its own timeline (decisionMeaning).
 */
export function decisionChanges(a: readonly Action[], b: readonly Action[], meaningA: (x: Action) => string, meaningB: (x: Action) => string): DecisionChanges {
  const keysA = a.map(meaningA);
  const keysB = b.map(meaningB);
  const used = new Array<boolean>(b.length).fill(false);
  const onlyA: Action[] = [];
  const kept: Action[] = [];
  keysA.forEach((key, i) => {
    const j = keysB.findIndex((k, n) => !used[n] && k === key);
    if (j === -1) onlyA.push(a[i]);
    else {
      used[j] = true;
      kept.push(a[i]);
    }
  });
  const onlyB = b.filter((_, j) => !used[j]);
  const reordered = onlyA.length === 0 && onlyB.length === 0 && keysA.some((key, i) => key !== keysB[i]);
  return { onlyA, onlyB, kept, reordered };
}

/** How B stands to A in the family: branched from it (directly or not), its ancestor, or apart (two branches of one run). */
export type Lineage = 'bFromA' | 'aFromB' | 'apart';

export function lineage(family: readonly { id: string; parentRunId: string | null }[], a: string, b: string): Lineage {
  const parentOf = new Map(family.map((m) => [m.id, m.parentRunId]));
  const descends = (child: string, ancestor: string) => {
    const seen = new Set<string>();
    for (let at = parentOf.get(child) ?? null; at !== null && !seen.has(at); at = parentOf.get(at) ?? null) {
      if (at === ancestor) return true;
      seen.add(at);
    }
    return false;
  };
  return descends(b, a) ? 'bFromA' : descends(a, b) ? 'aFromB' : 'apart';
}

/**
 * A value as the tables write it (valueText): euros and customers whole, a rate to 0.1 %. Two values are « différent »
 * when they are written differently, as the totals' gap is rounded to the euro before it is told (aheadOnMargin): a
 * retention of 99,61 % against 99,58 % was flagged « ≠ » with a gap of « +0,0 » (QA qa28whatif m4).
 */
export function writtenValue(kind: ValueKind, v: number | null): number | null {
  if (v === null || Number.isNaN(v)) return null;
  return Math.round(v * writtenScale(kind));
}

/** written units per unit of the kind: a rate to 0.1 % (1/1000 of a share), cents, else whole */
function writtenScale(kind: ValueKind): number {
  return kind === 'percent' ? 1000 : kind === 'moneyCents' ? 100 : 1;
}

/**
 * B − A between the written values (writtenValue), in the kind's unit (a share for a rate): not zero exactly when the
 * two are « différent ». From the raw values, 99,6 % against 99,7 % (0.99644, 0.99656) had a gap of « +0,0 pt » and
 * 10 € against 11 € (10.4, 10.6) one of « +0 € » beside « ≠ » (review18 m1). Null when one of them is not a figure.
 */
export function writtenGap(kind: ValueKind, a: number | null, b: number | null): number | null {
  const x = writtenValue(kind, a);
  const y = writtenValue(kind, b);
  return x === null || y === null ? null : (y - x) / writtenScale(kind);
}

function sameValue(kind: ValueKind, x: number | null, y: number | null): boolean {
  return writtenValue(kind, x) === writtenValue(kind, y);
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
      differs: va.map((v, i) => i < both && !sameValue(kind, v, vb[i])),
    };
  });
  let firstKpiDifference: number | null = null;
  for (let i = 0; i < both && firstKpiDifference === null; i++) if (metrics.some((m) => m.differs[i])) firstKpiDifference = i;

  const decided = new Set([...a.decisions, ...b.decisions].map((d) => d.tick).filter((t) => t < ticks));
  const decisions: DecisionDifference[] = [...decided]
    .sort((x, y) => x - y)
    .map((tick) => {
      const actionsA = actionsAt(a.decisions, tick);
      const actionsB = actionsAt(b.decisions, tick);
      const changes = decisionChanges(
        actionsA,
        actionsB,
        (x) => decisionMeaning(x, a.decisions),
        (x) => decisionMeaning(x, b.decisions),
      );
      const unplayedIn: DecisionDifference['unplayedIn'] = tick >= a.kpis.length ? 'a' : tick >= b.kpis.length ? 'b' : null;
      return { tick, a: actionsA, b: actionsB, ...changes, unplayedIn };
    })
    .filter((d) => d.onlyA.length > 0 || d.onlyB.length > 0 || d.reordered);
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

/**
 * The cumulative net margin of A and B period by period, and B − A (QA class 6): the totals' « B est
 * devant … de 4 120 € » as a curve from the first period, which the learner sees leave zero where the
 * decisions differ, when a few hundred euros a week do not show between two turnover curves. Each
 * cumulative sum is rounded to the euro before the difference, as the totals' gap is (aheadOnMargin),
 * so the last gap is the sentence's. Null where a timeline has not played the period.
 */
export interface CumulativeMargin {
  a: (number | null)[];
  b: (number | null)[];
  /** B − A, where both played the period */
  gap: (number | null)[];
}

export function cumulativeMargin(netMargin: Pick<MetricComparison, 'a' | 'b'>): CumulativeMargin {
  const running = (values: readonly (number | null)[]) => {
    let sum = 0;
    return values.map((v) => (v === null ? null : Math.round((sum += v))));
  };
  const a = running(netMargin.a);
  const b = running(netMargin.b);
  return { a, b, gap: a.map((x, i) => (x === null || b[i] === null ? null : (b[i] as number) - x)) };
}

/** The gap B − A as a one-series chart model (its table, CompareGapChart, also gives A's and B's cumulative sums). */
export function gapModel(gap: readonly (number | null)[], labels: readonly string[], label: string): SeriesModel {
  return { labels: labels.slice(0, gap.length), kind: 'money', series: [{ id: 'gap', label, values: [...gap] }] };
}

type Translate = (key: MessageKey, params?: Params) => string;

/** What a compared timeline's short name is made of: an original run, or a branch with the ticks it branched at. */
export interface LegendRun {
  name: string;
  branchName?: BranchName | null;
  parentRunId?: string | null;
}

/**
 * The two timelines' names in the charts' legends and tables: short, on one line (QA class 6: « B —
 * Boulangerie du Marché (1907) — et si… (la semaine 1) » took two), « A : original », « B : et si…
 * semaine 1 » (« …semaine 1, puis semaine 3 » for a branch of a branch). The shop and seed are the
 * same for both and are in the choosers above. A branch without its parts (renamed, or older) keeps
 * its name; and when the two short names would be the same (two branches of the same week), both
 * take `full` (runDisplayName) so the legend tells them apart.
 */
export function legendNames(t: Translate, unit: TickUnit, runs: { a: LegendRun; b: LegendRun }, full: { a: string; b: string }): { a: string; b: string } {
  const short = (run: LegendRun): string => {
    if (!run.parentRunId && !run.branchName) return t('whatif.compare.legend.original');
    if (!run.branchName) return run.name;
    const periods = run.branchName.ticks.map((tick) => t(`whatif.compare.legend.period.${unit}`, { n: periodNumber(tick) })).join(t('whatif.compare.legend.then'));
    return t('whatif.compare.legend.branch', { periods });
  };
  const a = short(runs.a);
  const b = short(runs.b);
  const [nameA, nameB] = a === b ? [full.a, full.b] : [a, b];
  return { a: t('whatif.compare.legend.slot', { slot: 'A', name: nameA }), b: t('whatif.compare.legend.slot', { slot: 'B', name: nameB }) };
}
