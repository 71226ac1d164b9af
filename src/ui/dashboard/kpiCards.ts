/**
 * Which KPI cards the dashboard shows and how each reads: value, unit, how its change is expressed
 * (relative %, points for rates, euros for money), whether up is good, and the glossary card it
 * links to. Pure: `kpiCards(kpis)` gives plain descriptors; KpiCard.svelte formats them.
 */
import type { TickKpis } from '../../engine/types.ts';
import type { ConceptId } from '../glossary/concepts.ts';
import type { Objective } from '../../scenario/schema.ts';
import { metricConcept } from '../home/objectiveConcept.ts';
import { trendOf, type Polarity, type Trend } from './trend.ts';

export type ValueFormat = 'money' | 'number' | 'percent' | 'decimal';
export type DeltaFormat = 'relative' | 'points' | 'money' | 'number';
export type KpiId = 'turnover' | 'activeCustomers' | 'retention' | 'churn' | 'acquisitions' | 'budgetLeft' | 'grossMargin' | 'netMargin';

export interface KpiCardModel {
  id: KpiId;
  value: number;
  format: ValueFormat;
  deltaFormat: DeltaFormat;
  trend: Trend | null;
  series: number[];
  /** the period of the series' first point (its last is the value's) */
  seriesFrom: number;
  concept?: ConceptId;
}

interface KpiSpec {
  id: KpiId;
  pick: (k: TickKpis) => number;
  format: ValueFormat;
  deltaFormat: DeltaFormat;
  polarity: Polarity;
  /** the objective figure it shows: its glossary card is that figure's, as on the home page's objectives (objectiveConcept.ts) */
  metric: Objective['metric'];
}

const SPECS: readonly KpiSpec[] = [
  { id: 'turnover', pick: (k) => k.turnover, format: 'money', deltaFormat: 'relative', polarity: 'higherIsBetter', metric: 'turnover' },
  { id: 'activeCustomers', pick: (k) => k.activeCustomers, format: 'number', deltaFormat: 'number', polarity: 'higherIsBetter', metric: 'activeCustomers' },
  { id: 'retention', pick: (k) => k.retentionRate, format: 'percent', deltaFormat: 'points', polarity: 'higherIsBetter', metric: 'retentionRate' },
  { id: 'churn', pick: (k) => k.churnRate, format: 'percent', deltaFormat: 'points', polarity: 'lowerIsBetter', metric: 'churnRate' },
  { id: 'acquisitions', pick: (k) => k.acquired, format: 'number', deltaFormat: 'number', polarity: 'higherIsBetter', metric: 'acquisitions' },
  { id: 'grossMargin', pick: (k) => k.grossMargin, format: 'money', deltaFormat: 'relative', polarity: 'higherIsBetter', metric: 'grossMargin' },
  { id: 'netMargin', pick: (k) => k.netMargin, format: 'money', deltaFormat: 'money', polarity: 'higherIsBetter', metric: 'cumulativeNetMargin' },
  { id: 'budgetLeft', pick: (k) => k.budgetLeft, format: 'money', deltaFormat: 'money', polarity: 'neutral', metric: 'budgetLeft' },
];

/** Points kept in each card's sparkline. */
export const SPARK_TICKS = 12;

export function kpiCards(kpis: readonly TickKpis[]): KpiCardModel[] {
  if (kpis.length === 0) return [];
  const now = kpis[kpis.length - 1];
  const before = kpis.length > 1 ? kpis[kpis.length - 2] : undefined;
  const recent = kpis.slice(-SPARK_TICKS);
  return SPECS.map((s) => ({
    id: s.id,
    value: s.pick(now),
    format: s.format,
    deltaFormat: s.deltaFormat,
    trend: trendOf(s.pick(now), before ? s.pick(before) : undefined, s.polarity),
    series: recent.map(s.pick),
    seriesFrom: recent[0].tick,
    concept: metricConcept(s.metric),
  }));
}

export type LeverId = 'frequency' | 'averageBasket' | 'relationshipLength';

export interface LeverModel {
  id: LeverId;
  value: number;
  trend: Trend | null;
  /** change since the first tick, relative */
  sinceStart: number | null;
}

/** The three levers of CA = F x PM x durée, with their change since the previous and the first tick. */
export function levers(kpis: readonly TickKpis[]): LeverModel[] {
  if (kpis.length === 0) return [];
  const now = kpis[kpis.length - 1];
  const before = kpis.length > 1 ? kpis[kpis.length - 2] : undefined;
  const first = kpis[0];
  const pick: Record<LeverId, (k: TickKpis) => number> = {
    frequency: (k) => k.frequency,
    averageBasket: (k) => k.averageBasket,
    relationshipLength: (k) => k.relationshipLength,
  };
  return (Object.keys(pick) as LeverId[]).map((id) => {
    const v = pick[id](now);
    const start = pick[id](first);
    return {
      id,
      value: v,
      trend: trendOf(v, before ? pick[id](before) : undefined, 'higherIsBetter'),
      sinceStart: kpis.length > 1 && start !== 0 ? (v - start) / Math.abs(start) : null,
    };
  });
}

/** The engine caps the relationship length at 10,000 ticks when nobody leaves: the lever says so rather than print the cap. */
export const LENGTH_CAP = 10_000;

/** Customers the relationship length is about: not lost yet, active or dormant (the churn's base, at the end of the period). */
export function customersNotLost(k: TickKpis): number {
  return k.activeCustomers + k.stages.dormant;
}

/**
 * Purchases per customer, active or dormant: the frequency of the customer whose relationship length
 * is 1 ÷ churn (that churn counts actifs and dormants, so its customer spends part of the relationship
 * dormant). The lever card's frequency is per ACTIVE customer, right for this period's turnover but
 * not for a lifetime: with it the lifetime was overstated by (actifs + dormants) ÷ actifs, 2,7× in
 * the cosmetics shop at week 52 (269 € for 99 €, QA teacher F7).
 */
export function customerFrequency(k: TickKpis): number {
  const customers = customersNotLost(k);
  return customers > 0 ? k.purchases / customers : 0;
}

/** One customer's turnover over the relationship: frequency per customer (active or dormant) x basket x length (euros; turnover, not margin: the CLV is this times the margin rate). */
export function customerValue(k: TickKpis): number {
  return customerFrequency(k) * k.averageBasket * k.relationshipLength;
}
